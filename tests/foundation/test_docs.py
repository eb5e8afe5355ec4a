"""Contract tests: README documents every CLI command; the public Python names stay put."""
from pathlib import Path

import click

import newsgraph
from newsgraph.cli import cli

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "newsgraph"):
    for name, cmd in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, path)
        else:
            yield path, cmd


def test_every_command_is_in_readme():
    missing = []
    for path, cmd in _commands(cli):
        parent, _, leaf = path.rpartition(" ")
        if path not in README and not (f"{parent} " in README and leaf in README):
            missing.append(path)
    assert not missing, f"undocumented commands: {missing}"


def test_every_option_is_in_help_and_readme_names_main_ones():
    for path, cmd in _commands(cli):
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert param.help, f"{path} {param.opts} has no help text"


def test_public_api():
    assert set(newsgraph.__all__) == {"Document", "extract", "extract_many"}
    assert callable(newsgraph.extract)


def test_readme_gives_the_two_setup_commands():
    assert "make run" in README and "make test" in README
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text()
    assert "make test" in ci

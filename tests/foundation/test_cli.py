"""The CLI: output formats, and one-line errors with the right exit code for every kind of bad input."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input)


def test_extract_text_file_json(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Police detained 20 protesters in Tbilisi on Monday, the Interior Ministry said.")
    res = run(runner, "extract", str(f), "--published", "2024-05-14")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["schema"] == "newsgraph/1" and data["published"] == "2024-05-14"
    assert data["text"].startswith("Police detained")


def test_extract_stdin_and_table(runner):
    res = run(runner, "extract", "-", "--format", "table", input="Germany pledged aid to Turkey on Friday.")
    assert res.exit_code == 0, res.output
    assert "entities" in res.output and "events" in res.output


def test_extract_jsonl_gives_json_lines(runner, tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"text": "Rebels attacked Goma."}\n{"text": "Protesters marched in Paris."}\n')
    res = run(runner, "extract", str(f))
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.output.splitlines()]
    assert [d["text"] for d in lines] == ["Rebels attacked Goma.", "Protesters marched in Paris."]


def test_extract_out_dir(runner, tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("Rebels attacked Goma on Sunday.")
    res = run(runner, "extract", str(f), "--out-dir", str(tmp_path / "out"))
    assert res.exit_code == 0
    assert json.loads((tmp_path / "out" / "story.json").read_text())["text"] == "Rebels attacked Goma on Sunday."


BAD_INPUTS = {
    "missing": (None, 2, "no such file"),
    "empty": (b"   \n", 1, "empty"),
    "binary": (b"\x7fELF\x02\x01\x00\x00\x00", 1, "binary"),
    "latin1": ("Déclaration à Kyiv".encode("latin-1"), 1, "not valid UTF-8"),
    "jsonl": (b'{"text": "ok"}\n{"text": broken\n', 1, "malformed JSON line"),
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_error(runner, tmp_path, kind):
    data, code, message = BAD_INPUTS[kind]
    f = tmp_path / (f"{kind}.jsonl" if kind == "jsonl" else f"{kind}.txt")
    if data is not None:
        f.write_bytes(data)
    res = run(runner, "extract", str(f))
    assert res.exit_code == code
    assert message in res.output
    assert "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_invalid_published_is_usage_error(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Troops withdrew.")
    res = run(runner, "extract", str(f), "--published", "14/09/22")
    assert res.exit_code == 2 and "invalid published date" in res.output


def test_real_process_has_no_traceback(tmp_path):
    """The installed entry point, not just CliRunner: stderr is one line, exit code 1."""
    f = tmp_path / "bin.txt"
    f.write_bytes(b"\x00\x01\x02")
    proc = subprocess.run([sys.executable, "-m", "newsgraph.cli", "extract", str(f)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("Error:") and "Traceback" not in proc.stderr

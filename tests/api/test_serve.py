"""`newsgraph serve` in a real subprocess: binds loopback by default, serves the store and the page."""
from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, proc: subprocess.Popen, timeout: float = 60) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"newsgraph serve exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {timeout} s")


def test_serve_binds_loopback_and_serves_the_database(tmp_path):
    port = _free_port()
    db = tmp_path / "served.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        health = _wait_for(f"http://127.0.0.1:{port}/health", proc).json()
        assert health["store"] == db.name and health["documents"] == 0
        rebound = httpx.get(f"http://127.0.0.1:{port}/health", headers={"Host": f"attacker.example:{port}"})
        assert rebound.status_code == 400 and rebound.json()["error"]["code"] == "bad_request"
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "newsgraph" in page.text
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        if listening:   # ss (iproute2) may be absent: then the health check above is the test
            local_addresses = {line.split()[3] for line in listening.splitlines()}
            assert local_addresses == {f"127.0.0.1:{port}"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert db.exists()


def test_serve_help_names_the_loopback_default():
    out = subprocess.run([sys.executable, "-m", "newsgraph.cli", "serve", "--help"], capture_output=True,
                         text=True, check=True).stdout
    assert "127.0.0.1" in out and "--db" in out and "--port" in out

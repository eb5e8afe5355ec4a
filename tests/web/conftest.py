"""Live servers (uvicorn in a thread on a free loopback port) and Debian's Chromium via Playwright.

Browser tests are marked `browser`. They skip only when /usr/bin/chromium is absent (CI
installs it in .ci/run); Playwright never downloads a browser, and every request to a
non-loopback address is aborted and recorded, so the page is checked to work offline.
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
import uvicorn

from api import synthetic  # tests/ is on sys.path (pytest rootdir conftest)
from newsgraph.api import create_app
from newsgraph.api.app import WEB_DIR

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "web"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """An app served by uvicorn in a background thread."""

    def __init__(self, app) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def built_page() -> Path:
    index = WEB_DIR / "index.html"
    if not index.is_file():
        pytest.fail(f"{index} is missing: build the page with `make web` (npm ci + esbuild) first")
    return WEB_DIR


@pytest.fixture(scope="session")
def fake_server(built_page):
    """The page and API over the synthetic records of tests/api/synthetic.py."""
    with LiveServer(create_app(process=synthetic.annotate)) as server:
        yield server


@pytest.fixture(scope="session")
def real_server(built_page, resources):
    """The page and API over the real pipeline (resources loaded before the first request)."""
    with LiveServer(create_app()) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium), as .ci/run does")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def offline_page(browser):
    """A fresh page that aborts (and records) requests leaving the machine, and records JS errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.outside_requests = []
    page.js_errors = []

    def only_local(route):
        if urlparse(route.request.url).hostname in LOCAL_HOSTS or route.request.url.startswith("data:"):
            route.continue_()
        else:
            page.outside_requests.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    page.on("pageerror", lambda exc: page.js_errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and page.js_errors.append(msg.text))
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser):
    with offline_page(browser) as page:
        yield page


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT

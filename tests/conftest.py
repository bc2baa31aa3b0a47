"""Shared fixtures: the seed corpus with its hand-made gold, cleaned once per session."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from kolom import pipeline

# CI replays the same examples on every run, so a red run is one a developer can repeat; a developer's
# own runs keep drawing new ones (Hypothesis' database keeps every failure found)
hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

FIXTURES = Path(__file__).parent / "fixtures"
# how long a page may take to draw what the search found, on a loaded machine: a readiness wait, not a
# speed check (speed is measured by `make bench`)
UI_WAIT_MS = 30_000
SEEDS_RAW = FIXTURES / "seeds" / "raw"
SEEDS_GOLD = FIXTURES / "seeds" / "gold"


@pytest.fixture(scope="session", autouse=True)
def hermetic_cache(tmp_path_factory):
    """Every test run (and every `kolom` it starts) uses its own empty cache."""
    os.environ["KOLOM_CACHE"] = str(tmp_path_factory.mktemp("cache"))


def load_gold() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SEEDS_GOLD.glob("*.json"))}


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    return load_gold()


@pytest.fixture(scope="session")
def seed_corpus() -> pipeline.Corpus:
    return pipeline.run(SEEDS_RAW, workers=1)


@pytest.fixture(scope="session")
def seed_columns(seed_corpus) -> dict[str, object]:
    return {Path(c.source).stem: c for c in seed_corpus.columns}


ROOT = Path(__file__).resolve().parent.parent


def run_kolom(*args: str) -> subprocess.CompletedProcess:
    """Run the real `kolom` command from the project root, as a user would."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "kolom", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site of the seed corpus, PDFs included, built once per test session."""
    site = tmp_path_factory.mktemp("site")
    result = run_kolom("site", "--raw", str(SEEDS_RAW), "--site-dir", str(site))
    assert result.returncode == 0, result.stderr
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path, handler_class: type[http.server.SimpleHTTPRequestHandler] = _QuietHandler):
    """Serve a folder on a free loopback port; yields the base URL."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site):
    with serve(built_site) as url:
        yield url


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()

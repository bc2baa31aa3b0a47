"""Search speed in a real browser: milliseconds and bytes from typing a word to its first result.

usage: python bench/search.py SITE_DIR RAW_DIR   (prints one table row per query)

The site is served on loopback the way static hosts serve it (GitHub Pages, Netlify: text compressed
with gzip; Pagefind's own files are compressed already) and each query runs in a fresh browser context
(cold cache), so the bytes are what a first-time visitor transfers. Words are chosen from the corpus
itself: one on about half of the columns, and the rarest.
"""

from __future__ import annotations

import gzip
import http.server
import io
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.conftest import CHROMIUM_ARGS, serve

COMPRESSED_TYPES = (".html", ".js", ".css", ".json", ".xml", ".svg")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Files as a static host sends them: text types gzip-compressed when the browser accepts it."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in COMPRESSED_TYPES or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        if not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args) -> None:
        pass


WORD_RE = re.compile(r"[a-zà-ÿ]{7,}")
REACH_MS = 300  # from clicking into the search box to the word typed: a quick typist's first keys


def probe_words(raw: Path) -> dict[str, str]:
    """A word on about half the files and the rarest word, both whole words of the text."""
    files = sorted(raw.rglob("*.txt"))
    df = Counter(w for p in files for w in set(WORD_RE.findall(p.read_text("utf-8", "replace").lower())))
    half = min(sorted(df), key=lambda w: (abs(df[w] - len(files) / 2), w))
    rare = min(sorted(df), key=lambda w: (df[w], -len(w), w))
    return {f"half ({df[half]:,} files)": half, f"rare ({df[rare]} files)": rare}


# In the page's own clock: when the word is in the box, and when the first result link is in the page.
SHOWN_AT = """() => {
  const bench = (window.kolomBench = { typed: performance.now() });
  const box = document.getElementById("kolom-search");
  new MutationObserver(() => {
    if (!bench.shown && box.querySelector(".pagefind-ui__result-link")) bench.shown = performance.now();
  }).observe(box, { subtree: true, childList: true });
}"""


def first_result(browser, url: str, word: str) -> tuple[float, int]:
    """Milliseconds from typing the word to the first result shown, and the search bytes fetched."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("#kolom-search input")
    fetched: list[int] = []
    page.on(
        "requestfinished",
        lambda r: fetched.append(r.sizes()["responseBodySize"]) if "/pagefind/" in r.url else None,
    )
    page.click("#kolom-search input")  # a reader clicks into the box, then starts typing
    page.wait_for_timeout(REACH_MS)
    page.evaluate(SHOWN_AT)
    page.fill("#kolom-search input", word)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=60_000)
    elapsed = page.evaluate("() => window.kolomBench.shown - window.kolomBench.typed")
    page.wait_for_timeout(500)  # let the other requests of this query finish, to count their bytes
    context.close()
    return elapsed, sum(fetched)


def search_speed(site: Path, words: dict[str, str]) -> dict[str, tuple[float, int]]:
    """For each probe: milliseconds to the first result and bytes transferred, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with serve(site, GzipHandler) as url, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        try:
            return {f"{what}, '{word}'": first_result(browser, url, word) for what, word in words.items()}
        finally:
            browser.close()


def main(site: Path, raw: Path) -> int:
    for what, (ms, size) in search_speed(site, probe_words(raw)).items():
        print(f"| search | {what} | first result {ms:,.0f} ms | {size / 1000:,.0f} KB transferred |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))

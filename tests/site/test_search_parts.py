"""A large site's search index in parts, searched as one from the search box.

Building 10,000 columns to get parts takes minutes, so this builds the series set (27 searchable pages)
with parts of at most 10 pages: three parts, and a query must find a page whatever part holds it.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import subprocess
import sys
from urllib.parse import urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import FIXTURES, ROOT, UI_WAIT_MS, serve

pytestmark = pytest.mark.browser

BUILD_IN_PARTS = """
import dataclasses, sys
import kolom.site.plugin as plugin
plugin.DEFAULT = dataclasses.replace(plugin.DEFAULT, search=dataclasses.replace(plugin.DEFAULT.search, max_pages_per_part=10))
from kolom.cli import main
raise SystemExit(main(["site", "--raw", sys.argv[1], "--site-dir", sys.argv[2], "--no-pdf"]))
"""


@pytest.fixture(scope="module")
def parted_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("parts") / "site"
    raw = FIXTURES / "series" / "raw"
    done = subprocess.run(
        [sys.executable, "-c", BUILD_IN_PARTS, str(raw), str(site)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return site


def pages_in(bundle) -> list[tuple[str, str]]:
    """(url, title) of every page a Pagefind bundle holds, read from its fragments."""
    pages = []
    for fragment in sorted((bundle / "fragment").iterdir()):
        data = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        pages.append((data["url"], data["meta"]["title"]))
    return sorted(pages)


ALL_PARTS_COUNTED = """() => {
  const labels = [...document.querySelectorAll('.pagefind-ui__filter-label')].map(e => e.innerText);
  const counts = labels.filter(l => l.endsWith(')')).map(l => parseInt(l.slice(l.lastIndexOf('(') + 1)));
  return counts.length === 4 && counts.reduce((a, b) => a + b, 0) === 27;
}"""


def test_the_search_box_finds_pages_in_every_part(parted_site, page):
    bundles = [parted_site / "pagefind", *sorted((parted_site / "pagefind").glob("deel-*"))]
    held = [pages_in(b) for b in bundles]
    assert len(bundles) == 3 and sum(map(len, held)) == 27, [len(h) for h in held]
    with serve(parted_site) as url:
        for part in held:
            address, title = next((u, t) for u, t in part if u.startswith("/kolommen/"))
            page.goto(url)
            page.fill("#kolom-search input", title)
            page.wait_for_selector(".pagefind-ui__result-link", timeout=UI_WAIT_MS)
            page.wait_for_timeout(300)
            links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
            assert address in [urlparse(h).path for h in links], (title, links)
        # the filters count the pages of all parts: each of the 27 pages (23 columns, 4 author pages) is
        # filed under its one author and says "een"
        page.goto(url)
        page.fill("#kolom-search input", "een")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=UI_WAIT_MS)
        page.click(".pagefind-ui__filter-name >> text=auteur")
        with contextlib.suppress(PlaywrightTimeout):  # the parts answer one by one: wait for the last
            page.wait_for_function(ALL_PARTS_COUNTED, timeout=UI_WAIT_MS)
        labels = page.eval_on_selector_all(".pagefind-ui__filter-label", "els => els.map(e => e.innerText)")
        counts = [int(label.rsplit("(", 1)[1].rstrip(")")) for label in labels if label.endswith(")")]
        assert len(counts) == 4 and sum(counts) == 27, labels

"""The offline zip searched from file://, and the hosted search at 1,000 generated columns."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bench.generate import REPUBLISH_EVERY, write_corpus
from tests.conftest import SEEDS_RAW, UI_WAIT_MS, run_kolom, serve
from tests.site.test_browser import search

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    """The offline edition of the seeds, as a user unpacks it from the zip."""
    tmp = tmp_path_factory.mktemp("offline")
    archive = tmp / "kolom-offline.zip"
    result = run_kolom(
        "offline", "--raw", str(SEEDS_RAW), "--site-dir", str(tmp / "build"), "--zip", str(archive)
    )
    assert result.returncode == 0, result.stderr
    zipfile.ZipFile(archive).extractall(tmp / "unpacked")
    return tmp / "unpacked"


def offline_search(page, site: Path, query: str) -> list[str]:
    """The pages Material's search lists for a query typed into the offline edition, as site paths."""
    page.goto((site / "index.html").as_uri())
    page.wait_for_function("() => !document.querySelector('.md-search').hidden")
    page.click("input.md-search__input")
    page.wait_for_timeout(500)  # the search index loads in a worker after the first interaction
    page.type("input.md-search__input", query, delay=50)
    page.wait_for_selector(".md-search-result__item", timeout=UI_WAIT_MS)
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    root = site.as_uri() + "/"
    return [link.removeprefix(root).split("#")[0].removesuffix(".html") + "/" for link in links]


def test_offline_zip_works_from_file_url_without_the_network(offline_site, page):
    assert (offline_site / "pdf" / "kennisbank.pdf").exists()
    outside: list[str] = []
    page.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None,
    )
    assert "kolommen/kleefkracht/" in offline_search(page, offline_site, "kleefkracht")
    assert outside == []


# The same queries on both editions: a surname alone, a title, a word typed without its accents, a
# plural where the text has the word in both forms.
SAME_IN_BOTH = [
    ("Aalbers", "auteurs/wim-aalbers/"),
    ("Zevenbergen", "auteurs/leen-zevenbergen/"),
    ("Klaasse", "auteurs/hans-klaasse/"),
    ("kleefkracht", "kolommen/kleefkracht/"),
    ("ideeen", "auteurs/leen-zevenbergen/"),
    ("medewerkers", "kolommen/kleefkracht/"),
]


@pytest.mark.parametrize(("query", "expected"), SAME_IN_BOTH)
def test_offline_search_finds_what_the_hosted_search_finds(offline_site, site_url, page, query, expected):
    hosted = [path.lstrip("/") for path in search(page, site_url, query)]
    offline = offline_search(page, offline_site, query)
    assert expected in hosted, hosted
    assert expected in offline, offline


@pytest.mark.slow
def test_first_search_at_1000_columns_transfers_under_300_kb(tmp_path, page):
    raw = write_corpus(tmp_path / "raw", 1000)
    site = tmp_path / "site"
    result = run_kolom("site", "--raw", str(raw), "--site-dir", str(site), "--no-pdf")
    assert result.returncode == 0, result.stderr
    assert len(list((site / "kolommen").iterdir())) == 1000 - 1000 // REPUBLISH_EVERY  # copies get no page
    with serve(site) as url:
        page.goto(url)
        loaded: list[int] = []
        page.on(
            "requestfinished",
            lambda r: loaded.append(r.sizes()["responseBodySize"]) if "/pagefind/" in r.url else None,
        )
        page.fill("#kolom-search input", "klanten")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=UI_WAIT_MS)
        page.wait_for_timeout(1000)
    assert 0 < sum(loaded) < 300_000, sum(loaded)

"""The offline zip searched from file://, and the hosted search at 1,000 generated columns."""

from __future__ import annotations

import zipfile

import pytest

from bench.generate import REPUBLISH_EVERY, write_corpus
from tests.conftest import SEEDS_RAW, run_kolom, serve

pytestmark = pytest.mark.browser


def test_offline_zip_search_works_from_file_url(tmp_path, page):
    archive = tmp_path / "kolom-offline.zip"
    result = run_kolom(
        "offline", "--raw", str(SEEDS_RAW), "--site-dir", str(tmp_path / "build"), "--zip", str(archive)
    )
    assert result.returncode == 0, result.stderr
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(archive).extractall(unpacked)
    assert (unpacked / "pdf" / "kennisbank.pdf").exists()
    outside: list[str] = []
    page.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None,
    )
    page.goto((unpacked / "index.html").as_uri())
    page.wait_for_function("() => !document.querySelector('.md-search').hidden")
    page.click("input.md-search__input")
    page.wait_for_timeout(500)  # the search index loads in a worker after the first interaction
    page.type("input.md-search__input", "kleefkracht", delay=50)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert any(link.endswith("kolommen/kleefkracht.html") for link in links)
    page.fill("input.md-search__input", "")
    page.type("input.md-search__input", "ideeen", delay=50)  # folded: the text says 'ideeën'
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert any(link.endswith("auteurs/leen-zevenbergen.html") for link in links)
    assert outside == []


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
        page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)
        page.wait_for_timeout(1000)
    assert 0 < sum(loaded) < 300_000, sum(loaded)

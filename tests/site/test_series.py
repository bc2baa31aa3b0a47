"""The series set (4 sites x 6 columns, one column republished) built into a real site: one column, one page."""

from __future__ import annotations

from html import unescape
from urllib.parse import urljoin, urlparse

import pytest
from pypdf import PdfReader

from tests.conftest import FIXTURES, run_kolom, serve
from tests.pdf.test_readback import outline_titles

pytestmark = pytest.mark.browser

TITLE = "Trouw begint bij een naam"


@pytest.fixture(scope="module")
def series_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("series") / "site"
    result = run_kolom("site", "--raw", str(FIXTURES / "series" / "raw"), "--site-dir", str(site))
    assert result.returncode == 0, result.stderr
    return site


def text(path) -> str:
    return unescape(path.read_text(encoding="utf-8"))


def test_the_original_page_lists_where_else_it_appeared_and_the_copy_has_no_page(series_site):
    pages = sorted(p.name for p in (series_site / "kolommen").iterdir())
    assert len(pages) == 23 and [p for p in pages if p.startswith("trouw-begint")] == [
        "trouw-begint-bij-een-naam"
    ]
    html = text(series_site / "kolommen" / "trouw-begint-bij-een-naam" / "index.html")
    assert "Ook verschenen in" in html and "Tafel & Toog" in html and "412_trouw_naam_tafeltoog.txt" in html
    assert "401_trouw_naam.txt" in html  # its own source


def test_archive_author_page_and_pdf_hold_the_column_once(series_site):
    archive = text(series_site / "archief" / "index.html")
    assert archive.count(f">{TITLE}</a>") == 1
    author = text(series_site / "auteurs" / "griet-vanhoutte" / "index.html")
    assert author.count(f">{TITLE}</a>") == 1 and "Kolommen:</strong> 5" in author
    assert outline_titles(PdfReader(series_site / "pdf" / "kennisbank.pdf")).count(TITLE) == 1
    report = text(series_site / "over" / "index.html")
    assert "412_trouw_naam_tafeltoog.txt" in report and "Kopieën" in report


def test_search_finds_the_column_once(page, series_site):
    with serve(series_site) as url:
        page.goto(url)
        page.fill("#kolom-search input", "rozijnenbrood")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=10_000)
        page.wait_for_timeout(300)
        links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
        assert [urlparse(h).path for h in links] == ["/kolommen/trouw-begint-bij-een-naam/"]
        page.goto(urljoin(url, "kolommen/trouw-begint-bij-een-naam/"))
        assert "Ook verschenen in" in page.inner_text("article")

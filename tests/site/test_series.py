"""The series set (4 sites x 6 columns, one column republished) built into a real site: one column, one page."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin, urlparse

import pytest
from pypdf import PdfReader

from tests.conftest import FIXTURES, UI_WAIT_MS, run_kolom, serve
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
    assert author.count(f">{TITLE}</a> — ") == 1 and "Kolommen:</strong> 5" in author  # the list of columns
    assert outline_titles(PdfReader(series_site / "pdf" / "kennisbank.pdf")).count(TITLE) == 1
    report = text(series_site / "over" / "index.html")
    assert "412_trouw_naam_tafeltoog.txt" in report and "Kopieën" in report


def test_search_finds_the_column_once(page, series_site):
    with serve(series_site) as url:
        page.goto(url)
        page.fill("#kolom-search input", "rozijnenbrood")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=UI_WAIT_MS)
        page.wait_for_timeout(300)
        links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
        assert [urlparse(h).path for h in links] == ["/kolommen/trouw-begint-bij-een-naam/"]
        page.goto(urljoin(url, "kolommen/trouw-begint-bij-een-naam/"))
        assert "Ook verschenen in" in page.inner_text("article")


def test_column_pages_end_with_related_columns_and_more_by_the_author(page, series_site):
    by_author = {}
    for author_dir in (series_site / "auteurs").iterdir():
        if author_dir.is_dir():
            html = text(author_dir / "index.html")
            by_author[author_dir.name] = set(re.findall(r'href="\.\./\.\./kolommen/([^/"#]+)/"', html))
    with serve(series_site) as url:
        page.goto(urljoin(url, "kolommen/trouw-begint-bij-een-naam/"))
        headings = page.eval_on_selector_all(
            "article h2", "els => els.map(e => e.innerText.replace('¶', '').trim())"
        )
        assert "Verwante kolommen" in headings and "Meer van Griet Vanhoutte" in headings
        related = page.eval_on_selector_all(
            "h2#verwante-kolommen + ul a", "els => els.map(e => new URL(e.href).pathname)"
        )
        mine = page.eval_on_selector_all(
            "h2#meer-van-griet-vanhoutte + ul a", "els => els.map(e => new URL(e.href).pathname)"
        )
        assert 1 <= len(related) <= 5 and 1 <= len(mine) <= 5
        slugs = [p.strip("/").split("/")[-1] for p in related + mine]
        assert "trouw-begint-bij-een-naam" not in slugs and not any(
            s.startswith("trouw-begint-bij-een-naam-") for s in slugs
        )
        assert {p.strip("/").split("/")[-1] for p in mine} <= by_author["griet-vanhoutte"]
        for path in related + mine:
            assert page.goto(urljoin(url, path)).status == 200


def test_each_position_links_to_the_paragraph_it_comes_from(page, series_site):
    with serve(series_site) as url:
        page.goto(urljoin(url, "auteurs/griet-vanhoutte/"))
        quotes = page.eval_on_selector_all("article blockquote", "els => els.map(e => e.innerText.trim())")
        links = page.eval_on_selector_all("article blockquote + p a", "els => els.map(e => e.href)")
        assert len(quotes) == len(links) >= 3
        for quote, link in zip(quotes, links, strict=True):
            assert "#alinea-" in link, link
            page.goto(link)
            paragraph = page.inner_text(f"#{link.split('#')[1]}")
            assert quote in paragraph


def test_the_copy_is_referenced_nowhere_in_the_site_topics_included(series_site):
    pages = [p for p in series_site.rglob("*.html") if "pagefind" not in p.parts]
    assert not [p for p in pages if "trouw-begint-bij-een-naam-2" in p.read_text(encoding="utf-8")]
    topics = text(series_site / "onderwerpen" / "index.html")
    original = text(series_site / "kolommen" / "trouw-begint-bij-een-naam" / "index.html")
    tags = [t for t in re.findall(r'class="md-tag[^"]*"[^>]*>\s*([^<]+?)\s*<', original) if t.strip()]
    assert tags and topics.count('href="../kolommen/trouw-begint-bij-een-naam/"') == len(tags)

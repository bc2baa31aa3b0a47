"""The real site of the seed corpus: one page per column and per author, links MkDocs checked."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from kolom import knowledge
from kolom.site.pages import all_pages
from kolom.site.search_index import documents
from tests.conftest import load_gold

pytestmark = pytest.mark.pdf  # builds the real site, PDFs included (no browser)

GOLD = load_gold()


def h1(html: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()


def test_every_seed_column_has_a_page_with_its_gold_or_derived_title(built_site, seed_columns):
    for stem, gold in GOLD.items():
        column = seed_columns[stem]
        html = (built_site / "kolommen" / column.slug / "index.html").read_text(encoding="utf-8")
        if gold["title"] is None:
            assert column.title_derived and h1(html) == column.title
            assert "afgeleid" in html
        else:
            assert h1(html) == gold["title"]


def test_every_gold_author_has_a_page_that_links_to_the_column(built_site, seed_columns):
    pages = {h1(p.read_text(encoding="utf-8")): p for p in (built_site / "auteurs").glob("*/index.html")}
    for stem, gold in GOLD.items():
        for author in gold["author"]:
            html = pages[author].read_text(encoding="utf-8")
            assert f"../../kolommen/{seed_columns[stem].slug}/" in html


def test_column_page_shows_dutch_date_reading_time_summary_and_pdf(built_site):
    html = (built_site / "kolommen" / "kleefkracht" / "index.html").read_text(encoding="utf-8")
    assert "14 november 2014" in html and "min leestijd" in html and "De kern" in html
    assert 'href="../../pdf/kolommen/kleefkracht.pdf"' in html
    assert (built_site / "pdf" / "kolommen" / "kleefkracht.pdf").stat().st_size > 10_000
    assert "<h2" in html and "Klantintimiteit" in html


def test_undated_columns_are_in_the_archive_under_datum_onbekend(built_site):
    html = (built_site / "archief" / "index.html").read_text(encoding="utf-8")
    undated = html.split('id="datum-onbekend"')[1]
    assert "Het draait allemaal om de klant" in undated and "Kleefkracht" not in undated


def test_removal_report_lists_what_went_and_why(built_site):
    html = unescape((built_site / "over" / "index.html").read_text(encoding="utf-8"))
    assert "fbpx" in html and "resten van trackers" in html and "Share on facebook" in html
    assert "recurs in other files" not in html  # reasons are shown in Dutch


def test_nothing_from_a_third_party(built_site):
    for path in Path(built_site).rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        assert not re.search(r"""<(?:script|link)[^>]+(?:src|href)=["']https?://""", text), path


def test_search_index_covers_exactly_the_column_and_author_pages(built_site, seed_columns):
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    authors = {a for c in seed_columns.values() for a in c.authors}
    assert entry["languages"]["nl"]["page_count"] == len(seed_columns) + len(authors)
    assert (built_site / "pagefind" / "pagefind-ui.js").exists()


def test_search_documents_match_the_pages_they_stand_for(built_site, seed_corpus):
    """Each document is written where its page is, and its heading ids are the page's own anchors."""
    kb = knowledge.build(seed_corpus)
    urls = {path: path.removesuffix(".md") + "/index.html" for path in all_pages(kb)}
    docs = documents(kb, urls)
    assert len(docs) == len(kb.columns) + len(kb.authors)
    ids = 0
    for rel, doc in docs.items():
        page = (built_site / rel).read_text(encoding="utf-8")
        assert h1(doc) == h1(page)
        for anchor in re.findall(r'<h2 id="([^"]+)"', doc):
            assert f'id="{anchor}"' in page
            ids += 1
    assert ids > 0


def test_build_is_reproducible(tmp_path):
    from tests.conftest import SEEDS_RAW, run_kolom

    for name in ("a", "b"):
        result = run_kolom("clean", str(SEEDS_RAW), "--json", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    for path in (tmp_path / "a").glob("*.json"):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_bad_files_are_reported_on_the_site_and_the_rest_builds(tmp_path):
    import shutil

    from tests.conftest import SEEDS_RAW, run_kolom

    raw = tmp_path / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    (raw / "leeg.txt").write_bytes(b"")
    (raw / "binair.txt").write_bytes(bytes(range(256)) * 8)
    (raw / "004_0a603a36cfefcbd5.yml").write_text("title: [kapot\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run_kolom("site", "--raw", str(raw), "--site-dir", str(site), "--no-pdf")
    assert result.returncode == 0, result.stderr
    assert "leeg.txt: bestand is leeg" in result.stderr
    report = unescape((site / "over" / "index.html").read_text(encoding="utf-8"))
    assert "leeg.txt" in report and "binair.txt" in report and "004_0a603a36cfefcbd5.yml" in report
    assert len(list((site / "kolommen").iterdir())) == 4

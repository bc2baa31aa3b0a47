"""The real PDFs read back with poppler's pdftotext and with pypdf."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time

import pytest
from pypdf import PdfReader

from kolom.pdf.render import Job, PdfBuild, render, write_all
from tests.conftest import SEEDS_RAW, load_gold

pytestmark = pytest.mark.pdf

GOLD = load_gold()


def squash(text: str) -> str:
    """Compare texts without the whitespace and hyphens that line breaking adds or removes."""
    return re.sub(r"[\s\u00ad\u2010\u2011-]+", "", text)


A4_BODY_AREA = [
    "-x",
    "0",
    "-y",
    "62",
    "-W",
    "595",
    "-H",
    "712",
]  # points: the page without running head and folio


def pdftotext(path, body_only: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(A4_BODY_AREA if body_only else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items):
        for item in items:
            walk(item) if isinstance(item, list) else titles.append(item.title)

    walk(reader.outline)
    return titles


def test_every_pdf_opens(built_site):
    pdfs = sorted((built_site / "pdf").rglob("*.pdf"))
    assert len(pdfs) == 5 + 5 + 1
    for path in pdfs:
        assert len(PdfReader(path).pages) >= 1


def test_knowledge_base_holds_every_body_paragraph_and_no_removed_line(built_site, seed_columns):
    text = squash(pdftotext(built_site / "pdf" / "kennisbank.pdf", body_only=True))
    for gold in GOLD.values():
        for line in gold["body_lines"]:
            assert squash(line) in text, line[:60]
        for line in gold["boilerplate_examples"]:
            if line not in ("Auteur",):  # a common word, also in the running text
                assert squash(line) not in text, line


def test_hyphenated_words_join_back(built_site):
    raw = pdftotext(built_site / "pdf" / "kolommen" / "kleefkracht.pdf")
    assert re.search(r"\w[-\u2010]\n\w", raw), "expected Dutch hyphenation at line ends"
    joined = re.sub(r"(\w)[-\u2010]\n(\w)", r"\1\2", raw)
    assert "plakkerigheid" in joined and "receptiedame" in joined


def test_outline_has_an_entry_per_column_and_metadata(built_site, seed_columns):
    reader = PdfReader(built_site / "pdf" / "kennisbank.pdf")
    titles = outline_titles(reader)
    for column in seed_columns.values():
        assert column.title in titles
    assert reader.metadata.title == "Kennisbank van kolommen"
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged (PDF/UA-1)


def test_fonts_are_embedded(built_site):
    result = subprocess.run(
        ["pdffonts", str(built_site / "pdf" / "kennisbank.pdf")], capture_output=True, text=True
    )
    rows = [r for r in result.stdout.splitlines()[2:] if r.strip()]
    assert rows and all(" yes " in r for r in rows)


def test_author_pdf_has_cover_contents_with_page_numbers_and_running_header(built_site):
    text = pdftotext(built_site / "pdf" / "auteurs" / "michel-de-haan.pdf")
    assert "Inhoud" in text
    assert re.search(r"Kleefkracht\s*\.{3,}\s*\d+", text)
    pages = [p for p in text.split("\f") if p.strip()]
    for body_page in pages[2:]:  # after the cover and the contents: the running head leads every page
        head = [line for line in body_page.splitlines() if line.strip()][:2]
        assert head == ["Michel de Haan", "Kleefkracht"], head


def test_one_page_of_each_kind_renders_to_png(built_site, tmp_path):
    for n, name in enumerate(("kennisbank.pdf", "auteurs/wim-aalbers.pdf", "kolommen/kleefkracht.pdf")):
        args = ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*args, str(built_site / "pdf" / name), str(tmp_path / f"p{n}")], check=True)
    assert all((tmp_path / f"p{n}.png").stat().st_size > 1000 for n in range(3))


def test_a_pdf_that_fails_is_named_and_the_others_are_written(tmp_path, seed_corpus, monkeypatch):
    from kolom import knowledge
    from kolom.pdf import render as module

    kb = knowledge.build(seed_corpus)
    broken = kb.columns[0].column.slug
    original = module.column_html

    def failing(page):
        if page.column.slug == broken:
            raise ValueError("cannot lay out")
        return original(page)

    monkeypatch.setattr(module, "column_html", failing)
    problems = write_all(kb, tmp_path, workers=1).problems
    assert len(problems) == 1 and broken in problems[0]
    assert len(list((tmp_path / "kolommen").glob("*.pdf"))) == 4
    assert (tmp_path / "kennisbank.pdf").exists()


def test_render_reports_an_unwritable_target_by_name(tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder")
    problem = render(Job("column x", "<p>x</p>", tmp_path / "taken" / "x.pdf"))
    assert problem and "column x" in problem


@pytest.mark.parametrize("background", [False, True], ids=["write_all", "PdfBuild"])
def test_pdfs_are_cached_by_content_and_an_edit_typesets_only_what_it_changed(tmp_path, background):
    """A second run copies every PDF from the cache byte for byte; after one edited column only its PDF,
    its author's and the volume that holds it are typeset again. The plugin's background build (a forked
    process) does the same as the synchronous one."""
    from kolom import knowledge, pipeline
    from kolom.cache import Cache

    raw = tmp_path / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    store = Cache(tmp_path / "cache")

    def write(out: str):
        kb = knowledge.build(pipeline.run(raw, store=store), store=store)
        if background:
            return kb, PdfBuild(kb, store, workers=1).finish(tmp_path / out)
        return kb, write_all(kb, tmp_path / out, workers=1, store=store)

    kb, cold = write("cold")
    assert cold.problems == [] and cold.reused == []
    assert len(cold.rendered) == len(kb.columns) + len(kb.authors) + len(kb.volumes())
    _, warm = write("warm")
    assert warm.rendered == [] and sorted(warm.reused) == sorted(cold.rendered)
    for pdf in (tmp_path / "cold").rglob("*.pdf"):
        assert (tmp_path / "warm" / pdf.relative_to(tmp_path / "cold")).read_bytes() == pdf.read_bytes()

    edited = next(p for p in kb.columns if p.column.title == "Kleefkracht").column
    path = raw / edited.source
    sentence = "De omzet van het bedrijf begint toe te nemen"
    assert sentence in path.read_text("utf-8")
    path.write_text(path.read_text("utf-8").replace(sentence, sentence + " en groeit", 1), "utf-8")
    _, after = write("edited")
    assert sorted(after.rendered) == sorted(
        [
            f"column {edited.slug} ({edited.source})",
            *(f"author {a}" for a in edited.authors),
            "knowledge base kennisbank",
        ]
    )


def test_a_pdf_outlives_code_changes_that_leave_its_html_alone_but_not_a_new_stylesheet(
    tmp_path, seed_corpus, monkeypatch
):
    """Upgrading kolom re-typesets only the PDFs whose HTML changed; changing how they are typeset
    (stylesheet or typesetting code) re-typesets all."""
    from kolom import cache, knowledge
    from kolom.cache import Cache
    from kolom.pdf import render

    kb = knowledge.build(seed_corpus)
    store = Cache(tmp_path / "cache")
    cold = write_all(kb, tmp_path / "cold", workers=1, store=store)
    assert cold.rendered and not cold.reused
    monkeypatch.setattr(cache, "code_version", lambda: "kolom's code changed elsewhere")
    upgraded = write_all(kb, tmp_path / "upgraded", workers=1, store=store)
    assert upgraded.rendered == [] and sorted(upgraded.reused) == sorted(cold.rendered)
    monkeypatch.setattr(render, "_typesetting_code", lambda: b"another stylesheet")
    restyled = write_all(kb, tmp_path / "restyled", workers=1, store=store)
    assert sorted(restyled.rendered) == sorted(cold.rendered) and restyled.reused == []


def test_the_background_build_yields_to_mkdocs_and_a_discarded_one_stops_and_leaves_no_work_folder(
    tmp_path, seed_corpus
):
    from kolom import knowledge

    build = PdfBuild(knowledge.build(seed_corpus), workers=1)
    assert build.process.is_alive() and build.work.exists()
    deadline = time.monotonic() + 5  # the child lowers its own priority first thing: MkDocs keeps its core
    while os.getpriority(os.PRIO_PROCESS, build.process.pid) == os.getpriority(os.PRIO_PROCESS, 0):
        assert time.monotonic() < deadline, "the PDF build runs at the build's own priority"
        time.sleep(0.01)
    build.discard()
    assert not build.process.is_alive() and not build.work.exists()


def test_the_whole_base_is_cut_into_volumes_of_at_most_the_set_size(seed_corpus):
    from kolom import knowledge

    kb = knowledge.build(seed_corpus)
    assert [v.slug for v in kb.volumes()] == ["kennisbank"]
    volumes = kb.volumes(max_columns=2)
    assert [v.slug for v in volumes] == [f"kennisbank-deel-{n}" for n in range(1, len(volumes) + 1)]
    assert all(v.size <= 2 for v in volumes)
    held = [p.column.slug for v in volumes for _, pages in v.groups for p in pages]
    assert sorted(held) == sorted(p.column.slug for p in kb.columns)  # every column once

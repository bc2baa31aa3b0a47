"""Reading: encodings, repairs, and clear messages for bad input."""

from __future__ import annotations

import json

import pytest

from kolom import pipeline
from kolom.ingest.read import InputError, decode
from kolom.ingest.repair import is_blank, repair

PROSE = "Dit is een column over klanten en de manier waarop we met hen omgaan in ons bedrijf. " * 3


@pytest.mark.parametrize(
    "data",
    [
        PROSE.encode("utf-8"),
        b"\xef\xbb\xbf" + PROSE.encode("utf-8"),
        ("Idee\u00ebn " + PROSE).encode("cp1252"),
    ],
)
def test_decodes_utf8_bom_and_cp1252(data):
    assert "klanten" in decode(data)


def test_cp1252_keeps_diacritics():
    assert decode(("Ideeën en één café. " + PROSE).encode("cp1252")).startswith("Ideeën en één café.")


@pytest.mark.parametrize(
    "text",
    [
        "Zesendertig jaar caissière, nog lang niet uitgepraat. " + PROSE,  # detected as cp1250: 'caissičre'
        "Een naïeve klant à la minute. " + PROSE,  # cp1250: 'naďeve', 'ŕ la'
        "di 14 mrt. 2023 · 3 min leestijd\n" + PROSE,  # one middle dot: detected as cp932, 'ｷ'
        "• Diensten\n• Contact\n" + PROSE,  # bullets: detected as cp852
    ],
)
def test_a_windows_1252_text_reads_as_written(text):
    assert decode(text.encode("cp1252")) == text


def test_repairs_mojibake_but_keeps_curly_quotes_and_nbsp():
    assert repair("mkbâ€™er ideeÃ«n ‘kleven’ een\u00a0beurt") == "mkb’er ideeën ‘kleven’ een\u00a0beurt"


def test_line_endings_and_form_feeds_become_newlines():
    assert repair("a\r\nb\rc\fd") == "a\nb\nc\nd"


def test_nbsp_only_line_is_blank():
    assert is_blank("\u00a0 \u00a0") and not is_blank("\u00a0x")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "leeg"),
        (b"   \n\n", "leeg"),
        (b"\x00\x01\x02binary\x00", "binair"),
        (b"x" * 6_000_000, "meer dan de grens"),
        ((b"woord " * 100 + b"\n") * 700, "woorden"),
        (b"regel\n" * 30_000, "regels"),
        (b"x" * 100_000, "een regel van 100,000 tekens"),
    ],
)
def test_bad_bytes_get_a_clear_message(data, message):
    with pytest.raises(InputError, match=message):
        decode(data)


def test_bad_files_are_reported_by_name_and_the_rest_still_build(tmp_path):
    (tmp_path / "goed.txt").write_text(PROSE + "\n\n" + PROSE, encoding="utf-8")
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "binair.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "geen-proza.txt").write_text("Home\nMenu\nContact\n© 2020\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "dieper.txt").write_text(PROSE, encoding="utf-8")
    corpus = pipeline.run(tmp_path, workers=1)
    assert sorted(c.source for c in corpus.columns) == ["goed.txt", "sub/dieper.txt"]
    problems = {p.source: p.message for p in corpus.problems}
    assert set(problems) == {"leeg.txt", "binair.txt", "geen-proza.txt"}
    assert "leeg" in problems["leeg.txt"]
    assert "binair" in problems["binair.txt"]
    assert "geen lopende tekst" in problems["geen-proza.txt"]


def test_raw_files_are_never_modified(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(("Titel\r\n\r\n" + PROSE + "\r\nfbpx\r\n").encode("cp1252"))
    before = path.read_bytes()
    pipeline.run(tmp_path, workers=1)
    assert path.read_bytes() == before


def test_an_unexpected_error_in_one_file_is_reported_and_the_rest_build(tmp_path, monkeypatch):
    from kolom import pipeline as module

    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PROSE.replace("column", "stuk"), encoding="utf-8")
    original = module.clean_units

    def flaky(units, source, *args):
        if source == "b.txt":
            raise IndexError("boom")
        return original(units, source, *args)

    monkeypatch.setattr(module, "clean_units", flaky)
    corpus = module.run(tmp_path, workers=1)
    assert [c.source for c in corpus.columns] == ["a.txt"]
    assert corpus.problems[0].source == "b.txt" and "IndexError: boom" in corpus.problems[0].message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_wide_unicode_with_a_byte_order_mark_is_text(encoding):
    data = ("\ufeff" if encoding.endswith("-be") else "") + "Klanten zijn koning, ideeën genoeg."
    assert decode(data.encode(encoding)) == "Klanten zijn koning, ideeën genoeg."


def test_links_out_of_the_input_folder_and_unusable_names_are_refused(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "geheim.txt"
    raw.mkdir()
    outside.write_text(PROSE, encoding="utf-8")
    (raw / "goed.txt").write_text(PROSE, encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    (raw / "map").symlink_to(tmp_path, target_is_directory=True)
    (raw / "sub").mkdir()
    (raw / "sub" / "link.txt").symlink_to(outside)  # a link further down the folder
    (raw / "sub" / ("y" * 251 + ".txt")).write_text(PROSE, encoding="utf-8")
    (raw / ("x" * 251 + ".txt")).write_text(PROSE, encoding="utf-8")
    (raw / b"caf\xe9.txt".decode("utf-8", "surrogateescape")).write_text(PROSE, encoding="utf-8")
    corpus = pipeline.run(raw, workers=1)
    assert [c.source for c in corpus.columns] == ["goed.txt"]
    problems = {p.source: p.message for p in corpus.problems}
    assert "buiten de invoermap" in problems["link.txt"]
    assert "buiten de invoermap" in problems["map"]
    assert "buiten de invoermap" in problems["sub/link.txt"]
    assert "kortere naam" in problems["x" * 251 + ".txt"]
    assert "kortere naam" in problems["sub/" + "y" * 251 + ".txt"]
    assert "geen geldige UTF-8" in problems["caf\\xe9.txt"]
    assert all(PROSE not in json.dumps(c.to_json()) for c in corpus.columns if c.source != "goed.txt")


def test_control_characters_are_dropped_but_tabs_and_line_ends_stay():
    assert repair("Contro\x01le\x7f\ttekst\x85\r\nregel") == "Controle\ttekst\nregel"


def test_a_folder_is_walked_once_for_texts_yaml_and_linked_folders_in_path_order(tmp_path):
    from pathlib import Path

    from kolom.ingest.read import walk

    for name in ["a/x.txt", "a b/x.txt", "a/b/y.txt", "z.txt", "a/x.yml", "notes.md", "m.txt/inner.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(PROSE, encoding="utf-8")
    (tmp_path / "a" / "link.txt").symlink_to(tmp_path / "z.txt")  # a link to a file counts as the file
    (tmp_path / "a" / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "elders").symlink_to(tmp_path / "a", target_is_directory=True)  # listed, not entered
    found = walk(tmp_path)
    expected = sorted(p for p in tmp_path.rglob("*.txt") if p.is_file())
    assert found.texts == expected
    assert [p.relative_to(tmp_path).as_posix() for p in found.texts] == [
        "a/b/y.txt",
        "a/link.txt",
        "a/x.txt",
        "a b/x.txt",  # Path order: part by part ('a' before 'a b'), not character by character
        "m.txt/inner.txt",
        "z.txt",
    ]
    assert found.yaml == [tmp_path / "a" / "x.yml"]
    assert found.linked == [Path(tmp_path / "elders")]
    # only what is no link is taken to lie where it is found; a link's target is looked up
    assert found.plain == {*found.texts, *found.yaml} - {tmp_path / "a" / "link.txt"}

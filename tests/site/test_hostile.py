"""A hostile corpus built into a real site: no script runs, no attribute is injected, text stays text,
every bad file is reported by name while the rest builds, and nothing outside the site folder changes."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from contextlib import suppress
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from kolom.cli import write_zip
from tests.conftest import FIXTURES, SEEDS_RAW, UI_WAIT_MS, run_kolom, serve

pytestmark = pytest.mark.browser

HOSTILE = FIXTURES / "hostile"
TITLE = "Klantenservice <img src=x onerror=alert('T2')> werkt"
AUTHOR = "<img src=x onerror=alert('sidecar')>Piet Jansen"
LONG_NAME = "x" * 251 + ".txt"
PROSE = (
    "Een klant die belt wil een mens spreken die luistert, en geen keuzemenu dat hem van het kastje "
    "naar de muur stuurt, want dat kost hem tijd en ons zijn vertrouwen.\n"
)

# Every element attribute that would run script or follow a script URL; Pagefind's own form is the one
# `javascript:void(0)` it writes itself.
SCAN = """() => [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
  .filter(a => /^on/i.test(a.name) || (/^\\s*javascript:/i.test(a.value) && a.value !== 'javascript:void(0);'))
  .map(a => el.tagName + ' ' + a.name + '=' + a.value))"""


def digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def make_raw(root: Path) -> Path:
    """Seeds, the hostile fixture, and the attacks that cannot live in git: links, names, sizes."""
    raw = root / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    for path in HOSTILE.iterdir():
        shutil.copy(path, raw / path.name)
    (root / "geheim.txt").write_text("GEHEIM " + PROSE, encoding="utf-8")
    (raw / "koppeling.txt").symlink_to(root / "geheim.txt")
    (raw / b"caf\xe9.txt".decode("utf-8", "surrogateescape")).write_text(PROSE, encoding="utf-8")
    (raw / LONG_NAME).write_text(PROSE, encoding="utf-8")
    (raw / "reuzenregel.txt").write_text("woord" * 700_000, encoding="utf-8")  # one 3.5 MB line
    wrapped = "\n".join(
        f"de klant wil een goede service en het bedrijf zorgt {n} daarvoor" for n in range(4000)
    )
    (raw / "afgebroken.txt").write_text("Een lange afgebroken tekst\n" + wrapped + ".\n", encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    raw = make_raw(root)
    before = {"raw": digests(raw), "outside": (root / "geheim.txt").read_bytes()}
    site = root / "site"
    result = run_kolom("site", "--raw", str(raw), "--site-dir", str(site))
    return {"root": root, "raw": raw, "site": site, "result": result, "before": before}


@pytest.fixture(scope="module")
def hostile_url(hostile):
    with serve(hostile["site"]) as url:
        yield url


def test_every_bad_file_is_reported_by_name_and_the_rest_builds(hostile):
    result = hostile["result"]
    assert result.returncode == 0, result.stderr
    for name, why in [
        ("leeg.txt", "leeg"),
        ("plaatje.txt", "binair"),
        ("slechte_sidecar.txt", "veld 'date'"),
        ("koppeling.txt", "buiten de invoermap"),
        ("caf\\xe9.txt", "geen geldige UTF-8"),
        (LONG_NAME, "kortere naam"),
        ("reuzenregel.txt", "een regel van 3,500,000 tekens"),
    ]:
        assert any(name in line and why in line for line in result.stderr.splitlines()), (name, why)
    built = {p.name for p in (hostile["site"] / "kolommen").iterdir()}
    assert {"kleefkracht", "een-column-in-utf-16", "een-auteur-die-index-heet"} <= built
    assert any(name.startswith("een-lange-afgebroken-tekst") for name in built)


def test_raw_files_and_everything_outside_the_site_are_untouched(hostile):
    assert digests(hostile["raw"]) == hostile["before"]["raw"]
    assert (hostile["root"] / "geheim.txt").read_bytes() == hostile["before"]["outside"]
    published = [p for p in hostile["site"].rglob("*") if p.is_file() and p.suffix in (".html", ".json")]
    assert not any(b"GEHEIM" in p.read_bytes() for p in published)


def test_no_page_runs_a_script_or_carries_an_injected_attribute(page, hostile, hostile_url):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    site = hostile["site"]
    pages = [p.relative_to(site).as_posix() for p in site.rglob("*.html") if "pagefind" not in p.parts]
    assert len(pages) > 20
    injected = {}
    for rel in pages:
        page.goto(urljoin(hostile_url, rel))
        if found := page.evaluate(SCAN):
            injected[rel] = found
    assert injected == {} and dialogs == []


def test_search_results_and_filters_show_hostile_text_as_text(page, hostile_url):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hostile_url)
    page.fill("#kolom-search input", "Klantenservice")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=UI_WAIT_MS)
    page.click(".pagefind-ui__filter-name >> text=auteur")  # (waits for the filters, which load later)
    with suppress(PlaywrightTimeout):  # the filters load after the results; on a busy machine, later
        page.wait_for_function(
            "a => [...document.querySelectorAll('.pagefind-ui__filter-label')].some(e => e.innerText.startsWith(a))",
            arg=AUTHOR,
            timeout=UI_WAIT_MS,
        )
    labels = page.eval_on_selector_all(".pagefind-ui__filter-label", "els => els.map(e => e.innerText)")
    assert any(label.startswith(AUTHOR) for label in labels), labels
    assert TITLE in page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.innerText)")
    assert page.evaluate(SCAN) == [] and dialogs == []


def test_a_reader_sees_the_characters_that_were_written(page, hostile_url):
    page.goto(urljoin(hostile_url, "kolommen/klantenservice-img-src-x-onerror-alert-t2-werkt/"))
    assert page.inner_text("article h1") == TITLE
    assert page.title().startswith(TITLE)
    text = page.inner_text("article")
    for written in [
        "Waarom een prijs < 10 euro <script>alert('sub')</script> niets zegt",
        "*sterretjes* of _lage streepjes_",
        "[klik hier](javascript:alert('link')) en {{ config.site_name }} en {% raw %}",
        "!!! warning",
        "# Ook dit is geen kop",
        "1. Dit is geen genummerde lijst",
        AUTHOR,
    ]:
        assert written in text, written
    assert "\\<" not in text and "&lt;" not in text and "&amp;" not in text
    assert page.query_selector("article .admonition.warning") is None
    author_links = page.eval_on_selector_all("article a", "els => els.map(e => e.href)")
    assert all(urlparse(h).scheme in ("http", "") for h in author_links)


def test_a_control_character_in_a_title_is_dropped_and_the_page_keeps_its_metadata(page, hostile_url):
    page.goto(urljoin(hostile_url, "kolommen/controletekens-in-de-titel/"))
    assert page.inner_text("article h1") == "Controletekens in de titel"
    assert "Karin Dekker" in page.inner_text(".kolom-facts")


def test_author_page_from_the_registry_keeps_bio_as_text_and_website_as_a_plain_link(page, hostile_url):
    page.goto(urljoin(hostile_url, "auteurs/"))
    link = page.get_by_role("link", name=AUTHOR)
    link.click()
    assert page.inner_text("article h1") == AUTHOR
    text = page.inner_text("article")
    assert (
        "Piet schrijft <script>alert('registry')</script> over **service** en {: onclick=alert(1)}." in text
    )
    assert page.get_attribute("a[href^='https://example.org']", "href") == "https://example.org/piet?a=1&b=2"


def test_an_author_named_index_does_not_replace_the_authors_index(page, hostile_url):
    page.goto(urljoin(hostile_url, "auteurs/"))
    assert page.inner_text("article h1").startswith("Auteurs")  # then the heading's permalink sign
    page.get_by_role("link", name="Index", exact=True).click()
    assert page.inner_text("article h1") == "Index"
    assert urlparse(page.url).path == "/auteurs/index-2/"


def test_every_page_404_included_loads_nothing_from_another_host(page, hostile, hostile_url):
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlparse(r.url).hostname or r.url.split(":")[0]))
    for rel in ["404.html", "", "kolommen/kleefkracht/", "auteurs/", "over/"]:
        page.goto(urljoin(hostile_url, rel))
        page.wait_for_timeout(200)
    assert hosts <= {"127.0.0.1", "data", "blob"}, hosts
    not_found = (hostile["site"] / "404.html").read_text(encoding="utf-8")
    assert 'src="//' not in not_found and 'href="//' not in not_found


def test_pdf_shows_hostile_text_as_text(hostile):
    pdf = next((hostile["site"] / "pdf" / "kolommen").glob("klantenservice-img*.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "<img src=x onerror=alert('T2')>" in text and "&lt;" not in text


def test_a_site_dir_that_holds_the_input_is_refused_and_nothing_is_deleted(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    before = digests(raw)
    result = run_kolom("site", "--raw", str(raw), "--site-dir", str(tmp_path), "--no-pdf")
    assert result.returncode != 0 and "bevat de invoermap" in result.stderr
    assert digests(raw) == before


def test_two_builds_of_the_same_raw_are_byte_identical(tmp_path):
    raw = make_raw(tmp_path)
    trees = []
    for name in ("a", "b"):
        result = run_kolom("site", "--raw", str(raw), "--site-dir", str(tmp_path / name), "--no-pdf")
        assert result.returncode == 0, result.stderr
        trees.append(digests(tmp_path / name))
    # Pagefind writes its filter and metadata indexes in hash-map order (see the README): names differ.
    varying = ("pagefind/filter/", "pagefind/pagefind.", "pagefind/pagefind-entry.json")
    stable = [{k: v for k, v in t.items() if not k.startswith(varying)} for t in trees]
    assert stable[0] == stable[1] and len(stable[0]) > 50


def test_the_offline_zip_is_the_same_bytes_for_the_same_files(tmp_path):
    folder = tmp_path / "site"
    (folder / "sub").mkdir(parents=True)
    (folder / "index.html").write_text("<p>a</p>", encoding="utf-8")
    (folder / "sub" / "b.pdf").write_bytes(b"%PDF")
    write_zip(folder, tmp_path / "one.zip")
    for path in folder.rglob("*"):
        path.touch()
    write_zip(folder, tmp_path / "two.zip")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    assert zipfile.ZipFile(tmp_path / "one.zip").namelist() == ["index.html", "sub/b.pdf"]


def test_offline_edition_search_shows_hostile_text_as_text(page, hostile):
    site = hostile["root"] / "offline"
    zipped = hostile["root"] / "offline.zip"
    result = run_kolom("offline", "--raw", str(hostile["raw"]), "--site-dir", str(site), "--zip", str(zipped))
    assert result.returncode == 0, result.stderr
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((site / "index.html").as_uri())
    page.wait_for_function("() => !document.querySelector('.md-search').hidden")
    page.click("input.md-search__input")
    for query, expected in [("prijs", TITLE), ("Piet", AUTHOR)]:
        page.fill("input.md-search__input", "")
        page.type("input.md-search__input", query, delay=50)
        page.wait_for_selector(".md-search-result__item", timeout=UI_WAIT_MS)
        page.wait_for_timeout(500)
        shown = page.eval_on_selector_all(".md-search-result__item", "els => els.map(e => e.innerText)")
        assert any(text.startswith(expected) for text in shown), shown
    assert page.evaluate(SCAN) == [] and dialogs == []

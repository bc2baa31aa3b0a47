"""The built site in headless Chromium: search, author pages, links, privacy, accessibility."""

from __future__ import annotations

from urllib.parse import urljoin, urlparse
from urllib.request import urlopen

import pytest

from tests.conftest import UI_WAIT_MS

pytestmark = pytest.mark.browser


def search(page, url: str, query: str) -> list[str]:
    page.goto(url)
    page.fill("#kolom-search input", query)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=UI_WAIT_MS)
    page.wait_for_timeout(300)
    return [
        urlparse(h).path
        for h in page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kleefkracht", "/kolommen/kleefkracht/"),
        ("Gandhi", "/kolommen/het-draait-allemaal-om-de-klant/"),
        ("ideeen", "/auteurs/leen-zevenbergen/"),
        ("ondernemer", "/kolommen/gelukkig-zijn-er-ook-nog-positieve-uitzonderingen/"),
        ("klanten", "/kolommen/niet-zo-commercieel-correct-graag/"),
    ],
)
def test_search_finds_the_right_pages(page, site_url, query, expected):
    assert expected in search(page, site_url, query)


def test_search_stems_dutch_klanten_finds_many_columns(page, site_url):
    assert len([r for r in search(page, site_url, "klanten") if r.startswith("/kolommen/")]) >= 4


def test_every_author_page_lists_exactly_that_authors_columns(page, site_url, seed_columns):
    by_author: dict[str, set[str]] = {}
    for column in seed_columns.values():
        for name in column.authors:
            by_author.setdefault(name, set()).add(column.slug)
    page.goto(urljoin(site_url, "auteurs/"))
    author_links = page.eval_on_selector_all(
        "article.md-content__inner a",
        "els => els.filter(e => /\\/auteurs\\/[^/]+\\/$/.test(e.href)).map(e => [e.textContent, e.href])",
    )
    assert {name for name, _ in author_links} == set(by_author)
    for name, href in author_links:
        page.goto(href)
        assert page.inner_text("article h1") == name
        links = page.eval_on_selector_all(
            "article a", "els => els.map(e => e.href).filter(h => h.includes('/kolommen/'))"
        )
        assert {urlparse(h).path.strip("/").split("/")[-1] for h in links} == by_author[name]


def test_no_request_leaves_localhost(page, site_url):
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlparse(r.url).hostname or r.url.split(":")[0]))
    search(page, site_url, "klant")
    page.goto(urljoin(site_url, "kolommen/kleefkracht/"))
    page.goto(urljoin(site_url, "auteurs/wim-aalbers/"))
    assert hosts <= {"127.0.0.1", "data", "blob"}, hosts


def test_every_internal_link_resolves(page, site_url):
    seen, todo, broken = set(), [site_url], []
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        if not url.endswith("/") and not url.endswith(".html"):
            with urlopen(url) as response:
                assert response.status == 200
            continue
        response = page.goto(url)
        if response is None or response.status != 200:
            broken.append(url)
            continue
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            target = href.split("#")[0]
            if target.startswith(site_url) and target not in seen:
                todo.append(target)
    assert not broken
    assert any(u.endswith(".pdf") for u in seen) and len(seen) > 20


@pytest.mark.parametrize("path", ["", "kolommen/kleefkracht/", "auteurs/michel-de-haan/"])
def test_no_serious_accessibility_violations(page, site_url, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(urljoin(site_url, path))
    results = Axe().run(page)
    serious = [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_search_is_keyboard_friendly(page, site_url):
    page.goto(site_url)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.matches('#kolom-search input')")
    page.keyboard.type("kleefkracht")
    page.wait_for_selector(".pagefind-ui__result-link")
    page.keyboard.press("Escape")
    assert page.input_value("#kolom-search input") == ""


def test_search_loads_its_index_when_a_reader_reaches_for_the_box_not_before(page, site_url):
    """Readers who never search fetch nothing of the index; a reader who clicks into the box has it
    loaded (metadata and filters) before typing the first letter (Pagefind's UI loads on focus; the
    search bench measures from the typed word on)."""
    fetched: list[str] = []
    page.on("requestfinished", lambda r: fetched.append(r.url) if "/pagefind/" in r.url else None)
    page.goto(site_url)
    page.wait_for_selector("#kolom-search input")
    page.wait_for_timeout(500)
    assert not [u for u in fetched if u.endswith((".pf_meta", ".pf_filter"))]
    page.click("#kolom-search input")
    page.wait_for_timeout(1000)
    assert any(u.endswith(".pf_meta") for u in fetched)
    assert any(u.endswith(".pf_filter") for u in fetched)
    page.fill("#kolom-search input", "kleefkracht")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=UI_WAIT_MS)

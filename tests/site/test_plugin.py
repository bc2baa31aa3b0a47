"""The kolom MkDocs plugin: registered by entry point, typed options, a wrong option fails the build by name."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from kolom.site.plugin import KolomPlugin
from tests.conftest import SEEDS_RAW

PROJECT = Path(__file__).resolve().parents[2]


def test_the_plugin_is_registered_with_mkdocs():
    (found,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == "kolom"]
    assert found.load() is KolomPlugin


@pytest.mark.parametrize(
    ("options", "named"),
    [({"search": "pagefnd"}, "search"), ({"serch": "lunr"}, "serch"), ({"pdf": "ja"}, "pdf")],
)
def test_a_wrong_option_is_an_error_naming_it(options, named):
    errors, _ = KolomPlugin().load_config(options)
    assert [name for name, _ in errors] == [named]


def _project(tmp_path: Path, plugin_yaml: str) -> Path:
    """A user's own MkDocs project: their docs, Material, and the plugin; nothing copied from kolom."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Mijn kennisbank\n", encoding="utf-8")
    shutil.copytree(SEEDS_RAW, tmp_path / "columns")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Mijn kennisbank\n"
        "theme:\n  name: material\n  language: nl\n  font: false\n"
        f"plugins:\n  - tags\n{plugin_yaml}"
        "markdown_extensions: [admonition, attr_list, md_in_html, tables, toc]\n",
        encoding="utf-8",
    )
    return tmp_path


def _mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml")],
        capture_output=True,
        text=True,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "KOLOM_CACHE": "off", "PATH": "/usr/bin:/bin"},
    )


def test_a_users_own_mkdocs_project_builds_with_the_plugin(tmp_path):
    project = _project(tmp_path, "  - kolom:\n      raw: columns\n      search: lunr\n")
    done = _mkdocs_build(project)
    assert done.returncode == 0, done.stderr
    page = (project / "site" / "kolommen" / "kleefkracht" / "index.html").read_text("utf-8")
    assert '<article class="kolom-column">' in page  # kolom's own column template, brought by the plugin
    assert "stylesheets/kolom.css" in page and (project / "site" / "stylesheets" / "kolom.css").exists()
    assert not (project / "site" / "pdf").exists()  # pdf defaults to off


def test_a_projects_custom_dir_overrides_koloms_templates(tmp_path):
    project = _project(tmp_path, "  - kolom:\n      raw: columns\n      search: lunr\n")
    (project / "overrides").mkdir()
    (project / "overrides" / "column.html").write_text(
        '{% extends "main.html" %}{% block content %}<p id="eigen">{{ page.title }}</p>{% endblock %}',
        encoding="utf-8",
    )
    config = (project / "mkdocs.yml").read_text("utf-8")
    (project / "mkdocs.yml").write_text(
        config.replace("theme:\n  name: material\n", "theme:\n  name: material\n  custom_dir: overrides\n"),
        encoding="utf-8",
    )
    done = _mkdocs_build(project)
    assert done.returncode == 0, done.stderr
    page = (project / "site" / "kolommen" / "kleefkracht" / "index.html").read_text("utf-8")
    assert '<p id="eigen">Kleefkracht</p>' in page and "kolom-column" not in page


def test_a_misspelt_option_fails_mkdocs_build_and_names_the_option(tmp_path):
    project = _project(tmp_path, "  - kolom:\n      raw: columns\n      search: pagefnd\n")
    done = _mkdocs_build(project)
    assert done.returncode != 0
    assert "search" in done.stderr and "pagefnd" in done.stderr
    assert not (project / "site" / "kolommen").exists()


def test_the_knowledge_base_is_kept_from_the_collector_while_mkdocs_renders_and_given_back_after(tmp_path):
    """The plugin freezes what it built (the collector skips it while MkDocs renders the pages) and unfreezes
    it when the build ends, so that `mkdocs serve`'s next build leaves nothing frozen behind."""
    import gc

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = _project(tmp_path, "  - kolom:\n      raw: columns\n      search: lunr\n      cache: 'off'\n")
    seen = tmp_path / "frozen.txt"
    (project / "hooks.py").write_text(
        "import gc\n\n\ndef on_post_page(output, page, config):\n"
        f"    with open({str(seen)!r}, 'a') as f:\n"
        "        f.write(f'{gc.get_freeze_count()}\\n')\n"
        "    return output\n",
        encoding="utf-8",
    )
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("hooks: [hooks.py]\n")
    gc.unfreeze()
    build(load_config(str(project / "mkdocs.yml")))
    counts = [int(n) for n in seen.read_text().split()]
    assert len(counts) > 5 and min(counts) > 10_000  # every page rendered with the knowledge base frozen
    assert gc.get_freeze_count() == 0

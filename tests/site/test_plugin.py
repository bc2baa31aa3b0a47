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
    for name in ("docs", "overrides"):
        shutil.copytree(PROJECT / name, tmp_path / name)
    shutil.copytree(SEEDS_RAW, tmp_path / "columns")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Mijn kennisbank\n"
        "theme:\n  name: material\n  custom_dir: overrides\n  language: nl\n  font: false\n"
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
    assert (project / "site" / "kolommen" / "kleefkracht" / "index.html").exists()
    assert not (project / "site" / "pdf").exists()  # pdf defaults to off


def test_a_misspelt_option_fails_mkdocs_build_and_names_the_option(tmp_path):
    project = _project(tmp_path, "  - kolom:\n      raw: columns\n      search: pagefnd\n")
    done = _mkdocs_build(project)
    assert done.returncode != 0
    assert "search" in done.stderr and "pagefnd" in done.stderr
    assert not (project / "site" / "kolommen").exists()

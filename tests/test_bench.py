"""`make bench` runs its stages on generated corpora; the stage that times related reading inside the
knowledge build must work at the sizes where the build shares work among processes."""

from __future__ import annotations

from bench.run import bench_copies_and_related
from kolom.settings import DEFAULT


def test_the_copies_and_related_stage_runs_where_the_build_works_in_two_processes(tmp_path, capsys):
    bench_copies_and_related(tmp_path, DEFAULT.work.parallel_min_columns + 20)
    line = capsys.readouterr().out
    assert line.startswith("| copies + related |") and "related" in line and "copies found" in line

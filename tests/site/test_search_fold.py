"""Accent folding added to Material's search index (the offline edition)."""

from __future__ import annotations

import json

from kolom.site.search import fold, fold_index


def test_fold():
    assert (fold("ideeën"), fold("één"), fold("café"), fold("klant")) == ("ideeen", "een", "cafe", "klant")


def test_fold_index_adds_hidden_folded_forms_once(tmp_path):
    path = tmp_path / "search_index.json"
    docs = [
        {"location": "a/", "title": "Ideeën", "text": "Eén idee, twee ideeën."},
        {"location": "b/", "title": "B", "text": "klant"},
    ]
    path.write_text(json.dumps({"config": {}, "docs": docs}), encoding="utf-8")
    assert fold_index(path) == 2
    a, b = json.loads(path.read_text(encoding="utf-8"))["docs"]
    assert a["text"].endswith("<span hidden>een ideeen</span>") and b["text"] == "klant"

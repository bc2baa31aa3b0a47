"""Named word lists, loaded once from the data files beside this module."""

from __future__ import annotations

from importlib.resources import files


def load_words(name: str) -> frozenset[str]:
    """The words of a pattern file: whitespace-separated, `#` starts a comment."""
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() for w in line.split("#", 1)[0].split())


FUNCTION_WORDS_NL = load_words("function_words_nl.txt")
FUNCTION_WORDS = FUNCTION_WORDS_NL | load_words("function_words_en.txt") | load_words("function_words_de.txt")
NAME_PARTICLES = load_words("name_particles.txt")
NOT_NAMES = load_words("not_names.txt")

"""The literals a pattern cannot match without, read from its parse: a line that holds none of them need not
be tried against the pattern (the prefilter of RE2 and Hyperscan, for Python's own regexes).

A pattern's need is a set of case-folded strings one of which occurs in every text it matches (ignoring
case), or None when no such set can be named; a None only costs speed, never a match.
"""

from __future__ import annotations

import re

try:  # Python's own regex parser (private, stable since Python 3.11): the parse tree and its opcodes
    from re import _constants as sre
    from re import _parser
except ImportError:  # a Python that moved them: no pattern has a need, so every pattern is tried
    sre = _parser = None

Need = frozenset[str] | None
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre else ()


def required(pattern: str, flags: int = re.IGNORECASE) -> Need:
    """The strings one of which every match of `pattern` holds, as `str.casefold` writes them."""
    try:
        return _sequence(list(_parser.parse(pattern, flags)))
    except Exception:  # a construct this reading does not know (or no parser): the pattern is always tried
        return None


def opens_with_stretch(pattern: str, flags: int = re.IGNORECASE) -> bool:
    """Whether a match may open with a stretch of any length ('.*', '.{0,80}', '[a-z ]{2,40}'): such a
    pattern is tried at every length before it fails, the cost a prefilter saves."""
    try:
        items = list(_parser.parse(pattern, flags))
    except Exception:
        return False
    if not items:
        return False
    heads = (
        [alternative[0] for alternative in items[0][1][1] if alternative]
        if items[0][0] is sre.BRANCH
        else items[:1]
    )
    return any(op in _REPEATS and argument[1] > 1 for op, argument in heads)


def _better(a: Need, b: Need) -> Need:
    """Of two needs of one sequence, the one a line passes less often: longest shortest string, then fewest."""
    if a is None or b is None:
        return b if a is None else a
    return max(a, b, key=lambda need: (min(map(len, need)), -len(need)))


def _sequence(items: list) -> Need:
    """Every item of a sequence must match: the best of their needs (a run of literals is one string)."""
    best: Need = None
    run = ""
    for op, argument in items:
        if op is sre.LITERAL:
            run += chr(argument).casefold()
            continue
        best, run = _better(_better(best, _literal(run)), _item(op, argument)), ""
    return _better(best, _literal(run))


def _literal(run: str) -> Need:
    return frozenset({run}) if run.strip() else None  # a space is in every line: no need at all


def _item(op: object, argument: object) -> Need:
    if op is sre.SUBPATTERN:
        return _sequence(argument[-1])
    if op is sre.BRANCH:  # one of the alternatives matches: the union of their needs, if each has one
        found = [_sequence(alternative) for alternative in argument[1]]
        return None if any(f is None for f in found) else frozenset().union(*found)
    if op in _REPEATS and argument[0] >= 1:
        return _sequence(argument[2])
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in argument):  # a class of single characters
        return frozenset(chr(c).casefold() for _, c in argument)
    return None

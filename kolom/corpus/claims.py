"""Sentences that state a claim and stand on their own: what an author argues, in their own words.

A sentence stands alone when it does not open with a connective ("Maar", "Want", "En dan") or with a
pronoun pointing back ("Ze", "Hij", "Dat is"), is not a question and not someone else's quoted words.
It states a claim, rather than tells a story, when it generalises (obligation: "moet", "hoort";
contrast: "geen …, maar"; a general subject: "Wie …", "Een klant die …"; a condition: "alleen als")
and has no past tense or time anchor ("vorige week", "was", "stond").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kolom.corpus.lemmas import lemma
from kolom.corpus.summarize import stop_words
from kolom.corpus.terms import term_key, verb_form
from kolom.patterns import load_words
from kolom.settings import ClaimSettings

WORD_RE = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
CONNECTIVES = load_words("connectives_nl.txt")
POINTING_PRONOUNS = load_words("pronouns_nl.txt")
DEMONSTRATIVES = load_words("demonstratives_nl.txt")
OBLIGATION = load_words("claim_words_nl.txt")
NARRATIVE = load_words("narrative_words_nl.txt")
FIRST_PERSON = frozenset({"ik", "me", "mij", "mijn"})
THIRD_PERSON = frozenset({"hij", "zij", "ze", "hem", "haar"})
QUOTE_OPENERS = "'\"‘“„‚«‹"
CONTRAST_RE = re.compile(
    r"\b(?:geen|niet)\b[^.!?]*?,?\s*(?:maar|het is|ze is|hij is|dat is)\b|,\s*niet\s+\w+", re.I
)
GENERAL_SUBJECT_RE = re.compile(
    r"^(?:wie\b|een\s+\w+(?:\s+\w+)?\s+(?:die|dat|met|zonder|van)\b|elke\b|iedere?\b)", re.I
)
CONDITION_RE = re.compile(r"\b(?:alleen als|pas als|pas echt|is geen|zijn geen|\w{3,}er dan)\b", re.I)
DIGIT_RE = re.compile(r"\d")


LONG_VOWEL_RE = re.compile(r"([aeou])\1")


def _present_stem(word: str) -> str:
    """'loopt' -> 'lop', 'verliest' -> 'verliez', 'geeft' -> 'gev': a present form spelled as its infinitive."""
    stem = LONG_VOWEL_RE.sub(r"\1", word[:-1] if word.endswith("t") else word)
    return stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1:], stem[-1:]) if stem else stem


@cache
def _past_form(word: str) -> bool:
    """A verb form that is neither its infinitive nor a present-tense form of it ('kreeg', 'bestelde')."""
    if not verb_form(word) or word.endswith("en") or word in stop_words():
        return False
    base = lemma(word)
    return not (base.startswith(_present_stem(word)) or base.startswith(word.rstrip("t")))


def leans_back(sentence: str) -> bool:
    """Opens with a connective or a pronoun pointing back ('Maar', 'Ze', 'Dat is', 'Niet omdat …')."""
    words = WORD_RE.findall(sentence.lower())
    if not words:
        return False
    first = words[0]
    if first in CONNECTIVES or first in POINTING_PRONOUNS or first == "niet":  # "Niet omdat …": a fragment
        return True
    return first in DEMONSTRATIVES and len(words) > 1 and words[1] in stop_words()


def stands_alone(sentence: str) -> bool:
    """Readable without the sentence before it: not leaning back, no question, no quoted speech."""
    text = sentence.strip()
    if not text or text[0] in QUOTE_OPENERS or text.endswith("?") or not WORD_RE.search(text):
        return False
    return not leans_back(text)


@dataclass(frozen=True)
class Claim:
    text: str
    score: float
    paragraph: int  # 0-based index among the column's paragraphs


def claim_score(sentence: str, s: ClaimSettings) -> float:
    """How plainly the sentence states a general claim (0 for a story told or a sentence too long)."""
    words = WORD_RE.findall(sentence.lower())
    if not s.min_words <= len(words) <= s.max_words:
        return 0.0
    score = 0.0
    if OBLIGATION.intersection(words):
        score += s.obligation
    if CONTRAST_RE.search(sentence):
        score += s.contrast
    general = GENERAL_SUBJECT_RE.search(sentence)
    if general:
        score += s.general_subject
    elif THIRD_PERSON.intersection(words):
        score -= s.particular  # "hij", "ze" without a general subject: a particular person's story
    if FIRST_PERSON.intersection(words):
        score -= s.particular
    if CONDITION_RE.search(sentence):
        score += s.condition
    first = words[0]
    if (
        first not in stop_words()
        and lemma(first).endswith("en")
        and lemma(first) != first
        and not first.endswith(("t", "en", "de", "te"))
    ):
        score += s.imperative  # "Investeer …", "Stop met …", "Durf …"
    if NARRATIVE.intersection(words) or any(_past_form(w) for w in words):
        score -= s.narrative
    if DIGIT_RE.search(sentence):
        score -= s.narrative / 2
    return score


def sentence_keys(sentence: str) -> set[str]:
    """The term keys of a sentence's content words."""
    return {term_key(w) for w in WORD_RE.findall(sentence.lower()) if w not in stop_words()}


def _list_items(sentences: list[str]) -> set[int]:
    """Sentences written as items of a list: each the same as its neighbour but for one word ('Een
    stoofvlees met een twist. Een tiramisu met een twist.'), examples rather than a claim."""
    words = [WORD_RE.findall(x.lower()) for x in sentences]
    items: set[int] = set()
    for k in range(1, len(words)):
        a, b = words[k - 1], words[k]
        if len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
            items |= {k - 1, k}
    return items


def claims(paragraphs: list[list[str]], focus: dict[str, float], s: ClaimSettings) -> list[Claim]:
    """The column's sentences that stand alone and state a claim, best first (ties: earlier first).

    Sentences in the opening paragraph or the closing paragraphs, where a columnist states the point,
    weigh more, and so do sentences naming the column's subject (`focus`: term key -> weight).
    """
    found: list[Claim] = []
    last = len(paragraphs) - 1
    for n, sentences in enumerate(paragraphs):
        listed = _list_items(sentences)
        for k, sentence in enumerate(sentences):
            if k in listed or not stands_alone(sentence):
                continue
            score = claim_score(sentence, s)
            if score <= 0:
                continue
            if n == 0 or n >= last - 1:
                score += s.opening_or_closing
            score += min(s.max_focus, sum(focus.get(k, 0.0) for k in sentence_keys(sentence)))
            found.append(Claim(sentence, score, n))
    found.sort(key=lambda c: (-c.score, c.paragraph))
    return found[: s.per_column]

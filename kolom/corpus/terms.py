"""Subject terms of a text: lemmatised nouns and adjective + noun phrases, kept whole ("sociale media").

Dutch has no article-free noun test without a tagger, so a word counts as a noun where the text itself
uses it as one: it closes a phrase opened by a determiner, a number or a preposition ("de klant.", "een
korte kaart,", "vijf hoofdgerechten", "van klantentrouw"), or it ends in a suffix that only makes nouns
("samenwerking"). Terms are keyed by each word's stem, so singular and plural,
and "oudere werknemers" and "oudere werknemer", are one term; the form shown is the one written most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import Stemmer
from wordfreq import zipf_frequency

from kolom.corpus.lemmas import lemma
from kolom.corpus.summarize import stop_words
from kolom.patterns import load_words

TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|\S")
DETERMINERS = load_words("determiners_nl.txt")
NUMERALS = load_words("numerals_nl.txt")
CALENDAR = load_words("calendar_nl.txt")
# a word after one of these (or after its adjectives) closes a noun phrase: "de klant", "vijf hoofdgerechten",
# "van klantentrouw"
PHRASE_OPENERS = DETERMINERS | NUMERALS | load_words("prepositions_nl.txt")
NOUN_SUFFIXES = tuple(load_words("noun_suffixes_nl.txt"))
# suffixes that make a noun for who does what a verb says: 'handelaar(s)', 'winkelier', 'medewerker(s)',
# 'leidinggevende(n)'
DOER_SUFFIXES = ("aars", "aar", "iers", "ier", "ers", "er", "enden", "ende")
MIN_VERB_STEM = 3  # 'gev' of 'geven', 'nem' of 'nemen'
MIN_STEM_BEFORE_SUFFIX = 3  # "samenwerking" is a noun by its suffix; "ding", "vrij" are too short to tell
MIN_TERM_CHARS = 4
ARTICLES = frozenset({"de", "een"})  # never before a finite verb, unlike 'het' ('het werkt')
MAX_ADJECTIVES = 2  # "een korte, eerlijke kaart": words between a determiner and its noun

Key = tuple[str, ...]


@cache
def _stemmer():
    # the Porter-era Dutch Snowball: the current one also strips 'ge-' ('gerecht' -> 'recht', 'gebrek' -> 'brek')
    return Stemmer.Stemmer("dutch_porter")


@cache
def term_key(word: str) -> str:
    """One word's key: its stem ('kaarten', 'kaart' -> 'kaart'; 'openingsuren', 'openingsuur' -> 'openingsur').

    Not its lemma: simplemma's dictionary lemmatises 'kaart' as the verb 'kaarten' and leaves
    'contactcenters' alone, so singular and plural would be two terms.
    """
    return _stemmer().stemWord(word.lower())


def key_of(phrase: str) -> Key:
    """The key of a written term, word by word."""
    return tuple(term_key(w) for w in phrase.split())


@cache
def general_zipf(phrase: str) -> float:
    """How common the phrase is in general Dutch (wordfreq's Zipf scale: 0 unknown, 7 'de')."""
    return zipf_frequency(phrase, "nl")


@cache
def verb_form(word: str) -> bool:
    """A finite verb or participle: its lemma is an infinitive it is not ('oplost', 'durfden'; not 'keukens')."""
    base = lemma(word)
    return base != word and base.endswith("n") and not word.endswith("s")  # "zien", "staan": -n


def is_infinitive(word: str) -> bool:
    """Shaped as a verb's infinitive: its own lemma, ending in -n ('willen', 'gaan'; not 'oudere',
    'klanten'); material adjectives ('houten') are shaped alike, so the caller asks how the word is used."""
    return word.endswith("n") and lemma(word) == word and not noun_by_suffix(word)


def names_a_doer(word: str, min_verb_zipf: float) -> bool:
    """A noun made of a common verb and a doer's suffix, the verb perhaps the last part of a compound:
    'handelaars' (handelen), 'medewerker' (werken), 'leidinggevenden' (geven); not 'contactcenter'."""
    for suffix in DOER_SUFFIXES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            return any(
                lemma(verb) == verb and general_zipf(verb) >= min_verb_zipf
                for verb in (stem[i:] + "en" for i in range(len(stem) - MIN_VERB_STEM + 1))
            )
    return False


def noun_by_suffix(word: str) -> bool:
    """A word ending in a suffix that only makes Dutch nouns ("samenwerking", "gastvrijheid")."""
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_BEFORE_SUFFIX
        for suffix in NOUN_SUFFIXES
    )


def _content(word: str, verbs: bool = False) -> bool:
    """A word that can be part of a subject: long enough, no function word, number or (unless `verbs`)
    finite verb."""
    return (
        len(word) >= MIN_TERM_CHARS
        and word[0].isalpha()
        and word not in stop_words()
        and word not in NUMERALS
        and word not in CALENDAR
        and (verbs or not verb_form(word))
    )


def _inflected_adjective(word: str) -> bool:
    """'korte', 'nieuwe': an adjective's -e form (its lemma differs), not a noun ending in -e ('gemeente')."""
    return word.endswith("e") and lemma(word) != word


def _after_article(run: list[str], i: int) -> bool:
    """The word follows 'de' or 'een', perhaps with inflected adjectives between: a noun, whatever its
    form ('een korte kaart', although 'kaart' is also a form of the verb 'kaarten'; not 'de klant klaagt')."""
    j = i - 1
    while j >= 0 and i - j <= MAX_ADJECTIVES and _inflected_adjective(run[j]):
        j -= 1
    return j >= 0 and run[j] in ARTICLES


@dataclass
class Terms:
    """The candidate terms of one text: counts, the forms they are written in, which keys closed a noun phrase."""

    counts: Counter[Key] = field(default_factory=Counter)
    forms: dict[Key, dict[str, int]] = field(default_factory=dict)
    nouns: set[str] = field(default_factory=set)  # word keys seen closing a determiner's phrase
    capitalised: set[str] = field(default_factory=set)  # word keys written with a capital inside a sentence
    lowercase: set[str] = field(default_factory=set)  # word keys written in lower case inside a sentence

    def add(self, key: Key, written: str) -> None:
        self.counts[key] += 1
        forms = self.forms.setdefault(key, {})
        forms[written] = forms.get(written, 0) + 1


SENTENCE_ENDS = frozenset(".!?:;")


def _runs(text: str) -> Iterable[list[tuple[str, bool | None]]]:
    """Runs of words between punctuation marks: each word lower-cased, with whether it was capitalised
    inside a sentence (True), written in lower case (False) or opened a sentence (None: no evidence)."""
    run: list[tuple[str, bool | None]] = []
    opens = True
    for token in TOKEN_RE.findall(text):
        if token[0].isalpha():
            run.append((token.lower(), None if opens else token[0].isupper()))
            opens = False
            continue
        if run:
            yield run
            run = []
        opens = opens or token in SENTENCE_ENDS
    if run:
        yield run


def text_terms(paragraphs: Iterable[str]) -> Terms:
    """Every content word and word pair, with noun evidence (phrase openers, suffixes) and capitalisation."""
    found = Terms()
    for text in paragraphs:
        for written_run in _runs(text):
            run = [w for w, _ in written_run]
            keys = [
                term_key(w)
                if _content(w) or (i and _content(w, verbs=True) and _after_article(run, i))
                else None
                for i, w in enumerate(run)
            ]
            for i, word in enumerate(run):
                if keys[i] is None:
                    continue
                found.add((keys[i],), word)
                capitalised = written_run[i][1]
                if capitalised is not None:
                    (found.capitalised if capitalised else found.lowercase).add(keys[i])
                if i and keys[i - 1] is not None:
                    found.add((keys[i - 1], keys[i]), f"{run[i - 1]} {word}")
                closes = i + 1 == len(run) or keys[i + 1] is None
                opener = i - 1
                while opener >= 0 and i - opener <= MAX_ADJECTIVES and keys[opener] is not None:
                    opener -= 1
                if (closes and opener >= 0 and run[opener] in PHRASE_OPENERS) or noun_by_suffix(word):
                    found.nouns.add(keys[i])
    return found


def written(forms: dict[str, int]) -> str:
    """The form a term is shown in: the one written most often (ties: the shortest, then alphabetical)."""
    return min(forms.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]


def is_subject(key: Key, nouns: set[str]) -> bool:
    """A noun, or a phrase ending in one: what a theme or topic can be (verbs and bare adjectives cannot)."""
    return key[-1] in nouns

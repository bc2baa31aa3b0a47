"""What the corpus steps need of one column, computed once (and cached): words, terms, claims, key sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from kolom.corpus.claims import Claim, claims, sentence_keys, stands_alone
from kolom.corpus.summarize import TOKEN_RE, key_sentences, sentences, stem, stop_words
from kolom.corpus.terms import Terms, text_terms
from kolom.settings import ClaimSettings, SummarySettings


@dataclass
class Profile:
    """One column's stems (for related reading), subject terms, claims and its one-sentence summary."""

    bag: Counter[str] = field(default_factory=Counter)
    forms: dict[str, dict[str, int]] = field(default_factory=dict)  # plain dicts: cheap to unpickle
    terms: Terms = field(default_factory=Terms)
    headed: set[tuple[str, ...]] = field(default_factory=set)  # terms its title and subheadings name
    claims: list[Claim] = field(default_factory=list)
    argued: set[tuple[str, ...]] = field(default_factory=set)  # terms its claims name
    summary: str = ""


def _bag(paragraphs: Sequence[str], result: Profile) -> None:
    stops = stop_words()
    for text in paragraphs:
        for word in TOKEN_RE.findall(text.lower()):
            if len(word) < 3 or word in stops or not word[0].isalpha():
                continue
            st = stem(word)
            result.bag[st] += 1
            forms = result.forms.setdefault(st, {})
            forms[word] = forms.get(word, 0) + 1


def _summary(split: list[list[str]], found: list[Claim], s: SummarySettings) -> str:
    """The claim that states the column's point; else its most central sentence that stands alone."""
    if found:
        return found[0].text
    flat = [x for p in split for x in p]
    central = key_sentences([" ".join(p) for p in split], s.column_summary_sentences + 2, s)
    for sentence in [*central, *flat]:
        if stands_alone(sentence) and len(sentence.split()) >= 4:
            return sentence
    return ""


def profile(
    paragraphs: Sequence[str], headings: Sequence[str], s: SummarySettings, c: ClaimSettings
) -> Profile:
    """Profile of a column's paragraphs; `headings` are its title, subtitle and subheadings."""
    result = Profile(terms=text_terms([*headings, *paragraphs]))
    _bag(paragraphs, result)
    result.headed = {k for k in text_terms(headings).counts if len(k) == 1 or result.terms.counts[k] > 1}
    focus: dict[str, float] = {}
    frequent = [k for k, _ in result.terms.counts.most_common() if len(k) == 1 and k[0] in result.terms.nouns]
    for (key,) in frequent[: c.frequent_terms]:
        focus[key] = c.frequent_term
    for heading in headings:
        for key in sentence_keys(heading):
            focus[key] = c.title_term
    split = [sentences([p]) for p in paragraphs]
    result.claims = claims(split, focus, c)
    result.argued = set(text_terms([c.text for c in result.claims]).counts)
    result.summary = _summary(split, result.claims, s)
    return result

"""An author's themes and the corpus' topics: subjects, distinctive in this corpus and in general Dutch.

A theme is a subject (a noun or adjective + noun phrase, see kolom.corpus.terms) that the author
returns to in several columns, that is rarer in general Dutch (wordfreq) than in the author's texts,
and that belongs to this author more than to the corpus' other authors. A topic is a subject that
several columns share; each column is filed under the few topics that weigh most in it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

from kolom.corpus.terms import Key, Terms, general_zipf, is_infinitive, is_subject, names_a_doer, written
from kolom.settings import ThemeSettings


def _merged(forms: Sequence[dict[str, int]]) -> dict[str, int]:
    """Several texts' written forms of one term, counted together (plain dicts: the hot loop)."""
    merged: dict[str, int] = {}
    for text in forms:
        for form, n in text.items():
            merged[form] = merged.get(form, 0) + n
    return merged


class Vocabulary:
    """What the corpus as a whole says about its terms: nouns, adjectives, document frequencies, forms."""

    def __init__(self, texts: Sequence[Terms], s: ThemeSettings) -> None:
        self.nouns: set[str] = set().union(*(t.nouns for t in texts)) if texts else set()
        self.columns: Counter[Key] = Counter(k for t in texts for k in t.counts)
        # a word only ever capitalised inside a sentence is a name (a town, a firm), not a subject
        capitalised = set().union(*(t.capitalised for t in texts)) if texts else set()
        self.names = capitalised.difference(*(t.lowercase for t in texts))
        totals: Counter[Key] = Counter()
        lead: Counter[str] = Counter()
        forms: dict[Key, list[dict[str, int]]] = {}
        for t in texts:
            totals.update(t.counts)
            for key, written_forms in t.forms.items():
                forms.setdefault(key, []).append(written_forms)
        # a word leading a phrase is its adjective; a phrase written once ("handelaarsvereniging voorstel")
        # is no evidence
        for key, n in totals.items():
            if len(key) == 2 and n >= s.min_phrase_uses:
                lead[key[0]] += n
        self.adjectives = {
            k[0] for k in totals if len(k) == 1 and lead[k[0]] >= s.adjective_share * totals[k]
        }
        self.totals = totals
        self.min_phrase_uses = s.min_phrase_uses
        self.doer_verb_zipf = s.doer_verb_zipf
        self.texts = texts
        self._forms = forms  # per term, each text's written forms: counted together when first asked for
        self._shown: dict[Key, str] = {}
        self.size = len(texts)

    def subject(self, key: Key) -> bool:
        """A noun or a phrase ending in one; a word mostly used before another is its adjective; no name."""
        if (len(key) == 1 and key[0] in self.adjectives) or self.names.intersection(key):
            return False
        if len(key) == 2 and (
            self.totals[key] < self.min_phrase_uses
            or (key[0] in self.nouns and key[0] not in self.adjectives)
        ):
            return False  # a phrase is adjective + noun, seen twice ("mensen vertrouwen" is a clause)
        if not is_subject(key, self.nouns):
            return False
        # "willen weten" is a clause too ("houten", mostly before a noun, is an adjective); asked last, as
        # the phrase's written form is looked up only for phrases that passed every cheaper test
        return not (
            len(key) == 2 and key[0] not in self.adjectives and is_infinitive(self.shown(key).split()[0])
        )

    def names_people(self, key: Key) -> bool:
        """A single word for the people who do something ('handelaars', 'medewerker'): who a column is
        about, which weighs its claims but is not what it argues (see ThemeSettings.doer_verb_zipf)."""
        return len(key) == 1 and names_a_doer(self.shown(key), self.doer_verb_zipf)

    def shown(self, key: Key) -> str:
        """The form a term is shown in: its most telling written form over the whole corpus."""
        if key not in self._shown:
            self._shown[key] = written(_merged(self._forms.get(key, [])))
        return self._shown[key]

    def shown_among(self, among: Sequence[int]) -> Callable[[Key], str]:
        """The form each term is shown in over the given texts (the corpus' form for a term they lack);
        each term's forms are gathered when it is first asked for, since few terms get that far."""
        texts = [self.texts[i] for i in among]
        memo: dict[Key, str] = {}

        def shown(key: Key) -> str:
            if key not in memo:
                forms = [text.forms[key] for text in texts if key in text.forms]
                memo[key] = written(_merged(forms)) if forms else self.shown(key)
            return memo[key]

        return shown

    def rarity(self, key: Key, s: ThemeSettings) -> float:
        """How much rarer than common words the term is in general Dutch (0 for the most common words).

        wordfreq rates a phrase about as common as its rarest word; the phrase itself is far rarer, so each
        word past the first adds `phrase_zipf_drop` ('korte kaart' is rarer than 'kaart')."""
        zipf = general_zipf(self.shown(key)) - s.phrase_zipf_drop * (len(key) - 1)
        return max(0.0, s.common_zipf - zipf)


def narrows(narrow: Key, broad: Key) -> bool:
    """`narrow` is a narrower form of the word `broad`: a phrase or a compound ending in it ("oudere
    werknemers", "hoofdgerechten" of "werknemers", "gerechten")."""
    return len(broad) == 1 and narrow != broad and narrow[-1].endswith(broad[0])


def specificity(term: str, s: ThemeSettings) -> float:
    """Dutch writes a specific subject as a compound or a phrase ('klantenservice', 'oudere werknemers'):
    longer terms weigh more, up to a limit."""
    return min(s.max_specificity, len(term) / s.specific_chars)


def _scored_above_share(
    unshown: dict[Key, float], weight: Callable[[Key], float], s: ThemeSettings
) -> dict[Key, float]:
    """Each term's score times its `weight` (at most `max_specificity`), for every term that can score
    `min_share_of_best` of the best: a term whose score could not reach that even at the largest weight
    is left out, so its written form is never gathered (the same themes, for a fraction of the work)."""
    scored: dict[Key, float] = {}
    best = 0.0
    for key in sorted(unshown, key=lambda k: -unshown[k]):
        if unshown[key] * s.max_specificity < s.min_share_of_best * best:
            break
        scored[key] = unshown[key] * weight(key)
        best = max(best, scored[key])
    return scored


def author_themes(
    own: Sequence[int],
    headed: Sequence[set[Key]],
    argued: Sequence[set[Key]],
    vocab: Vocabulary,
    s: ThemeSettings,
) -> list[tuple[Key, str, float]]:
    """The author's themes, most telling first: each term's key, its form as written, and its score as a
    share of the best's.

    `own`: indexes of the author's columns in the vocabulary's texts; `headed`: per text, the terms its
    title, subtitle and subheadings name; `argued`: per text, the terms its claims name.
    """
    texts = vocab.texts
    shown = vocab.shown_among(own)
    need = s.min_author_columns if len(own) > s.min_author_columns else 1
    per_column: dict[Key, list[int]] = {}
    for i in own:
        for key, n in texts[i].counts.items():
            per_column.setdefault(key, []).append(n)
    in_headings = Counter(k for i in own for k in headed[i])
    in_claims = Counter(k for i in own for k in argued[i])
    unshown: dict[Key, float] = {}  # each term's score but for the specificity of its written form
    for key, counts in per_column.items():
        if len(counts) < need or sum(counts) < s.min_theme_mentions or not vocab.subject(key):
            continue
        # each column counts at most as much as the second strongest: one column's story is no theme
        cap = sorted(counts)[-2] if len(counts) > 1 else counts[0]
        support = sum(math.log2(1 + min(n, cap)) for n in counts)
        support += s.heading_weight * in_headings[key] + s.argued_weight * in_claims[key]
        share = (
            len(counts) / vocab.columns[key]
        )  # of the columns that use it, the share that are the author's
        unshown[key] = support * vocab.rarity(key, s) * share
    scored = _scored_above_share(unshown, lambda key: specificity(shown(key), s), s)
    ranked = sorted(scored, key=lambda k: (-scored[k], k))
    # a phrase stands for its own head noun when it holds most of the noun's uses ("oudere werknemers")
    held: set[Key] = set()
    for key in ranked:
        if (
            len(key) == 2
            and per_column[key]
            and sum(per_column[key]) * 2 >= sum(per_column.get(key[1:], [0]))
        ):
            held.add(key[1:])
    themes: list[tuple[Key, str, float]] = []
    best = scored[ranked[0]] if ranked else 0.0
    for key in ranked:
        # a word a stronger theme ends in ("gerechten" after "hoofdgerechten") adds nothing to it
        if key in held or any(narrows(k, key) for k, _, _ in themes):
            continue
        if scored[key] < s.min_share_of_best * best or len(themes) == s.themes_per_author:
            break
        form = shown(key)
        if all(form != shown for _, shown, _ in themes):
            themes.append((key, form, scored[key] / best))
    return themes


def min_topic_columns(columns: int) -> int:
    """How many columns must share a topic: two in a small corpus, a third of the square root of its size."""
    return max(2, math.ceil(math.sqrt(columns) / 3))


def topics(headed: Sequence[set[Key]], vocab: Vocabulary, s: ThemeSettings) -> list[list[str]]:
    """Per text, its topics as shown: shared subjects, the ones weighing most in it first."""
    need = min_topic_columns(vocab.size)
    usable = {
        k
        for k, n in vocab.columns.items()
        if n >= need
        and n < vocab.size
        and vocab.subject(k)
        and general_zipf(vocab.shown(k)) < s.generic_topic_zipf
    }
    chosen: list[list[Key]] = []
    for i, text in enumerate(vocab.texts):
        weights = {
            k: (math.log2(1 + n) + s.heading_weight * (k in headed[i]))
            * math.log(vocab.size / vocab.columns[k])
            * vocab.rarity(k, s)
            for k, n in text.counts.items()
            if k in usable and (n >= s.min_topic_mentions or k in headed[i])
        }
        top = sorted(weights, key=lambda k: (-weights[k], k))
        picked: list[Key] = []
        for key in top:  # a term and a narrower one ending in it are one topic: the stronger is kept
            if len(picked) == s.topics_per_column:
                break
            if any(narrows(key, p) or narrows(p, key) for p in picked):
                continue
            picked.append(key)
        chosen.append(picked)
    filed = Counter(k for picked in chosen for k in picked)
    kept = {k for k, n in filed.most_common(s.max_topics) if n >= need}
    return [[vocab.shown(k) for k in picked if k in kept] for picked in chosen]

"""Every threshold kolom uses, named for what it bounds and in which unit. The only place defaults live."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadSettings:
    max_file_bytes: int = 5_000_000
    max_control_char_ratio: float = 0.01
    # beyond these a file is not one column (a long read has some 10,000 words in a few hundred lines)
    max_lines: int = 20_000
    max_words: int = 60_000
    max_line_chars: int = 60_000
    # a file that is not UTF-8 is read in this encoding when all its bytes are defined there: the one Windows
    # saves Dutch, Flemish and German text in (detection reads 'caissière' as cp1250's 'caissičre', a middle
    # dot as cp932's 'ｷ'); otherwise its encoding is detected
    legacy_encoding: str = "cp1252"


@dataclass(frozen=True)
class SegmentSettings:
    # a file is hard-wrapped (PDF-to-text, e-mail) when most long lines end near one width
    wrap_min_lines: int = 8
    wrap_max_width_chars: int = 110
    wrap_near_width_ratio: float = 0.6  # also: a line this far short of the width ends its paragraph
    wrap_full_width_ratio: float = 0.9  # a line this close to the width runs on, even after a full stop
    wrap_share_of_lines: float = 0.5
    # a wrapped text whose sentence-ending lines are this often followed by a blank line marks its
    # paragraphs by blank lines
    wrap_blank_separated_share: float = 0.5
    # a short line repeated this often in one file is a running page header or footer
    page_furniture_min_repeats: int = 3
    running_head_max_words: int = 12  # a running head or foot is no longer than this
    # a running head laid out across the page, repeating with only its page number changing
    numbered_furniture_min_repeats: int = 2


@dataclass(frozen=True)
class ClassifySettings:
    # prose, in the manner of jusText: enough words, enough function words
    prose_min_words: int = 8
    prose_min_stopword_density: float = 0.18
    long_min_words: int = 25
    heading_max_words: int = 14
    list_item_max_words: int = 150
    page_head_window: int = 2  # lines after a page number where a repeated header line is a running head
    salutation_max_words: int = 6  # 'Lieve gasten van De Zwaan,' over the first paragraph opens the body
    # three or more one- or two-word lines in a row are a menu
    menu_item_max_words: int = 2
    menu_min_items: int = 3
    # a line between two menu entries is one too when it is this short ('Uit de werkplaats')
    menu_entry_max_words: int = 4
    # a short line between a bare name and its date is the person's role ('Columniste')
    role_max_words: int = 3
    status_max_words: int = 8  # a social post's status line under the name ("is bij X", "heeft … gedeeld")
    # a line this short that carries a date is a dateline, however many function words it has
    dateline_max_words: int = 15
    # the body is the best-scoring run of units: prose adds its words, the rest costs
    short_unit_cost_words: float = 6.0
    boilerplate_cost_words: float = 25.0
    end_marker_cost_words: float = 120.0
    inline_related_lookahead_units: int = 4
    bridge_max_units: int = 3
    # corpus statistics: a short line in this many files (this one included), in the same region of the
    # page, is site furniture; pages sharing this many paragraphs are copies of one column
    recurring_min_files: int = 2
    recurring_max_words: int = 40
    copy_min_shared_paragraphs: int = 2
    copy_min_containment: float = 0.5  # ... making up at least this share of either page's paragraphs
    # a pull quote: a line of this many words standing inside a paragraph, or a quoted line sharing this
    # share of its content words (at least this many) with one paragraph
    pull_quote_min_words: int = 5
    pull_quote_min_content_words: int = 3
    pull_quote_shared_words: float = 0.8
    # a photo caption quoting the column: at most this many words before the colon and its quotation
    # ('Marleen Bosch in haar winkel aan de Gierstraat: „Ik weet weer wie er binnenkomt.”')
    caption_lead_max_words: int = 10
    # what may stand between a paragraph broken off mid-sentence and the one resuming it: this many units,
    # none of them a paragraph longer than this many words
    interruption_max_units: int = 4
    interruption_max_words: int = 40
    # a paragraph of at most this many words opening the text, with a byline or dateline at most this many
    # lines under it, is the standfirst
    standfirst_max_words: int = 40
    standfirst_byline_within: int = 3
    standfirst_max_paragraphs: int = 2  # a headline that reads as a sentence, over its standfirst
    standfirst_gap_max_words: int = 8  # a line between standfirst and byline: the writers' bare names
    # a short sentence right after the body closes it when it has this many words (and a function word)
    closing_min_words: int = 3
    # a line that is one text twice ('TitelTitel', a teaser's glued link) has at least this many characters
    glued_double_min_chars: int = 12
    # a bare name this many units above the body, at most, may be its byline
    bare_byline_window_units: int = 20


@dataclass(frozen=True)
class NameSettings:
    """What a person's name looks like, wherever one is read (bylines, signatures, bios, author boxes)."""

    max_tokens: int = 6
    given_name_max_chars: int = 13  # a first "name" longer than this is a Dutch compound noun, no person's
    part_max_chars: int = 16  # a name's part (between spaces or hyphens) longer than this is glued words


@dataclass(frozen=True)
class ExtractSettings:
    names: NameSettings = NameSettings()
    title_max_words: int = 20
    # a headline that only its place shows (opening the body, no byline or date beside it) is this short
    lone_headline_max_words: int = 14
    # a standfirst that only its place shows (right under the headline, over the body) is this long
    lone_standfirst_max_words: int = 25
    # of a line's longer words capitalised: a Title Case headline, full stop or not
    title_case_min_share: float = 0.8
    # a line under the headline that names every author and is this short is its byline
    byline_max_words: int = 10
    title_max_chars: int = 160
    derived_title_max_words: int = 9
    # title: metadata lines skipped while walking up from the byline, and between title and subtitle
    title_skipped_lines_max: int = 3
    title_subtitle_gap_max: int = 1
    header_date_max_words: int = 15  # a header line this short may be a dateline; longer ones need a label
    # bio: how far above the body's end it may start, and the words of a short line that can finish it
    bio_lookback_units: int = 3
    bio_tail_max_words: int = 8
    bio_box_min_words: int = 4  # a line under the author box's heading that describes the writer, unnamed
    bio_intro_min_words: int = 12  # a paragraph above the body introducing its writer (a headline is shorter)
    header_search_units: int = 20
    # a date opening the body's first paragraph stands within this many characters
    dateline_max_chars: int = 40
    # publication: the logo is among the page's first lines; names are short; evidence must add up
    # a line of this many capitalised words or more, no function word among them, is a menu, not a headline
    menu_line_min_items: int = 4
    publication_logo_units: int = 6
    publication_max_words: int = 6
    publication_issue_line_max_words: int = 14
    publication_min_support: float = 2.0
    # a contact block's first line names the site when it has at most this many words
    contact_name_max_words: int = 5
    # a signature's delimiter line ('--') stands at most this many lines under the column
    signature_delimiter_window: int = 3
    # a line this short between a bio's lines that opens with a symbol ('©') is passed over
    bio_stray_line_max_words: int = 3
    # Title Case: at least this many words longer than this many letters, most of them capitalised
    title_case_min_words: int = 3
    title_case_word_min_chars: int = 4
    # a derived title cut at a comma keeps the clause before it when it has this many words
    derived_title_clause_min_words: int = 4


@dataclass(frozen=True)
class CopySettings:
    """When two columns are one text published twice."""

    shingle_words: int = 5
    # LSH proposes pairs whose shingle sets likely overlap this much (Jaccard); a cut paragraph lowers it
    candidate_jaccard: float = 0.4
    # the MinHash is this many bands of this many values: a pair at the candidate Jaccard shares one band
    # 3 times in 4
    lsh_bands: int = 21
    lsh_band_values: int = 3
    # a pair is a copy when this share of the shorter body's shingles is in the longer one
    min_containment: float = 0.6

    @property
    def minhash_permutations(self) -> int:
        return self.lsh_bands * self.lsh_band_values


@dataclass(frozen=True)
class RelatedSettings:
    """Related reading on a column page."""

    related_columns: int = 5
    same_author_columns: int = 5
    subject_terms: int = 20  # a column's subject: its most distinctive stems
    candidates: int = 30  # proposals per column from the LSH forest, then ranked by shared term weight
    same_author_candidates: int = 300  # of an author's columns, this many are ranked for "Meer van"
    minhash_permutations: int = 32  # the forest's query cost grows with them; 32 keeps the nearest found


@dataclass(frozen=True)
class ReviewSettings:
    """How sure kolom is of a field, by the evidence it was found with (0..1); below the bar: 'te controleren'."""

    min_score: float = 0.6
    title: tuple[tuple[str, float], ...] = (
        ("repeated", 1.0),
        ("anchor", 0.9),
        ("body", 0.5),
        ("derived", 0.3),
    )
    authors: tuple[tuple[str, float], ...] = (
        ("byline", 1.0),
        ("bio", 0.7),
        ("header", 0.5),
        ("given name", 0.5),
        ("none", 0.0),
    )
    date: tuple[tuple[str, float], ...] = (
        ("top", 1.0),
        ("header", 0.8),
        ("tail", 0.6),
        ("running head", 0.8),  # a printed page's head or foot: the issue's month
        ("address", 0.5),  # the page's address files it by date: mostly the day it was published
        ("copyright", 0.4),
        ("none", 0.2),
    )
    # publication: its summed evidence weight (see kolom.ingest.extract.publication), over this is certain
    publication_sure_support: float = 3.0


@dataclass(frozen=True)
class SummarySettings:
    column_summary_sentences: int = 1
    author_summary_sentences: int = 5
    lexrank_damping: float = 0.85
    lexrank_iterations: int = 30
    # LexRank compares every pair: rank within at most this many sentences, spread over the text
    lexrank_max_sentences: int = 200
    words_per_minute: int = 220
    sentence_min_words: int = 6  # sentences outside these bounds are no key sentence
    sentence_max_words: int = 60
    similarity_min: float = 0.08  # sentences this similar are linked in the LexRank graph


@dataclass(frozen=True)
class ClaimSettings:
    """What makes a sentence a position: weights of the signals in kolom.corpus.claims."""

    min_words: int = 3  # "Leegstand is besmettelijk." states a position
    max_words: int = 35  # longer sentences rarely stand alone as a point
    obligation: float = 2.0
    contrast: float = 1.5
    general_subject: float = 1.5
    condition: float = 1.0
    imperative: float = 1.0
    narrative: float = 2.0  # subtracted: past tense or a time anchor tells a story
    particular: float = 1.0  # subtracted: "ik", or "hij"/"ze" without a general subject
    opening_or_closing: float = 0.5
    title_term: float = 0.75  # per word of the title or a subheading the sentence repeats
    frequent_term: float = 0.25  # per one of the column's most repeated subject words it names
    frequent_terms: int = 5
    max_focus: float = 2.0  # the subject bonus of one sentence stays below two claim signals
    theme_term: float = 0.75  # per author theme the sentence names
    per_column: int = 8  # claims kept per column for positions
    positions_max_columns: int = 30  # an author's positions come from this many columns, spread evenly


@dataclass(frozen=True)
class ThemeSettings:
    """How an author's themes and the corpus' topics are chosen (kolom.corpus.themes)."""

    themes_per_author: int = 6
    # a theme must occur in this many of the author's columns once the author has at least that many + 1
    min_author_columns: int = 2
    min_theme_mentions: int = 2  # a word the author writes once is no theme, however rare
    common_zipf: float = 6.0  # wordfreq Zipf at which a word is too common in general Dutch to say anything
    # wordfreq rates a phrase as common as its rarest word: each further word makes it this much rarer
    # (1 Zipf: ten times), a conservative guess between that and words that were independent
    phrase_zipf_drop: float = 1.0
    generic_topic_zipf: float = (
        5.0  # a topic this common in general Dutch ("tijd", "manier") names no subject
    )
    # a single word for who does something ('handelaars', 'medewerker', 'leidinggevenden': a verb this
    # common in general Dutch + a doer's suffix) names the people a column is about, not what it argues:
    # it weighs the author's positions but is not shown as a theme; as a phrase it can be one
    # ('zelfstandige handelaar', 'oudere werknemers')
    doer_verb_zipf: float = 3.8
    min_share_of_best: float = 0.2  # terms scoring under this share of the author's best are no theme
    # ... and those under this share weigh the author's positions but are not shown: a few strong themes
    # tell a reader more than six where the last are a column's setting ('pistolets', 'etalage')
    shown_share_of_best: float = 0.4
    adjective_share: float = 0.5  # a word this often the first of a phrase is its adjective, not a subject
    min_phrase_uses: int = (
        2  # a two-word phrase written fewer times is neither a subject nor adjective evidence
    )
    heading_weight: float = 1.0  # added per column whose title, subtitle or subheading names the term
    argued_weight: float = 1.0  # added per column whose claims name the term: what the author argues about
    specific_chars: int = 8  # a term this long (a Dutch compound or a phrase) weighs 1; shorter less
    max_specificity: float = 2.0
    topics_per_column: int = 3
    min_topic_mentions: int = 2  # a column is filed under a topic it names this often (or in a heading)
    max_topics: int = 60


@dataclass(frozen=True)
class BookSettings:
    """How the whole knowledge base is cut into PDF volumes (kolom.knowledge.KnowledgeBase.volumes)."""

    # an edited column typesets its volume again, beside the site build: a volume this size takes a few
    # seconds, and WeasyPrint's cost per page grows with the document's size
    volume_max_columns: int = 50


@dataclass(frozen=True)
class SearchSettings:
    """How the hosted site's Pagefind index is cut into parts (kolom.site.search_index)."""

    # Pagefind's time to rank a word grows with the square of the pages it is on (each matching page
    # scans every match); parts of at most this many pages are searched one after another and their
    # results merged. Each part costs a reader its own metadata and filter files, so few and large:
    # 10,000 columns in 3 parts show a word on half of them in 0.6-0.8 s (1.5-1.7 s in one index) and a
    # rare word in 0.3 s, 280 KB fetched (bench/search.py)
    max_pages_per_part: int = 3500
    # word locations per index chunk in one index (Pagefind's default); each of N parts gets 1/N of it,
    # so a query fetches N chunks about as large together as one index's
    chunk_locations: int = 20_000


@dataclass(frozen=True)
class WorkSettings:
    """When work is shared among processes: for fewer items, starting the processes costs more than it saves."""

    parallel_min_files: int = 400  # files are read and cleaned in worker processes from this many on
    # columns are profiled in worker processes, and related reading ranked beside, from this many on
    parallel_min_columns: int = 400


@dataclass(frozen=True)
class Settings:
    read: ReadSettings = ReadSettings()
    segment: SegmentSettings = SegmentSettings()
    classify: ClassifySettings = ClassifySettings()
    extract: ExtractSettings = ExtractSettings()
    review: ReviewSettings = ReviewSettings()
    copies: CopySettings = CopySettings()
    related: RelatedSettings = RelatedSettings()
    summary: SummarySettings = SummarySettings()
    claims: ClaimSettings = ClaimSettings()
    themes: ThemeSettings = ThemeSettings()
    books: BookSettings = BookSettings()
    search: SearchSettings = SearchSettings()
    work: WorkSettings = WorkSettings()


DEFAULT = Settings()

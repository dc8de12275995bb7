"""Actor mentions in a parsed doc: named entities, ruler spans and generic noun phrases.

Generic mentions ("the group", "rebels") are resolved from a clear antecedent earlier
in the same article, or kept as the generic actor; they are never guessed silently
(see antecedents.py). Unknown names are kept as unresolved candidates, except spans
that are no actor at all: web furniture, times, cut-off names (furniture.py), and
names the surrounding words call a place ("the al-Midan neighbourhood").
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import ENT_TYPE

from frontwatch.ingest.dates import dateline_place_end
from frontwatch.kb.actors.acronyms import bind_defined_acronyms
from frontwatch.kb.actors.antecedents import Found, resolve_generics
from frontwatch.kb.actors.armedpeople import arm_peoples_in_armed_acts
from frontwatch.kb.actors.articlestate import SHARED_NAME
from frontwatch.kb.actors.classgates import describes_a_class, names_an_arm, noted, requires
from frontwatch.kb.actors.commanded import read_commanded_forces
from frontwatch.kb.actors.furniture import BORDER_NOTE, names_a_border, why_not_an_actor
from frontwatch.kb.actors.namedclass import join_names_to_class_heads, name_classes_by_names
from frontwatch.kb.actors.names import normalise
from frontwatch.kb.actors.patterns import common_words
from frontwatch.kb.actors.persons import foreign_first_name
from frontwatch.kb.actors.phraselinks import link_participles, read_phrase_links
from frontwatch.kb.actors.phrases import core_text, phrase_tokens
from frontwatch.kb.actors.placedclasses import note_placed_classes
from frontwatch.kb.actors.sites import site_note
from frontwatch.kb.actors.topics import mark_main_subjects
from frontwatch.kb.actors.verbchunks import verb_read_chunks
from frontwatch.kb.places.cues import place_name_cue
from frontwatch.nlp.docspans import entities as doc_entities
from frontwatch.nlp.docspans import sentences
from frontwatch.nlp.text import span_text, text_of
from frontwatch.nlp.treearrays import punctuation_at
from frontwatch.records import ActorMatch, Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

NAME_LABELS = frozenset({"ORG", "NORP", "PERSON"})
NAMED_PARTY_LABELS = NAME_LABELS | {"GPE"}  # spaCy's labels of a named party: "Turkey" too
PLACE_LABELS = frozenset({"GPE", "FAC"})
ENTITY_LABELS = NAMED_PARTY_LABELS | PLACE_LABELS
_EARLIEST_YEAR, _LATEST_YEAR = 1900, 2099  # a four-digit DATE token read as a year
_MAX_OF_WORDS = 3  # words after the "of" in "the Army of Islam"
_POSSESSIVE_MARKS = ("'s ", "\u2019s ", "' ", "\u2019 ")  # "Assad's forces", "the rebels' allies"


def mentions_of_doc(kb: ActorKB, doc: Any, article: Any) -> list[Mention]:
    """Every actor mention in the doc, in text order, generics resolved where clear."""
    date = getattr(article, "published", None)
    sent_starts = [sent.start for sent in sentences(doc)]
    years = SentenceYears(doc)
    entities = [
        f for ent in doc_entities(doc)
        if (f := _entity(kb, ent, article.id, sent_starts, date or years.of(ent)))
    ]  # fmt: skip
    # a doc with no parsed sentence (no cue word anywhere) has no noun chunks
    noun_chunks = (
        sorted([*doc.noun_chunks, *verb_read_chunks(doc, kb.rules)], key=lambda c: c.start)
        if doc.has_annotation("DEP")
        else ()
    )
    chunks = [
        f for chunk in noun_chunks
        if (f := _chunk(kb, chunk, article.id, sent_starts, date or years.of(chunk)))
    ]  # fmt: skip
    lead = dateline_place_end(text_of(doc))  # where it was filed: no actor of the story
    found = [f for f in _merge(entities, chunks) if f.mention.start >= lead]
    found = join_names_to_class_heads(kb, doc, found)
    found = name_classes_by_names(kb, doc, found)
    read_phrase_links(kb, doc, found, date)
    found = [f for f in found if not (f.linked_only and f.mention.resolution == "generic")]
    found = bind_defined_acronyms(
        doc, found, lambda span: _mention(span, article.id, sent_starts, "ORG")
    )
    found = read_commanded_forces(kb, doc, found, date)
    arm_peoples_in_armed_acts(kb, doc, found)
    mark_main_subjects(doc, found)
    note_placed_classes(kb, doc, found)
    resolve_generics(kb, found, date, _paragraphs(doc))
    return [f.mention for f in found]


def _paragraphs(doc: Any) -> list[int]:
    """Each sentence's paragraph: a line break in the text before it starts a new one."""
    if not doc.has_annotation("SENT_START"):
        return []
    text, out, count, last = text_of(doc), [], 0, 0  # doc.text joins every token anew
    for sent in sentences(doc):
        count += text.count("\n", last, sent.start_char)
        last = sent.start_char
        out.append(count)
    return out


class SentenceYears:
    """The year each sentence of an undated article names ("In 2003, US-led strikes ..."):
    its names are read at that year, not as current. A sentence is read once, however
    many names it holds: read per name, its tokens were walked again for each of them
    (300,000 tokens on the bundled sample, 2% of a run)."""

    def __init__(self, doc: Any) -> None:
        self.has_sentences = doc.has_annotation("SENT_START")
        self.sentences = sentences(doc) if self.has_sentences else ()
        self.starts = [sent.start for sent in self.sentences]
        self.years: dict[tuple[int, int], dt.date | None] = {}
        self.sentences_read = 0  # for tests: the work done

    def of(self, span: Any) -> dt.date | None:
        if not self.has_sentences:
            return None
        # the sentence of the span's first word, as ``span.sent`` finds it (that walks the
        # sentence marks and makes a Span for each name), by bisection of the doc's sentences
        sent = self.sentences[bisect.bisect_right(self.starts, span.start) - 1]
        key = (sent.start, sent.end)
        if key not in self.years:
            self.years[key] = _year_named(sent)
            self.sentences_read += 1
        return self.years[key]


def _year_named(sent: Any) -> dt.date | None:
    """The first four-digit DATE token of the sentence read as a year, if any."""
    dates = sent.to_array([ENT_TYPE]).reshape(-1) == sent.doc.vocab.strings.add("DATE")
    for tok in (sent[j] for j in numpy.flatnonzero(dates).tolist()):  # no Token of other words
        year = int(tok.text) if tok.text.isdigit() else 0
        if _EARLIEST_YEAR <= year <= _LATEST_YEAR:
            return dt.date(year, 1, 1)
    return None


def _mention(span: Any, article_id: str, sent_starts: list[int], label: str) -> Mention:
    return Mention(
        article_id=article_id,
        # the sentence holding the span's first token, as span.sent would find it (that
        # walks the tokens back to the sentence start and builds a span, for each mention)
        sentence_index=bisect.bisect_right(sent_starts, span.start) - 1,
        start=span.start_char,
        end=span.end_char,
        text=span_text(span),
        label=label,
    )


def _entity(
    kb: ActorKB, ent: Any, article_id: str, sent_starts: list[int], date: Any
) -> Found | None:
    if ent.label_ not in ENTITY_LABELS or _describes_a_class(kb, ent):
        return None
    mention = _mention(ent, article_id, sent_starts, ent.label_)
    match, why = kb.explain(span_text(ent), label=ent.label_, date=date)
    if match is None and ent.ent_id_ in kb.actors:
        match = ActorMatch(ent.ent_id_, "alias", 1.0, "entity ruler")
    other = foreign_first_name(kb, ent, match.actor_id) if match and ent.label_ == "PERSON" else ""
    if match is not None and other:
        why = f"first name {other!r} is not {kb.actors[match.actor_id].name}'s"
        match = None
    if match is None:
        if ent.label_ in PLACE_LABELS or _not_an_actor(ent):
            return None  # a place, page furniture or a cut-off name: not an actor
        mention.resolution, mention.note = "unresolved", why
        return Found(mention, "unresolved")
    mention.actor_id, mention.resolution, mention.note = match.actor_id, match.method, match.note
    if names_a_border(ent):
        mention.note = noted(mention, BORDER_NOTE)  # "the Turkish border": no article's state
    # a state by its own name only: "his allies in Moscow" are Russia's rulers, by metonymy
    by_name = kb.actors[match.actor_id].type == "state" and "capital" not in match.note
    site = site_note(ent) if by_name else ""
    if site:
        mention.note = noted(mention, site)  # "in Iraq's capital": where, not who
    return Found(mention, match.method)


def _describes_a_class(kb: ActorKB, ent: Any) -> bool:
    return ent.label_ == "NORP" and describes_a_class(kb, ent[-1])


def _not_an_actor(ent: Any) -> bool:
    """An unknown name the words around call a place ("the al-Midan neighbourhood"), or
    a span that cannot be a name at all (web furniture, a time, "al-")."""
    if why_not_an_actor(span_text(ent)):
        return True
    return ent.label_ in NAME_LABELS and bool(place_name_cue(ent))


def _chunk(
    kb: ActorKB, chunk: Any, article_id: str, sent_starts: list[int], date: Any
) -> Found | None:
    """A noun chunk naming a generic or modified actor that the NER did not tag whole."""
    chunk = _after_punctuation(chunk)
    text = span_text(chunk)  # ``Span.text`` joins the tokens anew on every read
    tokens = phrase_tokens(text)
    if not tokens or chunk.root.pos_ == "PRON":
        return None
    if _cut_from_a_name(chunk):
        return _whole_name(kb, chunk, article_id, sent_starts, date)
    match, why = kb.explain(text, label="ACTOR", date=date, fuzzy=False)
    if match is None and why.startswith(SHARED_NAME):
        return _shared_name(chunk, article_id, sent_starts, why)
    if match is None or match.method == "fuzzy":
        return None
    if match.method != "generic" and _common_word_in_lowercase(chunk):
        return None
    linked_only = (
        match.method == "generic"
        and tokens[0] in kb.rules.indefinite
        and requires(kb, match.actor_id, "anaphor")
        and not names_an_arm(kb, tokens)  # "a coalition airstrike" is the coalition's
    )
    if linked_only and not link_participles(kb, chunk.root):
        return None
    mention = _mention(chunk, article_id, sent_starts, "ACTOR")
    mention.actor_id, mention.resolution, mention.note = match.actor_id, match.method, match.note
    mention.resolution = "generic" if match.method == "generic" else match.method
    return Found(mention, match.method, from_chunk=True, linked_only=linked_only)


def _shared_name(chunk: Any, article_id: str, sent_starts: list[int], why: str) -> Found:
    """A phrase the packs give to two states' actors ("regime forces": Assad's army and
    the Tatmadaw) is kept open for the article's state to decide (settle_shared_names)."""
    mention = _mention(chunk, article_id, sent_starts, "ACTOR")
    mention.resolution, mention.note = "unresolved", why
    return Found(mention, "unresolved", from_chunk=True)


def _whole_name(
    kb: ActorKB, chunk: Any, article_id: str, sent_starts: list[int], date: Any
) -> Found | None:
    """'the Army' + 'of Islam': the longer name if the KB knows it, else nothing."""
    doc, end = chunk.doc, chunk.end + 1
    while end < len(doc) and doc[end].is_title and end - chunk.end <= _MAX_OF_WORDS:
        end += 1
    span = doc[chunk.start : end]
    match, _why = kb.explain(span_text(span), label="ORG", date=date, fuzzy=False)
    if match is None or match.method in ("fuzzy", "generic"):
        return None
    mention = _mention(span, article_id, sent_starts, "ORG")
    mention.actor_id, mention.resolution, mention.note = match.actor_id, match.method, match.note
    return Found(mention, match.method, from_chunk=True, whole_name=True)


def _cut_from_a_name(chunk: Any) -> bool:
    """'the Army' in 'the Army of Islam': a capitalised head that an 'of <Name>' goes on."""
    doc, end = chunk.doc, chunk.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end + 1].is_title:
        return False
    return chunk.root.is_title and not chunk.root.is_sent_start


def _common_word_in_lowercase(chunk: Any) -> bool:
    """'the guardian', 'an amnesty': a name that is also a word needs a capital to count."""
    if normalise(core_text(chunk.text)) not in common_words():
        return False
    return not any(t.text[:1].isupper() and not t.is_sent_start for t in chunk)


def _after_punctuation(chunk: Any) -> Any:
    """The chunk from after its last free-standing punctuation: '(Reuters) - Russian jets'.
    A plural's possessive mark is no such punctuation: "the rebels' positions" is whole."""
    doc, start = chunk.doc, chunk.start
    punctuation = punctuation_at(doc)  # a Token is made only of the chunk's punctuation
    for i in range(chunk.start, chunk.end):
        if not punctuation[i]:
            continue
        token = doc[i]
        if token.tag_ == "POS" or token.dep_ == "case":  # "the militants’": tagged as a quote
            continue
        if token.i + 1 < chunk.end and _spaced(doc, token):
            start = token.i + 1
    return doc[start : chunk.end]


def _spaced(doc: Any, token: Any) -> bool:
    """Free-standing: a space after the token or before it (or it opens the doc)."""
    return bool(token.whitespace_) or token.i == 0 or bool(doc[token.i - 1].whitespace_)


def _merge(entities: list[Found], chunks: list[Found]) -> list[Found]:
    """Chunks that read a modifier or generic win over the entities inside them."""
    kept_chunks: list[Found] = []
    dropped: set[int] = set()
    near = _EntityWindow(entities)
    for chunk in chunks:
        m = chunk.mention
        overlapping = near.overlapping(m.start, m.end)
        inside = [e for e in overlapping if m.start <= e.mention.start and e.mention.end <= m.end]
        if len(overlapping) > len(inside):
            continue  # a chunk cutting through an entity is not trusted
        if inside and not _chunk_says_more(chunk, inside):
            continue  # the entities inside say it more precisely
        kept_chunks.append(chunk)
        dropped.update(id(e) for e in inside)
    found = [e for e in entities if id(e) not in dropped] + kept_chunks
    return sorted(found, key=lambda f: (f.mention.start, -f.mention.end))


def _chunk_says_more(chunk: Found, inside: list[Found]) -> bool:
    """A chunk read as a modifier or class, a whole name, or a name whose entities inside
    only own its head says more than the entities inside it."""
    if chunk.method in ("modifier", "generic") or chunk.whole_name:
        return True
    return _owners_only(chunk, inside)


def _owners_only(chunk: Found, inside: list[Found]) -> bool:
    """'Assad's forces', 'Haftar's men' known by name: the entities inside only own the
    head ("Assad" is not the side), so the chunk the KB knows says who fights."""
    m = chunk.mention
    return all(m.text[e.mention.end - m.start :].startswith(_POSSESSIVE_MARKS) for e in inside)


class _EntityWindow:
    """The entities overlapping a span, found by bisection: entities come from
    ``doc.ents``, disjoint and in order, so their starts and ends both ascend (scanning
    them all for every noun chunk made long articles quadratic)."""

    def __init__(self, entities: list[Found]) -> None:
        self.entities = entities
        self.starts = [e.mention.start for e in entities]
        self.ends = [e.mention.end for e in entities]
        self.ordered = self.starts == sorted(self.starts) and self.ends == sorted(self.ends)

    def overlapping(self, start: int, end: int) -> list[Found]:
        if not self.ordered:  # never from doc.ents; kept exact for any other input
            return [e for e in self.entities if e.mention.start < end and start < e.mention.end]
        first = bisect.bisect_right(self.ends, start)
        return self.entities[first : bisect.bisect_left(self.starts, end, lo=first)]

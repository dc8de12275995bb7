"""Actor mentions in a parsed doc: named entities, ruler spans and generic noun phrases.

Generic mentions ("the group", "rebels") are resolved from a clear antecedent earlier
in the same article, or kept as the generic actor; they are never guessed silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.names import normalise
from frontwatch.kb.actors.patterns import common_words
from frontwatch.kb.actors.phrases import core_text, phrase_tokens
from frontwatch.kb.actors.schema import ActorMatch
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

ENTITY_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE", "FAC"})
PLACE_LABELS = frozenset({"GPE", "FAC"})
ANTECEDENT_WINDOW = 5  # sentences
_DEFINITE = frozenset({"the", "these", "those", "this", "that", "its", "their"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})


@dataclass(slots=True)
class Found:
    mention: Mention
    method: str  # how resolve() matched, before the context pass
    from_chunk: bool = False


def mentions_of_doc(kb: ActorKB, doc: Any, article: Any) -> list[Mention]:
    """Every actor mention in the doc, in text order, generics resolved where clear."""
    date = getattr(article, "published", None)
    sent_starts = {sent.start: i for i, sent in enumerate(doc.sents)}
    entities = [f for ent in doc.ents if (f := _entity(kb, ent, article.id, sent_starts, date))]
    chunks = [
        f for chunk in doc.noun_chunks if (f := _chunk(kb, chunk, article.id, sent_starts, date))
    ]
    found = _merge(entities, chunks)
    _resolve_generics(kb, found)
    return [f.mention for f in found]


def _mention(span: Any, article_id: str, sent_starts: dict[int, int], label: str) -> Mention:
    return Mention(
        article_id=article_id,
        sentence_index=sent_starts.get(span.sent.start, -1),
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label=label,
    )


def _entity(
    kb: ActorKB, ent: Any, article_id: str, sent_starts: dict[int, int], date: Any
) -> Found | None:
    if ent.label_ not in ENTITY_LABELS:
        return None
    mention = _mention(ent, article_id, sent_starts, ent.label_)
    match, why = kb.explain(ent.text, label=ent.label_, date=date)
    if match is None and ent.ent_id_ in kb.actors:
        match = ActorMatch(ent.ent_id_, "alias", 1.0, "entity ruler")
    if match is None:
        if ent.label_ in PLACE_LABELS:
            return None  # a place, not an actor: the gazetteer's business
        mention.resolution, mention.note = "unresolved", why
        return Found(mention, "unresolved")
    mention.actor_id, mention.resolution, mention.note = match.actor_id, match.method, match.note
    return Found(mention, match.method)


def _chunk(
    kb: ActorKB, chunk: Any, article_id: str, sent_starts: dict[int, int], date: Any
) -> Found | None:
    """A noun chunk naming a generic or modified actor that the NER did not tag whole."""
    chunk = _after_punctuation(chunk)
    tokens = phrase_tokens(chunk.text)
    if not tokens or chunk.root.pos_ == "PRON":
        return None
    match, _why = kb.explain(chunk.text, label="ACTOR", date=date)
    if match is None or match.method == "fuzzy":
        return None
    if match.method != "generic" and _common_word_in_lowercase(chunk):
        return None
    if (
        match.method == "generic"
        and tokens[0] in _INDEFINITE
        and _requires(kb, match.actor_id, "anaphor")
    ):
        return None
    mention = _mention(chunk, article_id, sent_starts, "ACTOR")
    mention.actor_id, mention.resolution, mention.note = match.actor_id, match.method, match.note
    mention.resolution = "generic" if match.method == "generic" else match.method
    return Found(mention, match.method, from_chunk=True)


def _common_word_in_lowercase(chunk: Any) -> bool:
    """'the guardian', 'an amnesty': a name that is also a word needs a capital to count."""
    if normalise(core_text(chunk.text)) not in common_words():
        return False
    return not any(t.text[:1].isupper() and not t.is_sent_start for t in chunk)


def _after_punctuation(chunk: Any) -> Any:
    """The chunk from after its last free-standing punctuation: '(Reuters) - Russian jets'."""
    doc, start = chunk.doc, chunk.start
    for token in chunk:
        spaced = bool(token.whitespace_) or token.i == 0 or bool(doc[token.i - 1].whitespace_)
        if token.is_punct and spaced and token.i + 1 < chunk.end:
            start = token.i + 1
    return doc[start : chunk.end]


def _merge(entities: list[Found], chunks: list[Found]) -> list[Found]:
    """Chunks that read a modifier or generic win over the entities inside them."""
    kept_chunks, dropped = [], set()
    for chunk in chunks:
        m = chunk.mention
        inside = [e for e in entities if m.start <= e.mention.start and e.mention.end <= m.end]
        overlapping = [e for e in entities if e.mention.start < m.end and m.start < e.mention.end]
        if len(overlapping) > len(inside):
            continue  # a chunk cutting through an entity is not trusted
        if inside and chunk.method not in ("modifier", "generic"):
            continue  # the entities inside say it more precisely
        kept_chunks.append(chunk)
        dropped.update(id(e) for e in inside)
    found = [e for e in entities if id(e) not in dropped] + kept_chunks
    return sorted(found, key=lambda f: (f.mention.start, -f.mention.end))


def _requires(kb: ActorKB, actor_id: str, what: str) -> bool:
    entry = kb.entries.get(actor_id)
    return bool(entry and what in (entry.antecedent.get("require") or []))


def _resolve_generics(kb: ActorKB, found: list[Found]) -> None:
    for i, item in enumerate(found):
        m = item.mention
        if item.method != "generic" or m.note or not kb.entries[m.actor_id].antecedent:
            continue
        tokens = phrase_tokens(m.text)
        definite = bool(tokens) and tokens[0] in _DEFINITE
        if _requires(kb, m.actor_id, "definite") and not definite:
            continue
        _apply_antecedent(kb, item, found[:i])


def _apply_antecedent(kb: ActorKB, item: Found, before: list[Found]) -> None:
    m = item.mention
    spec = kb.entries[m.actor_id].antecedent
    window = [
        f.mention
        for f in before
        if f.mention.actor_id
        and f.method != "generic"
        and m.sentence_index - f.mention.sentence_index <= ANTECEDENT_WINDOW
    ]
    matching = [c for c in window if _fits(kb, c.actor_id, spec)]
    if matching:
        _take_antecedent(item, matching)
        return
    branch = (spec.get("branch") or [""])[0]
    state = _main_state(kb, [f.mention for f in before]) if branch else ""
    if state:
        m.actor_id = kb.arm_of(state, branch)
        m.resolution, m.note = "context", f"state:{state}"


def _take_antecedent(item: Found, matching: list[Mention]) -> None:
    m, last = item.mention, matching[-1]
    rivals = {c.actor_id for c in matching if c.sentence_index == last.sentence_index}
    if len(rivals) > 1:
        m.note = "antecedent ambiguous: " + "|".join(sorted(rivals))
        return
    m.actor_id, m.resolution, m.note = last.actor_id, "context", f"antecedent:{last.text}"


def _fits(kb: ActorKB, actor_id: str, spec: dict[str, list[str]]) -> bool:
    actor = kb.actors[actor_id]
    if spec.get("ids") and actor_id not in spec["ids"]:
        return False
    if spec.get("types") and actor.type not in spec["types"]:
        return False
    branch = kb.entries[actor_id].branch
    if spec.get("branch") and branch and branch not in spec["branch"]:
        return False  # "the army" is not the air force mentioned before
    return not spec.get("sectors") or actor.sector in spec["sectors"]


def _main_state(kb: ActorKB, mentions: list[Mention]) -> str:
    """The state mentioned most so far (through its organs too); ties go to the first."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.actor_id and kb.actors[m.actor_id].type != "generic":
            top = kb.top_of(m.actor_id)
            if kb.actors[top].type == "state":
                counts[top] += 1
    return counts.most_common(1)[0][0] if counts else ""

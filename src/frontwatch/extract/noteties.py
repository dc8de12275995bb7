"""Relations the knowledge base noted on mentions ("Iranian-backed militias": backed_by:IRN),
stored with the mention's sentence as evidence unless a sentence reader found them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.armed import GENERIC_PREFIX, NOTE_TRIGGER
from frontwatch.extract.backednames import group_named_after, named_for_class
from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import ArticleContext, evidence_of, record_id
from frontwatch.extract.enmity import sponsors
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.postlinks import postposed_ties
from frontwatch.extract.relations import one_side, presupposed
from frontwatch.extract.relcues import words
from frontwatch.extract.relsubjects import described_actor
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention, Relation, TimeRef


def note_relations(ctx: ArticleContext, found: list[Relation]) -> list[Relation]:
    """Relations the KB noted on mentions ("backed_by:IRN"), unless already found."""
    prefixes: dict[str, str] = get_lexicon().relations["relations"]["note_prefixes"]
    seen = {
        (r.kind, r.source_actor, r.target_actor, r.evidence.start if r.evidence else -1)
        for r in found
    }
    out = []
    for mention in (*ctx.actor_mentions, *postposed_ties(ctx)):
        for noted_kind, other in (*_noted(mention.note, prefixes), *_partnered_by(mention, ctx)):
            span = expanded_span(ctx.doc, mention.start, mention.end)
            if span is None or not len(span) or not mention.actor_id:
                continue
            end = _described_end(mention, span[-1], ctx)
            if one_side(other, end, ctx) or _a_people(other, ctx):
                continue
            # "Iran-linked militias", "IRGC-affiliated groups": backed
            backed = noted_kind == "allied" and sponsors(other, end, ctx)
            kind = "backs" if backed else noted_kind
            source, target = (other, end) if kind == "backs" else (end, other)
            key = (kind, source, target, span[-1].sent.start_char)
            if key not in seen and not _told_of_named(key, span[-1], ctx, seen):
                seen.add(key)
                out.append(_noted_relation(kind, source, target, mention, span, ctx))
    return out


def _described_end(mention: Mention, noun: Any, ctx: ArticleContext) -> str:
    """The noted class's own end, or the group named for it: "the Iran-backed militia,
    Kataib Hezbollah" (backs IRN -> Kataib Hezbollah), "Qaeda-linked gunmen belonging to
    the Nusra Front" (the Nusra Front allied with al-Qaeda)."""
    named = named_for_class(noun, ctx)
    return named.actor_id if named is not None and named.actor_id else mention.actor_id


def _told_of_named(
    key: tuple[str, str, str, int],
    noun: Any,
    ctx: ArticleContext,
    seen: set[tuple[str, str, str, int]],
) -> bool:
    """ "Hezbollah, an Iran-backed militia": the sentence reader gave the tie to the name
    the class describes; the class noted with the same backer adds nothing (a class that
    describes no name found tied keeps its own: "also arms Iran-backed militias")."""
    kind, source, target, start = key
    drawn_from = group_named_after(noun, ctx)  # "Turkish-backed rebels from the NLF": the NLF's
    if drawn_from is not None and (kind, source, drawn_from.actor_id, start) in seen:
        return True
    if not target.startswith(GENERIC_PREFIX):
        return False
    named = described_actor(noun, ctx)
    return named is not None and (kind, source, named.actor_id, start) in seen


def _partnered_by(mention: Mention, ctx: ArticleContext) -> Iterator[tuple[str, str]]:
    """ "The SDF, the US partner force in Syria": a partner class the KB resolved to a named
    side, noting the state whose partner it is (``country:``), ties that state to the side:
    allied, which ``note_relations`` makes backing when the state sponsors it."""
    if not mention.actor_id or mention.actor_id.startswith(GENERIC_PREFIX):
        return
    partner_words = words("partner_nouns")
    if not any(w.startswith(p) for w in mention.text.lower().split() for p in partner_words):
        return
    for piece in mention.note.split(";"):
        state = piece.strip().removeprefix(_COUNTRY_NOTE)
        actor = ctx.kb.get(state) if piece.strip().startswith(_COUNTRY_NOTE) else None
        if actor is not None and actor.type == "state" and state != mention.actor_id:
            yield "allied", state


_COUNTRY_NOTE = "country:"


def _a_people(actor_id: str, ctx: ArticleContext) -> bool:
    """A people or a community (a class of no sector: "Iraq's Shia community", "Arabs"):
    "an armed group linked to the Shia community" says whom it recruits, no tie to a side."""
    actor = ctx.kb.get(actor_id)
    return actor is not None and actor.type == "generic" and not actor.sector


def _noted(note: str, prefixes: dict[str, str]) -> Iterator[tuple[str, str]]:
    for piece in note.replace(",", ";").split(";"):
        part = piece.strip()
        for prefix, kind in prefixes.items():
            if part.startswith(prefix) and part[len(prefix) :]:
                yield kind, part[len(prefix) :].strip()


def _noted_relation(
    kind: str, source: str, target: str, mention: Mention, span: Any, ctx: ArticleContext
) -> Relation:
    head = span[-1]  # the head noun of "Iranian-backed militias"
    sent = head.sent
    claim = presupposed(claim_for(head, ctx))
    time = TimeRef(ctx.published, "day", "") if ctx.published else TimeRef(None)
    return Relation(
        id=record_id(ctx.article.id, sent.start_char, f"rel:{kind}", mention.start),
        kind=kind,
        source_actor=source,
        target_actor=target,
        source_text=source if kind == "backs" else mention.text,
        target_text=mention.text if kind == "backs" else target,
        time=time,
        claim=claim,
        trigger=NOTE_TRIGGER,
        evidence=evidence_of(ctx, sent),
    )


__all__ = ["note_relations"]

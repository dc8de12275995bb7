"""Who a speaker speaks for, as the speaker's own words name it: "a spokesman for the SDF",
"a statement by the Observatory", "today's briefing by a spokesman for the coalition",
"Colonel X, the coalition spokesman". The claimant of what such a speaker says is that side,
which the network needs to tell a tie an enemy asserts from one a neutral source reports.
Words are data (cues.yaml, certainty: ``voice_nouns``, ``voice_preps``, ``former_words``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext
from frontwatch.extract.hearsay import owned_from
from frontwatch.extract.lexicon import get_lexicon

_VOICE_REACH = 3  # "briefing by a spokesman for the coalition": voice nouns in a row


def spoken_for(token: Any, ctx: ArticleContext) -> str:
    """The actor a speaker the knowledge base does not know speaks for, as the speaker's
    own words name it: "a spokesman for the SDF", "a statement by the Observatory",
    "today's briefing by a spokesman for the coalition", "Colonel X, the coalition
    spokesman"; '' when they name none (cues.yaml ``voice_nouns``, ``voice_preps``)."""
    cues = get_lexicon().certainty
    voices, preps = cues("voice_nouns"), cues("voice_preps")
    frontier = _with_titles(token)
    for _ in range(_VOICE_REACH):
        voiced = [t for t in frontier if t.lemma_.lower() in voices or t.lower_ in voices]
        if any(c.dep_ == "amod" and c.lower_ in cues("former_words") for t in voiced for c in t.children):
            return ""  # "a former member of Hezbollah": no longer speaks for it
        found = next((m.actor_id for t in frontier if (m := _named_on(t, t in voiced, ctx))), "")
        found = found or _proper_name_on(voiced, ctx)  # "Pentagon Press Secretary X"
        if found:
            return found
        frontier = [
            g for t in voiced for p in t.children
            if p.dep_ in ("prep", "agent") and p.lower_ in preps and (p.lower_ != "from" or owned_from(p))
            for g in p.children if g.dep_ == "pobj"
        ]  # fmt: skip
        frontier = [t for g in frontier for t in _with_titles(g)]
    return ""


def _proper_name_on(voiced: list[Any], ctx: ArticleContext) -> str:
    """A proper name before a voice noun that no mention resolved, because the tagger took
    the title for part of the name ("Pentagon Press Secretary"): the KB is asked about the
    name alone."""
    for tok in (c for t in voiced for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        match = ctx.kb.resolve(tok.text, label="ORG", date=ctx.published)
        if match is not None and not match.actor_id.startswith(GENERIC_PREFIX):
            return str(match.actor_id)  # "Rebel commander X" stays X: a class says nothing
    return ""


def _with_titles(name: Any) -> list[Any]:
    """A speaker with the words that say whom it speaks for: "Colonel X, the coalition
    spokesman" (an apposition), "coalition spokesman Col. John Dorrian" (a voice noun among
    the words before the name, which the parser hangs on it as compounds)."""
    voices = get_lexicon().certainty("voice_nouns")
    titles = [t for left in name.lefts if left.dep_ == "compound" for t in left.subtree]
    titled = [t for t in titles if t.dep_ == "compound" and t.lower_ in voices]
    return [name, *(c for c in name.children if c.dep_ == "appos"), *titled]


def _named_on(noun: Any, voice: bool, ctx: ArticleContext) -> Any | None:
    """The actor mention a noun is, or, on a voice noun, that a compound or adjective on it
    names ("the coalition spokesman", "a Kurdish official", not "VOA's Kurdish service");
    None when neither is an actor."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss")] if voice else []
    for tok in (noun, *modifiers):
        mention = ctx.actor_at.get(tok.i)
        if mention is not None and mention.actor_id:
            return mention
    return None

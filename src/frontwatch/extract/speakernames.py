"""Who a speaker is: an actor of the knowledge base when the name resolves, else the
name as written ("a local source"), without the words that wire copy glued before it."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relatives import RELATIVE_PRONOUNS
from frontwatch.extract.speakers import SPEAKER_PRONOUNS, named_in_full_before, speaker_named_before
from frontwatch.extract.undergone import claimant_of
from frontwatch.extract.voices import spoken_for

_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "them", "us", "him", "her"})


def name_of_speaker(token: Any, ctx: ArticleContext) -> str:
    """Actor id of a speaker if it is a known actor, else the name as written."""
    if token.lower_ in SPEAKER_PRONOUNS:  # "It said": the speaker of a sentence before
        named = speaker_named_before(token, ctx)
        return name_of_speaker(named, ctx) if named is not None else ""
    if token.lower_ in _PRONOUNS:
        return ""
    titled = spoken_for(token, ctx) if token.ent_type_ == "PERSON" else ""
    if titled:  # "..., Pentagon Press Secretary Peter Cook said": his title, not a name nearby
        return titled
    mention = actor_near(ctx, token)
    if mention is not None and mention.actor_id:
        return mention.actor_id
    voiced = spoken_for(token, ctx)  # "a spokesman for the SDF", "a statement by the UN"
    if voiced:
        return voiced
    issuer = claimant_of(token, ctx)  # "a statement posted in the name of IS said"
    if issuer is not None and issuer.actor_id:
        return issuer.actor_id
    own = ctx.actor_at.get(token.i)  # a name the KB does not know: as the mention wrote it
    text = own.text if own is not None else _noun_phrase(token)
    resolved = _resolve(ctx, text) or named_in_full_before(text, token, ctx)
    return resolved or ("" if _rank_only(text) else text)


def _rank_only(text: str) -> bool:
    """A military rank with no name ("Brig.", "the colonel", "Lt"): it says no one's word
    (cues.yaml ``rank_words``; a possessive "'s" left on it by the parse counts for nothing)."""
    words = [w.strip(".,'\"").lower() for w in text.split()]
    words = [w for w in words if w and w not in ("s", "the", "a")]
    return bool(words) and all(w in get_lexicon().certainty("rank_words") for w in words)


def _noun_phrase(token: Any) -> str:
    # a clause on the name is left out whole: "officials, who requested anonymity,"; so is
    # a charge the parse hung on the speaker ("accused by rights groups of shelling T")
    clauses = {
        t.i
        for c in token.subtree
        if (c.i != token.i and c.dep_ in ("relcl", "appos", "acl"))
        or (c.head.i == token.i and _clausal_prep(c))
        for t in c.subtree
    }
    words = [t for t in token.subtree if t.dep_ != "punct" and t.i not in clauses]
    words = [t for t in words if t.i >= token.left_edge.i]
    words = words[_name_start(words, token) :]
    if words and words[0].dep_ == "det":
        words = words[1:]
    return " ".join(t.text for t in words).strip()


def _clausal_prep(tok: Any) -> bool:
    return tok.dep_ == "prep" and any(c.dep_ == "pcomp" for c in tok.children)


def _name_start(words: list[Any], head: Any) -> int:
    """Copy that lost its commas glues the clause before onto its speaker ("Earlier the
    source", "27 people on Monday activists"): the name starts after the last adverb,
    number, date or finite verb before its head."""
    start = 0
    for k, tok in enumerate(w for w in words if w.i < head.i):
        glued = tok.pos_ == "ADV" or tok.like_num or tok.tag_ in ("VBD", "VBZ", "VBP")
        if glued or tok.ent_type_ in ("DATE", "TIME", "CARDINAL"):
            start = k + 1
    return start


def _resolve(ctx: ArticleContext, text: str) -> str:
    if not text:
        return ""
    match = ctx.kb.resolve(text, label="ORG", date=ctx.published)
    return match.actor_id if match is not None else ""


def denier_in_sentence(token: Any) -> Any:
    """Who a denier word stands for in its own sentence: "Iran, which denies arming X" (the
    relative's noun), "the UAE has been accused of arming X, a charge it denies" (the
    pronoun's sentence subject, a named one); else the word itself."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    if token.pos_ != "PRON" or token.lower_ in RELATIVE_PRONOUNS:
        return token
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = subject is not None and subject.pos_ != "PRON" and subject.i < token.i
    return subject if named else token

"""Backing that is a standing tie, not a statement of support made that day.

PLOVER's SUPPORT is an act of words: praising, endorsing, defending someone's policy or
efforts ("the United States supports their efforts", "hailed the agreement"). "Iran, which
backs the Houthis", "militias backed them up", "had been supporting its Kurdish allies",
"an offensive backed by Russian air strikes", "with support from the coalition" describe who
stands behind whom, or the help given to another act: the tie is kept as a relation and the
sentence states no SUPPORT event of its own. Which words this reads is data
(``standing_support`` in ``data/events.yaml``).

So is help a relative clause tells in the simple present ("the Quds Force, which provides the
funding, weapons and training", ``described_types``): what the giver does, not a delivery.

So is a threat a party is said to be: "the group remains a threat to the region", "ISIS
continues to represent a threat", "the militia poses a serious threat" describe what a side
is, not a threat it made that day (``standing_threat``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import is_passive, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.verbsubjects import subject_of


def is_standing_support(event_type: str, anchor: Any, ctx: ArticleContext) -> bool:
    """A SUPPORT trigger that states a tie (a party backed) or a means (backed by strikes)."""
    words = get_lexicon().events["standing_support"]
    lemma = lemma_of(anchor)
    if event_type in words["described_types"]:
        return _describes_the_giver(anchor)
    if event_type != "SUPPORT":
        return False
    if anchor.pos_ != "VERB":
        said = anchor.dep_ == "dobj" and lemma_of(anchor.head) in words["expression_verbs"]
        return lemma in words["nouns"] and not said
    if lemma not in words["verbs"]:
        return False
    return any(_is_party(tok, ctx) for tok in _supported(anchor)) or _backed_by_an_act(anchor)


def _describes_the_giver(verb: Any) -> bool:
    """ "the Quds Force, which provides the funding, weapons and training", "Turkey, who
    supplies arms to the rebels": help told in the simple present inside a relative clause
    describes what the giver does, a standing tie (kept as a relation), not a dated delivery;
    "which delivered", "which has sent", "which will provide" tell one."""
    if verb.pos_ != "VERB" or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "npadvmod") or c.ent_type_ == "DATE" for c in verb.children)


def is_standing_threat(event_type: str, anchor: Any) -> bool:
    """A THREATEN noun a party is said to be or pose ("remains a threat", "poses a threat")."""
    if event_type != "THREATEN" or anchor.pos_ not in ("NOUN", "PROPN"):
        return False
    verbs = get_lexicon().events["standing_threat"]["verbs"]
    return anchor.dep_ in ("dobj", "attr") and lemma_of(anchor.head) in verbs


def _supported(verb: Any) -> list[Any]:
    """Who or what is backed: the object, or the subject of a passive ("Backed by X, the
    army retook T": the army)."""
    if not _passive_like(verb):
        return [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "acl":
        return [verb.head]
    subject = subject_of(verb.head if verb.dep_ == "advcl" else verb)
    return [subject] if subject is not None else []


def _passive_like(verb: Any) -> bool:
    """A passive, or a past participle opening a clause ("Backed by Russian strikes, ...")."""
    return is_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ == "advcl")


def _is_party(tok: Any, ctx: ArticleContext) -> bool:
    """A side: a named actor, a pronoun standing for one, or a noun for one ("partners")."""
    if tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that"):
        return True
    party_nouns = get_lexicon().events["standing_support"]["party_nouns"]
    return actor_near(ctx, tok, depth=1) is not None or lemma_of(tok) in party_nouns


def _backed_by_an_act(verb: Any) -> bool:
    """ "supported by air strikes and ground troops": the backing is another act's means."""
    act_nouns = get_lexicon().nouns
    return _passive_like(verb) and any(
        lemma_of(agent) in act_nouns for agent in pobjs(verb, frozenset({"by"}))
    )

"""What a class's pack entry allows a generic phrase of it to do.

A generic mention ("the group", "government forces", "the regime") may take an
antecedent, fall back to the article's state, or be decided by the state alone, as
its pack entry's ``antecedent`` spec says; these are the tests both the antecedent
pass (antecedents.py) and the state pass (articlestate.py) ask.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.phrases import HeadGroup, phrase_tokens
from frontwatch.records import Actor, Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_RESOLUTION_NOTES = ("antecedent", "state:", "complement:")


def tried(m: Mention) -> bool:
    """Whether the context already resolved the generic, or found it ambiguous; notes of
    what its phrase says ("backed_by:RUS") leave it open."""
    return any(part.startswith(_RESOLUTION_NOTES) for part in m.note.split(";"))


def noted(m: Mention, note: str) -> str:
    """The mention's notes with this one added: what its phrase says is kept."""
    return f"{m.note};{note}" if m.note else note


def requires(kb: ActorKB, actor_id: str, what: str) -> bool:
    entry = kb.entries.get(actor_id)
    return bool(entry and what in (entry.antecedent.get("require") or []))


def _collective(kb: ActorKB, tokens: list[str]) -> bool:
    """'terrorist groups': several groups, not the last one named."""
    return bool(tokens) and tokens[-1] in kb.rules.collective_heads


def _left_unnamed(kb: ActorKB, tokens: list[str]) -> bool:
    """ "unidentified warplanes": the copy says it does not know whose they are."""
    return any(t in kb.rules.unattributed_words for t in tokens)


def _others(kb: ActorKB, tokens: list[str]) -> bool:
    """ "X and allied rebels", "X and other militias": the phrase names sides besides the
    one named before it, never that one."""
    return any(t in kb.rules.others_words for t in tokens[:2])


def takes_antecedent(kb: ActorKB, m: Mention) -> bool:
    """Whether the phrase may stand for one actor named elsewhere: not a plural
    collective, and definite where its pack entry requires it."""
    tokens = phrase_tokens(m.text)
    if _collective(kb, tokens) or _left_unnamed(kb, tokens) or _others(kb, tokens):
        return False
    if requires(kb, m.actor_id, "state") or requires(kb, m.actor_id, "home"):
        return False
    return _definite_enough(kb, m, tokens)


def _definite_enough(kb: ActorKB, m: Mention, tokens: list[str]) -> bool:
    return not requires(kb, m.actor_id, "definite") or (
        bool(tokens) and tokens[0] in kb.rules.definite
    )


def state_decides(kb: ActorKB, m: Mention) -> bool:
    """A class only the article's state decides ("require: [state]": "the regime" is
    whoever rules the state the article is about, never the government named last)."""
    return requires(kb, m.actor_id, "state") and _definite_enough(kb, m, phrase_tokens(m.text))


def open_to_places(kb: ActorKB, m: Mention) -> bool:
    """Whether the state of the article's places may decide the phrase: any phrase but a
    plural collective, except that an umbrella class keeps its own gate."""
    if takes_antecedent(kb, m) or state_decides(kb, m):
        return True
    if requires(kb, m.actor_id, "state") or _names_its_side(kb, m):
        return False
    if kb.entries[m.actor_id].antecedent.get("by_state_also"):
        return umbrella_may_fall_back(kb, m)
    return not _collective(kb, phrase_tokens(m.text))


def _names_its_side(kb: ActorKB, m: Mention) -> bool:
    """ "pro-army paramilitaries", "Iran-aligned militias": the phrase says whose side it is on."""
    links = kb.rules.side_links
    words = m.text.lower().split()
    return any(w.endswith(a) if a.startswith("-") else w.startswith(a) for w in words for a in links)


def theatre_umbrella(kb: ActorKB, actor_id: str) -> bool:
    """A class whose meaning the article's theatre decides as a whole ("by_state_also" in
    the pack: "coalition" is the US-led one in Iraq, the Saudi-led one in Yemen), so an arm
    of it ("coalition warplanes") stays that class until the theatre is known."""
    entry = kb.entries.get(actor_id)
    return entry is not None and bool(entry.antecedent.get("by_state_also"))


def umbrella_may_fall_back(kb: ActorKB, m: Mention) -> bool:
    """Where the by_state choice is an umbrella ("by_state_also" in the pack: "Shiite
    militias" in Iraq are the PMF, "coalition" bare is the US-led one), a plural or
    undetermined phrase takes it too; an indefinite one ("a coalition of rebel groups",
    "some Shiite militias") never does."""
    tokens = phrase_tokens(m.text)
    entry = kb.entries[m.actor_id]
    also = entry.antecedent.get("by_state_also") or []
    if not also:
        return False
    if names_an_arm(kb, tokens):
        return True  # "a coalition airstrike": the determiner is the strike's, not the coalition's
    if not tokens or tokens[0] in kb.rules.indefinite or tokens[-1] not in _own_heads(entry.actor):
        return False  # "Shia Turkmen": a community the qualifier made a class of, no militia
    return "collective" in also if _collective(kb, tokens) else "bare" in also


def _own_heads(actor: Actor) -> set[str]:
    """The head nouns of a class's own name and aliases ("militias", "fighters")."""
    return {words[-1] for name in (actor.name, *actor.aliases) if (words := phrase_tokens(name))}


def heads_the_class(kb: ActorKB, actor_id: str, tokens: list[str]) -> bool:
    """ "a coalition", "coalition forces": the phrase's head is the class's own noun, not a
    thing of it ("a coalition base", whose determiner is the base's)."""
    entry = kb.entries.get(actor_id)
    return entry is not None and bool(tokens) and tokens[-1] in _own_heads(entry.actor)


def names_an_arm(kb: ActorKB, tokens: list[str]) -> bool:
    """Whether a phrase ends in a head naming an arm of its owner ("coalition jets")."""
    return bool(tokens) and tokens[-1] in _arm_heads(tuple(kb.rules.heads))


@lru_cache(maxsize=2)
def _arm_heads(groups: tuple[HeadGroup, ...]) -> frozenset[str]:
    """The last words of the heads that name an arm of an owner ("coalition jets", "coalition
    forces"): the class of the owner word, not a community it qualifies."""
    return frozenset(word.split()[-1] for group in groups if group.branch for word in group.words)


def describes_a_class(kb: ActorKB, token: Any) -> bool:
    """ "a Syrian rebel ambush", "an Iraqi militant attack": a demonym right before a class
    word (phrases.yaml qualifiers) says where the class is from, not that its state acts."""
    doc = token.doc
    if token.ent_type_ != "NORP" or token.i + 1 >= len(doc):
        return False
    return doc[token.i + 1].lower_ in kb.rules.qualifiers

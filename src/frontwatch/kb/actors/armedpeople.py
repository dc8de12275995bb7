"""A people named as the doer or taker of an armed act stands for its armed forces: "the
Kurds seized Manbij", "IS lost Tal Abyad to the Kurds", "the town was captured by the
Kurds" mean the Kurdish forces (which the article's state then names: the YPG in Syria,
the Peshmerga in Iraq), while "the Kurds voted" or "attacks on Kurds" stay the community.

The syntax decides, never the mention alone: the subject of a verb of taking or fighting,
the "by" of such a verb in the passive, or the "to" of a verb of losing. The words are data
(phrases.yaml: ``armed_peoples``, ``armed_acts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.antecedents import Found
from frontwatch.nlp.charspans import expanded_span

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_SUBJECTS = frozenset({"nsubj"})
_AGENT_WORDS = frozenset({"by"})
_TAKER_WORDS = frozenset({"to"})


def arm_peoples_in_armed_acts(kb: ActorKB, doc: Any, found: list[Found]) -> None:
    """Give a people's mention its forces' class where the sentence makes it fight or take."""
    forces_of = kb.rules.armed_peoples
    if not forces_of:
        return
    for item in found:
        forces = forces_of.get(item.mention.actor_id or "")
        if forces is None or forces not in kb.actors:
            continue
        span = expanded_span(doc, item.mention.start, item.mention.end)
        if span is not None and _does_an_armed_act(kb, span.root):
            item.mention.actor_id = forces
            item.method = "generic"


def _does_an_armed_act(kb: ActorKB, root: Any) -> bool:
    head = root.head
    if root.dep_ in _SUBJECTS:
        return head.lemma_.lower() in kb.rules.armed_doer_verbs
    if root.dep_ != "pobj" or head.head.i == head.i:
        return False
    verb, word = head.head, head.lower_
    if word in _AGENT_WORDS and head.dep_ == "agent":
        return verb.lemma_.lower() in kb.rules.armed_doer_verbs
    return word in _TAKER_WORDS and verb.lemma_.lower() in kb.rules.losing_verbs

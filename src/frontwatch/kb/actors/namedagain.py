"""A class named again by its bare head: "the militia" after "Iran-backed militia".

"The United States struck Iran-backed militia in Iraq, in response to drone attacks by
the militia": the second phrase is the first one's head with a definite determiner and
nothing else, and means what the first phrase's links made of that head (the militias
Iran backs; in Iraqi copy of the war against IS, the PMF), not any militia. A class that
stayed its head's plain class ("the militia" with no earlier phrase that narrowed it) is
given the last earlier mention, in the article, whose own words narrowed the same class
by a backer, an ally or a leader (phrases.yaml ``side_links``, a "backed_by:",
"allied_with:" or "led_by:" note). A mention the antecedent rules resolved stays as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.kb.actors.classgates import noted
from frontwatch.kb.actors.phrases import phrase_tokens
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_LINK_NOTES = ("backed_by:", "allied_with:", "led_by:")


def name_classes_again(kb: ActorKB, mentions: list[Mention]) -> None:
    """Give, in place, a bare definite class the narrowed class its head had last."""
    narrowed: dict[str, Mention] = {}  # plain class of a head -> its last narrowed mention
    for m in sorted(mentions, key=lambda x: x.start):
        tokens = phrase_tokens(m.text)
        base = _head_class(kb, tokens)
        if not base or not m.actor_id:
            continue
        if m.actor_id != base and any(n.startswith(_LINK_NOTES) for n in m.note.split(";")):
            narrowed[base] = m
        elif m.actor_id == base and _bare_definite(kb, tokens) and base in narrowed:
            before = narrowed[base]
            m.actor_id, m.resolution = before.actor_id, "context"
            m.note = noted(m, f"antecedent:{before.text}")


def _head_class(kb: ActorKB, tokens: list[str]) -> str:
    """The generic class the phrase's last word names on its own ("militia": militias)."""
    if not tokens:
        return ""
    found = kb.lookup_name(tokens[-1])
    return found if found and kb.actors[found].type == "generic" else ""


def _bare_definite(kb: ActorKB, tokens: list[str]) -> bool:
    """ "the militia", "these militias": a definite determiner and the head, nothing else."""
    return len(tokens) == 2 and tokens[0] in kb.rules.definite

"""Modifier + head phrases resolved to an actor: "Iranian-backed militias" (a group
Iran backs there), "Russian warplanes" (Russia's air force), "pro-government fighters".

The phrase's words are split by phrases.py; this reads what they name through the
actor KB: the owner's arm of the head's branch, the group a backer backs, or the
class the head names, refined by what it is linked to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.kb.actors.backing import STATE_TYPES, backed_group
from frontwatch.kb.actors.classgates import theatre_umbrella
from frontwatch.kb.actors.names import normalise, without_article
from frontwatch.kb.actors.phrases import ASSET_NOTE, REFINED_IN, Phrase
from frontwatch.records import ActorMatch

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

Links = list[tuple[str, str]]  # (relation, actor id): "backed_by", "IRN"
_SPELLED_NAME_WORDS = 2  # words a name needs, besides the article, to be read by its spelling


def match_phrase(kb: ActorKB, phrase: Phrase, date: dt.date | None) -> ActorMatch | None:
    """The actor a modifier + head phrase names ('Iranian-backed militias',
    'Russian warplanes'), or None when its words name no one."""
    if not phrase.owner and not phrase.links and not phrase.qualifiers and not phrase.degree:
        return None
    phrase = _whole_linked_name(kb, _own_irregulars(kb, phrase))
    owner = (
        kb.rules.owners.get(phrase.owner)
        or kb.lookup_name(phrase.owner)
        or _owner_by_spelling(kb, phrase)
        if phrase.owner
        else ""
    )
    owner = _owner_side(kb, owner, phrase, date) if owner else ""
    links = [(rel, kb.lookup_name(name)) for rel, name in phrase.links]
    if (phrase.owner and not owner) or any(not target for _rel, target in links):
        return None
    notes = [f"{rel}:{kb.top_of(target)}" for rel, target in links]
    commanded = _commanded_by_ally(kb, phrase, owner, links, date)
    if commanded:
        return ActorMatch(commanded, "modifier", 0.85, "")
    if phrase.head_group is not None:
        return _armed_head(kb, phrase, owner, links, notes, date)
    return _generic_head(kb, phrase, owner, links, notes, date)


def _owner_by_spelling(kb: ActorKB, phrase: Phrase) -> str:
    """ "the Nur al-Din al-Zinki Brigade", "the Jaish al-Thuwwar movement": a group's name
    spelled otherwise than the KB spells it, before a class noun of armed groups or a unit of
    armed men ("brigade"), is the group
    whose name is closest by edit ratio (``NameIndex.fuzzy``: same first letter, ratio 90 or
    more). Only a name of two words or more besides the article (a short name is too near
    others: "Badr", "Amal"), and only an armed group: a state or a person is no brigade."""
    if phrase.links or phrase.qualifiers or phrase.possessive or phrase.degree:
        return ""  # only a bare name before the class noun
    if not (_group_class(kb, phrase.head) or _unit_head(phrase)):
        return ""
    key = normalise(phrase.owner)
    if len(without_article(key).split()) < _SPELLED_NAME_WORDS:
        return ""
    found = kb.names.fuzzy(key)
    actor = kb.actors.get(found[0].actor_id) if found is not None else None
    return actor.id if actor is not None and actor.type == "armed_group" else ""


def _unit_head(phrase: Phrase) -> bool:
    """A head of armed men with no instrument note ("brigade", "forces"), which a group's
    name may carry as its own ("the X Brigade")."""
    group = phrase.head_group
    return group is not None and group.branch == "military" and not group.note


def _group_class(kb: ActorKB, head: str) -> bool:
    """Whether the head noun is a class of armed groups ("brigade", "movement")."""
    class_id = kb.lookup_name(head)
    actor, entry = kb.actors.get(class_id), kb.entries.get(class_id)
    if actor is None or entry is None or actor.type != "generic":
        return False
    return "armed_group" in (entry.antecedent.get("types") or [])


def _commanded_by_ally(
    kb: ActorKB, phrase: Phrase, owner: str, links: Links, date: dt.date | None
) -> str:
    """ "pro-Hadi troops", "pro-Haftar fighters": armed men on a person's side are whom he
    commands at the date (his state's army, the group he leads); '' for anything else."""
    if owner or len(links) != 1 or links[0][0] != "allied_with":
        return ""
    return kb.forces_named(links[0][1], phrase.head, date)


def _owner_side(kb: ActorKB, owner: str, phrase: Phrase, date: dt.date | None) -> str:
    """The side an owner word stands for: "the Assad administration" is Syria's; a person's
    armed head ("Erdogan's army", "Saleh's fighters") is whom he commands, not his party."""
    if phrase.head_group is not None and phrase.head_group.branch:
        return kb.command_of(owner, date) or kb.side_for(owner, date)
    return kb.side_for(owner, date)


def _own_irregulars(kb: ActorKB, phrase: Phrase) -> Phrase:
    """ "Syria's rebels", "Afghanistan's insurgents": a state named by its own name has them at
    home, fighting it, and backs none of them; its capital or government does ("Ankara's
    rebels"). The possessor's sponsor link (phrases.py) is dropped: the plain class is left."""
    if not phrase.possessive or phrase.owner or phrase.head not in kb.rules.possessed_own_heads:
        return phrase
    if not phrase.links or phrase.links[-1][0] != "backed_by":
        return phrase
    if not kb.state_by_own_name(phrase.links[-1][1]):
        return phrase
    return replace(phrase, links=phrase.links[:-1])


def _whole_linked_name(kb: ActorKB, phrase: Phrase) -> Phrase:
    """'the United States-led coalition', 'Saudi Arabia-backed forces': the hyphen binds
    only a name's last word, so the words before it belong to the name, not to an owner.
    Not a person's: "troops affiliated with General X" are his command, no ally of it."""
    if not phrase.owner or len(phrase.links) != 1:
        return phrase
    relation, name = phrase.links[0]
    whole = f"{phrase.owner} {name}"
    actor_id = kb.lookup_name(whole)
    if not actor_id or kb.actors[actor_id].type == "person":
        return phrase
    return replace(phrase, owner="", links=[(relation, whole)])


def _armed_head(
    kb: ActorKB, phrase: Phrase, owner: str, links: Links, notes: list[str], date: dt.date | None
) -> ActorMatch | None:
    group = phrase.head_group
    if group is None:
        return None
    if phrase.head in kb.rules.mass_heads and not (links or _names_an_actor(kb, owner)):
        return None  # "responded with military force": the means, not a party
    if phrase.head in kb.rules.linked_heads and not links:
        return None  # "Palestinian factions", "the groups": no side without a backer or ally
    notes = [*notes, group.note] if group.note else notes
    backed = _backed_group(kb, owner, links, date)
    if backed:
        return ActorMatch(backed, "modifier", 0.85, _join(notes))
    if backed == "":  # a group the backer backs there, not the state's army
        notes, owner = [*notes, f"country:{kb.actors[owner].country}"], ""
    if phrase.head in kb.rules.linked_heads:
        owner = ""  # "US-backed Syrian factions": whose side, not the Syrian state's arm
    if owner and phrase.qualifiers and kb.actors[owner].type == "state":
        # "Syrian opposition troops", "Syrian rebel units": the class at home there, no army
        notes, owner = [*notes, f"country:{kb.actors[owner].country}"], ""
    if owner and _armed_body(kb, owner) and group.branch == "military":
        return ActorMatch(owner, "modifier", 0.9, _join(notes))  # "PMF forces" are the PMF
    commanded = _commanded(kb, owner, phrase.head, date)
    if commanded:  # "Hadi's army": whom he commands at the date, never the man himself
        return ActorMatch(commanded, "modifier", 0.9, _join(notes))
    if owner and kb.actors[owner].type != "generic":
        return ActorMatch(kb.arm_of(owner, group.branch), "modifier", 0.9, _join(notes))
    if owner == "GEN_GOVERNMENT":
        return ActorMatch(
            "GEN_GOV_FORCES", "generic", 0.8, _join([*notes, f"branch:{group.branch}"])
        )
    if owner and theatre_umbrella(kb, owner):  # "coalition jets": which one, the theatre says,
        return _refined(kb, owner, links, notes, date)  # unless a leader is named ("US-led")
    if owner and group.note == ASSET_NOTE and not links and _owns_assets(kb, owner, phrase):
        return ActorMatch(owner, "generic", 0.8, _join(notes))  # "army positions": the army's
    allied = any(rel == "allied_with" for rel, _t in links)
    generic = (
        phrase.qualifiers[0]
        if phrase.qualifiers
        else kb.rules.linked_heads.get(phrase.head)
        or ("GEN_GOV_FORCES" if allied else "GEN_FIGHTERS")
    )
    if group.branch == "air" and not phrase.qualifiers:
        generic = "GEN_UNIDENTIFIED_AIRCRAFT"
    return _refined(kb, generic, links, notes, date)


def _commanded(kb: ActorKB, owner: str, head: str, date: dt.date | None) -> str:
    """The men a person's "<head>" names (kb.forces_named), '' for any other owner."""
    if not owner or kb.actors[owner].type != "person":
        return ""
    return kb.forces_named(owner, head, date)


def _armed_body(kb: ActorKB, actor_id: str) -> bool:
    """A force or armed group of its own (the PMF, a police force, a militia): its
    "forces" / "fighters" are itself, not the army of the state it is an arm of."""
    return kb.actors[actor_id].type in ("state_forces", "armed_group")


def _owns_assets(kb: ActorKB, owner: str, phrase: Phrase) -> bool:
    """Whose assets a class owner word names: a state's branch ("army positions"), or any
    class said in the possessive ("the rebels' positions", "the militants' hideouts"),
    where the mark says the class owns them; a bare "terrorist positions" stays unowned."""
    if _state_forces_class(kb, owner):
        return True
    return phrase.possessive and kb.actors[owner].type == "generic"


def _state_forces_class(kb: ActorKB, actor_id: str) -> bool:
    """A class that stands for a state's branch ("army", "police") or an organ only the
    state decides ("the Tripoli-based government's positions"), which the article's state
    resolves, unlike "terrorist" or "insurgent" positions."""
    entry = kb.entries.get(actor_id)
    spec = entry.antecedent if entry is not None else {}
    return bool(spec.get("branch")) or "state" in (spec.get("require") or [])


def _generic_head(
    kb: ActorKB, phrase: Phrase, owner: str, links: Links, notes: list[str], date: dt.date | None
) -> ActorMatch | None:
    generic = kb.lookup_name(phrase.head)
    if phrase.qualifiers and not _unarmed_class(kb, generic):
        generic = phrase.qualifiers[-1]
    if owner:
        owner_actor = kb.actors[owner]
        branch = (kb.entries[generic].antecedent.get("branch") or [""])[0] if generic else ""
        if branch and owner_actor.type in ("state", "state_agency", "state_forces"):
            return ActorMatch(kb.arm_of(owner, branch), "modifier", 0.9, _join(notes))
        if owner_actor.type not in ("state", "state_agency", "generic"):
            return ActorMatch(owner, "modifier", 0.9, _join(notes))
        backed = _backed_group(kb, owner, links, date)
        if backed:
            return ActorMatch(backed, "modifier", 0.85, _join(notes))
        if owner_actor.country:
            notes = [*notes, f"country:{owner_actor.country}"]
    return _refined(kb, generic, links, notes, date)


def _unarmed_class(kb: ActorKB, actor_id: str) -> bool:
    """A class of people who do not fight ("civilians", "villagers", "refugees"): a
    qualifier before it says whose community they are, not which armed class."""
    actor = kb.actors.get(actor_id) if actor_id else None
    return actor is not None and actor.sector in kb.rules.unarmed_sectors


def _names_an_actor(kb: ActorKB, actor_id: str) -> bool:
    return bool(actor_id) and kb.actors[actor_id].type != "generic"


def _backed_group(kb: ActorKB, owner: str, links: Links, date: dt.date | None) -> str | None:
    """For "<backer>-backed <demonym> forces": the group backed there, see backing.py."""
    backers = [target for rel, target in links if rel == "backed_by"]
    if not owner or not backers or kb.actors[owner].type not in STATE_TYPES:
        return None
    return backed_group(kb, owner, backers, date)


def _refined(
    kb: ActorKB, generic: str, links: Links, notes: list[str], date: dt.date | None
) -> ActorMatch:
    for rule in kb.rules.refinements:
        if rule.generic != generic or (rule.since and date and date < rule.since):
            continue
        if rule.since and date is None and not rule.undated_current:
            continue
        if any(
            rel == rule.relation and (t in rule.actors or kb.top_of(t) in rule.actors)
            for rel, t in links
        ):
            if rule.in_state:  # kept only if the article is about that state
                notes = [*notes, f"{REFINED_IN}{rule.in_state}>{generic}"]
            generic = rule.becomes
    method = "generic" if kb.actors[generic].type == "generic" else "modifier"
    return ActorMatch(generic, method, 0.85, _join(notes))


def _join(notes: list[str]) -> str:
    return ";".join(dict.fromkeys(n for n in notes if n))

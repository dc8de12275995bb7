"""Generic mentions ("the group", "government forces") resolved from the article.

A generic takes a clear antecedent earlier in the same article when its pack entry
says which actors it may stand for; otherwise an armed generic may fall back to the
state the article is about ("branch", "by_state" in the generic pack; articlestate.py).
Plural collectives ("terrorist groups", "the factions") name several groups, never one
(classgates.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from frontwatch.kb.actors.articlestate import (
    fall_back_to_said_country,
    fall_back_to_state,
    main_state,
    parse_by_state,
    settle_state_links,
    umbrella_theatre,
)
from frontwatch.kb.actors.classgates import (
    noted,
    requires,
    state_decides,
    takes_antecedent,
    tried,
    umbrella_may_fall_back,
)
from frontwatch.kb.actors.index import parent_chain
from frontwatch.kb.actors.ledclasses import fall_back_to_leader, led_as_said
from frontwatch.kb.actors.topics import take_antecedent
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

ANTECEDENT_WINDOW = 5  # sentences


_SIDE_LINKS = ("backed_by:", "allied_with:")  # notes of a class's own backer or ally
COUNTRY_NOTE = "country:"  # a class's own country ("the Lebanese militant group")
_SENTENCE_MENTIONS = 12  # mentions looked back within a sentence for its speaker
_INSTRUMENT = "instrument:"  # the note of an arm named by its weapon ("Turkish artillery")


@dataclass(slots=True)
class Found:
    mention: Mention
    method: str  # how resolve() matched, before the context pass
    from_chunk: bool = False
    whole_name: bool = False  # a chunk extended by "of <Name>" ("the Army of Islam")
    modifier: bool = False  # "<name>-affiliated", "<name>-backed": qualifies another actor
    linked_only: bool = False  # "a coalition led by X": an actor only if X's link names one
    sponsor: bool = False  # "backed by X", "backing from X": X gives aid, so is no home state
    subject: bool = False  # the subject of its sentence's main clause (topics.py)
    described: bool = False  # "described them as Shabiha": what another is called (topics.py)


def resolve_generics(
    kb: ActorKB,
    found: list[Found],
    date: dt.date | None = None,
    paragraph_of: list[int] | None = None,
) -> None:
    """Resolve each generic mention of ``found`` from the article (see module doc);
    ``paragraph_of`` gives each sentence's paragraph, for classes kept to theirs."""
    state = ""
    # Mentions come in text order, so the window's first one is found by bisection (a
    # scan of all earlier mentions for each generic made long articles quadratic).
    sentences = [f.mention.sentence_index for f in found]
    ordered = sentences == sorted(sentences) and (not sentences or sentences[0] >= 0)
    sole = _SoleNamed(_named_ids(found))
    for i, item in enumerate(found):
        m = item.mention
        if item.method != "generic" or tried(m) or not kb.entries[m.actor_id].antecedent:
            continue
        if _take_possessor(kb, item, found, i):
            continue
        takes = takes_antecedent(kb, m)
        if takes:
            first = bisect.bisect_left(sentences, m.sentence_index - ANTECEDENT_WINDOW, hi=i)
            window = _in_its_paragraph(kb, item, found[first if ordered else 0 : i], paragraph_of)
            if _take_from_window(kb, item, window, date):
                continue
            if _take_sole_in_article(kb, item, sole, date):
                continue
        if _take_speaking_ministry(kb, item, found, i):
            continue
        if fall_back_to_leader(kb, m, partial(could_stand_for, kb, m.actor_id), date):
            continue  # "the Turkish-led forces": the leader's, before any country decides
        said = _said_country(m)
        if said and fall_back_to_said_country(kb, m, said, date):
            continue  # "Syrian Kurdish fighters": the class's own country outranks the article's
        if state_decides(kb, m) or requires(kb, m.actor_id, "home"):
            continue  # "the regime": the places' pass knows the article's whole state
        if not (takes or umbrella_may_fall_back(kb, m)):
            continue
        if takes and requires(kb, m.actor_id, "local"):
            continue  # "the army" with no antecedent: its sentence's places decide first
        state = state or main_state(kb, [f.mention for f in found if not f.sponsor])
        where = state or umbrella_theatre(kb, m, [f.mention for f in found])
        if where:
            fall_back_to_state(kb, item.mention, where, date)
    settle_state_links(kb, [f.mention for f in found], date)


def _in_its_paragraph(
    kb: ActorKB, item: Found, before: list[Found], paragraph_of: list[int] | None
) -> list[Found]:
    """The window, kept to the generic's own paragraph for a class of arms ("warplanes"):
    a new paragraph may tell of another war's aircraft ("In Yemen, warplanes bombed ...")."""
    m = item.mention
    if not paragraph_of or not kb.entries[m.actor_id].antecedent.get("arm"):
        return before
    here = _paragraph(paragraph_of, m.sentence_index)
    return [f for f in before if _paragraph(paragraph_of, f.mention.sentence_index) == here]


def _paragraph(paragraph_of: list[int], sentence: int) -> int:
    return paragraph_of[sentence] if 0 <= sentence < len(paragraph_of) else -1


def _take_from_window(
    kb: ActorKB, item: Found, before: list[Found], date: dt.date | None = None
) -> bool:
    m = item.mention
    spec = kb.entries[m.actor_id].antecedent
    window = [
        (_standing_for(kb, f.mention.actor_id, spec), f.mention)
        for f in before
        if f.mention.actor_id
        and f.method != "generic"
        and not f.modifier
        and not f.sponsor
        and not _means_for_men(f.mention, spec)
        and m.sentence_index - f.mention.sentence_index <= ANTECEDENT_WINDOW
    ]
    matching = [
        (actor_id, c)
        for actor_id, c in window
        if _fits(kb, actor_id, spec)
        and _backed_as_said(kb, m, actor_id, date)
        and led_as_said(kb, m, actor_id)
        and _of_said_country(kb, m, actor_id)
        and _national_enough(kb, m.actor_id, actor_id)
    ]
    if matching:
        topics = {id(f.mention) for f in before if f.subject} if item.subject else set()
        take_antecedent(item.mention, matching, topics, {id(f.mention) for f in before if f.described})
    return bool(matching)


def _national_enough(kb: ActorKB, class_id: str, actor_id: str) -> bool:
    """ "Peshmerga fighters pushed IS out of Zumar. ... the army drove IS from Tikrit": a
    class that takes only a state's own forces ("require: [national]": "the army") is no
    region's forces (the Peshmerga, under the Kurdistan government), nor a militia a
    government took in (the PMF): the antecedent is the state's arm of the class's branch
    itself, or sits under a military body of a state (an army, a defence ministry)."""
    if not requires(kb, class_id, "national"):
        return True
    branch = kb.entries[class_id].antecedent.get("branch") or []
    if kb.entries[actor_id].branch in branch:
        return True
    chain = parent_chain(actor_id, kb.links)
    top = kb.actors.get(chain[-1])
    return (
        top is not None
        and top.type == "state"
        and any(kb.actors[link].sector == "MIL" for link in chain[1:-1] if link in kb.actors)
    )


def _means_for_men(candidate: Mention, spec: dict[str, list[str]]) -> bool:
    """ "Turkish artillery turned them back. ... the army is grinding through Ghouta": a
    weapon named for its army ("instrument:" in phrases.yaml) is no antecedent for a
    class of soldiers, whose copy names their own army when it is another's."""
    return "military" in (spec.get("branch") or []) and _INSTRUMENT in candidate.note


def _standing_for(kb: ActorKB, actor_id: str, spec: dict[str, list[str]]) -> str:
    """ "Assad's government relies on Russia ... Nusra fights government troops": a
    government named before a class of its forces stands for its own arm of the class's
    branch (the Syrian army), so a foreign army named further back does not take it."""
    actor = kb.actors.get(actor_id)
    branch = (spec.get("branch") or [""])[0]
    if actor is None or not branch or actor.type != "state_agency" or actor.sector != "GOV":
        return actor_id
    return kb.arm_of(kb.top_of(actor_id), branch)


def _named_ids(found: list[Found]) -> list[str]:
    """The actors the article names (not classes, not modifiers), each once: the context
    pass changes only generics, so this stays true while it runs."""
    return list(
        dict.fromkeys(
            f.mention.actor_id
            for f in found
            if f.mention.actor_id and f.method != "generic" and not f.modifier
        )
    )


@dataclass(slots=True)
class _SoleNamed:
    """The one named actor of the article that fits each class, found once per class
    (a scan of the whole article for each generic mention made long articles quadratic)."""

    named: list[str]
    by_class: dict[str, str] = field(default_factory=dict)

    def of(self, kb: ActorKB, class_id: str, spec: dict[str, list[str]]) -> str:
        if class_id not in self.by_class:
            fitting = [a for a in self.named if _fits(kb, a, spec)]
            self.by_class[class_id] = fitting[0] if len(fitting) == 1 else ""
        return self.by_class[class_id]


def _take_sole_in_article(
    kb: ActorKB, item: Found, sole: _SoleNamed, date: dt.date | None = None
) -> bool:
    """'jihadists' in an article whose only jihadist group is the Islamic State: when the
    pack entry allows it ("by_article: [sole]"), the one actor of the whole article that
    fits the class, wherever it is named; two or more fitting actors leave it open."""
    m = item.mention
    spec = kb.entries[m.actor_id].antecedent
    if "sole" not in (spec.get("by_article") or []):
        return False
    actor_id = sole.of(kb, m.actor_id, spec)
    if not actor_id or not _backed_as_said(kb, m, actor_id, date) or not _of_said_country(kb, m, actor_id):
        return False
    if not led_as_said(kb, m, actor_id):
        return False
    m.actor_id, m.resolution = actor_id, "context"
    m.note = noted(m, "antecedent:sole in article")
    return True


def _take_speaking_ministry(kb: ActorKB, item: Found, found: list[Found], at: int) -> bool:
    """'The Russian defence ministry said troops took the village': a class whose pack
    entry allows it ("by_article: [speaker]"), in the sentence of a state's defence
    ministry, is that state's arm, whatever state the article is about (a ministry speaks
    of its own troops and names foreign ones; "government forces" stay the local ones)."""
    m = item.mention
    spec = kb.entries[m.actor_id].antecedent
    branch = (spec.get("branch") or [""])[0]
    if "speaker" not in (spec.get("by_article") or []) or not branch:
        return False
    for f in reversed(found[max(0, at - _SENTENCE_MENTIONS) : at]):
        if f.mention.sentence_index != m.sentence_index:
            return False
        actor = kb.actors.get(f.mention.actor_id)
        if actor is None or f.method == "generic" or f.modifier:
            continue
        if actor.type == "state_agency" and actor.sector == "MIL":
            m.actor_id, m.resolution = kb.arm_of(kb.top_of(actor.id), branch), "context"
            m.note = noted(m, f"speaker:{f.mention.text}")
            return True
    return False


def _take_possessor(kb: ActorKB, item: Found, found: list[Found], at: int) -> bool:
    """'The PMF said its fighters repelled the attack', 'Russia says its troops took the
    village': armed men owned by "its" / "their" are the nearest side named before them in
    the sentence -- an armed body itself, a state's army -- not the class's usual antecedent
    (the last armed group of the article)."""
    m = item.mention
    words = m.text.lower().split(maxsplit=1)
    if len(words) < 2 or words[0] not in kb.rules.possessors or not _armed_class(kb, m.actor_id):
        return False
    for f in reversed(found[max(0, at - _SENTENCE_MENTIONS) : at]):
        if f.mention.sentence_index != m.sentence_index:
            return False
        actor = kb.actors.get(f.mention.actor_id)
        if actor is None or f.modifier or f.mention.place_id or actor.type == "person":
            continue
        if actor.type in ("state_forces", "armed_group"):
            owned = actor.id
        elif actor.type in ("state", "state_agency"):
            owned = kb.arm_of(kb.top_of(actor.id), "military")
        else:
            return False  # "the UN said its staff": no armed side
        m.actor_id, m.resolution = owned, "context"
        m.note = noted(m, f"possessor:{f.mention.text}")
        return True
    return False


def _armed_class(kb: ActorKB, class_id: str) -> bool:
    """A class of armed men: it takes armed groups or a state's forces as antecedents."""
    spec = kb.entries[class_id].antecedent
    types = spec.get("types") or []
    return "armed_group" in types or "state_forces" in types or bool(spec.get("branch"))


def _backed_as_said(kb: ActorKB, m: Mention, actor_id: str, date: dt.date | None) -> bool:
    """ "The Saudi-backed fighters", "the pro-Saudi fighters": a class whose own phrase
    names a backer or ally stands only for a group the KB says that state backs at the
    date, never for the group named before it on the other side (the Houthis)."""
    said = [
        note.split(":", 1)[1]
        for note in m.note.split(";")
        if note.startswith(_SIDE_LINKS)
    ]
    if not said:
        return True
    backers = set(kb.backers_of(actor_id, date)) | {kb.top_of(actor_id)}
    return any(kb.top_of(target) in backers for target in said if target in kb.actors)


def _said_country(m: Mention) -> str:
    """The one country a class's own phrase names ("Syrian Kurdish fighters"), or ''."""
    said = {note.split(":", 1)[1] for note in m.note.split(";") if note.startswith(COUNTRY_NOTE)}
    return next(iter(said)) if len(said) == 1 else ""


def _of_said_country(kb: ActorKB, m: Mention, actor_id: str) -> bool:
    """ "The Lebanese militant group": a class whose phrase names a country stands only for
    a group of that country (Hezbollah, not the Palestinian Hamas named after it); a group of
    no known country may still."""
    said = {note.split(":", 1)[1] for note in m.note.split(";") if note.startswith(COUNTRY_NOTE)}
    actor = kb.actors.get(actor_id)
    return not said or actor is None or not actor.country or actor.country in said


def take_named_complement(kb: ActorKB, item: Found, named: Found) -> bool:
    """'militants from the Islamic State', 'fighters of Jabhat al-Nusra': the generic
    head is the group its own phrase names, when that group fits what it may stand for --
    in the sectors and types the class takes when its phrase names the group
    (``named_sectors``, ``named_types``): "militants of the SDF" are the SDF, "troops of
    the Saudi-led coalition" the coalition, but "rebels from the Islamic State" are not IS."""
    m = item.mention
    spec = kb.entries[m.actor_id].antecedent if m.actor_id in kb.entries else None
    named_id = named.mention.actor_id
    if not spec or not named_id:
        return False
    named_spec = {
        **spec,
        "types": spec.get("named_types", spec.get("types", [])),
        "sectors": spec.get("named_sectors", spec.get("sectors", [])),
    }
    if not (_fits(kb, named_id, named_spec) or _stands_in_for(spec, named_id)):
        return False
    m.actor_id, m.resolution = named_id, "context"
    m.note = noted(m, f"complement:{named.mention.text}")
    return True


def _stands_in_for(spec: dict[str, list[str]], actor_id: str) -> bool:
    """Whether a ``by_state`` line names the actor as what the class means in some state:
    "separatists from the Southern Transitional Council" are the STC, which the pack makes
    Yemen's separatists, though the STC (in the government since 2019) is of no rebel
    sector; only a phrase of the class's own naming the actor reaches here."""
    return any(parse_by_state(line).actor == actor_id for line in spec.get("by_state") or [])


def could_stand_for(kb: ActorKB, generic: str, actor_id: str) -> bool:
    """Whether the class may be a name of the actor ("the militants" of al-Shabab), by the
    antecedents its pack entry allows."""
    entry = kb.entries.get(generic)
    if entry is None or not entry.antecedent or actor_id not in kb.actors:
        return False
    return _fits(kb, actor_id, entry.antecedent)


def _fits(kb: ActorKB, actor_id: str, spec: dict[str, list[str]]) -> bool:
    actor = kb.actors[actor_id]
    if spec.get("ids") and actor_id not in spec["ids"]:
        return False
    if actor_id in (spec.get("not_ids") or ()):
        return False  # "rebels" are not the YPG, whatever its sector says
    if spec.get("types") and actor.type not in spec["types"]:
        return False
    branch = kb.entries[actor_id].branch
    if spec.get("branch") and branch and branch not in spec["branch"]:
        return False  # "the army" is not the air force mentioned before
    if spec.get("arm") and actor.type == "state_forces" and branch not in spec["arm"]:
        return False  # bare "warplanes" are the air force named before, not the army
    return not spec.get("sectors") or actor.sector in spec["sectors"]

"""The state an article is about, and what a class means in it.

Generics the antecedent pass left open may fall back to the state the article is
about ("branch", "by_state" in the generic pack); a class only the state decides
("the regime") is whoever rules the article's state; its places' state decides
when the article names none.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwatch.kb.actors.classgates import (
    noted,
    open_to_places,
    requires,
    state_decides,
    takes_antecedent,
    theatre_umbrella,
    tried,
)
from frontwatch.kb.actors.furniture import BORDER_NOTE
from frontwatch.kb.actors.packs import parse_span
from frontwatch.kb.actors.phrases import REFINED_IN
from frontwatch.kb.actors.sites import BESIDE_NOTE, SITE_NOTE, WAR_NOTE
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_STATE_CLASS_LINK = ":GEN_"  # a note linking to a class: settled if the state decides it
SPONSOR_NOTE = "sponsor"  # the note on a name that gives aid ("funded by Qatar"): no home state
GROUP_HOME_NOTE = "group_home"  # a state owning a group's name ("Lebanon's Hezbollah"): no home state


@dataclass(frozen=True, slots=True)
class StateChoice:
    """One 'by_state' line: in an article about ``state``, the generic means ``actor``."""

    state: str
    actor: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_at(self, date: dt.date | None, undated_current: bool = False) -> bool:
        """Whether the choice holds at the date; undated copy takes only undated choices,
        or, for an umbrella read as current (``undated_current``), those not ended."""
        if date is None:
            return self.end is None and (undated_current or self.start is None)
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


def parse_by_state(line: str) -> StateChoice:
    """'SYR SDF 2015-10-10..' -> StateChoice; raises ValueError when unreadable."""
    tokens = str(line).split()
    if len(tokens) not in (2, 3):
        raise ValueError(f"{line!r}: expected 'STATE ACTOR [start..end]'")
    try:
        start, end = parse_span(tokens[2]) if len(tokens) == 3 else (None, None)
    except ValueError as err:
        raise ValueError(f"{line!r}: bad date ({err})") from err
    return StateChoice(tokens[0], tokens[1], start, end)


def settle_state_links(
    kb: ActorKB, mentions: list[Mention], date: dt.date | None, state: str = ""
) -> None:
    """'pro-regime forces' noted 'allied_with:GEN_REGIME': the link takes the state's
    choice for the class (allied with Syria), as a mention of the class does; so does a
    class with by_state lines ("junta-aligned militias" in Myanmar copy: allied with the
    junta's state); a link no state decides stays open."""
    linked = [m for m in mentions if _STATE_CLASS_LINK in m.note]
    if not linked:
        return
    state = state or main_state(kb, mentions)
    for m in linked:
        m.note = ";".join(_settled(kb, part, state, date) for part in m.note.split(";"))


def _settled(kb: ActorKB, note: str, state: str, date: dt.date | None) -> str:
    relation, _sep, target = note.partition(":")
    chosen = _settled_class(kb, target, state, date) if state else ""
    return f"{relation}:{kb.top_of(chosen)}" if chosen else note


def _settled_class(kb: ActorKB, class_id: str, state: str, date: dt.date | None) -> str:
    """What a class means where no antecedent is at hand: a class only the state decides
    ("the regime") by its state rules; any other by a by_state line only ("the junta" in
    Myanmar), never by the state's arm ("military victory" is no army)."""
    if class_id not in kb.entries:
        return ""
    if requires(kb, class_id, "state"):
        return _state_choice(kb, class_id, state, date)
    return _line_choice(kb, class_id, state, date)


def resolve_generics_by_places(
    kb: ActorKB,
    mentions: list[Mention],
    countries: list[str],
    date: dt.date | None = None,
    sentence_countries: dict[int, list[str]] | None = None,
) -> None:
    """Generics left open because the article names no state ("government troops and
    rebels clashed near Daraa") take the state its places lie in, by the same
    branch / by_state rules: the places' most named country, when it is a state in the KB.
    ``sentence_countries`` gives the countries of each sentence's places (for "home" classes)."""
    settle_state_refinements(kb, mentions, countries)
    settle_home_classes(kb, mentions, countries, date, sentence_countries or {})
    state = (
        _most_named(kb, countries)
        or (not main_state(kb, mentions) and home_theatre(kb, mentions))
        or ""
    )
    ruled = ""  # the state a class only the state decides ("the regime") stands for
    for m in mentions:
        entry = kb.entries.get(m.actor_id)
        if m.resolution != "generic" or tried(m) or entry is None or not entry.antecedent:
            continue
        if state_decides(kb, m):
            ruled = ruled or article_state(kb, mentions, countries)
            if ruled:
                fall_back_to_state(kb, m, ruled, date)
        elif state and open_to_places(kb, m):
            fall_back_to_state(kb, m, state, date)
    if state:
        settle_state_links(kb, mentions, date, state)
    settle_shared_names(kb, mentions, countries)
    settle_local_branches(kb, mentions, countries, date)


def settle_home_classes(
    kb: ActorKB,
    mentions: list[Mention],
    countries: list[str],
    date: dt.date | None,
    sentence_countries: dict[int, list[str]],
) -> None:
    """ "Government forces" ("require: [home]") are the forces of the state their own
    sentence's places lie in, when that is one theatre state ("Russian jets struck Hama.
    Government forces advanced": Syria's, not Russia's), else of the article's state; a
    foreign army named before them never is. "The army" ("require: [local]") too, when it
    took no antecedent ("The army retook Ramadi" in copy that names Syria more is Iraq's).
    The sentence's place decides only where the theatre state the copy has named as a party
    so far is none or is the place's own: "Pakistan said it struck camps. The army said the
    strikes hit Khost" keeps the army Pakistan's; "Iraqi troops chased them into Syria" Iraq's."""
    named = [x for x in mentions if x.resolution != "generic"]  # not those settled below
    for m in mentions:
        if m.resolution != "generic" or tried(m) or not _local_class(kb, m):
            continue
        here = {c for c in sentence_countries.get(m.sentence_index, []) if c in kb.rules.theatre}
        so_far = main_state(kb, [x for x in named if _party_so_far(x, m)])
        if len(here) == 1 and (so_far not in kb.rules.theatre or so_far in here):
            state = next(iter(here))
        else:
            state = so_far
            if so_far not in kb.rules.theatre:
                state = _home_state(kb, m, mentions, countries)
        if state:
            fall_back_to_state(kb, m, state, date)


def _party_so_far(x: Mention, m: Mention) -> bool:
    """A mention up to ``m``'s sentence that names a party, not only where ("in Syria")."""
    notes = x.note.split(";")
    only_where = not {SITE_NOTE, BESIDE_NOTE, WAR_NOTE}.isdisjoint(notes)
    return x.sentence_index <= m.sentence_index and not only_where


def _home_state(kb: ActorKB, m: Mention, mentions: list[Mention], countries: list[str]) -> str:
    """With no theatre party named so far: the state the article's names lead with (as
    "the army" always fell back to), for home classes its places' theatre state before a
    foreign power ("Russian jets struck Hama. Government forces advanced")."""
    named = main_state(kb, mentions)
    if named in kb.rules.theatre or not requires(kb, m.actor_id, "home"):
        return named
    return article_state(kb, mentions, countries)


def _local_class(kb: ActorKB, m: Mention) -> bool:
    """A class of home forces, or a local one in a phrase that may take an antecedent
    ("the army"; bare "troops" keep the places' pass below)."""
    if requires(kb, m.actor_id, "home"):
        return True
    return requires(kb, m.actor_id, "local") and takes_antecedent(kb, m)


SHARED_NAME = "ambiguous: "  # the note resolution leaves on a name several actors share


def settle_shared_names(kb: ActorKB, mentions: list[Mention], countries: list[str]) -> None:
    """A name the packs give to actors of different states ("SNA": Syria's National Army
    and Somalia's) is the one of the article's state (``article_state``: the states it
    names and its places' country), when exactly one of them is of that state; else the
    one whose country the article's named actors belong to most ("regime forces" beside
    "Russian forces" and the PYD are Syria's); else the mention stays unresolved."""
    shared = [
        m for m in mentions if m.resolution == "unresolved" and m.note.startswith(SHARED_NAME)
    ]
    if not shared:
        return
    state = article_state(kb, mentions, countries)
    homes = Counter(
        kb.actors[m.actor_id].country
        for m in mentions
        if m.actor_id in kb.actors and kb.actors[m.actor_id].type != "generic"
    )
    for m in shared:
        ids = [i for i in m.note.removeprefix(SHARED_NAME).split("|") if i in kb.actors]
        of_state = [i for i in ids if kb.actors[i].country == state]
        chosen = of_state[0] if state and len(of_state) == 1 else _most_at_home(kb, ids, homes)
        if chosen:
            m.actor_id, m.resolution = chosen, "alias"
            m.note = noted(m, f"state:{kb.actors[chosen].country}")


def _most_at_home(kb: ActorKB, ids: list[str], homes: Counter[str]) -> str:
    """The one actor whose country the article's named actors come from most, if one leads."""
    ranked = sorted(((homes[kb.actors[i].country], i) for i in ids), reverse=True)
    if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return ""
    return ranked[0][1]


def settle_state_refinements(kb: ActorKB, mentions: list[Mention], countries: list[str]) -> None:
    """A refinement kept only in copy about one state ("Moscow-backed separatists" are the
    Donbas separatists in Ukrainian copy) falls back to its class in copy about another
    (Transnistria's, Abkhazia's); the state is read without the refined mentions themselves,
    and copy about no state keeps the refinement (its date already limits it)."""
    refined = [m for m in mentions if REFINED_IN in m.note]
    if not refined:
        return
    others = [m for m in mentions if REFINED_IN not in m.note]
    state = article_state(kb, others, countries)
    for m in refined:
        parts = m.note.split(";")
        line = next(p for p in parts if p.startswith(REFINED_IN))
        wanted, _sep, generic = line.removeprefix(REFINED_IN).partition(">")
        m.note = ";".join(p for p in parts if p != line)
        if state and state != wanted:
            m.actor_id, m.resolution = generic, "generic"


def settle_local_branches(
    kb: ActorKB, mentions: list[Mention], countries: list[str], date: dt.date | None
) -> None:
    """A transnational group's name means its local branch in an article about a state
    its 'in_state' lines name ("Islamic State fighters" in Somali copy are IS-Somalia's);
    elsewhere (Syria, Iraq) the name keeps the group itself."""
    named = [m for m in mentions if m.actor_id in kb.entries and kb.entries[m.actor_id].in_state]
    state = article_state(kb, mentions, countries) if named else ""
    for m in named if state else []:
        for line in kb.entries[m.actor_id].in_state:
            choice = parse_by_state(line)
            if choice.state == state and choice.valid_at(date):
                m.actor_id, m.note = choice.actor, noted(m, f"state:{state}")
                break


def _most_named(kb: ActorKB, countries: list[str]) -> str:
    counts = Counter(c for c in countries if c in kb.actors and kb.actors[c].type == "state")
    return counts.most_common(1)[0][0] if counts else ""


def fall_back_to_state(kb: ActorKB, m: Mention, state: str, date: dt.date | None) -> None:
    """The by_state line for the state, else the state's own arm of the class's branch:
    a line says who holds that role there ("troops" in Palestinian places are Israel's,
    which the Palestinian state's arm would never give)."""
    chosen = _state_choice(kb, m.actor_id, state, date)
    if chosen:
        m.actor_id, m.resolution, m.note = chosen, "context", noted(m, f"state:{state}")


def fall_back_to_said_country(kb: ActorKB, m: Mention, country: str, date: dt.date | None) -> bool:
    """ "Syrian Kurdish fighters" in an article about Iraq: the by_state line of the country
    the class's own phrase names, before the article's state decides (no arm of it: "the
    Lebanese militant group" is no Lebanese army)."""
    chosen = _line_choice(kb, m.actor_id, country, date)
    actor = kb.actors.get(chosen)
    if actor is not None and actor.country == country:  # not the occupier a line names there
        m.actor_id, m.resolution, m.note = chosen, "context", noted(m, f"state:{country}")
        return True
    return False


def _state_choice(kb: ActorKB, class_id: str, state: str, date: dt.date | None) -> str:
    branch = (kb.entries[class_id].antecedent.get("branch") or [""])[0]
    return _line_choice(kb, class_id, state, date) or (kb.arm_of(state, branch) if branch else "")


def _line_choice(kb: ActorKB, class_id: str, state: str, date: dt.date | None) -> str:
    spec = kb.entries[class_id].antecedent
    current = bool(spec.get("by_state_also"))  # an umbrella: "the coalition" is today's one
    for line in spec.get("by_state") or []:
        choice = parse_by_state(line)
        if choice.state == state and choice.valid_at(date, current):
            return choice.actor
    return ""


def class_in_state(kb: ActorKB, class_id: str, state: str, date: dt.date | None) -> str:
    """What a class the article's state decides ("regime-held", "regime leader",
    "junta-backed") means in an article whose state (``article_state``) is ``state``, for
    phrases no mention covers; the state is found once per article by the caller."""
    return _settled_class(kb, class_id, state, date) if state and class_id in kb.entries else ""


def article_state(kb: ActorKB, mentions: list[Mention], countries: Iterable[str] = ()) -> str:
    """The state whose rulers "the regime" means: among the states the article names and
    those its places lie in, a theatre state first, else the most counted."""
    counts = _state_counts(kb, mentions)
    counts.update(c for c in countries if c in kb.actors and kb.actors[c].type == "state")
    return _first_state(kb, counts)


def home_theatre(kb: ActorKB, mentions: list[Mention]) -> str:
    """The war an article names only through its armed groups: copy that names no state and
    no place ("the Arakan Army said the military shelled its positions", "the RSF attacked
    the army") is about the theatre state the named groups are at home in, when one leads;
    a group of no one country (the Islamic State) or of a state at peace says nothing."""
    homes = Counter(
        kb.actors[m.actor_id].country
        for m in mentions
        if m.actor_id in kb.actors
        and kb.actors[m.actor_id].type == "armed_group"
        and kb.actors[m.actor_id].country in kb.rules.theatre
    )
    # one war only: an article naming the Houthis twice and al-Shabaab once is about two
    return next(iter(homes)) if len(homes) == 1 else ""


def umbrella_theatre(kb: ActorKB, m: Mention, mentions: list[Mention]) -> str:
    """For an umbrella class ("coalition forces") in copy that names no state: the theatre
    state the named armed actors belong to ("in support of the SDF": Syria's coalition)."""
    if not theatre_umbrella(kb, m.actor_id):
        return ""
    counts = Counter(
        kb.actors[a].country
        for a in (x.actor_id for x in mentions)
        if a and kb.actors[a].type != "generic" and kb.actors[a].country in kb.rules.theatre
    )
    return counts.most_common(1)[0][0] if counts else ""


def main_state(kb: ActorKB, mentions: list[Mention]) -> str:
    """The state the article is about: the theatre state (Syria, Iraq) mentioned most,
    else the state mentioned most (through its organs too); ties go to the first.

    Copy marks foreign forces ("Russian troops") but leaves the local ones unmarked
    ("government forces", "the army"), so a theatre state wins over foreign powers
    that an article mentions more often.
    """
    return _first_state(kb, _state_counts(kb, mentions))


def _state_counts(kb: ActorKB, mentions: list[Mention]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.actor_id and kb.actors[m.actor_id].type != "generic" and not _elsewhere(m):
            top = kb.top_of(m.actor_id)
            if kb.actors[top].type == "state":
                counts[top] += 1
    return counts


def _elsewhere(m: Mention) -> bool:
    """A state named only where a border runs, or as a giver of aid ("rebels funded by
    Qatar attacked government positions"): no state the article is about."""
    return BORDER_NOTE in m.note or names_no_home(m)


def names_no_home(m: Mention) -> bool:
    """A state named as a giver of aid ("rebels funded by Qatar") or as the home of a
    group it owns by name ("fighters of Lebanon's Hezbollah"): the article is not about
    that state, and its name says nothing of who "government forces" are."""
    notes = m.note.split(";")
    return SPONSOR_NOTE in notes or GROUP_HOME_NOTE in notes


def _first_state(kb: ActorKB, counts: Counter[str]) -> str:
    theatre = [(state, n) for state, n in counts.most_common() if state in kb.rules.theatre]
    if theatre:
        return theatre[0][0]
    return counts.most_common(1)[0][0] if counts else ""

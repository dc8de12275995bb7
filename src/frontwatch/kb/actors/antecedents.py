"""Generic mentions ("the group", "government forces") resolved from the article.

A generic takes a clear antecedent earlier in the same article when its pack entry
says which actors it may stand for; otherwise an armed generic may fall back to the
state the article is about ("branch", "by_state" in the generic pack). Plural
collectives ("terrorist groups", "the factions") name several groups, never one.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from frontwatch.kb.actors.packs import parse_span
from frontwatch.kb.actors.phrases import phrase_tokens
from frontwatch.records import Actor, Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

ANTECEDENT_WINDOW = 5  # sentences
_SENTENCE_MENTIONS = 12  # mentions looked back within a sentence for its speaker
_STATE_CLASS_LINK = ":GEN_"  # a note linking to a class: settled if the state decides it


@dataclass(slots=True)
class Found:
    mention: Mention
    method: str  # how resolve() matched, before the context pass
    from_chunk: bool = False
    whole_name: bool = False  # a chunk extended by "of <Name>" ("the Army of Islam")
    modifier: bool = False  # "<name>-affiliated", "<name>-backed": qualifies another actor


@dataclass(frozen=True, slots=True)
class StateChoice:
    """One 'by_state' line: in an article about ``state``, the generic means ``actor``."""

    state: str
    actor: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_at(self, date: dt.date | None) -> bool:
        if date is None:
            return self.start is None and self.end is None
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


_RESOLUTION_NOTES = ("antecedent", "state:", "complement:")


def tried(m: Mention) -> bool:
    """Whether the context already resolved the generic, or found it ambiguous; notes of
    what its phrase says ("backed_by:RUS") leave it open."""
    return any(part.startswith(_RESOLUTION_NOTES) for part in m.note.split(";"))


def _noted(m: Mention, note: str) -> str:
    """The mention's notes with this one added: what its phrase says is kept."""
    return f"{m.note};{note}" if m.note else note


def requires(kb: ActorKB, actor_id: str, what: str) -> bool:
    entry = kb.entries.get(actor_id)
    return bool(entry and what in (entry.antecedent.get("require") or []))


def resolve_generics(kb: ActorKB, found: list[Found], date: dt.date | None = None) -> None:
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
        takes = _takes_antecedent(kb, m)
        if takes:
            first = bisect.bisect_left(sentences, m.sentence_index - ANTECEDENT_WINDOW, hi=i)
            if _take_from_window(kb, item, found[first if ordered else 0 : i]):
                continue
            if _take_sole_in_article(kb, item, sole):
                continue
        if _take_speaking_ministry(kb, item, found, i):
            continue
        if _state_decides(kb, m):
            continue  # "the regime": the places' pass knows the article's whole state
        if not (takes or _umbrella_may_fall_back(kb, m)):
            continue
        state = state or main_state(kb, [f.mention for f in found])
        if state:
            _fall_back_to_state(kb, item, state, date)
    _settle_state_links(kb, [f.mention for f in found], date)


def _settle_state_links(
    kb: ActorKB, mentions: list[Mention], date: dt.date | None, state: str = ""
) -> None:
    """'pro-regime forces' noted 'allied_with:GEN_REGIME': the link takes the state's
    choice for the class (allied with Syria), as a mention of the class does; a link no
    state decides stays open."""
    linked = [m for m in mentions if _STATE_CLASS_LINK in m.note]
    if not linked:
        return
    state = state or main_state(kb, mentions)
    for m in linked:
        m.note = ";".join(_settled(kb, part, state, date) for part in m.note.split(";"))


def _settled(kb: ActorKB, note: str, state: str, date: dt.date | None) -> str:
    relation, _sep, target = note.partition(":")
    if not state or target not in kb.entries or not requires(kb, target, "state"):
        return note
    chosen = _state_choice(kb, target, state, date)
    return f"{relation}:{kb.top_of(chosen)}" if chosen else note


def resolve_generics_by_places(
    kb: ActorKB, mentions: list[Mention], countries: list[str], date: dt.date | None = None
) -> None:
    """Generics left open because the article names no state ("government troops and
    rebels clashed near Daraa") take the state its places lie in, by the same
    branch / by_state rules: the places' most named country, when it is a state in the KB."""
    state = _most_named(kb, countries)
    ruled = ""  # the state a class only the state decides ("the regime") stands for
    for m in mentions:
        entry = kb.entries.get(m.actor_id)
        if m.resolution != "generic" or tried(m) or entry is None or not entry.antecedent:
            continue
        if _state_decides(kb, m):
            ruled = ruled or article_state(kb, mentions, countries)
            if ruled:
                _fall_back_to_state(kb, Found(m, "generic"), ruled, date)
        elif state and _open_to_places(kb, m):
            _fall_back_to_state(kb, Found(m, "generic"), state, date)
    if state:
        _settle_state_links(kb, mentions, date, state)


def _most_named(kb: ActorKB, countries: list[str]) -> str:
    counts = Counter(c for c in countries if c in kb.actors and kb.actors[c].type == "state")
    return counts.most_common(1)[0][0] if counts else ""


def _take_from_window(kb: ActorKB, item: Found, before: list[Found]) -> bool:
    m = item.mention
    spec = kb.entries[m.actor_id].antecedent
    window = [
        f.mention
        for f in before
        if f.mention.actor_id
        and f.method != "generic"
        and not f.modifier
        and m.sentence_index - f.mention.sentence_index <= ANTECEDENT_WINDOW
    ]
    matching = [c for c in window if _fits(kb, c.actor_id, spec)]
    if matching:
        _take_antecedent(item, matching)
    return bool(matching)


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


def _take_sole_in_article(kb: ActorKB, item: Found, sole: _SoleNamed) -> bool:
    """'jihadists' in an article whose only jihadist group is the Islamic State: when the
    pack entry allows it ("by_article: [sole]"), the one actor of the whole article that
    fits the class, wherever it is named; two or more fitting actors leave it open."""
    m = item.mention
    spec = kb.entries[m.actor_id].antecedent
    if "sole" not in (spec.get("by_article") or []):
        return False
    actor_id = sole.of(kb, m.actor_id, spec)
    if not actor_id:
        return False
    m.actor_id, m.resolution = actor_id, "context"
    m.note = _noted(m, "antecedent:sole in article")
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
            m.note = _noted(m, f"speaker:{f.mention.text}")
            return True
    return False


def _fall_back_to_state(kb: ActorKB, item: Found, state: str, date: dt.date | None) -> None:
    """The by_state line for the state, else the state's own arm of the class's branch:
    a line says who holds that role there ("troops" in Palestinian places are Israel's,
    which the Palestinian state's arm would never give)."""
    m = item.mention
    chosen = _state_choice(kb, m.actor_id, state, date)
    if chosen:
        m.actor_id, m.resolution, m.note = chosen, "context", _noted(m, f"state:{state}")


def _state_choice(kb: ActorKB, class_id: str, state: str, date: dt.date | None) -> str:
    spec = kb.entries[class_id].antecedent
    for line in spec.get("by_state") or []:
        choice = parse_by_state(line)
        if choice.state == state and choice.valid_at(date):
            return choice.actor
    branch = (spec.get("branch") or [""])[0]
    return kb.arm_of(state, branch) if branch else ""


def state_class_in_article(
    kb: ActorKB,
    class_id: str,
    mentions: list[Mention],
    date: dt.date | None,
    countries: Iterable[str] = (),
) -> str:
    """What a class only the article's state decides ("regime-held", "regime leader")
    means in an article with these mentions and places, for phrases no mention covers."""
    if class_id not in kb.entries or not requires(kb, class_id, "state"):
        return ""
    state = article_state(kb, mentions, countries)
    return _state_choice(kb, class_id, state, date) if state else ""


def _collective(kb: ActorKB, tokens: list[str]) -> bool:
    """'terrorist groups': several groups, not the last one named."""
    return bool(tokens) and tokens[-1] in kb.rules.collective_heads


def _takes_antecedent(kb: ActorKB, m: Mention) -> bool:
    """Whether the phrase may stand for one actor named elsewhere: not a plural
    collective, and definite where its pack entry requires it."""
    tokens = phrase_tokens(m.text)
    if _collective(kb, tokens) or requires(kb, m.actor_id, "state"):
        return False
    return _definite_enough(kb, m, tokens)


def _definite_enough(kb: ActorKB, m: Mention, tokens: list[str]) -> bool:
    return not requires(kb, m.actor_id, "definite") or (
        bool(tokens) and tokens[0] in kb.rules.definite
    )


def _state_decides(kb: ActorKB, m: Mention) -> bool:
    """A class only the article's state decides ("require: [state]": "the regime" is
    whoever rules the state the article is about, never the government named last)."""
    return requires(kb, m.actor_id, "state") and _definite_enough(kb, m, phrase_tokens(m.text))


def _open_to_places(kb: ActorKB, m: Mention) -> bool:
    """Whether the state of the article's places may decide the phrase: any phrase but a
    plural collective, except that an umbrella class keeps its own gate."""
    if _takes_antecedent(kb, m) or _state_decides(kb, m):
        return True
    if requires(kb, m.actor_id, "state"):
        return False
    if kb.entries[m.actor_id].antecedent.get("by_state_also"):
        return _umbrella_may_fall_back(kb, m)
    return not _collective(kb, phrase_tokens(m.text))


def _umbrella_may_fall_back(kb: ActorKB, m: Mention) -> bool:
    """Where the by_state choice is an umbrella ("by_state_also" in the pack: "Shiite
    militias" in Iraq are the PMF, "coalition" bare is the US-led one), a plural or
    undetermined phrase takes it too; an indefinite one ("a coalition of rebel groups",
    "some Shiite militias") never does."""
    tokens = phrase_tokens(m.text)
    entry = kb.entries[m.actor_id]
    also = entry.antecedent.get("by_state_also") or []
    if not tokens or tokens[0] in kb.rules.indefinite or tokens[-1] not in _own_heads(entry.actor):
        return False  # "Shia Turkmen": a community the qualifier made a class of, no militia
    return "collective" in also if _collective(kb, tokens) else "bare" in also


def _own_heads(actor: Actor) -> set[str]:
    """The head nouns of a class's own name and aliases ("militias", "fighters")."""
    return {words[-1] for name in (actor.name, *actor.aliases) if (words := phrase_tokens(name))}


def _take_antecedent(item: Found, matching: list[Mention]) -> None:
    m, last = item.mention, matching[-1]
    rivals = {c.actor_id for c in matching if c.sentence_index == last.sentence_index}
    if len(rivals) > 1:
        m.note = _noted(m, "antecedent ambiguous: " + "|".join(sorted(rivals)))
        return
    m.actor_id, m.resolution = last.actor_id, "context"
    m.note = _noted(m, f"antecedent:{last.text}")


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
    if not _fits(kb, named_id, named_spec):
        return False
    m.actor_id, m.resolution = named_id, "context"
    m.note = _noted(m, f"complement:{named.mention.text}")
    return True


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
    return not spec.get("sectors") or actor.sector in spec["sectors"]


def article_state(kb: ActorKB, mentions: list[Mention], countries: Iterable[str] = ()) -> str:
    """The state whose rulers "the regime" means: among the states the article names and
    those its places lie in, a theatre state first, else the most counted."""
    counts = _state_counts(kb, mentions)
    counts.update(c for c in countries if c in kb.actors and kb.actors[c].type == "state")
    return _first_state(kb, counts)


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
        if m.actor_id and kb.actors[m.actor_id].type != "generic":
            top = kb.top_of(m.actor_id)
            if kb.actors[top].type == "state":
                counts[top] += 1
    return counts


def _first_state(kb: ActorKB, counts: Counter[str]) -> str:
    theatre = [(state, n) for state, n in counts.most_common() if state in kb.rules.theatre]
    if theatre:
        return theatre[0][0]
    return counts.most_common(1)[0][0] if counts else ""

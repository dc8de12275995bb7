"""Acts told again in words that hide who did them take their doer from the telling before;
an act noun that only says where or when an act happened is that act.

"Iraqi forces began to retake the city on Monday ... The city was recaptured on 24 April";
"Turkish drones struck a car near Qamishli ... The strike took place at noon." A passive
with no agent, or a noun pointing back ("the strike", "these attacks"), names no doer: the
doer is that of the latest act of the same type told shortly before (within a few
sentences), at the same place or with no place to tell them apart. Its target comes along
when the retelling names none. The filled sides keep an empty ``source_text``: the
sentence does not name them.

A doer named only by what it is works the same way: "Al-Shabaab fighters attacked a base
near Baidoa. A suicide bomber blew himself up at the gate before gunmen stormed in": the
bomber and the gunmen are the one party the acts told just before name as their doer
(``retold.episode_doer_classes`` in events.yaml). Not when those acts name several doers,
when that party is the act's own target, or when the words say no one knows who it was
("unidentified gunmen"). The sentence's words stay as the ``source_text``.

A subject pronoun hides the doer too: "Al-Shabaab has lost several towns. On Monday they
stormed a base" -- the doer is the actor the sentence before names as its subject
(``anaphora.pronoun_antecedent``), looked up before any doer is carried from an act. It
keeps no ``source_text``, so the ties drawn from the act read the pronoun as before.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from spacy.attrs import IDX

from frontwatch.extract import casualties as cas
from frontwatch.extract.anaphora import pronoun_antecedent
from frontwatch.extract.armed import GENERIC_PREFIX
from frontwatch.extract.context import ArticleContext, clause_head
from frontwatch.extract.judged import defends, judges
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.occurrence import tells_it_happened
from frontwatch.extract.opponents import party_of
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Event

# events looked back over at most: a few sentences never hold more, and long articles stay linear
_LOOK_BACK = 64


def pronoun_doers(events: list[Event], ctx: ArticleContext) -> None:
    """Give, in place, each doerless act told by a verb with a subject pronoun, or by a noun
    in its clause ("They launched an attack", "it lifted the siege", "they withdrew"), the
    actor the pronoun stands for."""
    retold = get_lexicon().events["retold"]
    kinds, attacks = frozenset(retold["pronoun_doer_types"]), frozenset(retold["pronoun_attack_types"])
    for event in events:
        token = ctx.trigger_token(event.id) if event.type in kinds else None
        if token is None or event.source_actor:
            continue
        if token.dep_ in ("nsubj", "nsubjpass"):
            continue  # "their attack killed ...": the act is the subject
        verb = clause_head(token)
        subj = subject_of(verb)
        if subj is None or subj.pos_ != "PRON" or subj.dep_ != "nsubj":
            continue  # "they were killed": a passive's pronoun is the one the act hit
        if verb.i != token.i and _undergoes(verb):
            continue  # "They have faced two offensives": the pronoun met the act
        found = pronoun_antecedent(subj, ctx)
        if found is None or not found.actor_id or _same_side(found.actor_id, event.target_actor, ctx):
            continue
        if event.type in attacks or _sole_actor_before(subj, found.actor_id, ctx):
            event.source_actor = found.actor_id


def _sole_actor_before(pronoun: Any, found: str, ctx: ArticleContext) -> bool:
    """The sentence before names no actor but the one found (a place named is none unless
    it is that one): "they" can stand for no other."""
    before = pronoun.doc[pronoun.sent.start - 1].sent
    spans = range(before.start, before.end)
    named = {
        ctx.actor_at[i].actor_id
        for i in spans
        if i in ctx.actor_at and i not in ctx.place_at and not _describes(pronoun.doc[i], ctx)
    }
    party = ctx.kb.top_of(found)
    return all(ctx.kb.top_of(a) == party for a in named if a)


_THING_MODIFIERS = frozenset({"amod", "nmod", "compound"})


def _describes(tok: Any, ctx: ArticleContext) -> bool:
    """A class that only describes: the predicate of its sentence, or a word in it ("X is a
    Shiite militia", "was founded as a coalition of rebel factions"), tells what its subject
    is, and a class word modifying a thing ("Shia holy sites") names no side; neither is
    another actor."""
    mention = ctx.actor_at[tok.i]
    if not mention.actor_id.startswith(GENERIC_PREFIX):
        return False
    while tok.head.i != tok.i and ctx.actor_at.get(tok.head.i) is mention:
        tok = tok.head  # the mention's own head word
    if tok.dep_ in _THING_MODIFIERS and tok.head.i not in ctx.actor_at:
        return True
    for word in (tok, *tok.ancestors):  # "founded as a coalition of rebel factions"
        if word.pos_ in ("VERB", "AUX"):
            return False
        if word.dep_ == "attr" or (word.dep_ == "pobj" and word.head.lower_ == "as"):
            return True
    return False


def _same_side(doer: str, target: str, ctx: ArticleContext) -> bool:
    """The same actor, or the same party ("they" for Russia, an act aimed at its army)."""
    party = party_of(doer, ctx.kb, ctx.published)
    return doer == target or (bool(party) and party == party_of(target, ctx.kb, ctx.published))


def _undergoes(verb: Any) -> bool:
    undergoing = get_lexicon().events["retold"]["undergoing_verbs"]
    return judges(verb) or defends(verb) or verb.lemma_.lower() in undergoing


def carry_doers(events: list[Event], doerless_ids: set[str], sentence_starts: list[int]) -> None:
    """Fill, in place, the doer of each retold act from the act it retells."""
    window = int(get_lexicon().events["retold"]["sentences_back"])
    for index, event in enumerate(events):
        if event.id not in doerless_ids or event.source_actor or event.evidence is None:
            continue
        here = bisect.bisect_right(sentence_starts, event.evidence.start)
        told = _told_before(event, events, index, here - window, sentence_starts)
        if told is None:
            continue
        event.source_actor = told.source_actor
        if not event.target_actor:
            event.target_actor = told.target_actor


# acts told as not done or not yet done name no doer of the episode around them
_NOT_DONE = frozenset({"negated", "hypothetical"})


def name_class_doers(
    events: list[Event], sentence_starts: list[int], party: Callable[[str], str]
) -> None:
    """Give, in place, each hostile act whose doer is a class of the episode
    (``episode_doer_classes``) the one party named as doer of the hostile acts just before."""
    rules = get_lexicon().events["retold"]
    classes = frozenset(rules["episode_doer_classes"])
    unknown = frozenset(rules["unknown_doer_words"])
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    window = int(rules["sentences_back"])
    for index, event in enumerate(events):
        if event.source_actor not in classes or event.type not in hostile:
            continue
        if event.evidence is None or unknown & set(event.source_text.lower().split()):
            continue
        here = bisect.bisect_right(sentence_starts, event.evidence.start)
        doer = _episode_doer(event, events[max(0, index - _LOOK_BACK) : index], here - window,
                             sentence_starts, hostile, party)
        if doer is None or party(doer.source_actor) == party(event.target_actor):
            continue
        event.source_actor = doer.source_actor
        if not event.target_actor:
            event.target_actor = doer.target_actor


def _episode_doer(
    event: Event,
    before: list[Event],
    first_sentence: int,
    sentence_starts: list[int],
    hostile: frozenset[str],
    party: Callable[[str], str],
) -> Event | None:
    """The latest hostile act from sentence ``first_sentence`` on, at the event's place,
    whose sentence names its doer, when every such act names the same party, and by that
    party's own name rather than a class ("rebels" beside "government troops": two sides)."""
    acts = [
        c for c in before
        if c.evidence is not None and c.type in hostile and c.source_text
        and c.claim.certainty not in _NOT_DONE  # "X will not tolerate attacks": no doer of any
        and party(c.source_actor)
        and bisect.bisect_right(sentence_starts, c.evidence.start) >= first_sentence
        and _same_place(event, c)
    ]
    if len({party(c.source_actor) for c in acts}) != 1:
        return None
    return None if acts[-1].source_actor.startswith(GENERIC_PREFIX) else acts[-1]


def _told_before(
    event: Event, events: list[Event], index: int, first_sentence: int, sentence_starts: list[int]
) -> Event | None:
    """The latest act of the event's type with a doer among the events before ``index`` told
    from sentence ``first_sentence`` on: of the event's own means first ("the air strike
    killed nine" retells the bombing, not the ambush told between them), else told as done,
    else only planned, naming no other means ("ordered strikes on the depots ... the air
    strikes were carried out at dawn": the plan carried out). An act planned by other means
    ("the army would storm the enclave ... the shelling killed 12") names no doer."""
    before = _within(events[max(0, index - _LOOK_BACK) : index], first_sentence, sentence_starts)
    found = [
        candidate
        for candidate in before
        if candidate.type == event.type
        and candidate.source_actor
        and _same_place(event, candidate)
    ]
    # a denied act of the same means did nothing: it names no doer ("jets did not strike T")
    same_means = [
        c for c in found if event.mode and c.mode == event.mode and c.claim.certainty != "negated"
    ]
    done = [c for c in found if c.claim.certainty not in _NOT_DONE]
    planned = [c for c in found if c.claim.certainty == "hypothetical" and c.mode in ("", event.mode)]
    chosen = same_means or done or planned
    return chosen[-1] if chosen else None


def _within(before: list[Event], first_sentence: int, sentence_starts: list[int]) -> list[Event]:
    """The events told from sentence ``first_sentence`` on, in order."""
    return [
        e
        for e in before
        if e.evidence is not None
        and bisect.bisect_right(sentence_starts, e.evidence.start) >= first_sentence
    ]


def _same_place(a: Event, b: Event) -> bool:
    return not a.place_id or not b.place_id or a.place_id == b.place_id


def merge_told_occurrences(
    events: list[Event], doc: Any, offsets: dict[str, int], definite_ids: set[str]
) -> list[Event]:
    """The events without the definite act nouns that only say where or when an act told
    just before happened ("Jets bombed a market. The attack took place in Douma"): the
    earlier act takes their place, time and details."""
    starts = doc.to_array(IDX).tolist() if definite_ids else []  # each token's character offset
    out: list[Event] = []
    for event in events:
        told = None
        if event.id in definite_ids:
            told = _act_told_before(event, out, _token_at(doc, starts, offsets.get(event.id, -1)))
        if told is None:
            out.append(event)
            continue
        _take_details(told, event)
    return out


def _token_at(doc: Any, starts: list[int], offset: int) -> Any | None:
    """The token starting at this character offset, if one does."""
    i = bisect.bisect_left(starts, offset)
    return doc[i] if i < len(starts) and starts[i] == offset else None


def _act_told_before(event: Event, before: list[Event], token: Any) -> Event | None:
    """The latest act of the same type, told in the noun's sentence or the one before,
    when the noun is the subject of a verb of happening."""
    if token is None or token.dep_ != "nsubj" or not tells_it_happened(token.head):
        return None
    sentence = token.sent
    previous_start = sentence.start - 1
    earliest = token.doc[previous_start].sent.start_char if previous_start >= 0 else 0
    for candidate in reversed(before):
        evidence = candidate.evidence
        if evidence is None or evidence.start < earliest:
            return None
        if candidate.type == event.type and _same_place(event, candidate):
            return candidate
    return None


def _take_details(kept: Event, told: Event) -> None:
    if not kept.place_id and told.place_id:
        kept.place_text, kept.place_id = told.place_text, told.place_id
    if not kept.time.text and told.time.text:
        kept.time = told.time
    for name in ("source_actor", "target_actor"):
        if not getattr(kept, name):
            setattr(kept, name, getattr(told, name))
    cas.merge(kept.casualties, told.casualties)

"""Where an event took place: the place mention of its clause, ranked by locative cue and
precision, and never a place that only locates another one named beside it ("the town of X
in western Y", "the X district of Y", "X, 40 km west of Y")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontwatch.extract.concernwords import concerned_party_words
from frontwatch.extract.context import (
    ArticleContext,
    clause_head,
    clause_tokens,
    named_before,
    on_path_up,
)
from frontwatch.extract.ledeplace import town_named_after
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.placedestination import leaving_verb_to, went_to
from frontwatch.extract.placedistance import told_far_from
from frontwatch.extract.placelocators import locators
from frontwatch.extract.placeorigin import came_from
from frontwatch.extract.placeparties import (
    locates_a_doer,
    names_whose,
    of_possession,
    where_a_party_stands,
)
from frontwatch.extract.placetopics import named_as_topic
from frontwatch.extract.relspan import mention_head
from frontwatch.extract.scene import area_holds
from frontwatch.extract.sentenceof import sentence_of
from frontwatch.records import Mention, is_country_id

PLACE_CUES = frozenset(
    {
        "in",
        "at",
        "near",
        "on",
        "outside",
        "around",
        "into",
        "across",
        "inside",
        "of",
        "towards",
        "toward",
        "to",
        "from",
        "over",
        "within",
        "throughout",
    }
)
_PREFERRED_CUES = frozenset({"in", "at", "near", "on", "outside", "around", "inside", "within"})


def place_for(anchor: Any, ctx: ArticleContext) -> Mention | None:
    """The place mention in the anchor's clause, preferring locative cues and precision."""
    head = clause_head(anchor)
    tokens = clause_tokens(head) if head.pos_ in ("VERB", "AUX") else list(anchor.subtree)
    speaker = concerned_party_words(anchor)  # "The United States is troubled by ...": no place
    tokens = [t for t in tokens if t.i not in speaker] if speaker else tokens
    chosen = _best_place(tokens, head, ctx)
    if chosen is None:
        chosen = _where_antecedent(head, ctx)
    if chosen is None:
        chosen = _governing_acts_place(head, ctx)
    if chosen is None:
        chosen = _best_place(_tokens_of_places(sentence_of(anchor), ctx), head, ctx, cued_only=True)
    if chosen is not None and _an_area(chosen, ctx):
        chosen = _finer_inside(chosen, head, ctx)
    aim = _aim_of(head)
    if chosen is None and aim is not None:  # "fought militants to recapture the town of T"
        chosen = _best_place(clause_tokens(aim), aim, ctx)
        tokens = [*tokens, *clause_tokens(aim)]  # "launched an offensive to retake the dam"
    if chosen is None:  # "attacked the base", "near the dam": the one named just before
        chosen = next((p for p in (_named_before(t, ctx) for t in tokens) if p), None)
    return chosen


def place_of_sentence(sent: Any, ctx: ArticleContext) -> Mention | None:
    """The place a sentence's main act is at, read from its root."""
    return _best_place(_tokens_of_places(sent, ctx), sent.root, ctx)


def _where_antecedent(head: Any, ctx: ArticleContext) -> Mention | None:
    """ "launched from X, where a soldier was killed", "advanced toward Y, where jihadists
    shelled a prison": the act of a "where" clause is at the place the clause hangs on,
    whatever that place is to the main clause (an origin, a destination)."""
    if head.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in head.children
    ):
        return None
    return ctx.place_at.get(head.head.i)


def _governing_acts_place(head: Any, ctx: ArticleContext) -> Mention | None:
    """ "rebels seized the post of X in Y province after troops pulled out": an act with no
    place of its own, told in an adverbial clause of sequence hung on another act, is where
    that act is, before any other place of the sentence (the province X is told to lie in)
    (events.yaml: sequence_markers)."""
    above = head.head
    if head.dep_ != "advcl" or above.i == head.i or above.pos_ not in ("VERB", "AUX"):
        return None
    markers = get_lexicon().events["sequence_markers"]
    if not any(c.dep_ == "mark" and c.lower_ in markers for c in head.children):
        return None
    # only a place the act is in, at or on (or its object): not where a side headed to
    return _best_place(clause_tokens(above), above, ctx, cued_only=True)


def _finer_inside(area: Mention, head: Any, ctx: ArticleContext) -> Mention:
    """ "In X province, ten were killed in strikes on a village outside the town of T": the
    clause's area holds the act's town (or the country the act's province, or a village the
    gazetteer lacks), and the act lies there."""
    own = _own_phrase_places(head, ctx)
    if _a_country(area, ctx):  # "In Syria, ... in Raqqa province": a tie the country would win
        own = [t for t in own if ctx.place_at[t.i] is not area]
    inside = _best_place(own, head, ctx, cued_only=True)
    if inside is not None and _holds(area, inside, ctx):
        return inside
    return _unknown_inside(area, inside, ctx) or area


def _aim_of(head: Any) -> Any | None:
    """The taking the act is done for ("fought militants to recapture T", "launched a
    counter-offensive to retake the dam"): where the aim lies, the act is (events.yaml:
    aim_verbs)."""
    aims = get_lexicon().events["aim_verbs"]
    for child in head.children:
        if child.dep_ not in ("xcomp", "advcl"):
            continue  # the label first: most children are no clause, and theirs are not read
        to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
        if to and lemma_of(child) in aims:
            return child
    return None


def _named_before(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The place an anaphor stands for, never one named as the far end of a distance ("X
    lies 70 km from Y ... attacked the village": X, not Y) nor as where a strike or a
    party came from ("a rocket attack from X on the airbase": the airbase is not X); no
    place for an anaphor that is itself an origin. An opening "a town" is the town the next
    sentence names (extract/ledeplace.py)."""
    doc = tok.doc
    if came_from(tok, ctx):
        return None  # "launched airstrikes from the base": the anaphor itself is an origin

    def not_where(i: int) -> bool:
        return told_far_from(doc[i]) or came_from(mention_head(doc[i], ctx.place_at[i]), ctx)

    return named_before(tok, ctx, skip=not_where) or town_named_after(tok, ctx)


def _left_for(tok: Any, head: Any) -> bool:
    """Whether the act's own leaving verb went to the place ("withdrew to T"); the town
    others fled to may be where another act happened ("fired on families fleeing to T")."""
    verb = leaving_verb_to(tok)
    return verb is not None and verb.i == head.i


def _where_told(tok: Any, head: Any) -> bool:
    """ "no group claimed the assault, an army officer said in X", "officials told
    reporters at a news conference in X": X is where the act was told of, not done; not a
    place that opens the sentence before the teller ("In X, activists said jets bombed a
    market"), which sets the scene of all the sentence tells."""
    above, below = tok, tok
    while above.dep_ in _TOLD_PATH and above.head.i != above.i:
        above, below = above.head, above
    if above.pos_ not in ("VERB", "AUX") or above.i == head.i:
        return False
    if _sets_the_scene(below, above):
        return False
    return lemma_of(above) in get_lexicon().certainty("attribution_verbs")


def _sets_the_scene(phrase: Any, verb: Any) -> bool:
    """A prepositional phrase that opens the sentence ahead of the verb's subject ("In the
    town of X, police said ..."; a leading quote, dash or "But" aside)."""
    if phrase.dep_ != "prep" or phrase.i > verb.i:
        return False
    opening = phrase.doc[phrase.sent.start : phrase.i]
    if not all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in opening):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > phrase.i for c in verb.children)


_TOLD_PATH = frozenset({"pobj", "prep", "compound", "appos", "conj"})


def _speakers_neighbour(tok: Any) -> bool:
    """ "militants were still in the area, a resident in nearby X told AFP", "a farmer from
    neighbouring X said": the speaker's place, told as next to where the act was, is not
    where it was (events.yaml: neighbour_words)."""
    words = get_lexicon().events["neighbour_words"]
    noun = tok.head if tok.dep_ == "compound" else tok
    if not any(c.lower_ in words for c in (*noun.children, *tok.children)):
        return False
    speaker = noun
    while speaker.dep_ in _SPEAKER_PATH and speaker.head.i != speaker.i:
        speaker = speaker.head
    if speaker.i == noun.i:
        return False  # "jets bombed nearby X, a doctor in Y said": X is the act's own place
    attribution = get_lexicon().certainty("attribution_verbs")
    if speaker.dep_ == "nsubj":
        return lemma_of(speaker.head) in attribution
    after = speaker.right_edge.i + 1  # "killed nine, a teacher in nearby X said": an apposition
    return after < len(tok.doc) and lemma_of(tok.doc[after]) in attribution


_SPEAKER_PATH = frozenset({"pobj", "prep", "appos", "conj"})


def _an_area(mention: Mention, ctx: ArticleContext) -> bool:
    place = ctx.places.get(mention.place_id)
    return place is not None and place.is_area


def _a_country(mention: Mention, ctx: ArticleContext) -> bool:
    place = ctx.places.get(mention.place_id)
    return place is not None and place.kind == "country"


def _holds(area: Mention, town: Mention | None, ctx: ArticleContext) -> bool:
    """Whether the gazetteer puts the town inside the area (its country, its province), or
    a province or region inside the country ("In Syria, gunmen attacked a prison in Raqqa
    province": the province says more of where than the country the sentence opens with)."""
    outer = ctx.places.get(area.place_id)
    inner = ctx.places.get(town.place_id) if town is not None else None
    if outer is None or inner is None:
        return False
    finer = not inner.is_area or (outer.kind == "country" and inner.kind != "country")
    return finer and area_holds(outer, inner)


def _unknown_inside(area: Mention, name: Mention | None, ctx: ArticleContext) -> Mention | None:
    """ "airstrikes on fighters near V, Somalia", "In Syria, ... destroyed caves in V": a
    name the gazetteer lacks, in the act's own phrase, inside the country that opens or
    closes it, is where the act was; kept as the article wrote it and located only by its
    country (ACLED geo-precision 3): a map shows the country, a reader the village."""
    if name is None or name.place_id or not _a_country(area, ctx):
        return None
    return replace(name, place_id=area.place_id, resolution="nearby", geo_precision=3)


def _tokens_of_places(sent: Any, ctx: ArticleContext) -> list[Any]:
    """The sentence's tokens of place mentions, the only ones ``_best_place`` reads (every
    token of the sentence was made, for every event)."""
    place_at, doc = ctx.place_at, sent.doc
    return [doc[i] for i in range(sent.start, sent.end) if i in place_at]


def _own_phrase_places(head: Any, ctx: ArticleContext) -> list[Any]:
    """The tokens of place mentions in the act's own phrases ("strikes on a village outside
    the town of T", "an air strike that hit a hideout near T"), the only ones
    ``_best_place`` reads; not in a reporting clause above the act ("police in T said"),
    the subject of another clause ("as officials in T appealed"), what a moving noun does
    ("a convoy heading to T"), nor where a side went ("families who fled to T")."""
    place_at, doc, sent = ctx.place_at, head.doc, sentence_of(head)
    roots = [head, *_hung_on_the_report(head)]
    return [
        doc[i]
        for i in range(sent.start, sent.end)
        if i in place_at
        and any(_own_phrase(doc[i], root, head) for root in roots)
        and not went_to(mention_head(doc[i], place_at[i]))
    ]


def _own_phrase(tok: Any, root: Any, head: Any) -> bool:
    under = tok.i == root.i or any(a.i == root.i for a in tok.ancestors)
    return under and not on_path_up(tok, root.i, lambda t: _tells_another_thing(t, head))


def _hung_on_the_report(head: Any) -> list[Any]:
    """ "four were killed, activists said, after shells landed on T": the parser hangs the
    act's own adverbial clause on the reporting verb."""
    report = head.head
    if head.dep_ != "ccomp" or lemma_of(report) not in get_lexicon().certainty("attribution_verbs"):
        return []
    return [c for c in report.children if c.dep_ == "advcl"]


def _tells_another_thing(tok: Any, head: Any) -> bool:
    """The subject of a clause other than the act's, unless an act or its means ("after
    shells landed on a market in T"), or a clause telling where a noun is going ("heading
    to", "travelling from")."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != head.i:
        events = get_lexicon().events
        return lemma_of(tok) not in events["means_nouns"] and lemma_of(tok) not in events["nouns"]
    moving = tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBG"
    return moving and not of_possession(tok)  # "a base belonging to forces in X": the base's


def _whose_not_where(tok: Any, mention: Mention, head: Any, ctx: ArticleContext) -> bool:
    """The place named says whose the doer is, where it came from or where someone stands,
    not where the act took place."""
    if names_whose(tok, ctx) or where_a_party_stands(tok, ctx):
        return True
    root = mention_head(tok, mention)  # climbed once for the six readings below
    return (
        came_from(root, ctx)
        or told_far_from(root)
        or _left_for(root, head)
        or _where_told(root, head)
        or _speakers_neighbour(root)
        or named_as_topic(root)
        or _a_doers_country(tok, mention, ctx)
    )


def _best_place(
    tokens: list[Any], head: Any, ctx: ArticleContext, *, cued_only: bool = False
) -> Mention | None:
    found: list[tuple[Any, Mention, int]] = []
    for tok in tokens:
        mention = ctx.place_at.get(tok.i)
        if mention is None or any(mention is m for _, m, _ in found):
            continue
        cue = _cue_rank(tok, head, mention)
        if (tok.i in ctx.actor_at and cue == _BARE) or (cued_only and cue > 0):
            continue
        if _whose_not_where(tok, mention, head, ctx):
            continue  # "U.S. airstrikes", "Syria's army", "the US-led coalition": whose, not where
        found.append((tok, mention, cue))
    locating = locators(found, head, ctx)
    ranked = [((id(m) in locating, cue, m.geo_precision or 9, tok.i), m) for tok, m, cue in found]
    return min(ranked, key=lambda pair: pair[0])[1] if ranked else None


_BARE = 2  # the rank of a name no preposition places


def _bare_object(tok: Any, head: Any) -> bool:
    """The act's object, which the small parser often hangs on the verb as an adverbial
    ("jets bombed Mosul/advmod on Friday", "rebels shelled Aleppo/npadvmod on Monday"); only
    the place's own name after the verb (a dateline's "NEW YORK -" before it is none, nor a
    place under "west" in "left 50 dead in T, 100 km west of Y")."""
    return tok.dep_ in ("npadvmod", "advmod") and tok.head.i == head.i and tok.i > head.i


def _a_doers_country(tok: Any, mention: Mention, ctx: ArticleContext) -> bool:
    """ "militants in Somalia stormed the Daynunay base", "a militia group in Iraq launched
    an attack on Camp Taji": the country a party is in says less of where the act was than
    any finer place its sentence names, which is preferred (placeparties.locates_a_doer)."""
    if not is_country_id(mention.place_id) or not locates_a_doer(mention_head(tok, mention), ctx):
        return False
    sent = sentence_of(tok)
    return any(
        not is_country_id(other.place_id) and other.place_id
        for i, other in ctx.place_at.items()
        if sent.start <= i < sent.end and other is not mention and i not in ctx.actor_at
    )


def _cue_rank(tok: Any, head: Any, mention: Mention) -> int:
    """0 for "in/at/near/on" places, 1 for other prepositions, 2 for bare mentions."""
    cues = {part.strip()[4:] for part in mention.note.split(";") if part.strip().startswith("cue:")}
    if cues & _PREFERRED_CUES:
        return 0
    if _bare_object(tok, head):
        return 0
    rank, current = 2, tok
    for _ in range(8):
        if current.i == head.i or current.head.i == current.i:
            break
        if current.dep_ == "pobj" and current.head.lower_ in PLACE_CUES:
            if current.head.lower_ in _PREFERRED_CUES:
                return 0
            rank = 1
        if current.dep_ in ("dobj", "nsubjpass") and current.head.i == head.i:
            return 0
        current = current.head
    return rank

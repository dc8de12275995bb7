"""Where an event took place: the place mention of its clause, ranked by locative cue and
precision, and never a place that only locates another one named beside it ("the town of X
in western Y", "the X district of Y", "X, 40 km west of Y")."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import (
    ArticleContext,
    clause_head,
    clause_tokens,
    named_before,
    on_path_up,
)
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.placedestination import leaving_verb_to, went_to
from frontwatch.extract.placedistance import told_far_from
from frontwatch.extract.placeorigin import came_from, names_a_party
from frontwatch.extract.relspan import mention_head
from frontwatch.extract.scene import area_holds
from frontwatch.kb.places.gazetteer import Gazetteer
from frontwatch.records import Mention, Place

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
    chosen = _best_place(tokens, head, ctx)
    if chosen is None:
        chosen = _best_place(_tokens_of_places(anchor.sent, ctx), head, ctx, cued_only=True)
    elif _an_area(chosen, ctx):
        # "In X province, ten were killed in strikes on a village outside the town of T":
        # the clause's province holds the act's town, and the act lies at the town
        inside = _best_place(_own_phrase_places(head, ctx), head, ctx, cued_only=True)
        if _holds(chosen, inside, ctx):
            chosen = inside
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


def _aim_of(head: Any) -> Any | None:
    """The taking the act is done for ("fought militants to recapture T", "launched a
    counter-offensive to retake the dam"): where the aim lies, the act is (events.yaml:
    aim_verbs)."""
    aims = get_lexicon().events["aim_verbs"]
    for child in head.children:
        to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
        if child.dep_ in ("xcomp", "advcl") and to and lemma_of(child) in aims:
            return child
    return None


def _named_before(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The place an anaphor stands for, never one named as the far end of a distance ("X
    lies 70 km from Y ... attacked the village": X, not Y) nor as where a strike or a
    party came from ("a rocket attack from X on the airbase": the airbase is not X); no
    place for an anaphor that is itself an origin."""
    doc = tok.doc
    if came_from(tok, ctx):
        return None  # "launched airstrikes from the base": the anaphor itself is an origin

    def not_where(i: int) -> bool:
        return told_far_from(doc[i]) or came_from(mention_head(doc[i], ctx.place_at[i]), ctx)

    return named_before(tok, ctx, skip=not_where)


def _left_for(tok: Any, head: Any) -> bool:
    """Whether the act's own leaving verb went to the place ("withdrew to T"); the town
    others fled to may be where another act happened ("fired on families fleeing to T")."""
    verb = leaving_verb_to(tok)
    return verb is not None and verb.i == head.i


def _where_told(tok: Any, head: Any) -> bool:
    """ "no group claimed the assault, an army officer said in X", "officials told
    reporters at a news conference in X": X is where the act was told of, not done."""
    above = tok
    while above.dep_ in _TOLD_PATH and above.head.i != above.i:
        above = above.head
    if above.pos_ not in ("VERB", "AUX") or above.i == head.i:
        return False
    return lemma_of(above) in get_lexicon().certainty("attribution_verbs")


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


def _holds(area: Mention, town: Mention | None, ctx: ArticleContext) -> bool:
    """Whether the gazetteer puts the town inside the area (its country, its province)."""
    outer = ctx.places.get(area.place_id)
    inner = ctx.places.get(town.place_id) if town is not None else None
    return (
        outer is not None and inner is not None and not inner.is_area and area_holds(outer, inner)
    )


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
    place_at, doc, sent = ctx.place_at, head.doc, head.sent
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
    return moving and not _of_possession(tok)  # "a base belonging to forces in X": the base's


_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _best_place(
    tokens: list[Any], head: Any, ctx: ArticleContext, *, cued_only: bool = False
) -> Mention | None:
    found: list[tuple[Any, Mention, int]] = []
    for tok in tokens:
        mention = ctx.place_at.get(tok.i)
        if mention is None or any(mention is m for _, m, _ in found):
            continue
        cue = _cue_rank(tok, head, mention)
        if (tok.i in ctx.actor_at and cue == 2) or (cued_only and cue > 0):
            continue
        if (
            _names_whose(tok, ctx)
            or _where_a_party_stands(tok, ctx)
            or came_from(mention_head(tok, mention), ctx)
            or told_far_from(mention_head(tok, mention))
            or _left_for(mention_head(tok, mention), head)
            or _where_told(mention_head(tok, mention), head)
            or _speakers_neighbour(mention_head(tok, mention))
        ):
            continue  # "U.S. airstrikes", "Syria's army", "the US-led coalition": whose, not where
        found.append((tok, mention, cue))
    locating = _locators(found, head, ctx)
    ranked = [((id(m) in locating, cue, m.geo_precision or 9, tok.i), m) for tok, m, cue in found]
    return min(ranked, key=lambda pair: pair[0])[1] if ranked else None


def _locators(found: list[tuple[Any, Mention, int]], head: Any, ctx: ArticleContext) -> set[int]:
    """ "the town of X in western Y", "the X district of Y", "the Y town of X", "X, 40 km
    west of Y": Y only says where X lies, and the act is at X (ids of the mentions found that hang on, or
    follow, another one whose own name the gazetteer knows)."""
    known = [m for _, m, _ in found if m.resolution not in ("nearby", "context")]
    tokens = _place_tokens(ctx)
    owner = {i: ctx.place_at[i] for i in sorted(i for m in known for i in tokens.get(id(m), ()))}
    names = list(owner.items())
    for i, mention in names:
        tok = head.doc[i]
        if tok.dep_ in ("compound", "amod") and tok.head.i not in owner:
            owner[tok.head.i] = mention  # "the X district", "X airbase": the district is X
    settlements = frozenset(get_lexicon().events["settlement_nouns"])
    for i, mention in names:
        tok = head.doc[i]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            noun = tok.head.head
            if noun.lemma_.lower() in settlements:
                owner[noun.i] = mention  # "the Idlib town of X": the town is X, Idlib holds it
            else:
                owner.setdefault(noun.i, mention)  # "the town of X", "the X district of Y"
    return {id(m) for tok, m, _ in found if _locates(m, _hangs_on(tok, m, head, owner), ctx)}


def _place_tokens(ctx: ArticleContext) -> dict[int, list[int]]:
    """Each place mention's tokens, indexed once per article: a scan of every place per
    act made long documents cost more per word."""
    if not ctx.place_tokens:
        for i, mention in ctx.place_at.items():
            ctx.place_tokens.setdefault(id(mention), []).append(i)
    return ctx.place_tokens


def _locates(mention: Mention, located: Mention | None, ctx: ArticleContext) -> bool:
    """The mention says where ``located`` lies, and the gazetteer agrees: in its country or
    province, or near it."""
    outer = ctx.places.get(mention.place_id)
    inner = ctx.places.get(located.place_id) if located is not None else None
    if outer is None or inner is None or outer.country != inner.country:
        return False
    if _smaller(outer, inner):
        return False  # "the Damascus suburbs of Ain Tarma", "Hama city in Kafr Zeita"
    if outer.kind == "country" or (outer.admin1 and outer.admin1 == inner.admin1):
        return True
    return Gazetteer.distance_km(outer, inner) <= float(get_lexicon().events["locator_max_km"])


def _smaller(outer: Place, inner: Place) -> bool:
    """A town never locates a region or province, nor a smaller town a larger one."""
    broad = frozenset(get_lexicon().events["locator_broad_kinds"])
    if (inner.kind in broad) != (outer.kind in broad):
        return inner.kind in broad
    towns = outer.kind == inner.kind == "populated_place"
    return towns and outer.population < inner.population


def _hangs_on(tok: Any, mention: Mention, head: Any, owner: dict[int, Mention]) -> Mention | None:
    """The other place whose phrase the place's phrase hangs on, or whose name its
    preposition follows."""
    for above in tok.ancestors:
        if above.i == head.i:
            break
        if owner.get(above.i, mention) is not mention:
            return owner[above.i]
    if tok.dep_ != "pobj":
        return None
    phrase = tok.head
    if phrase.head.i == phrase.i - 1 and phrase.head.i != head.i:
        phrase = phrase.head  # "X, 40 km west of Y": the whole distance phrase follows X
    before = phrase.left_edge.i - 1
    if before > 0 and tok.doc[before].is_punct:
        before -= 1
    other = owner.get(before) if before >= 0 else None
    return other if other is not mention else None


def _names_whose(tok: Any, ctx: ArticleContext) -> bool:
    """A place name that modifies an actor's name, or lies inside it, says whose."""
    mention = ctx.actor_at.get(tok.i)
    if mention is None:
        return False
    if tok.dep_ == "npadvmod" and tok.head.dep_ == "amod":
        return True  # "US-led", "Iranian-backed": the name qualifies who leads or backs
    if tok.dep_ in _MODIFIER_DEPS or ctx.actor_at.get(tok.head.i) is mention:
        return True
    return _party_object(tok, ctx)


def _party_object(tok: Any, ctx: ArticleContext) -> bool:
    """A name that is also an actor's, behind a preposition of dealings ("at war with
    Damascus", "talks with Ankara and Doha") or of belonging ("the armed forces
    of the Russian Federation"): the party, not the act's place."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    preposition = tok.head
    if preposition.lower_ in _DEALINGS:
        return True
    return preposition.lower_ == "of" and preposition.head.i in ctx.actor_at


# "strikes against Syria" keep Syria: a target's name may be where it is hit; "by" too
# ("a truce announced by Russia"): the gold lists such a name among the text's places
_DEALINGS = frozenset({"with", "between", "among", "alongside"})


def _where_a_party_stands(tok: Any, ctx: ArticleContext) -> bool:
    """ "terrorists positioned in X fired shells at Y", "the monitor, based in Britain,
    said": X says where a party sits or fires from, and a shell lands, a strike hits and
    a report tells of somewhere else (events.yaml: party_position_participles)."""
    words = frozenset(get_lexicon().events["party_position_participles"])
    for above in tok.ancestors:
        if above.dep_ == "acl" and above.lemma_.lower() in words:
            return names_a_party(above.head, ctx) and not _struck(above.head)
        if above.dep_ not in ("prep", "pobj", "compound", "appos"):
            return False
    return False


def _struck(noun: Any) -> bool:
    """The party is hit where it stands: "jets bombed troops stationed at the airbase",
    "fighters based in the town were attacked", "strikes on militants based in X"; or what
    it holds there is ("an assault on a base belonging to forces stationed in X", "attacked
    the headquarters of soldiers stationed in X"): the party's phrase hangs on the target."""
    for _ in range(_HOLDER_STEPS):
        if noun.dep_ in ("dobj", "nsubjpass"):
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ in _ON_A_TARGET:
            return True
        holder = _holder_of(noun)
        if holder is None:
            return False
        noun = holder
    return False


def _holder_of(noun: Any) -> Any | None:
    """The noun whose phrase holds the party's: "a base belonging to forces" (through the
    participle), "the headquarters of soldiers" (through "of")."""
    link = noun.head
    if noun.dep_ != "pobj" or link.dep_ not in ("prep", "agent"):
        return None
    above = link.head
    if above.dep_ == "acl" and _of_possession(above):
        above = above.head  # "a base belonging to forces", "a depot owned by militants"
    return above if above.pos_ in ("NOUN", "PROPN") and above.i != noun.i else None


def _of_possession(participle: Any) -> bool:
    """ "belonging to", "owned by" (events.yaml: possession_participles)."""
    return lemma_of(participle) in get_lexicon().events["possession_participles"]


_HOLDER_STEPS = 3  # the party, what it holds, and what holds that


_ON_A_TARGET = frozenset({"on", "against", "at", "upon", "targeting"})


def _cue_rank(tok: Any, head: Any, mention: Mention) -> int:
    """0 for "in/at/near/on" places, 1 for other prepositions, 2 for bare mentions."""
    cues = {part.strip()[4:] for part in mention.note.split(";") if part.strip().startswith("cue:")}
    if cues & _PREFERRED_CUES:
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

"""Enmity (and alliance) stated by a noun: "X and Y are rivals", "X is an ally of Y", "X, a sworn enemy of Y", "X, Iran's proxy", "X is at war
with Y and with Z", "X considers Y a terrorist organisation" (a hostile stance: criticizes). Words are data
(``relations.yaml``: ``enmity_nouns``, ``ally_nouns``, ``proxy_nouns``, ``war_nouns``, ``designation_verbs``,
``terror_words``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.alliancecues import kind_of_word
from frontwatch.extract.arguments import pobjs
from frontwatch.extract.armed import SIDED_CLASSES, armed, armed_side
from frontwatch.extract.coalitions import coordinated_actors
from frontwatch.extract.context import ArticleContext, actor_near, is_reporter
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject, described_actor
from frontwatch.extract.rolenouns import body_of_men, members_by_modifier, role_owner
from frontwatch.extract.sidelists import named_side_examples, partners_named
from frontwatch.records import Mention

_BACKS = "backs"
_PARTNER = "partner"
_BACKER = "backer"
_NOUN_KINDS = (
    ("fights", "enmity_nouns"),
    ("allied", "ally_nouns"),
    (_BACKS, "proxy_nouns"),
    (_PARTNER, "partner_nouns"),
    (_BACKER, "backer_nouns"),
)
_OWNER_DEPS = frozenset({"poss", "amod", "compound"})
_ROLE_PREPOSITION = "as"  # "as an ally of X": the role its clause's subject acts in


def hostility_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "The rebels are hostile to the Kurdish forces", "Ankara, fiercely opposed to the YPG":
    the one so set against the "to" object fights it when both are armed sides and neither a
    state, else only criticizes it ("the party is opposed to the deal" names no side)."""
    if tok.pos_ != "ADJ" or tok.lemma_.lower() not in words("hostile_adjectives"):
        return
    if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return  # "is not hostile to Y"
    if tok.dep_ == "acomp":
        subj = acting_subject(tok.head, ctx)
        holders = coordinated_actors(subj, ctx) if subj is not None else []
    elif tok.dep_ in ("amod", "appos") or tok.head.pos_ in ("NOUN", "PROPN"):
        holders = [m for m in [actor_near(ctx, tok.head, depth=1)] if m is not None]
    else:
        return
    for obj in pobjs(tok, frozenset({"to"})):
        for other in coordinated_actors(obj, ctx):
            for holder in holders:
                kind = "fights" if _warring_stance(holder, other, ctx) else "criticizes"
                yield from pair_of(kind, holder, other, tok)


def _warring_stance(holder: Mention, other: Mention, ctx: ArticleContext) -> bool:
    """Hostility between armed sides of which neither is a state or its organ: a state's
    hostility ("Russia is hostile to the United States", "Turkey is opposed to the YPG") is
    a stance, not a war."""
    states = get_lexicon().armed_side_words("governing_types") | {"state"}
    ends = [ctx.kb.get(m.actor_id) for m in (holder, other)]
    return all(a is not None and a.type not in states for a in ends) and all(
        armed(m.actor_id, ctx) for m in (holder, other)
    )


def rivalry_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X and Y are rivals" (each fights the other), "X is a rival of Y", "X, an enemy of
    Y" (X fights Y); the same with "ally" (allied); "X, Y's proxy", "X, an Iranian proxy",
    "Y's proxy X" (Y backs X). The other side is the noun's "of"/"to" object or an armed
    actor that owns it ("Syria's closest ally", "a U.S. ally")."""
    kind = kind_of_word(tok, _NOUN_KINDS)
    if tok.pos_ != "NOUN" or not kind:
        return
    members = members_by_modifier(tok, ctx)
    if members and kind == _PARTNER and _object_of_backing(tok):
        return  # "X keeps supporting its Iraqi partners": the verb tells the tie
    if members:  # "its Russian allies", "Assad's Iranian backers"
        owner = role_owner(tok, ctx)
        for member in members:
            yield from _oriented(kind, member, owner, tok, ctx)
        return
    others = [*pobjs(tok, _role_preps(kind)), *_owners(tok, ctx, backer=kind == _BACKER)]
    if not others and tok.dep_ != "conj":
        others = [m for m in [role_owner(tok, ctx)] if m is not None]  # "its allies X and Y"
    if tok.dep_ == "conj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        yield from _own_partners(tok, kind, ctx)
        return
    cue = tok
    if tok.dep_ == "appos":
        holders = [m for m in [actor_near(ctx, tok.head, depth=1)] if m is not None]
    elif tok.dep_ == "attr":
        subj = acting_subject(tok.head, ctx)
        holders = coordinated_actors(subj, ctx) if subj is not None else []
        if subj is not None and not holders:
            holders = body_of_men(subj, ctx)  # "Members of Hezbollah have become allies of X"
        if (
            len(holders) == 2 and not others
        ):  # "X and Y are rivals"; partners in talks are no allies
            if kind != _PARTNER:
                kind = _rivalry_kind(kind, tok, holders[0], holders[1], ctx)
                yield from pair_of(kind, holders[0], holders[1], tok)
            return
    elif _held_as(tok):  # "As an ally of Assad, Russia bombed ...": the clause's doers
        verb = tok.head.head
        regarded = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i]
        # "Moscow sees the rebels as proxies of Washington": the one seen so holds the role
        subj = regarded[0] if regarded else acting_subject(verb, ctx)
        holders = coordinated_actors(subj, ctx) if subj is not None else []
        regarder = actor_near(ctx, acting_subject(verb, ctx)) if regarded else None
        if regarder is not None and not others:  # "Moscow regards Hezbollah as an ally": Moscow's
            others = [regarder]
    elif tok.dep_ == "compound":  # "by Iran's proxy Kataib Hezbollah"
        holders = [m for m in [actor_near(ctx, tok.head)] if m is not None]
    else:  # "Iran's proxy, Kataib Hezbollah": the names in apposition hold the role
        holders, cue = _holders_of(tok, ctx)
    for other in others:  # "X (and Z) are rivals of Y"
        side = other if isinstance(other, Mention) else actor_near(ctx, other, depth=1)
        for holder in holders:
            yield from _oriented(kind, holder, side, cue, ctx)


def _role_preps(kind: str) -> frozenset[str]:
    """The prepositions naming the other side of a role noun: "an ally of Y", "hostile to Y";
    a proxy's sponsor also by "for" ("a proxy for Tehran"; ``relations.yaml``:
    ``proxy_sponsor_preps``)."""
    preps = frozenset({"of", "to"})
    return preps | words("proxy_sponsor_preps") if kind == _BACKS else preps


def _holders_of(noun: Any, ctx: ArticleContext) -> tuple[list[Mention], Any]:
    """The names holding a role noun that has no verb of its own, and the word whose claim
    the tie takes: the copula after the noun ("The main rival of X is not Y") carries the
    negation and the modality, the noun otherwise."""
    found = (
        _named_in_apposition(noun, ctx)
        or named_side_examples(noun, ctx)  # "allies of X, such as A and B"
        or _named_after_object(noun, ctx)
    )
    if found:
        return found, noun
    found = _named_by_copula(noun, ctx)
    if found:
        return found, noun.head
    return _named_just_before(noun, ctx), noun


def _held_as(noun: Any) -> bool:
    """ "As a backer of X, Y ...", "Y, as X's closest ally, ...": a role the clause's
    subject acts in, through the preposition "as" on the clause's verb."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == _ROLE_PREPOSITION
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _named_in_apposition(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """The names of the noun's first apposition and the names joined to it: "Syria's allies
    Russia and Iran", not "... and rebel backer Turkey", which a new role noun introduces."""
    first = next((c for c in noun.children if c.dep_ == "appos"), None) or _appos_past_place(noun)
    if first is None:
        return _named_next(noun, ctx)
    joined = (c for c in first.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    names = [first, *(c for c in joined if not _new_role(c))]
    return [m for m in (actor_near(ctx, t) for t in names) if m is not None]


def _appos_past_place(noun: Any) -> Any | None:
    """ "Washington's main partners in Syria, the SDF and Turkey": the parser hangs the
    names on the place the role is held in; they are the role noun's apposition."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in _PLACE_TYPES):
            return next((c for c in place.children if c.dep_ == "appos"), None)
    return None


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _new_role(name: Any) -> bool:
    """ "... and opposition-backer Turkey": a role noun of its own before the name."""
    return any(
        c.dep_ in ("compound", "amod") and kind_of_word(c, _NOUN_KINDS) for c in name.children
    )


def _named_after_object(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """ "A close ally of the Ethiopian government Eritrea sent troops": with the comma lost, the
    parser hangs the subject noun's name on its "of" object; the name holds the role."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    for obj in pobjs(noun, frozenset({"of", "to"})):
        own = actor_near(ctx, obj, depth=1)
        # "... the Assad government Russia and Iran have blocked": the apposition, or a
        # second subject of the same verb ("An ally of the Iraqi government the US struck")
        names = [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        names += [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i > obj.i]
        for name in (n for n in names if n.pos_ == "PROPN"):
            found = coordinated_actors(name, ctx)
            if own is not None and found and own.actor_id not in {m.actor_id for m in found}:
                return found
    return []


def _named_by_copula(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """ "The closest ally of the Houthis is Iran", "Its main backer is the UAE": the role
    noun is the subject of "be" and the names after the verb hold it."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return []
    named = [c for c in verb.children if c.dep_ == "attr" and c.i > noun.i]
    between = verb.doc[noun.right_edge.i + 1 : named[0].i] if named else []
    if any(t.lower_ in words("former_role_words") for t in between):
        return []  # "... is no longer Y", "... was once Y": a past tie, none now
    return [m for attr in named for m in coordinated_actors(attr, ctx)]


def _named_just_before(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """ "Rwanda a key backer of the M23 denies ...": with the commas lost (as headlines
    often drop them), the name and the role noun right after it are two subjects of one
    verb; the name holds it."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    named = (
        c
        for c in noun.head.children
        if c.dep_ == noun.dep_ and c.pos_ == "PROPN" and c.right_edge.i + 1 == noun.left_edge.i
    )
    return [m for name in named for m in coordinated_actors(name, ctx)]


def _object_of_backing(noun: Any) -> bool:
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in words("backing_verbs")


def _named_next(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """A name right after an owned role noun that the parser did not hang on it ("to help
    its ally Bashar al-Assad", "in support of its ally Damascus", "and opposition-backer
    Turkey", a title before the name): the apposition it is."""
    owned = any(c.dep_ in _OWNER_DEPS for c in noun.children)
    after = ctx.actor_at.get(noun.i + 1) if noun.i + 1 < noun.sent.end else None
    if not owned or after is None or noun.doc[noun.i + 1].pos_ != "PROPN":
        return []
    return [] if is_reporter(ctx, after.actor_id) else [after]


def _owners(noun: Any, ctx: ArticleContext, *, backer: bool = False) -> list[Mention]:
    """Armed actors that own the noun: "Syria's ally", "an Iranian proxy", "a U.S. ally";
    a backer's, also the class it backs ("opposition-backer Turkey")."""
    found = (actor_near(ctx, c) for c in noun.children if c.dep_ in _OWNER_DEPS)
    return [m for m in found if m is not None and (_owning_side(m, ctx) or (backer and _backed_class(m, ctx)))]


def _backed_class(owner: Mention, ctx: ArticleContext) -> bool:
    actor = ctx.kb.get(owner.actor_id) if owner.actor_id else None
    sectors = get_lexicon().armed_side_words("backed_class_sectors")
    return actor is not None and actor.type == "generic" and actor.sector in sectors


def _owning_side(owner: Mention, ctx: ArticleContext) -> bool:
    """An armed side, or a government, owns allies and proxies ("regime allies Russia and
    Iran"); a leader, for the side of his office."""
    # a leader owns them for the side of his office ("Assad-ally Iran")
    side = ctx.kb.side_for(owner.actor_id, ctx.published) if owner.actor_id else ""
    actor = ctx.kb.get(side) if side else None
    return armed_side(actor, classes=SIDED_CLASSES, governing=True)


def _own_partners(noun: Any, kind: str, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X and its allies Y and Z", "X and its ally, Y", "X and its proxies Y": the
    conjunct before the possessive owns the partners named (``sidelists.partners_named``)."""
    owner = actor_near(ctx, noun.head, depth=1)
    for partner in partners_named(noun, ctx):
        # not a monitor the parser hung there ("... and its allies the Observatory said")
        if armed(partner.actor_id, ctx) and not is_reporter(ctx, partner.actor_id):
            own_kind = _partner_kind(kind, owner, partner, ctx)  # the owner backs a proxy
            if own_kind == _BACKER:  # "the Houthis and their backers in Tehran"
                yield from pair_of(_BACKS, partner, owner, noun)
            else:
                yield from pair_of(own_kind, owner, partner, noun)


def _oriented(kind: str, holder: Any, other: Any, tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """A proxy is backed by the other side; a rival or ally stands beside it; a group that
    is a state's or a coalition's partner is backed by it ("the SDF, a key U.S. partner"),
    partners of one standing are allies."""
    kind = _rivalry_kind(_partner_kind(kind, other, holder, ctx), tok, holder, other, ctx)
    if kind == _BACKER:  # "Turkey, the rebels' main backer": the holder backs the other
        yield from pair_of(_BACKS, holder, other, tok)
    elif kind == _BACKS:
        yield from pair_of(kind, other, holder, tok)
    else:
        yield from pair_of(kind, holder, other, tok)


def _rivalry_kind(kind: str, noun: Any, one: Any, other: Any, ctx: ArticleContext) -> str:
    """ "Iran, the regional rival of Saudi Arabia", "India and its archrival Pakistan": two
    states' rivalry is a stance, not a war (criticizes); rival armed groups fight."""
    if kind != "fights" or noun.lemma_.lower() not in words("rivalry_nouns"):
        return kind
    both_states = all(
        isinstance(m, Mention) and _state_or_organ(m, ctx) for m in (one, other)
    )
    return _stance_kind() if both_states else kind


def _stance_kind() -> str:
    return str(get_lexicon().relations["relations"]["designation_kind"])


def _state_or_organ(mention: Mention, ctx: ArticleContext) -> bool:
    states = get_lexicon().armed_side_words("governing_types") | {"state"}
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    return actor is not None and actor.type in states


def _partner_kind(
    kind: str, sponsor: Mention | None, group: Mention | None, ctx: ArticleContext
) -> str:
    """A partner is backed by a state that sponsors it ("the coalition and its partner the
    SDF"), else an ally; other kinds stay."""
    if kind != _PARTNER:
        return kind
    return _BACKS if _sponsors(sponsor, group, ctx) else "allied"


def _sponsors(other: Mention | None, holder: Mention | None, ctx: ArticleContext) -> bool:
    return (
        other is not None and holder is not None and sponsors(other.actor_id, holder.actor_id, ctx)
    )


def sponsors(sponsor_id: str, group_id: str, ctx: ArticleContext) -> bool:
    """A state (or its organ, or a coalition of states) tied to a group of no state: its
    partner, or a group "linked to" or "affiliated with" it, is one it backs."""
    sponsor, group = (
        getattr(ctx.kb.get(i) if i else None, "type", "") for i in (sponsor_id, group_id)
    )
    types = get_lexicon().tie_words("sponsor_types")
    return sponsor in types and bool(group) and group not in types


def designation_pairs(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X considers Y a terrorist organisation", "Y, which X regards as a terrorist group",
    "Y, labelled a terrorist group by X": X takes a hostile stance towards Y. A designation
    is a legal or political stance, not combat (Washington lists groups it never fights),
    so the tie is of ``designation_kind`` (criticizes), not fights."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("designation_verbs"):
        return
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "attr")]
    labels += pobjs(verb, frozenset({"as"}))
    labels += [o for o in objs if any(_terror_word(c) for c in o.children)]  # a 2nd object
    labels += [c for o in objs for c in o.children if c.dep_ == "appos"]
    if not any(_terror_word(t) for label in labels for t in label.subtree):
        return
    named = [o for o in objs if o not in labels]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acl":
        designators = [
            m for a in pobjs(verb, frozenset({"by"})) for m in coordinated_actors(a, ctx)
        ]
        subj = verb.head if verb.dep_ == "acl" else acting_subject(verb, ctx)
        target = actor_near(ctx, subj, depth=1)
    else:
        subj = acting_subject(verb, ctx)
        designators = coordinated_actors(subj, ctx) if subj is not None else []
        if verb.dep_ == "relcl" and (not named or named[0].tag_ in ("WDT", "WP")):
            named = [verb.head]  # "Y, which X considers ..."
            # "Y, a PKK offshoot that X regards as ...": the offshoot is Y, not the PKK
            named_side = described_actor(verb.head, ctx)
            if named_side is not None:
                yield from _designated(verb, designators, named_side)
                return
        target = actor_near(ctx, named[0], depth=1) if named else None
    yield from _designated(verb, designators, target)


def _designated(verb: Any, designators: list[Mention], target: Mention | None) -> Iterator[Pair]:
    if target is None or not target.actor_id or target.actor_id.startswith("GEN_"):
        return
    kind: str = get_lexicon().relations["relations"]["designation_kind"]
    for designator in designators:
        yield from pair_of(kind, designator, target, verb)


def _terror_word(tok: Any) -> bool:
    return tok.lemma_.lower() in words("terror_words")

"""The type a trigger takes from the words around it, and the nouns that words around them
stop: "struck a deal" agrees (its object), "a ceasefire announced by the coalition" is its
retreat (the verb over it), "a halt of attacks" is no attack (the noun over it), "the deal
struck between the sides" is told by the participle, not the noun too.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.countrymen import people_counted
from frontwatch.extract.lexicon import Lexicon, lemma_of
from frontwatch.extract.parties import has_fighting_subject
from frontwatch.extract.triggerobjects import has_object, objects_of


def halted(noun: Any, lex: Lexicon) -> bool:
    """ "a halt of missile attacks", "an end to the offensive", "called for the end of the
    shelling": the noun over it stops the act; "the end of the battle" only tells when it ended."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i == prep.i or prep.head.pos_ != "NOUN":
        return False
    stop, events = prep.head, lex.events
    if lemma_of(stop) in events["halting_nouns"]:
        return prep.lower_ in events["halting_preps"]
    if lemma_of(stop) not in events["ending_nouns"]:
        return False
    return prep.lower_ in events["ending_preps"] or _asked_for(stop, lex)


def wanted(noun: Any, lex: Lexicon) -> bool:
    """ "a warrant for the arrest of the governor", "a reward for the capture of X": the noun
    over it only wants the act done."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ not in lex.events["wanting_preps"]
        or prep.head.i == prep.i
    ):
        return False
    wanting = lex.events["wanting_nouns"]
    owner = prep.head  # "offered a reward for the capture": the "for" parsed on the verb
    owners = (
        [owner, *(c for c in owner.children if c.dep_ == "dobj")]
        if owner.pos_ == "VERB"
        else [owner]
    )
    return any(lemma_of(o) in wanting for o in owners)


def talked_of(noun: Any, lex: Lexicon) -> bool:
    """ "talks on a prisoner exchange", "negotiations over a ceasefire": the noun is what the
    talks are about, not an act done."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in lex.events["topic_preps"] or prep.head.i == prep.i:
        return False
    return (
        lemma_of(prep.head) in lex.events["topic_nouns"]
        or prep.head.lower_ in lex.events["topic_nouns"]
    )


def _asked_for(noun: Any, lex: Lexicon) -> bool:
    """ "ordered a stop of the raids", "called for the end of the siege": a verb that asks,
    orders or declares has the noun as its object."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return lemma_of(verb) in lex.events["halt_asking_verbs"]


def holds_no_territory(verb: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "gained control of the senate", "assumed control of the state bank", "gained ground in
    the polls": control of no place or territory, or ground won in a vote or by no fighting
    side, is no seizure (``held_of_territory``)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if lemma_of(obj) in lex.object_class("held_nouns") and not _of_territory(
            [obj, verb], lex, ctx
        ):
            return True
        if lemma_of(obj) in lex.object_class("won_ground") and (
            not has_fighting_subject(verb, ctx)
            or any(lemma_of(t) in lex.object_class("vote_words") for t in verb.subtree)
        ):
            return True
    return False


def _of_territory(holders: list[Any], lex: Lexicon, ctx: ArticleContext) -> bool:
    """Whether control (or the verb) is of or over a place or territory, through "parts of" and
    "most of" ("control of large parts of the province")."""
    preps = lex.object_class("held_preps")
    kinds = lex.object_class("control") | lex.object_class("territory")
    kinds -= lex.object_class("held_nouns")
    held = [g for h in holders for p in h.children if p.lower_ in preps for g in p.children]
    for noun in (g for g in held if g.dep_ == "pobj"):
        if noun.i in ctx.place_at or lemma_of(noun) in kinds or _of_territory([noun], lex, ctx):
            return True
    return False


def launched_at_nothing(
    verb: Any, entry: dict[str, Any], lex: Lexicon, ctx: ArticleContext
) -> bool:
    """ "launched a missile into the sea", "launched rockets from the coast": a weapon
    (``aimed_weapons``) launched at no place, side or target named is no attack told;
    "launched an attack" needs no aim."""
    aimed_only = entry["aimed_weapons"]
    others = [name for name in entry["needs_object"] if name not in aimed_only]
    if has_object(verb, others, lex, ctx):
        return False
    aims = lex.object_class("aimed_preps") | lex.object_class("launch_preps")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in aims]
    return not any(_a_target(g, lex, ctx) for p in preps for g in p.children if g.dep_ == "pobj")


def _a_target(noun: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    if lemma_of(noun) in lex.object_class("untargeted"):
        return False  # "into the sea", "in a test"
    span = range(noun.left_edge.i, noun.right_edge.i + 1)
    if any(i in ctx.place_at or i in ctx.actor_at for i in span):
        return True
    kinds = lex.object_class("control") | lex.object_class("territory")
    return bool({lemma_of(noun), noun.lower_} & (kinds | lex.object_class("launch_targets")))


def told_by_its_participle(noun: Any, entry: dict[str, Any], lex: Lexicon) -> bool:
    """ "the deal struck between the army and the rebels": the participle, typed by the noun
    (``object_types``), is the act and has its sides; the noun would tell it twice."""
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        by_object = lex.verbs.get(lemma_of(verb), {}).get("object_types", {})
        if by_object.get(lemma_of(noun), "").partition("/")[0] == entry["type"]:
            return True
    return False


def told_as_a_danger(noun: Any, lex: Lexicon) -> bool:
    """ "eliminate the group and the threat it poses", "the SDF contained the threat", "IS
    remains a threat to the region": a danger faced or named (``danger_verbs``), not a threat
    someone made; of the verb, the danger an advance poses (``_threat_of_an_advance``)."""
    if noun.pos_ == "VERB":
        return _threat_of_an_advance(noun, lex)
    verbs = lex.events["danger_verbs"]
    if _threat_made(noun):
        return False  # "face a threat from Turkey to launch an offensive": someone made it
    if any(c.dep_ == "relcl" and lemma_of(c) in verbs for c in noun.children):
        return True
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "eliminate ISIS and the threat": the object it is joined to
    return head.dep_ in ("dobj", "nsubjpass", "attr") and lemma_of(head.head) in verbs


def _threat_of_an_advance(verb: Any, lex: Lexicon) -> bool:
    """ "Troops pounded their way toward the city, threatening to encircle the rebels": a
    participle of threatening hung on a verb of advancing tells the danger the advance poses,
    no threat anyone made (``advance_verbs``); "lashed out at X, threatening to close the
    base" is one."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    return lemma_of(verb.head) in lex.events["advance_verbs"]


def _threat_made(noun: Any) -> bool:
    """The threat names who makes it ("a threat from Turkey", "Ankara's threat") or what it
    threatens to do ("a threat to launch an offensive"), or what the maker threatens ("a
    threat of new air strikes")."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("from", "by", "of")):
            return True
        if child.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return True
    return False


def restates_its_subject(noun: Any, entry: dict[str, Any], lex: Lexicon) -> bool:
    """ "The Third Battle of Fallujah was a military operation against ISIL": what the copula
    says an act of the same type is tells that act (its sides are read from here:
    arguments._named_as; acts told under it join it: triggergroups), not a second one."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() != "be":
        return False
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(lex.nouns.get(lemma_of(s), {}).get("type") == entry["type"] for s in subjects)


def type_by_object(tok: Any, entry: dict[str, Any], lex: Lexicon) -> tuple[str, str]:
    """ "lifted the blockade" eases a military measure (RETREAT), "lifted the curfew" a
    policy (CONCEDE), "sent food" is aid: ``object_types`` maps object lemmas (or compound
    keys, "general strike") to the type they make, as TYPE or TYPE/mode; not when the subject
    keeps the verb's own type ("drones struck a truce monitors' car")."""
    by_object: dict[str, str] = entry.get("object_types", {})
    default = str(entry["type"]), entry.get("mode", "")
    if not by_object or _kept_by_subject(tok, entry, lex):
        return default
    # "a deal struck between the sides", "the accord struck in Astana": what it describes first
    objects = [*_described_or_subject(tok), *objects_of(tok)]
    for obj in [*objects, *(c for o in objects for c in o.children if c.dep_ == "conj")]:
        key = next((k for k in _object_keys(obj) if k in by_object), None)
        if key is not None:
            kind, _, mode = by_object[key].partition("/")
            return kind, mode
    return default


def _object_keys(obj: Any) -> list[str]:
    """ "a general strike": the compound key first, then the lemma."""
    lemma = obj.lemma_.lower()
    mods = [c for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i]
    return [*(f"{c.lemma_.lower()} {lemma}" for c in mods), lemma]


def _kept_by_subject(verb: Any, entry: dict[str, Any], lex: Lexicon) -> bool:
    classes = entry.get("keeps_type_with_subject", [])
    words = frozenset().union(*(lex.object_class(name) for name in classes))
    return any(c.dep_ == "nsubj" and lemma_of(c) in words for c in verb.children)


def type_by_head(noun: Any, entry: dict[str, Any]) -> str:
    """ "declared a ceasefire", "a ceasefire announced by the coalition": the type ``head_types``
    gives the verb the noun is the object of, or the participle describing it."""
    by_head: dict[str, str] = entry.get("head_types", {})
    verbs = [noun.head, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    return next((by_head[lemma_of(v)] for v in verbs if lemma_of(v) in by_head), "")


def type_by_prep(noun: Any, entry: dict[str, Any]) -> tuple[str, str] | None:
    """ "went on strike": the type ``prep_types`` gives the preposition a bare singular noun
    hangs from. A set phrase has no determiner and no plural ("focused on strikes against IS",
    "reported on the strike" tell the attack)."""
    by_prep: dict[str, str] = entry.get("prep_types", {})
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in by_prep or noun.tag_ != "NN":
        return None
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    kind, _, mode = by_prep[head.lower_].partition("/")
    return kind, mode


def type_by_subject(verb: Any, entry: dict[str, Any], lex: Lexicon) -> tuple[str, str] | None:
    """ "protesters blocked the highway", "the bridge was blocked by striking workers": the
    type ``subject_types`` gives the class of the verb's doer (its subject or passive agent)."""
    by_class: dict[str, str] = entry.get("subject_types", {})
    doer = _doer(verb)
    if not by_class or doer is None:
        return None
    name = next((n for n in by_class if lemma_of(doer) in lex.object_class(n)), None)
    if name is None:
        return None
    kind, _, mode = by_class[name].partition("/")
    return kind, mode


def _doer(verb: Any) -> Any | None:
    """Who does it: the passive agent, else the subject; "hundreds of farmers": the farmers."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doer = agents[0] if agents else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return people_counted(doer) if doer is not None else None


def _described_or_subject(tok: Any) -> list[Any]:
    """What an ``object_types`` verb was done to when nothing follows it: the noun a participle
    describes, or the subject (else the noun just before) of a past form the tagger made of one."""
    described = [tok.head] if tok.dep_ == "acl" else []
    if tok.tag_ != "VBD" or any(c.dep_ == "dobj" for c in tok.children):
        # "the deal struck a blow": a verb with its own object was done to it
        return described
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if not subjects and before is not None and before.pos_ == "NOUN":
        subjects = [before]  # "left under the deal struck between...", parsed as a clause
    return described + subjects


def tells_a_standing_tie(verb: Any) -> bool:
    """ "Both movements are closely allied with Iran", "shelled by the army and allied
    militias": being allied is a tie (a relation), no act of allying. A passive form tells
    the state; so does a past participle hung on a noun, alone or in a row of them
    ("militias backed by Tehran", "an alliance led by X and supported by Ankara"): it says
    what the noun is, no act of the day; and a subjectless conjunct whose object begins
    right after it, the parser's reading of an adjective before its noun ("and allied
    Syrian militias")."""
    if any(c.dep_ == "auxpass" for c in verb.children) or _describes_a_noun(verb):
        return True
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.tag_ not in ("VBN", "VBD"):
        return False  # "to fight X and to support Y": a deed
    return any(_bare_object_right_after(verb, c) for c in verb.children)


def _bare_object_right_after(verb: Any, child: Any) -> bool:
    """An object right after the verb with no determiner before it: "allied Syrian militias";
    "took part in and backed the raids" has one, and is a deed done to it."""
    start = child.left_edge
    return child.dep_ == "dobj" and start.i == verb.i + 1 and start.dep_ not in ("det", "poss")


def _describes_a_noun(verb: Any) -> bool:
    """A past participle modifying a noun, or the conjunct of one ("led by X and supported by Y")."""
    while verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        verb = verb.head
    return bool(verb.dep_ == "acl" and verb.tag_ == "VBN")

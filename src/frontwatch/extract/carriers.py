"""Who carried out an act the text names without making the doer its subject.

"strikes carried out by X", "rockets fired by X", "the attacks in T, now claimed by X",
"the attack in T, which was claimed by X" (the carrier verbs of events.yaml), and
the means of a passive act: "were killed in rebel shelling", "died during an operation by
X", "fell in clashes with X". Split from extract/arguments.py, which asks these when the
parse gives no subject.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near, first_actor
from frontwatch.extract.ledgroups import leads_as_doer, led_doer
from frontwatch.extract.lexicon import get_lexicon, instrument_mode, lemma_of
from frontwatch.extract.passives import is_passive
from frontwatch.extract.prepobjects import pobjs
from frontwatch.records import Mention


def carrier_of(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Who the text says carried out what ``noun`` names: "strikes carried out by X",
    "rockets fired by X", "the attack was attributed to X" (through "is suspected to
    have been carried out by X" too). None when the text does not say."""
    carriers: dict[str, str] = get_lexicon().events["carrier_verbs"]
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
        verbs.extend(t for t in noun.head.subtree if t.dep_ == "xcomp" and t.pos_ == "VERB")
    verbs += _on_the_place(noun, ctx)
    trailing = _trailing_participles(noun)
    verbs += trailing
    for verb in verbs:
        prep = carriers.get(verb.lemma_.lower())
        if prep is not None and (verb in trailing or is_passive(verb)):
            agents = pobjs(verb, frozenset({prep}))
            led = led_doer(agents[0], ctx) if agents and prep == "by" else None
            if led is not None:
                return led  # "carried out by militias led by X": the leader, as for a subject
            found = first_actor(agents, ctx)
            if found is not None and not leads_as_doer(ctx.actor_at.get(noun.i), found, ctx):
                continue  # "militias led by Iran took the town": the militias, not Iran
            if found is not None:
                return found
    return None


def _on_the_place(noun: Any, ctx: ArticleContext) -> list[Any]:
    """Passive clauses the parser hangs on the act's place rather than on the act: "the
    attack in Kabul, which was claimed by X" (the place is named in the act's own phrase:
    "in Damascus and Homs, Syria, which ...")."""
    places = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    places += [c for o in places for c in o.children if c.dep_ in ("conj", "appos")]
    return [
        c
        for o in places
        if o.i in ctx.place_at
        for c in o.children
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
    ]


def _trailing_participles(noun: Any) -> list[Any]:
    """A passive participle with its agent after the object of a verb, hung on that verb:
    "condemns the attacks in T yesterday, now claimed by X" (the participle tells of the
    attacks: a verb of judging or seeing is no act carried out)."""
    if noun.dep_ != "dobj":
        return []
    return [
        c
        for c in noun.head.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and c.i > noun.i
        and any(a.dep_ == "agent" for a in c.children)
        and not any(a.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for a in c.children)
    ]


_MEANS_PREPS = frozenset(
    {"by", "in", "from", "after", "following", "to", "due", "because", "during", "amid"}
)


def means_carrier(verb: Any, ctx: ArticleContext) -> Mention | None:
    """The carrier of the means a passive act names: "were killed by/in/due to rockets
    fired by X", "died during an operation by X", "fell in clashes with X"."""
    for noun in [n for v in _toll_verbs(verb) for n in pobjs(v, _MEANS_PREPS)]:
        found = (
            carrier_of(noun, ctx)
            or _owner_of_means(noun, ctx)
            or _fought_with(noun, ctx)
            or _owner_before_means(noun, ctx)
        )
        if found is not None:
            return found
    for prep in (c for c in verb.children if c.dep_ in ("prep", "advmod", "amod")):
        for noun in pobjs(prep, _MEANS_PREPS):  # "due to", "as a result of"
            found = carrier_of(noun, ctx)
            if found is not None:
                return found
    return None


_NOUNS = frozenset({"NOUN", "PROPN"})


def _toll_verbs(verb: Any) -> list[Any]:
    """The verb and the participle of a toll joined to it: "three Syrians killed and two Turks
    wounded in a raid" (the parser hangs "in a raid" on "wounded", a participle of "Turks",
    and "Turks" on "killed" or on the verb reporting both)."""
    nouns = [
        n for n in (*verb.children, *verb.head.children) if n.dep_ == "conj" and n.pos_ in _NOUNS
    ]
    joined = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [verb, *joined]


def _owner_of_means(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "killed in rebel fire", "wounded by regime rockets", "killed during an operation by
    X": a weapon, fire or operation noun's modifier or agent names who used it."""
    lex = get_lexicon()
    operation = lemma_of(noun) in lex.object_class("new_operation")  # "during an operation by X"
    if not (_is_means(noun, lex) or _attack_noun(noun, lex) or operation):
        return None
    agent = first_actor(pobjs(noun, frozenset({"by"})), ctx)
    if agent is not None:
        return agent  # "a terrorist mortar attack by Jaish al-Islam": the group named
    mods = [c for c in noun.lefts if c.dep_ in _OWNER_DEPS]
    found = [actor_near(ctx, c, depth=0) for c in mods]
    # "killed in a terrorist explosive device blast": the modifier of the attack's means
    found += [actor_near(ctx, g, depth=0) for c in mods for g in c.lefts if g.dep_ in _OWNER_DEPS]
    if operation:  # "army operations" name no side; "Turkish operations" do
        found = [m for m in found if m is not None and not m.actor_id.startswith(GENERIC_PREFIX)]
    return next((m for m in found if m is not None), None)


# the words that say whose a thing is ("Ukraine's flag", "the ISIS siege"), shared
OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_OWNER_DEPS = OWNER_DEPS


def _owner_before_means(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "killed in rebel shelling", "in Syrian regime airstrikes": the parser may make the
    owner the preposition's object and the means word after it a verb of its own."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or noun.i + 1 == noun.sent.end:
        return None
    means = doc[noun.i + 1]
    lex = get_lexicon()
    if means.pos_ != "VERB" or means.head.i == noun.i:
        return None
    if not (_is_means(means, lex) or _attack_noun(means, lex)):
        return None
    return actor_near(ctx, noun, depth=0)


_FOUGHT_PREPS = frozenset({"with", "against"})


def _fought_with(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "were killed in clashes with X", "died in a firefight against X": the dead fell to
    the side they fought (a noun of combat, ``hostile_with_nouns``; not "fighting with X",
    which as often means at X's side)."""
    if lemma_of(noun) not in get_lexicon().relation_words("hostile_with_nouns"):
        return None
    return first_actor(pobjs(noun, _FOUGHT_PREPS), ctx)


def _is_means(noun: Any, lex: Any) -> bool:
    return noun.lemma_.lower() in lex.events["means_nouns"] or bool(instrument_mode(lex, noun.text))


def _attack_noun(noun: Any, lex: Any) -> bool:
    """ "killed in terrorist rocket attacks", "in a terrorist blast": a noun of the attacking
    types names the act whose modifier says who made it."""
    entry = lex.events["nouns"].get(noun.lemma_.lower()) or {}
    return entry.get("type") in lex.events["attacking_types"]

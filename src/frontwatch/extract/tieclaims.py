"""How sure a tie between sides is, when the clause it sits in says otherwise: a tie
stated inside a noun phrase ("Turkish-backed rebels") is taken for granted; a fight that
is the aim of an effort already under way ("an offensive to retake T from X") is fought;
a failed capture ("failed to retake T from X") still tells the fight. The clause's own
certainty comes from ``certainty.claim_for``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontwatch.extract.backedsides import a_stretch_of_time
from frontwatch.extract.certainty import claim_for
from frontwatch.extract.claimedtargets import claimed_target
from frontwatch.extract.claimrank import raise_claim
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.defeataims import aim_holding_word
from frontwatch.extract.effortaims import aimed_effort, launched_effort
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.presupposed import subject_of_its_aim
from frontwatch.extract.purposes import fight_finished
from frontwatch.extract.roleclaims import deed_with_purpose, owned_role
from frontwatch.records import Claim

_NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "acl"})
# ties a noun phrase describes its side by ("rebels backed by Turkey", "militants allied to
# Assad"): the description is taken for granted, whatever the clause hedges or denies
_DESCRIBED_KINDS = frozenset({"backs", "allied"})


def failed_attempt(trigger: Any, claim: Claim) -> bool:
    """A deed denied only by a verb of failing it governs ("the rebels failed to recapture
    the town from the army"; ``cues.yaml``: ``failing_verbs``)."""
    head = trigger.head
    return (
        claim.certainty == "negated"
        and trigger.dep_ == "xcomp"
        and head.lemma_.lower() in get_lexicon().certainty("failing_verbs")
        and not any(c.dep_ == "neg" for c in head.children)
    )


def describes_actor(trigger: Any, ctx: ArticleContext) -> bool:
    """ "the raid was thought to have been flown by the coalition fighting IS":
    a participle that describes a named side states a standing fight, whatever the clause
    around the name hedges, plans or denies."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG" or trigger.head.i not in ctx.actor_at:
        return False
    return not _seen_doing(trigger.head)


def _seen_doing(side: Any) -> bool:
    """ "a video showing rebels shelling T", "residents watched jets bombing T": the side is
    what is seen, and the participle the deed seen, not a standing description of it."""
    seer = side.head
    return side.dep_ == "dobj" and seer.lemma_.lower() in get_lexicon().certainty(
        "perception_verbs"
    )


def effort_claim(trigger: Any, ctx: ArticleContext) -> Claim | None:
    """'Iraqi forces worked to clear IS from Ramadi', 'an offensive to retake Palmyra from
    IS': the capture is an aim, but the sides are fighting already; the tie takes the
    certainty of the effort ('plans an offensive to retake' stays hypothetical); 'an effort
    to degrade and destroy IS': every aim joined to the first is the effort's aim too."""
    trigger = first_conjunct(trigger)
    governor = _fought_for(trigger) or trigger.head
    if governor.i != trigger.i and _is_effort_word(governor):
        return claim_for(governor, ctx)
    effort = aimed_effort(trigger) or launched_effort(trigger)  # "an operation aimed at retaking T"
    return claim_for(effort, ctx) if effort is not None else None


def _is_effort_word(word: Any) -> bool:
    """An effort, or an attempt made ("attempts to storm T failed", "attempted to regain T",
    "endeavoured to reinforce T": its own claim tells whether it was made); not the purpose
    phrase "in an attempt to": the deed before it is what was done, the rest only its aim."""
    cues = get_lexicon().certainty
    lemma = word.lemma_.lower()
    if lemma in cues("effort_words"):
        return True
    if lemma in cues("attempt_verbs") and attempt_told(word):
        return True
    purpose_phrase = word.dep_ == "pobj" and word.head.lower_ == "in"
    return word.pos_ == "NOUN" and lemma in cues("attempt_nouns") and not purpose_phrase


def attempt_told(verb: Any) -> bool:
    """ "attempted to", "has tried to", "are trying to": an attempt told in a finite or
    participle form, whose own claim says whether it was made; not "may attempt to", "will
    try to", "to attempt to" (a bare form: the attempt itself still to come)."""
    return bool(verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP"))


def first_conjunct(verb: Any) -> Any:
    """The first of the verbs joined to ``verb`` ("to degrade and destroy": "degrade")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def effort_aim(trigger: Any, claim: Claim) -> bool:
    """Whether the claim is an aim an effort may already pursue: "to retake T", "the
    battle for the recapture of T" (``effort_claim`` tells whether one does)."""
    return (
        claim.cue == "to" or _fought_for(trigger) is not None or aimed_effort(trigger) is not None
    )


def _fought_for(trigger: Any) -> Any | None:
    """The noun of fighting a deed after its "for" is the aim of ("the campaign for the
    capture of T"), else None (cues.yaml ``fought_for_nouns``)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    fought = prep.head.lemma_.lower() in get_lexicon().certainty("fought_for_nouns")
    if not fought or prep.head.i == prep.i or fight_finished(prep.head):
        return None  # "won the battle for the recapture of T": no aim any more
    return prep.head


def asked_aim_claim(trigger: Any, ctx: ArticleContext) -> Claim | None:
    """ "whether the strikes are aimed at IS", "if the raids were meant to hit the YPG",
    "the strikes did not target IS": the strikes took place, but whom they fought is what
    the clause asks or denies, so a fight they tell takes the clause's claim."""
    if trigger.head.i == trigger.i or not subject_of_its_aim(trigger, trigger.head):
        return None
    claim = claim_for(trigger.head, ctx)
    purposed = trigger.head.lemma_.lower() in get_lexicon().certainty("purpose_verbs")
    # "unclear whether the strikes were aimed at IS": doubt of a past aim (hedged) asks it too
    asked = claim.certainty in ("hypothetical", "hedged") or (
        claim.certainty == "negated" and purposed
    )
    return claim if asked else None


def relation_claim(kind: str, trigger: Any, ctx: ArticleContext) -> Claim:
    """A tie stated inside a noun phrase ("rebels backed by Turkey", "Turkish-backed
    rebels", "appears to draw in militants allied to Assad") is taken for granted whatever the clause plans or denies; so is support or
    fighting that is the purpose of a deed done ("crossed the border to support Assad")."""
    if kind == "backs" and trigger.dep_ == "acl" and a_stretch_of_time(trigger.head):
        # "X may fight Y for months, backed by Z": as certain as the deed that lasts
        return claim_for(trigger.head.head.head, ctx)
    holding = aim_holding_word(trigger, ctx) if kind == "fights" else None
    if holding is not None:  # "We remain committed to the defeat of Y": as sure as the stance
        stance = claim_for(holding, ctx)  # "We will continue to work to destroy Y": held now
        return held_now(trigger, stance) or held_now(holding, stance) or stance
    aim = asked_aim_claim(trigger, ctx) if kind == "fights" else None
    if aim is not None:
        return aim
    claim = claim_for(trigger, ctx)
    held = held_now(trigger, claim)
    if held is not None:
        return held  # "will continue to back Y": the tie holds now
    if kind == "fights" and failed_attempt(trigger, claim):
        return presupposed(claim)  # "have been unable to dislodge X": they fought for it
    if _describes_its_side(kind, trigger) or trigger.dep_ == "appos":
        return presupposed(claim)  # "the SDF, a U.S. partner, denied ...": not denied
    if owned_role(trigger):  # "whether the jets were Syria's or its ally Russia's"
        return presupposed(claim)
    deed = deed_with_purpose(trigger)
    if claim.cue == "to" and deed is not None:
        # "sent tanks to fight IS", "employs fires in order to contain IS", "sent fighters
        # to fight alongside Y"
        return claim_for(deed, ctx)  # the deed's own certainty
    effort = effort_claim(trigger, ctx) if effort_aim(trigger, claim) else None
    if kind in ("fights", "allied") and effort is not None and not _entering(trigger):
        return effort  # "X and Y began to retake T": they fight (side by side) already
    if kind == "fights" and trigger.dep_ in ("acl", "relcl") and trigger.head.i in ctx.actor_at:
        return presupposed(claim)  # "the coalition to defeat IS" fights it
    if kind == "fights" and named_by_its_enemy(trigger, ctx):
        return presupposed(claim)  # "called for the coalition against IS to help": it fights IS
    return labelled_enemy_claim(trigger, claim) if kind == "fights" else claim


def named_by_its_enemy(trigger: Any, ctx: ArticleContext) -> bool:
    """ "the international coalition against ISIL", "the alliance against the Houthis": a
    side its own name tells the enemy of; the fight holds whatever the clause asks, plans or
    hedges of that side ("called for the coalition against IS to support the operation")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.i not in ctx.actor_at:
        return False
    preps = get_lexicon().certainty("enemy_naming_preps")
    return any(c.dep_ == "prep" and c.lower_ in preps for c in trigger.children)


def event_fight_claim(trigger: Any, claim: Claim, ctx: ArticleContext) -> Claim:
    """The claim of the fights tie drawn from the event at ``trigger`` whose claim is ``claim``."""
    if effort_aim(trigger, claim):
        return effort_claim(trigger, ctx) or claim
    if describes_actor(trigger, ctx):
        return presupposed(replace(claim))  # the event's own claim stays as it is
    held = held_now(trigger, claim)
    if held is not None:
        return held  # "would keep shelling X": they fight now
    if failed_attempt(trigger, claim):
        # "failed to retake T from X": the taking did not happen, the fight for it did
        return replace(claim, certainty="attributed" if claim.attributed_to else "asserted")
    return labelled_enemy_claim(trigger, claim)


def labelled_enemy_claim(trigger: Any, claim: Claim) -> Claim:
    """ "despite its claims to be targeting terrorists", "described by the Kremlin as
    targeting extremists": whom a side says it fights, named by its word for the enemy, is
    that side's claim (hedged); the strike stays as told (claimedtargets.claimed_target)."""
    cue = claimed_target(trigger)
    if not cue:
        return claim
    hedged = replace(claim)
    raise_claim(hedged, "hedged", cue)
    return hedged


def held_now(trigger: Any, claim: Claim) -> Claim | None:
    """A hypothetical claim told as going on ("would keep shelling X", "will continue to
    back Y"): a presupposed copy, the sides fight or back now; else None."""
    if claim.certainty != "hypothetical" or not goes_on(trigger):
        return None
    return presupposed(replace(claim))


def goes_on(trigger: Any) -> bool:
    """ "will continue to back Y", "would keep fighting Y", "pledged to continue arming Y":
    a tie told as going on holds now, whatever the modal, vow or condition over its going
    on says of the future (the future deeds, as events, stay hypothetical: ``presupposed``).
    A denied going on ("will not continue to arm Y") is no hypothetical and stays denied."""
    verb = first_conjunct(trigger)  # "will continue to support and enable them"
    going_on = get_lexicon().certainty("continuing_verbs")
    if verb.lemma_.lower() in going_on:  # "in coordination with X, will continue to ...": allied
        return True
    return _continued(verb, going_on)


def _continued(word: Any, going_on: frozenset[str]) -> bool:
    """ "will continue to back Y", "will continue to stand with X in their mission to defeat
    Y": the tie lies in what a continuing verb goes on with, its complement and the phrases
    and aims that hang on it; not an object something else takes ("will continue to plan a
    mission to defeat Y": the mission is planned), nor a condition ("if Y attacks")."""
    for _ in range(_CONTINUED_REACH):
        head = word.head
        if head.i == word.i or not (word.dep_ in _CONTINUED_DEPS or _purpose_infinitive(word)):
            return False
        if word.dep_ == "xcomp" and head.lemma_.lower() in going_on:
            return True
        word = head
    return False


def _purpose_infinitive(verb: Any) -> bool:
    """ "stand with X to defeat Y": an infinitive of purpose, not a condition or a time
    clause ("if Y attacks", "until T falls")."""
    return bool(
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ == "mark" for c in verb.children)
    )


# how a tie hangs in what a continuing verb goes on with: "to stand (xcomp) with X in
#   (prep) their mission (pobj) to defeat (acl) Y"
_CONTINUED_DEPS = frozenset({"xcomp", "prep", "pobj", "acl"})
_CONTINUED_REACH = 6


def _describes_its_side(kind: str, trigger: Any) -> bool:
    """ "Turkish-backed rebels", "militants allied to Assad": a tie a noun phrase describes
    its side by; an alliance only as a participle ("allied to", "Iran-aligned"), not one
    read off a joint deed ("Russian and Syrian airstrikes" are as sure as the strikes)."""
    if kind == "allied" and trigger.tag_ != "VBN":
        return False
    return kind in _DESCRIBED_KINDS and _modifies_noun(trigger)


def _modifies_noun(trigger: Any) -> bool:
    """ "Turkish-backed rebels", "rebels backed by Turkey": a modifier of the noun; not a
    clause with its own subject or "that" ("reports that Iran armed the Houthis"), which
    tells what the noun says and keeps the clause's certainty."""
    if trigger.dep_ not in _NOUN_MODIFIER_DEPS:
        return False
    return trigger.dep_ != "acl" or not any(c.dep_ in ("nsubj", "mark") for c in trigger.children)


def presupposed(claim: Claim) -> Claim:
    """The claim of a fact a noun phrase takes for granted: plans, hedges and denials of
    the clause are not its own; who says it still counts."""
    if claim.certainty in ("hedged", "hypothetical", "negated"):
        claim.certainty = "attributed" if claim.attributed_to else "asserted"
        claim.cue = ""
    return claim


def _entering(verb: Any) -> bool:
    """A verb of one group entering another ("join", "merge"): an attempt to merge makes no
    allies yet, as an attempt to retake a town is a fight already."""
    relations = get_lexicon().relation_words
    return verb.lemma_.lower() in relations("membership_verbs") | relations("entry_verbs")

"""How sure a sentence is of a fact: asserted, attributed, hedged, hypothetical, negated.

The fact is anchored on its trigger token. Its own clause is checked for negation,
modals, conditions and hedges; the verbs governing it ("denied that", "plans to",
"is believed to", "X said") are checked in turn. Stronger labels win:
negated > hypothetical > hedged > attributed > asserted, so a hedged or conditional
fact is never stored as plain fact. Who says so is kept whatever the label.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.argumenthedges import argument_cues
from frontwatch.extract.chargedenials import deny_closing_charge
from frontwatch.extract.claimants import (
    attribute,
    charge_on_agent,
    found_as_told,
    frames_the_saying,
    is_responsibility_claim,
    sentence_speakers,
    speaker_of_second_statement,
)
from frontwatch.extract.claimedtargets import disputed_claim
from frontwatch.extract.claimrank import raise_claim
from frontwatch.extract.completion import pending_completion
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.coordination import own_statement_joined, shares_first_verb
from frontwatch.extract.deedhedges import (
    asked_belief,
    deed_hedge,
    means_of_the_deed,
    share_taken_in,
    suspected_of,
    suspects_that,
)
from frontwatch.extract.denials import denial_denied, deny, kept_from_or_unable, undenied
from frontwatch.extract.donerelatives import told_as_done
from frontwatch.extract.hearsay import (
    asked_of_the_past,
    belied,
    belied_over,
    doubted,
    hearsay_noun_over,
    unverified_deed,
    verification_condition,
)
from frontwatch.extract.hedgeverbs import (
    is_hedging_verb,
    is_impersonal_hedge,
    is_passive_hedge,
    weighs_the_past,
)
from frontwatch.extract.lapsed import ceased, near_miss, past_habit
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.namedas import check_naming
from frontwatch.extract.presupposed import beside_the_verb, presupposed, subject_of_its_aim
from frontwatch.extract.purposes import (
    ability_word,
    aim_adjective,
    aim_named_by_subject,
    aim_noun_over,
    aims_at,
    is_purpose,
    vows_a_deed,
)
from frontwatch.extract.questions import asked
from frontwatch.extract.timeclauses import is_future_time_clause
from frontwatch.extract.unrealized import (
    aimed_toward,
    condition_phrase,
    effort_made,
    inverted_condition,
    juxtaposed,
    names_itself,
    weighed_occasion,
)
from frontwatch.extract.verbsubjects import active_subject_of, is_participle_adjunct, is_subject_of
from frontwatch.extract.weighed import going_to, weighed, weighs_doing
from frontwatch.records import Claim

_ATTRIBUTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "pcomp", "advcl", "conj", "prep"})
# What a negating verb negates: its complement or object ("failed to take", "denied
# involvement in"), never its subject ("the truce failed") or a clause beside it.
_NEGATED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pcomp", "acomp", "oprd", "pobj"})
_GERUND_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def claim_for(anchor: Any, ctx: ArticleContext) -> Claim:
    """The claim status of the fact whose trigger is ``anchor``."""
    if presupposed(anchor):
        return _presupposed_claim(anchor, ctx)
    claim = Claim()
    head = _local_checks(anchor, claim)
    hedge = deed_hedge(anchor)
    if hedge:
        raise_claim(claim, "hedged", hedge)  # "strikes allegedly carried out by X"
    if is_purpose(head) and not unverified_deed(anchor, head):  # not "unable to verify T"
        raise_claim(claim, "hypothetical", "to")  # "an offensive to retake T": an aim, not a result
    _unrealized(head, claim)
    habit = past_habit(head)
    if habit:
        raise_claim(claim, "negated", habit)  # "rebels used to control T": not now
    if vows_a_deed(anchor):
        raise_claim(claim, "hypothetical", anchor.text)  # "vowed to retake T": the deed is an aim
    aim = aim_noun_over(anchor) or pending_completion(anchor)  # "... is expected to be completed"
    aim = aim or aim_named_by_subject(anchor)  # "the plan was to encircle T, then seize it"
    if aim:
        raise_claim(claim, "hypothetical", aim)  # "preparations for an assault on T"
    hearsay = hearsay_noun_over(anchor)
    if hearsay:
        raise_claim(claim, "hedged", hearsay)  # "after reports of clashes near T"
    falsity = belied_over(anchor)
    if falsity:
        raise_claim(claim, "negated", falsity)  # "reports of the attack were fake news"
    if asked(head):
        raise_claim(claim, "hypothetical", "?")  # "Did X arm Y?": asked, not told
    if is_passive_hedge(head):
        raise_claim(claim, "hedged", head.text)  # "the strike was suspected to have been ..."
    if head.i != anchor.i and (not is_subject_of(anchor, head) or _passive_subject(anchor, head)):
        _object_of_verb(head, claim, ctx, anchor)  # "the capture of T was announced by X"
    _governing_checks(head, claim, ctx)
    check_naming(anchor, claim, ctx)  # "it has been described as a victory over IS"
    deny_closing_charge(anchor, claim, ctx)  # "Iran armed the Houthis, a charge Tehran denies"
    sentence_speakers(anchor, claim, ctx)
    disputed = disputed_claim(anchor)
    if disputed:
        raise_claim(claim, "hedged", disputed)  # "despite X's claims that it took T"
    return claim


def _unrealized(head: Any, claim: Claim) -> None:
    host = share_taken_in(head)
    if host is not None:
        _check_token(host, claim)  # "reportedly took part in storming T": hedged as the taking part
    toward = aimed_toward(head)
    if toward:
        raise_claim(claim, "hypothetical", toward)  # "progress toward liberating T": not yet done
    condition = inverted_condition(head)
    if condition:
        raise_claim(claim, "hypothetical", condition)  # "Had the militia stormed the base, ..."
    occasion = weighed_occasion(head)
    if occasion:
        raise_claim(claim, "hypothetical", occasion)  # "would be the first time X armed Y"


def _presupposed_claim(anchor: Any, ctx: ArticleContext) -> Claim:
    """A deed taken as done ("to support the regime in its fight against ..."): the hedges
    on its own words and the hedges and speakers over it count, not the aims, conditions
    or denials of what the sentence tells about it."""
    claim, local = Claim(), Claim()
    _local_checks(anchor, local)
    if local.certainty == "hedged":
        raise_claim(claim, "hedged", local.cue)
    _presupposed_checks(anchor, claim, ctx)
    check_naming(anchor, claim, ctx)  # "it was described as Iraq's victory over IS"
    sentence_speakers(anchor, claim, ctx)
    return claim


def _local_checks(anchor: Any, claim: Claim) -> Any:
    """Check the trigger and the verbs of its own clause; return the clause head."""
    current = anchor
    while True:
        perceived = current.i != anchor.i and _perceives(current)
        # "the strikes were not aimed at IS": what the deed was for is denied, not the deed
        aim_of_subject = subject_of_its_aim(anchor, current)
        negatable = not (
            _said_of_its_subject(anchor, current) or _disowned(anchor, current) or aim_of_subject
        ) and not denial_denied(anchor, current)
        conditional = not aim_of_subject
        if unverified_deed(anchor, current):  # "the strike could not be confirmed": unsure
            raise_claim(claim, "hedged", current.text)  # (its "could not" is the verifying's)
        else:
            _check_token(current, claim, negatable=negatable, perceived=perceived, conditional=conditional)
        if current.head.i == current.i:
            return current
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in _GERUND_SUBJECT_DEPS:
            return current  # "if fighting continued": a gerund subject is checked with its verb
        if current.dep_ in ("conj",) and current.head.pos_ not in ("VERB", "AUX"):
            return current
        current = current.head


def _said_of_its_subject(anchor: Any, verb: Any) -> bool:
    """ "The talks did not end the war", "the strike caused no deaths": a named deed that
    is its verb's subject took place whatever the verb denies of it, unless the verb is
    its taking place ("the attack did not happen", "fighting did not resume")."""
    if anchor.i == verb.i or anchor.pos_ not in ("NOUN", "PROPN"):
        return False
    occurring = verb.lemma_.lower() in get_lexicon().certainty("occurrence_verbs")
    return active_subject_of(anchor, verb) and not occurring


def _perceives(verb: Any) -> bool:
    """ "can hear shelling", "can only be described as airstrikes": the act is seen or named."""
    return verb.lemma_.lower() in get_lexicon().certainty("perception_verbs")


def _disowned(anchor: Any, verb: Any) -> bool:
    """ "No one claimed the bombing", "no group has taken responsibility for the attack": a
    denied or missing claim of a deed leaves the deed done (only its doer unknown)."""
    if anchor.i == verb.i or not is_responsibility_claim(verb):
        return False
    return not active_subject_of(anchor, verb)


def _check_token(
    tok: Any,
    claim: Claim,
    *,
    negatable: bool = True,
    perceived: bool = False,
    conditional: bool = True,
) -> None:
    """Cues on one token of the fact's clause; ``perceived``: the token is a verb of
    perceiving the fact, whose "can" is no doubt on the fact; ``conditional``: an "if" or
    "whether" on the token puts the fact in doubt (not when the fact is its subject and
    the clause asks only what it was for)."""
    lex = get_lexicon()
    hedges, negations = lex.certainty("hedge_words"), lex.certainty("negation_words")
    for child in tok.children:
        low = child.lower_
        negation = (
            child.dep_ == "neg"
            or (low in negations and child.dep_ in ("advmod", "det", "preconj"))
            or ceased(child)  # "no longer holds T"
            or near_miss(child, tok)  # "nearly captured T"
        )
        if negation:
            if negatable:
                raise_claim(claim, "negated", child.text)
        elif child.dep_ in ("aux", "auxpass") and low in lex.certainty("hypothetical_modals"):
            # read only under a modal: "if confirmed, the capture would ...": unconfirmed
            if if_true := verification_condition(tok):
                raise_claim(claim, "hedged", if_true)
            elif weighs_the_past(tok, child):
                raise_claim(claim, "hedged", child.text)  # "could have been the work of"
            elif not (perceived and low in lex.certainty("ability_modals")):
                raise_claim(claim, "hypothetical", child.text)
        elif child.dep_ == "aux" and low in lex.certainty("hedge_modals"):
            raise_claim(claim, "hedged", child.text)
        elif (child.dep_ == "mark" and low in lex.certainty("hypothetical_marks")) or condition_phrase(child):
            if conditional and asked_of_the_past(child, tok):
                raise_claim(claim, "hedged", child.text)  # "unclear whether X had taken T"
            elif conditional:
                raise_claim(claim, "hypothetical", child.text)
        elif low in hedges or child.lemma_.lower() in hedges:
            raise_claim(claim, "hedged", child.text)
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            for level, cue in argument_cues(child, negatable=negatable, doer=child.dep_ == "nsubj"):
                raise_claim(claim, level, cue)


def _object_of_verb(verb: Any, claim: Claim, ctx: ArticleContext, fact: Any) -> None:
    """A nominal fact governed by its verb: "called for a ceasefire" (asked, not done),
    "denied involvement in the attack" (negated), "claimed the attack" (their word).
    "Pressed the offensive" carries an effort on: done, not asked for."""
    if fact.dep_ == "oprd" or unverified_deed(fact, verb) or beside_the_verb(fact, verb):
        return  # "called the deadliest attack": named so; "could not confirm the raid": no claim
    lex = get_lexicon()
    lemma = verb.lemma_.lower()
    pursued = (
        lemma in lex.certainty("pursue_verbs")
        and fact.dep_ == "dobj"
        and fact.lemma_.lower() in lex.certainty("effort_words")
    )
    if lemma in lex.certainty("negation_verbs"):
        deny(verb, claim, ctx)
    elif (lemma in lex.certainty("request_verbs") and not pursued) or weighed(verb, fact):
        raise_claim(claim, "hypothetical", verb.text)
    elif lemma in lex.certainty("claim_verbs") | lex.certainty("accusation_verbs") or (
        is_responsibility_claim(verb)  # "took responsibility for the attack"
    ):
        attribute(verb, claim, ctx)  # "claimed the attack", "blamed X for the bombing"


def _governing_checks(head: Any, claim: Claim, ctx: ArticleContext) -> None:
    lex = get_lexicon()
    child, adjunct = head, False
    for _ in range(6):
        gov = child.head
        if gov.i == child.i:
            return
        if told_as_done(child):
            _presupposed_checks(gov, claim, ctx)
            return
        if own_statement_joined(child):
            return  # "X said jets bombed T, but Moscow denied it": Moscow's word, not X's
        speaker = speaker_of_second_statement(child)
        if speaker is not None:
            child = speaker  # "denied that X took T, and accused Y of shelling it": not denied
            continue
        adjunct = adjunct or _participle_clause(child)
        lemma = gov.lemma_.lower()
        falsity = belied(gov, child) if gov.pos_ == "NOUN" else ""
        if juxtaposed(gov, child) or (adjunct and effort_made(gov, child)):
            pass  # "Jets bombed T; the toll is expected to rise", "trying to seize T, shelling it"
        elif falsity:
            raise_claim(claim, "negated", falsity)  # "reports that X struck T are baseless"
        elif lemma in lex.certainty("negation_verbs") and child.dep_ in _NEGATED_DEPS:
            deny(gov, claim, ctx)
        elif kept_from_or_unable(gov, child, head):
            raise_claim(claim, "negated", gov.text)  # "barred from using X", "unable to mobilise"
        elif (
            lemma in lex.certainty("hypothetical_verbs")
            and (child.dep_ in ("xcomp", "ccomp", "acl") or aims_at(child))
            and not names_itself(gov, child)  # "fighters calling themselves X shelled T"
        ) or weighs_doing(gov, child) or going_to(gov, child) or aim_adjective(gov, child):
            # "discussed launching", "was going to", "intent on seizing"
            raise_claim(claim, "hypothetical", gov.text)
        elif (
            is_hedging_verb(gov, child)
            or is_impersonal_hedge(gov, child)
            or suspected_of(gov, child)
        ):
            raise_claim(claim, "hedged", gov.text)
        elif suspects_that(gov, child):
            raise_claim(claim, "hedged", gov.text)  # "police suspect that IS bombed T"
            attribute(gov, claim, ctx)  # ... and the police are the ones who suspect it
        elif asked_belief(gov, child):
            raise_claim(claim, "hypothetical", gov.text)  # "unclear whether it believes X did"
        elif doubted(gov, child):
            raise_claim(claim, "hedged", gov.text)  # "reports that X struck T", "no sign that"
        elif is_future_time_clause(gov, child):
            raise_claim(claim, "hypothetical", gov.text)  # "will go on until T is taken"
        shares = child.dep_ == "xcomp" or _participle_clause(child) or ability_word(child)
        joined = shares_first_verb(child)  # "reportedly stormed T and shelled U": not its "not"
        if (shares or joined or means_of_the_deed(child)) and not undenied(gov):  # "by seizing"
            _check_token(gov, claim, negatable=not (means_of_the_deed(child) or joined))
        if (
            lemma in lex.certainty("attribution_verbs")
            and not frames_the_saying(gov, child)
            and found_as_told(gov, child)  # "found that X did", not "found and defused mines"
            and (
                child.dep_ in _ATTRIBUTED_DEPS
                or (child.dep_ == "dobj" and lemma in lex.certainty("accusation_verbs"))
                or (lemma in lex.certainty("accusation_verbs") and charge_on_agent(child, head))
            )
        ):  # "accused X of shelling T": the deed hangs on the accused
            attribute(gov, claim, ctx)
        elif child.dep_ == "dobj" and is_responsibility_claim(gov):
            attribute(gov, claim, ctx)  # "claimed responsibility for the attacks that killed 31"
        child = gov


def _presupposed_checks(noun: Any, claim: Claim, ctx: ArticleContext) -> None:
    """ "an attempt to seize it from IS, which took the town in 2014": a relative clause is
    presupposed, so the aims, conditions and denials over its noun are not its own; who
    says so, and a hedge on what they say, still are."""
    outer = Claim()
    _governing_checks(noun, outer, ctx)
    if outer.certainty == "hedged":
        raise_claim(claim, "hedged", outer.cue)
    if outer.attributed_to or outer.certainty == "attributed":
        raise_claim(claim, "attributed", outer.cue if outer.certainty == "attributed" else "")
        claim.attributed_to = claim.attributed_to or outer.attributed_to


def _participle_clause(verb: Any) -> bool:
    """ "X reportedly struck T, killing 12": the participle shares its main verb's
    hedges, modals and negation (it has no subject or conjunction of its own)."""
    return (
        verb.dep_ == "advcl"
        and is_participle_adjunct(verb)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _passive_subject(anchor: Any, head: Any) -> bool:
    """ "the capture of T was announced (denied) by X": a passive claim's or denial's
    subject is what it is about, as an object would be ("attacks were condemned by X"
    stays as it was: a condemnation takes the deed as done)."""
    cues = get_lexicon().certainty
    words = cues("claim_verbs") | cues("denial_verbs")
    return anchor.head.i == head.i and anchor.dep_ == "nsubjpass" and head.lemma_.lower() in words

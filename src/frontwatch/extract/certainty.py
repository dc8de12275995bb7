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
from frontwatch.extract.closingsaid import closing_attribution_verb
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.hearsay import hearsay_noun_over, is_hearsay
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.speakernames import name_of_speaker
from frontwatch.extract.speakers import (
    speaker_without_subject,
)
from frontwatch.extract.verbsubjects import is_participle_adjunct
from frontwatch.records import Claim

_RANK = {"asserted": 0, "attributed": 1, "hedged": 2, "hypothetical": 3, "negated": 4}
_ATTRIBUTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "pcomp", "advcl", "conj", "prep"})
# What a negating verb negates: its complement or object ("failed to take", "denied
# involvement in"), never its subject ("the truce failed") or a clause beside it.
_NEGATED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pcomp", "acomp", "oprd", "pobj"})
_GERUND_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def claim_for(anchor: Any, ctx: ArticleContext) -> Claim:
    """The claim status of the fact whose trigger is ``anchor``."""
    claim = Claim()
    head = _local_checks(anchor, claim)
    if _is_purpose(head):
        _raise(claim, "hypothetical", "to")  # "an offensive to retake T": an aim, not a result
    if _vows_a_deed(anchor):
        _raise(claim, "hypothetical", anchor.text)  # "vowed to retake T": the deed is an aim
    aim = _aim_noun_over(anchor)
    if aim:
        _raise(claim, "hypothetical", aim)  # "preparations for an assault on T"
    hearsay = hearsay_noun_over(anchor)
    if hearsay:
        _raise(claim, "hedged", hearsay)  # "after reports of clashes near T"
    if _is_passive_hedge(head):
        _raise(claim, "hedged", head.text)  # "the strike was suspected to have been ..."
    if head.i != anchor.i and not _is_subject_of(anchor, head):
        _object_of_verb(head, claim, ctx, anchor)
    _governing_checks(head, claim, ctx)
    if not claim.attributed_to:
        _according_to(anchor.sent, claim, ctx)
    if not claim.attributed_to:
        _trailing_attribution(anchor, claim, ctx)
    return claim


def _trailing_attribution(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """'..., the Observatory said (on Friday).' even when the parser hung the speaker
    elsewhere. Copy that lost its commas ('... killing 12 the Observatory said') counts
    when the verb's own subject stands wholly after the fact."""
    verb = closing_attribution_verb(anchor.sent)
    if verb is None or verb.i < anchor.i:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "said the UN"
    commas = [t.i for t in anchor.sent if t.text == "," and anchor.i < t.i < verb.i]
    if not commas and (subject is None or subject.left_edge.i <= anchor.i):
        return
    _raise(claim, "attributed", verb.text)
    speaker = subject
    if speaker is None:
        span = anchor.doc[commas[-1] + 1 : verb.i]
        speaker = span[-1] if len(span) else None
    if speaker is not None:
        claim.attributed_to = name_of_speaker(speaker, ctx)


def _raise(claim: Claim, certainty: str, cue: str) -> None:
    if _RANK[certainty] > _RANK[claim.certainty]:
        claim.certainty = certainty  # type: ignore[assignment]
        claim.cue = cue


def _local_checks(anchor: Any, claim: Claim) -> Any:
    """Check the trigger and the verbs of its own clause; return the clause head."""
    current = anchor
    while True:
        perceived = current.i != anchor.i and _perceives(current)
        _check_token(
            current, claim, negatable=not _said_of_its_subject(anchor, current), perceived=perceived
        )
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
    return _active_subject_of(anchor, verb) and not occurring


def _perceives(verb: Any) -> bool:
    """ "can hear shelling", "can only be described as airstrikes": the act is seen or named."""
    return verb.lemma_.lower() in get_lexicon().certainty("perception_verbs")


def _check_token(tok: Any, claim: Claim, *, negatable: bool = True, perceived: bool = False) -> None:
    """Cues on one token of the fact's clause; ``perceived``: the token is a verb of
    perceiving the fact, whose "can" is no doubt on the fact."""
    lex = get_lexicon()
    hedges, negations = lex.certainty("hedge_words"), lex.certainty("negation_words")
    for child in tok.children:
        low = child.lower_
        negation = child.dep_ == "neg" or (
            low in negations and child.dep_ in ("advmod", "det", "preconj")
        )
        if negation:
            if negatable:
                _raise(claim, "negated", child.text)
        elif child.dep_ in ("aux", "auxpass") and low in lex.certainty("hypothetical_modals"):
            if not (perceived and low in lex.certainty("ability_modals")):
                _raise(claim, "hypothetical", child.text)
        elif child.dep_ == "aux" and low in lex.certainty("hedge_modals"):
            _raise(claim, "hedged", child.text)
        elif child.dep_ == "mark" and low in lex.certainty("hypothetical_marks"):
            _raise(claim, "hypothetical", child.text)
        elif low in hedges or child.lemma_.lower() in hedges:
            _raise(claim, "hedged", child.text)
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            for level, cue in argument_cues(child, negatable=negatable, doer=child.dep_ == "nsubj"):
                _raise(claim, level, cue)


def _object_of_verb(verb: Any, claim: Claim, ctx: ArticleContext, fact: Any) -> None:
    """A nominal fact governed by its verb: "called for a ceasefire" (asked, not done),
    "denied involvement in the attack" (negated), "claimed the attack" (their word).
    "Pressed the offensive" carries an effort on: done, not asked for."""
    lex = get_lexicon()
    lemma = verb.lemma_.lower()
    pursued = (
        lemma in lex.certainty("pursue_verbs")
        and fact.dep_ == "dobj"
        and fact.lemma_.lower() in lex.certainty("effort_words")
    )
    if lemma in lex.certainty("negation_verbs"):
        _raise(claim, "negated", verb.text)
        _denied_by(verb, claim, ctx)
    elif lemma in lex.certainty("request_verbs") and not pursued:
        _raise(claim, "hypothetical", verb.text)
    elif lemma in lex.certainty("claim_verbs") | lex.certainty("accusation_verbs"):
        _attribute(verb, claim, ctx)  # "claimed the attack", "blamed X for the bombing"


def _governing_checks(head: Any, claim: Claim, ctx: ArticleContext) -> None:
    lex = get_lexicon()
    child = head
    for _ in range(6):
        gov = child.head
        if gov.i == child.i:
            return
        if told_as_done(child):
            _presupposed_checks(gov, claim, ctx)
            return
        lemma = gov.lemma_.lower()
        if lemma in lex.certainty("negation_verbs") and child.dep_ in _NEGATED_DEPS:
            _raise(claim, "negated", gov.text)
            _denied_by(gov, claim, ctx)
        elif lemma in lex.certainty("hypothetical_verbs") and (
            child.dep_ in ("xcomp", "ccomp", "acl") or _aims_at(child)
        ):
            _raise(claim, "hypothetical", gov.text)
        elif _is_hedging_verb(gov, child) or _is_impersonal_hedge(gov, child):
            _raise(claim, "hedged", gov.text)
        elif is_hearsay(gov, child):
            _raise(claim, "hedged", gov.text)  # "reports that X struck T"
        elif _is_future_time_clause(gov, child):
            _raise(claim, "hypothetical", gov.text)  # "will go on until T is taken"
        if child.dep_ == "xcomp" or _participle_clause(child):
            _check_token(gov, claim)
        if lemma in lex.certainty("attribution_verbs") and (
            child.dep_ in _ATTRIBUTED_DEPS
            or (child.dep_ == "dobj" and lemma in lex.certainty("accusation_verbs"))
        ):  # "accused X of shelling T": the deed hangs on the accused
            _attribute(gov, claim, ctx)
        child = gov


def told_as_done(verb: Any) -> bool:
    """A relative clause in the past ("Tal Abyad, which they took in June", "the districts
    it has captured", "who had stormed the base") describes what was done, whatever aim
    governs the sentence; a modal or future one ("which may be captured", "which will be
    stormed") and a kind ("planes that cross the border") do not."""
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):  # "which was the site of"
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in get_lexicon().certainty("hypothetical_modals") for a in auxes):
        return False
    if verb.tag_ != "VBN":
        return bool(verb.tag_ == "VBD")
    if not auxes:  # "the hills that rebels captured": a past tense tagged as participle
        return any(c.dep_ == "nsubj" for c in verb.children)
    return any(a.lemma_ in ("have", "be") and a.tag_ != "VB" for a in auxes)


def _presupposed_checks(noun: Any, claim: Claim, ctx: ArticleContext) -> None:
    """ "an attempt to seize it from IS, which took the town in 2014": a relative clause is
    presupposed, so the aims, conditions and denials over its noun are not its own; who
    says so, and a hedge on what they say, still are."""
    outer = Claim()
    _governing_checks(noun, outer, ctx)
    if outer.certainty == "hedged":
        _raise(claim, "hedged", outer.cue)
    if outer.attributed_to or outer.certainty == "attributed":
        _raise(claim, "attributed", outer.cue if outer.certainty == "attributed" else "")
        claim.attributed_to = claim.attributed_to or outer.attributed_to


def _participle_clause(verb: Any) -> bool:
    """ "X reportedly struck T, killing 12": the participle shares its main verb's
    hedges, modals and negation (it has no subject or conjunction of its own)."""
    return (
        verb.dep_ == "advcl"
        and is_participle_adjunct(verb)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _aim_noun_over(anchor: Any) -> str:
    """ "preparations for an assault", "plans for an offensive", "the threat of strikes",
    "warned against new strikes": a nominal deed that a noun of planning or threat, or a
    verb of warning, governs is not done."""
    prep = anchor.head
    if anchor.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
        return ""  # pcomp: "on the verge of closing the crossing"
    cues, governor = get_lexicon().certainty, prep.head.lemma_.lower()
    aim = prep.lower_ in ("for", "of") and governor in cues("aim_nouns")
    warning = prep.lower_ in ("against", "of") and governor in cues("caution_verbs")
    return prep.head.text if aim or warning else ""


def _vows_a_deed(anchor: Any) -> bool:
    """ "vowed to drive IS out", "pledged to continue the fight": a vow is told for the deed
    it promises, which is not done; a vow of a thing ("pledged $10 million") is a fact."""
    if anchor.lemma_.lower() not in get_lexicon().certainty("vow_verbs"):
        return False
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in anchor.children
    )


def _aims_at(prep: Any) -> bool:
    """ "aimed at clearing T", "seeking to": a preposition whose object is a gerund."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ not in get_lexicon().certainty("done_preps")
        and any(c.dep_ == "pcomp" for c in prep.children)
    )


def _is_purpose(head: Any) -> bool:
    """An infinitive of purpose or aim: "launched an offensive to retake T", "the effort
    to free T", "worked to clear T", "an operation started to recapture T". Not a done
    deed ("managed to take T") nor a perfect ("is said to have taken T")."""
    if head.dep_ not in ("advcl", "acl", "relcl", "xcomp") or head.tag_ != "VB":
        return _bare_infinitive(head)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return _bare_infinitive(head)
    lex = get_lexicon()
    governor = head.head
    done = governor.lemma_.lower() in lex.certainty("implicative_verbs") or (
        governor.tag_ == "VBD"
        and governor.lemma_.lower() in lex.certainty("past_implicative_verbs")
    )  # "had to withdraw" in the past: they did
    return not (head.dep_ in ("xcomp", "advcl") and done)


def _bare_infinitive(verb: Any) -> bool:
    """ "our call on the regime to cease the violence, free the detainees and allow access":
    a base form with no subject, auxiliary or conjunction of its own, listed after a
    to-infinitive, is one more thing asked for."""
    # VBP without a subject is a base form the tagger took for a present ("..., free the detainees")
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("advcl", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    # the infinitive before it must itself be an aim: not "managed to advance and kill 47"
    siblings = [verb.head, *verb.head.children]
    return any(
        s.i < verb.i
        and s.tag_ == "VB"
        and any(a.lower_ == "to" for a in s.children)
        and _is_purpose(s)
        for s in siblings
    ) or (verb.dep_ == "conj" and _bare_infinitive(verb.head))


def _is_subject_of(anchor: Any, head: Any) -> bool:
    """ "the truce failed", "rounds of talks failed": the fact is (in) the verb's subject,
    not what it acts on ("attacks were not carried out": a passive acts on its subject)."""
    if anchor.head.i == head.i and anchor.dep_ in ("nsubj", "nsubjpass"):
        return True
    return _active_subject_of(anchor, head)


def _active_subject_of(anchor: Any, head: Any) -> bool:
    for tok in (anchor, *anchor.ancestors):
        if tok.head.i == head.i and tok.i != head.i:
            return bool(tok.dep_ == "nsubj")
    return False


def _is_passive_hedge(verb: Any) -> bool:
    if verb.lemma_.lower() not in get_lexicon().certainty("hedge_verbs"):
        return False
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "xcomp" in deps


def _is_hedging_verb(gov: Any, child: Any) -> bool:
    if child.dep_ != "xcomp" or gov.lemma_.lower() not in get_lexicon().certainty("hedge_verbs"):
        return False
    passive = any(c.dep_ == "auxpass" for c in gov.children)
    return passive or gov.lemma_.lower() in ("appear", "seem")


def _is_impersonal_hedge(gov: Any, child: Any) -> bool:
    """ "It looks like the militants shelled T", "it seems that": an empty "it" subject."""
    if gov.lemma_.lower() not in get_lexicon().certainty("impersonal_hedge_verbs"):
        return False
    empty_it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in gov.children)
    return empty_it and child.dep_ in ("ccomp", "advcl", "prep", "xcomp")


def _is_future_time_clause(gov: Any, child: Any) -> bool:
    """ "the offensive would continue until the countryside was captured": a time clause
    under a verb of the future or a condition tells what has not happened yet."""
    lex = get_lexicon()
    marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
    if child.dep_ != "advcl" or not marks & lex.certainty("future_clause_marks"):
        return False
    governors = [gov, *list(gov.ancestors)[:3]]  # "will be responsible for securing T once ..."
    modals = lex.certainty("hypothetical_modals")
    return any(c.dep_ == "aux" and c.lower_ in modals for g in governors for c in g.children)


def _denied_by(verb: Any, claim: Claim, ctx: ArticleContext) -> None:
    """ "Russia denied that its jets struck T": the one who denies says so, not the one
    the denied claim was reported by."""
    if claim.attributed_to or verb.lemma_.lower() not in get_lexicon().certainty("denial_verbs"):
        return
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is not None:
        claim.attributed_to = name_of_speaker(speaker, ctx)


def _attribute(verb: Any, claim: Claim, ctx: ArticleContext) -> None:
    _raise(claim, "attributed", verb.text)
    if claim.attributed_to:
        return
    speaker = _speaker_of(verb) or speaker_without_subject(verb, ctx)
    if speaker is not None:
        claim.attributed_to = name_of_speaker(speaker, ctx)


def _speaker_of(verb: Any) -> Any | None:
    """The subject of "said"; the object of "quoted X as saying"/"cited X as saying"."""
    if verb.lemma_.lower() == "say" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    deps = ("dobj",) if verb.lemma_.lower() in ("quote", "cite") else ("nsubj",)
    for dep in (*deps, "nsubj"):
        for child in verb.children:
            if child.dep_ == dep:
                return child
    return None


def _according_to(sent: Any, claim: Claim, ctx: ArticleContext) -> None:
    for tok in sent:
        if tok.lower_ == "according":
            objs = [
                g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
            ]
            if objs:
                _raise(claim, "attributed", "according to")
                claim.attributed_to = name_of_speaker(objs[0], ctx)
                return

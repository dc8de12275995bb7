"""Doubt told on the words that name a deed rather than on its clause.

"Hundreds died in strikes allegedly carried out by government troops": the participle that
gives the strikes their doer carries the doubt, on the strikes and on the deaths. "Civilians were killed in a suspected
coalition air strike": the deed in which the killing happened is in doubt, so is the
killing. "Planes were suspected of launching the strikes": a passive verb of suspicion
with "of" and a gerund hedges as "suspected to have launched" does.
Words are data (cues.yaml, certainty: ``hedge_words``, ``hedge_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.seemings import seemingly_aimed
from frontwatch.nlp.treearrays import children_indices, children_labelled, lower_forms

_ACL = frozenset({"acl"})

_IN_DEED_PREPS = frozenset({"in", "by"})  # "killed in a suspected strike", "hit by"


def deed_hedge(anchor: Any) -> str:
    """The hedge word on the phrase that names the deed at ``anchor``, or ''."""
    return (
        _participle_hedge(anchor)
        or _hedged_deed_adjunct(anchor)
        or _hedged_doer(anchor)
        or seemingly_aimed(anchor)  # "the strikes appear targeted on IS positions"
    )


def _participle_hedge(noun: Any) -> str:
    """ "strikes allegedly carried out by X", "raids believed to have been conducted by Y":
    a past participle describing the deed noun, with a hedge word or a verb of belief."""
    hedges, verbs = get_lexicon().certainty("hedge_words"), get_lexicon().certainty("hedge_verbs")
    for acl in (c for c in children_labelled(noun, _ACL) if c.tag_ == "VBN"):
        if acl.lemma_.lower() in verbs and any(c.dep_ == "xcomp" for c in acl.children):
            return str(acl.text)
        word = next((c for c in acl.children if c.dep_ == "advmod" and c.lower_ in hedges), None)
        if word is not None:
            return str(word.text)
    return ""


def _hedged_deed_adjunct(verb: Any) -> str:
    """ "were killed in a suspected air strike": a hedge word before the deed noun that a
    verb's "in" or "by" names as the occasion (a deed noun, not a place: "killed in a
    suspected hideout" is no doubt on the killing); "a raid allegedly flown by X hit T": a
    hedged participle on the deed noun that is the verb's subject."""
    if verb.pos_ != "VERB":
        return ""
    hedges = get_lexicon().certainty("hedge_words")
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        told = _participle_hedge(subject)  # "a raid believed to have been flown by X hit"
        if told and (_names_a_deed(subject) or not _believed_state(subject)):
            return told
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        if prep.lower_ not in _IN_DEED_PREPS:
            continue
        for noun in (g for g in prep.children if g.dep_ == "pobj" and _names_a_deed(g)):
            word = next((m for m in noun.lefts if m.dep_ == "amod" and m.lower_ in hedges), None)
            if word is not None:
                return str(word.text)
            told = _participle_hedge(noun)  # "killed in strikes allegedly carried out by"
            if told:
                return told
    return ""


def _hedged_doer(anchor: Any) -> str:
    """ "convoys were attacked, presumably by Israeli jets", "an attack, reportedly by IS":
    a hedge word on the "by" that names the doer doubts who did the deed, so the deed as
    told (this doer's) is hedged; a noun's own verb counts ("came under fire, apparently by
    snipers"). A hedge on a later clause ("hit by jets, reportedly killing five") is not here."""
    hedges = get_lexicon().certainty("hedge_words")
    hosts = [anchor, anchor.head] if anchor.pos_ in ("NOUN", "PROPN") else [anchor]
    lowers, kids = lower_forms(anchor.doc), children_indices(anchor.doc)  # a Token only of a "by"
    for by in (anchor.doc[c] for host in hosts for c in kids[host.i] if lowers[c] == "by"):
        if by.dep_ not in ("agent", "prep"):
            continue
        word = next((m for m in by.children if m.dep_ == "advmod" and m.lower_ in hedges), None)
        if word is not None:
            return str(word.text)
    return ""


def _believed_state(doer: Any) -> bool:
    """ "IS, long believed to be weakened, seized T": what is believed of the doer is a
    state of it (a participle or an adjective), not who it is ("militants believed to be
    from IS", "gunmen believed to be IS members" leave the doer in doubt)."""
    for acl in (c for c in children_labelled(doer, _ACL) if c.tag_ == "VBN"):
        for told in (c for c in acl.children if c.dep_ == "xcomp"):
            if told.tag_ in ("VBN", "JJ") or any(c.dep_ == "acomp" for c in told.children):
                return True
    return False


def _names_a_deed(noun: Any) -> bool:
    """A deed noun ("strike", "air strike", "an operation"), not a place the deed was done
    in: "killed in a suspected hideout" doubts the hideout, not the killing."""
    nouns = get_lexicon().nouns
    lemma = noun.lemma_.lower()
    compounds = [c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound"]
    joined = " ".join([*compounds, lemma])
    operations = get_lexicon().relation_words("co_agent_nouns")
    return lemma in nouns or joined in nouns or lemma in operations


def suspected_of(verb: Any, child: Any) -> bool:
    """ "X were suspected of launching the strikes": passive, with "of" and a gerund."""
    if child.dep_ != "prep" or child.lower_ != "of":
        return False
    if verb.lemma_.lower() not in get_lexicon().certainty("hedge_verbs"):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(c.dep_ == "pcomp" for c in child.children)


def suspects_that(gov: Any, child: Any) -> bool:
    """ "Police suspect that IS bombed T", "officials believe Iran supplied the drones": a
    deed told as what someone suspects or believes is their doubt, not a fact (the passive
    "is believed to" is ``hedgeverbs.is_hedging_verb``)."""
    if child.dep_ != "ccomp" or gov.pos_ not in ("VERB", "AUX"):
        return False
    if _asked(gov):
        return False  # "did not say whether it believed anyone was killed": no belief held
    return gov.lemma_.lower() in get_lexicon().certainty("doubt_verbs")


def asked_belief(gov: Any, child: Any) -> bool:
    """ "unclear whether the army believes rebels shelled T", "did not say whether it thought
    anyone was killed": a belief asked about leaves the deed open (hypothetical)."""
    if child.dep_ != "ccomp" or gov.pos_ not in ("VERB", "AUX") or not _asked(gov):
        return False
    return gov.lemma_.lower() in get_lexicon().certainty("doubt_verbs")


def _asked(verb: Any) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def share_taken_in(head: Any) -> Any | None:
    """ "reportedly took part in storming T", "allegedly had a role in retaking T", "joined
    in shelling T": a gerund after "in" is the deed a verb of taking part (or its object)
    frames, so that verb's hedges, modals and negation are the deed's; that verb, else None."""
    prep = head.head
    if head.dep_ != "pcomp" or head.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in get_lexicon().certainty("share_preps"):
        return None
    host = prep.head
    if host.pos_ == "NOUN" and host.dep_ == "dobj":  # "had a role in", "played a part in"
        host = host.head
    return host if host.pos_ in ("VERB", "AUX") else None


def means_of_the_deed(prep: Any) -> bool:
    """ "X reportedly cut the road by seizing a bridge": the gerund that tells how a deed
    was done shares its verb's hedges and modals (it has no clause of its own), but not its
    negation: "X did not take T by storming it but by a deal" denies the means, not a deed."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "by"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    )

"""Facts told as what reports or claims say: "reports that X struck T", "reports emerged that
X struck T", "after reports of clashes", "unconfirmed reports said": unconfirmed (hedged) --
unless someone owns the report ("a report by SANA that", "its report that": attributed)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, refers_back
from frontwatch.extract.referents import plural_pronoun
from frontwatch.nlp.docspans import sentences as doc_sentences
from frontwatch.nlp.wordtest import tokens_passing

_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def is_hearsay(gov: Any, child: Any) -> bool:
    """``child`` (on the way up from a fact) is what a report or claim says: a clause of the
    noun ("reports that ..."), or the clause of a verb whose subject is one ("reports emerged
    that ...", "unconfirmed reports said ...")."""
    if gov.pos_ == "NOUN":
        clause = child.dep_ in ("acl", "ccomp") or is_content_clause(child)
        return clause and is_unowned_hearsay(gov)
    if gov.pos_ not in ("VERB", "AUX") or child.dep_ not in ("ccomp", "xcomp"):
        return False
    return any(
        c.dep_ == "nsubj"
        and is_unowned_hearsay(c)
        and not refers_back(c)  # "the report said": a document named before, so owned by its source, speaks
        and not reports_speaking(c, gov)
        for c in gov.children
    )


def reports_speaking(noun: Any, verb: Any) -> bool:
    """ "Local reports said X struck T", "initial reports indicate ...", "some reports say ...":
    reports that say or show something are its source (attributed), as a speaker is; a doubt
    on the reports themselves ("unconfirmed reports said", "conflicting reports say") or a
    rumour saying it (not a report, cues.yaml ``speaking_hearsay_nouns``) leaves it hedged, and
    so does a verb of guessing or alleging ("reports suggest", "reports allege")."""
    cues = get_lexicon().certainty
    if noun.lemma_.lower() not in cues("speaking_hearsay_nouns"):
        return False
    if verb.lemma_.lower() not in cues("attribution_verbs") - cues("alleging_verbs"):
        return False  # "reports allege": no more than hearsay
    doubts = cues("hedge_words") | cues("doubted_report_words")  # "conflicting reports said"
    return not any(c.dep_ == "amod" and c.lower_ in doubts for c in noun.children)


def doubted(gov: Any, child: Any) -> bool:
    """``child`` is what reports say, what was heard, what is unproven, left unconfirmed
    ("refused to confirm that X took T") or disputed ("disputed the claim that X took T")."""
    return (
        is_hearsay(gov, child)
        or heard_told(gov, child)
        or unproven(gov, child)
        or unconfirmed_clause(gov, child)
        or disputed(gov, child)
    )


def unproven(gov: Any, child: Any) -> bool:
    """ "no evidence that X shelled T", "did not find any sign that ...": ``child`` is what
    a proof noun would show, and the noun or the verb it serves is negated."""
    lex = get_lexicon()
    if gov.pos_ != "NOUN" or gov.lemma_.lower() not in lex.certainty("proof_nouns"):
        return False
    if child.dep_ not in ("acl", "ccomp") and not is_content_clause(child):
        return False
    negations = lex.certainty("negation_words")
    denied = any(c.dep_ == "neg" or c.lower_ in negations for c in gov.head.children)
    return denied or any(c.dep_ == "det" and c.lower_ in negations for c in gov.children)


def heard_told(gov: Any, child: Any) -> bool:
    """ "We heard that rebels shelled T", "they heard the militia had looted T": a finite
    clause with its own subject under a verb of hearing is what was heard from others;
    "heard jets bombing", "heard the jets bomb T" (no tense of its own) are perceived."""
    if gov.lemma_.lower() not in get_lexicon().certainty("hearsay_verbs") or child.dep_ != "ccomp":
        return False
    # a bare verb ("heard the jets pound T") is tagged like a present: only "that" or an
    # auxiliary makes it a clause of its own
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
    finite = child.tag_ in ("VBD", "VBZ") or (child.tag_ == "VBP" and marked) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in child.children
    )
    return finite and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)


def is_content_clause(verb: Any) -> bool:
    """ "accusations it carried out an airstrike", "claims its drones struck a hospital": a
    clause under a hearsay noun with no relative word, and with its own subject and object,
    tells what the noun says (the parser takes it for a relative clause, "the claims it
    made", whose object is the noun itself)."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in get_lexicon().certainty(
        "hearsay_nouns"
    ):
        return False
    deps = {c.dep_ for c in verb.children}
    return not _has_relative_word(verb) and "nsubj" in deps and "dobj" in deps


def _has_relative_word(verb: Any) -> bool:
    """A relative word of ``verb``'s own clause ("the claims which it made", "the report on
    which it drew"); not one of a clause inside it ("a report it had carried out a strike
    that hit a depot": that "that" opens the strike's clause)."""
    stack = [c for c in verb.children if c.dep_ not in _CLAUSE_DEPS]
    while stack:
        word = stack.pop()
        if word.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return True
        stack.extend(c for c in word.children if c.dep_ not in _CLAUSE_DEPS)
    return False


def belied(noun: Any, clause: Any) -> str:
    """ "Reports that X struck T are baseless", "reports that allege X struck T are false":
    the content ``clause`` of a hearsay noun that is said to be false is denied; the word
    that says so, else ''."""
    cues = get_lexicon().certainty
    if noun.lemma_.lower() not in cues("hearsay_nouns") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    of_deed = clause.dep_ == "prep" and clause.lower_ == "of"  # "reports of shelling in T"
    content = clause.dep_ in ("acl", "ccomp", "pobj") or of_deed or is_content_clause(clause)
    alleging = clause.dep_ == "relcl" and clause.lemma_.lower() in cues("attribution_verbs")
    if not (content or alleging):  # "the report that SANA published was false": not its content
        return ""
    falsity = cues("falsity_words")
    if any(c.dep_ == "neg" for c in noun.head.children):
        return ""  # "reports that jets bombed T are not false"
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in falsity:
        return str(noun.head.text)  # "claims that X shelled T were fabricated"
    for word in (c for c in noun.head.children if c.dep_ in ("acomp", "attr")):
        told = [word, *(c for c in word.children if c.dep_ == "amod")]  # "fake news"
        found = next((t for t in told if t.lemma_.lower() in falsity or t.lower_ in falsity), None)
        if found is not None and not _not_or_in_part(found, noun.head):
            return str(found.text)
    return ""


def _not_or_in_part(word: Any, copula: Any) -> bool:
    """ "are never false", "was false in its death toll": no denial of the whole deed."""
    detail = get_lexicon().certainty("falsity_detail_preps")
    around = (*word.children, *copula.children)
    return any(c.dep_ == "neg" or (c.dep_ == "prep" and c.lower_ in detail) for c in around)


def belied_over(anchor: Any) -> str:
    """ "Reports of the attack were fake news": a nominal fact after "of" a hearsay noun
    said to be false (``belied``); the word that says so, else ''."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return ""
    return belied(prep.head, anchor)


def hearsay_noun_over(anchor: Any) -> str:
    """ "after reports of clashes near T", "amid claims of strikes": a nominal fact after
    "of" a hearsay noun; the noun's text, else ''."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return ""
    noun = prep.head
    return noun.text if noun.pos_ == "NOUN" and is_unowned_hearsay(noun) else ""


def is_unowned_hearsay(noun: Any) -> bool:
    """ "reports", "unconfirmed reports", "rumours": a hearsay noun no one owns."""
    lex = get_lexicon()
    if noun.lemma_.lower() not in lex.certainty("hearsay_nouns"):
        return False
    owned = (
        any(
            c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "by") or owned_from(c)
            for c in noun.children
        )
        or (noun.dep_ == "pobj" and noun.head.lower_ == "in")  # "said in a report that"
        or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.certainty("claim_verbs"))
    )  # "a report by SANA that", "SANA reports", "confirmed a report that": someone's word
    return not owned


def owned_from(prep: Any) -> bool:
    """ "reports from activists" are theirs; "reports from the scene", "from Aleppo" only
    tell where the reports come from (cues.yaml ``hearsay_origin_nouns``)."""
    if prep.dep_ != "prep" or prep.lower_ != "from":
        return False
    origins = get_lexicon().certainty("hearsay_origin_nouns")
    # "reports from inside the town": the place hangs on a preposition after "from"
    inner = [g for p in prep.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    places = [g for g in prep.children if g.dep_ == "pobj"] or inner
    return not any(g.lemma_.lower() in origins or g.ent_type_ in ("GPE", "LOC", "FAC") for g in places)


def leave_unverified(facts: list[Any], doc: Any) -> None:
    """ "X said its forces retook T, but this could not be verified", "The report could not be
    independently confirmed": the plain claims of that sentence (before the words) or, when the
    sentence opens with them, of the sentence before become hedged."""
    sentences = list(doc_sentences(doc))
    for index, sent in enumerate(sentences):
        verb = _unverifying_verb(sent)
        if verb is None:
            continue
        if _comment_after(verb) or any(
            t.i < verb.i and t.lower_ in ("but", "though", "although") for t in sent
        ):
            spans = [(sent.start_char, verb.idx)]
        elif index:
            spans = [(sentences[index - 1].start_char, sentences[index - 1].end_char)]
        else:
            spans = []
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if following is not None and _retells(following):
            spans.append((following.start_char, following.end_char))
        for span in spans:
            _hedge_in(facts, span, verb.text)


def _hedge_in(facts: list[Any], span: tuple[int, int], cue: str) -> None:
    for fact in facts:
        evidence = fact.evidence
        inside = evidence is not None and span[0] <= evidence.start < span[1]
        if inside and fact.claim.certainty in ("asserted", "attributed"):
            fact.claim.certainty, fact.claim.cue = "hedged", cue


def _retells(sent: Any) -> bool:
    """ "The reports could not be verified. They said ...", "... According to them, ...": the
    next sentence tells what the unverified accounts say, through a pronoun for them."""
    verbs = get_lexicon().certainty("attribution_verbs")
    for tok in sent:
        if not plural_pronoun(tok):
            continue
        said = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs
        if said or (tok.dep_ == "pobj" and tok.head.head.lower_ == "according"):
            return True
    return False


def _comment_after(verb: Any) -> bool:
    """ "..., which could not be independently verified": a relative clause set off after
    what it comments on, in the same sentence."""
    which = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.tag_ == "WDT"]
    if which and which[0].i > 0 and verb.doc[which[0].i - 1].text == ",":
        return True
    return _set_off_claim(verb)


def _set_off_claim(verb: Any) -> bool:
    """ "..., a claim that could not be independently verified", "..., a report Reuters could
    not confirm": the verifying verb qualifies a claim noun set off after the clause it
    names, so what could not be verified is that clause."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.i == verb.i or noun.i > verb.i:
        return False
    if noun.lemma_.lower() not in get_lexicon().certainty("unverified_objects"):
        return False
    start = noun.left_edge.i
    return start > 0 and verb.doc[start - 1].text in (",", "-", "--", "—")


def unverified_deed(deed: Any, verb: Any) -> bool:
    """ "The strike could not be independently confirmed", "Reuters was unable to verify the
    capture of T": a deed that is what could not be verified is left unconfirmed (hedged),
    not denied: the "not" is on the verifying."""
    if deed.i == verb.i or deed.head.i != verb.i or deed.dep_ not in ("nsubjpass", "dobj"):
        return False
    return _is_unverifying_word(verb.lower_, verb.lemma_) and _not_done(verb)


def _unverifying_verb(sent: Any) -> Any | None:
    objects = get_lexicon().certainty("unverified_objects")
    for verb in tokens_passing(sent, _is_unverifying_word):  # every sentence is asked
        said_of = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        said_of += [g for c in said_of for p in c.children if p.lower_ == "of" for g in p.children]
        named = any(c.lower_ in objects or c.lemma_.lower() in objects for c in said_of)  # "none of the reports"
        if not (named or _set_off_claim(verb)):
            continue
        nobody = get_lexicon().certainty("nobody_words")
        if _not_done(verb) or any(c.lower_ in nobody for c in said_of):  # "none of ... could be"
            return verb
    return None


def _is_unverifying_word(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): the lemma is one of ``unverified_verbs``."""
    return lemma.lower() in get_lexicon().certainty("unverified_verbs")


def _not_done(verb: Any) -> bool:
    """ "could not be verified"; "was unable to verify", "it was not possible to confirm"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head if verb.dep_ == "xcomp" else None
    if head is None:
        return False
    lexicon = get_lexicon()
    unable, able = lexicon.certainty("unable_words"), lexicon.certainty("able_words")
    words = [head, *head.children]
    negated = any(c.dep_ == "neg" for c in head.children)
    if head.lemma_.lower() in lexicon.certainty("refusal_verbs"):
        return True  # "declined to confirm"
    return any(w.lower_ in unable or (negated and w.lower_ in able) for w in words)


def unconfirmed_clause(gov: Any, child: Any) -> bool:
    """ "Officials would not confirm that X took T", "refused to confirm that ...": the
    clause is what was left unconfirmed, not what the officials said."""
    return child.dep_ == "ccomp" and _is_unverifying_word(gov.lower_, gov.lemma_) and _not_done(gov)


def disputed(gov: Any, child: Any) -> bool:
    """ "Activists disputed the army's claim that it took T", "questioned reports that ...",
    "doubted that X took T": the claim is put in doubt (hedged), not denied."""
    lex = get_lexicon()
    if gov.lemma_.lower() not in lex.certainty("disputing_verbs"):
        return False
    if child.dep_ == "ccomp":  # "questioned whether X ...": a question, asked as such
        asking = lex.certainty("question_marks")
        return not any(c.dep_ == "mark" and c.lower_ in asking for c in child.children)
    return child.dep_ == "dobj" and child.lemma_.lower() in lex.certainty("hearsay_nouns")


def verification_condition(verb: Any) -> str:
    """ "If confirmed, the fall of T would be ...", "the capture, if true, would cut ...": the
    condition on the verb is only that the told deed be true; its word, else "". "If Ankara
    confirms the deal, troops would enter T" sets a condition of its own (no such word)."""
    for clause in verb.children:
        conditional = clause.dep_ == "advcl" and any(m.lower_ == "if" for m in clause.children)
        if conditional and _asks_only_truth(clause):
            return str(clause.text)
    return ""


def _asks_only_truth(clause: Any) -> bool:
    """The "if" clause asks only whether the told deed is true: a verifying verb with no
    subject ("if confirmed", "if verified"), or a truth word as the complement ("if true",
    "if the reports are correct")."""
    truths = get_lexicon().certainty("truth_words")
    subject = any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
    # with no subject: "if confirmed"; verbless "if true", the truth word is the clause
    if not subject and (_is_unverifying_word(clause.lower_, clause.lemma_) or clause.lower_ in truths):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in truths for c in clause.children)


def asked_of_the_past(mark: Any, verb: Any) -> bool:
    """ "unclear whether X had taken T", "not known whether Iranian troops took part": a
    question of a deed told in the past, with no modal, is doubt about it (hedged)."""
    if mark.lower_ not in get_lexicon().certainty("open_question_marks"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    # "had taken", "has taken", "was taken": past; "are aimed at" asks of the present
    past_aux = any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and past_aux)

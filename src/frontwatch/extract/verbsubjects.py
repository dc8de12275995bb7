"""Who does what a verb says: its own subject, or the one it inherits from the clause it
hangs on ("ordered the troops to withdraw", "X pushed on, liberating T", "X launched an
offensive to retake T", "X is committed to supporting Y"). Parse logic only, no article
lookups (extract/context.py holds those)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from frontwatch.extract.invertedclauses import inverted_subject
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.splitsubjects import SUBJECT_DEPS as _SUBJECT_DEPS
from frontwatch.extract.splitsubjects import without_split_backers
from frontwatch.kb.actors.mentions import NAME_LABELS
from frontwatch.nlp.treearrays import children_indices, labels_and_lowers


def subject_of(verb: Any) -> Any | None:
    """The subject of a verb, inherited from the first conjunct when it has none."""
    current = verb
    for _ in range(4):
        subjects = _subjects(current)
        if subjects:
            # two subjects is a misparse ("DAMASCUS, Syria — Rebels captured"): the nearest
            # acts, unless it is the name the men before it are loyal to
            return _loyal_men(subjects) or _named_before_apposition(subjects) or min(
                subjects, key=lambda c: abs(current.i - c.i)
            )
        inverted = inverted_subject(current)
        if inverted is not None:
            return inverted  # "Fighting beside the army were militias": the militias fight
        if current.dep_ == "xcomp" and current.head.i != current.i:
            controller = _controller_of(current.head)
            if controller is not None:
                return controller  # "ordered the troops to withdraw": the troops withdraw
        if current.dep_ in ("conj", "xcomp") and current.head.i != current.i:
            current = current.head
            continue
        if current is not verb and current.pos_ == "ADJ" and current.dep_ == "acomp":
            # "X were able / ready to launch attacks": X launches (not "T is free": T is no doer)
            current = current.head
            continue
        if _gerund_after_preposition(current):
            governor = _past_agent(current.head.head)  # "X is committed to supporting Y"
            current = governor.head if governor.dep_ == "acomp" else governor
            continue
        founded = founded_noun(current)
        if founded is not None:
            return founded  # "a rift within the coalition, formed to fight X": the coalition
        if _is_bare_participle(current):
            # "X pushed on, liberating T": X liberates; "jets struck T, the army said,
            # killing 20": the jets kill, not the speaker
            current = _reported_clause(current.head) or current.head
            continue
        if _infinitive_of_a_deed(current):
            owner = _deed_owner(current.head)
            if owner is not None or _thwarts(current.head.head):
                return owner  # "X would wreck any attempt by Y to capture T": Y's, not X's
            current = current.head.head  # "X launched an offensive to retake T": X retakes
            continue
        if _spent_time_doing(current):
            current = current.head.head  # "X spent months ambushing Y": X ambushes
            continue
        if current.dep_ in ("acl", "relcl") and current.head.i != current.i:
            return described_name(current.head)
        return _subject_of_split_participle(current)
    return None


def founded_noun(verb: Any) -> Any | None:
    """ "a rift within the coalition, originally formed to combat X": a founding participle
    after a comma, which the parser hangs on the main verb, tells of the noun before the
    comma (``relations.yaml``: ``founding_participles``); None for any other verb."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < verb.head.i:
        return None
    if verb.lemma_.lower() not in get_lexicon().relation_words("founding_participles"):
        return None
    comma = verb.left_edge.i - 1
    if comma < 1 or verb.doc[comma].text != ",":
        return None
    noun = verb.doc[comma - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i else None


def _loyal_men(subjects: list[Any]) -> Any | None:
    """ "Fighters loyal to X attacked": the parser may make X a second subject; the men act.
    The words of allegiance are data (``relations.yaml``: ``allegiance_words``)."""
    allegiance = get_lexicon().relation_words("allegiance_words")
    for subject in subjects:
        loyal = [c for c in subject.children if c.dep_ == "amod" and c.lower_ in allegiance]
        if loyal and any(o.i > loyal[0].i for o in subjects if o is not subject):
            return subject
    return None


def _named_before_apposition(subjects: list[Any]) -> Any | None:
    """ "The Fatemiyoun, Afghan fighters paid by Iran, fought beside the army": the parser may
    make the class noun set off by commas after a name a second subject; the name acts."""
    return next((name for name, other in pairwise(subjects) if _apposed(name, other)), None)


def apposed_subject_name(noun: Any) -> Any | None:
    """The name a class noun that the parser made a second subject stands beside, set off by
    commas ("The Fatemiyoun, Afghan fighters paid by Iran, fought ..."); else None."""
    if noun.dep_ not in _SUBJECT_DEPS:
        return None
    before = [c for c in noun.head.children if c.dep_ in _SUBJECT_DEPS and c.i < noun.i]
    return before[-1] if before and _apposed(before[-1], noun) else None


def _apposed(name: Any, other: Any) -> bool:
    doc = name.doc
    between = doc[name.right_edge.i + 1 : other.left_edge.i]
    after = other.right_edge.i + 1
    closed = other.right_edge.text == "," or (after < len(doc) and doc[after].text == ",")
    return name.pos_ == "PROPN" and other.pos_ == "NOUN" and [t.text for t in between] == [","] and closed


def _subject_of_split_participle(verb: Any) -> Any | None:
    """ "said that terrorists positioned in Jobar fired shells": the parser made the
    participle describing the subject a clause of its own, right before the verb's; its
    subject (with no object of its own) is the verb's."""
    if verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
        return None
    before = [c for c in verb.head.children if c.dep_ == verb.dep_ and c.i < verb.i]
    if not before:
        return None
    split = before[-1]
    # a past participle the tagger may read as a past tense ("positioned", "stationed")
    if split.tag_ not in ("VBN", "VBD") or split.right_edge.i + 1 != verb.left_edge.i:
        return None  # a clause of its own, or a word ("and") between them
    if any(c.dep_ in ("dobj", "cc") for c in split.children):
        return None
    subjects = [c for c in split.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _reported_clause(verb: Any) -> Any | None:
    """The clause a speaker's verb reports before it ("X struck T, activists said"), whose
    act a participle after the speaker goes on ("..., killing 15")."""
    if verb.lemma_.lower() not in get_lexicon().certainty("attribution_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def described_name(noun: Any) -> Any:
    """The name a describing noun stands beside: "Hezbollah, a Shiite movement fighting
    the rebels" and "the SDF, an alliance of Kurdish groups battling IS" are deeds of the
    name, not of the class the description gives; any other noun is itself."""
    described = noun
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.dep_ in ("appos", "attr")
        # "X is an enemy of the United States, which has troops in Iraq": the side the
        # role is towards is the noun, not X
        and not role_noun(noun.head.head)
    ):
        described = noun.head.head  # "an umbrella of militias battling IS"
    if described.dep_ == "appos" and described.pos_ == "NOUN":
        nearer = conjunct_described(described)
        if nearer is not None:
            return nearer  # "X and Y, the force that Z arms": the parser hangs it on X
    if described.dep_ == "appos" and described.pos_ == "NOUN" and described.head.pos_ == "PROPN":
        return described.head
    if described.dep_ == "attr" and described.pos_ == "NOUN" and described.head.lemma_ == "be":
        # "IS is a group that has been fighting the government": the group is IS
        subjects = [c for c in described.head.children if c.dep_ == "nsubj"]
        return subjects[0] if subjects and subjects[0].pos_ == "PROPN" else noun
    return noun


def role_noun(noun: Any) -> bool:
    """A noun of a side's role towards another: rival, ally, proxy, partner, backer."""
    keys = ("enmity_nouns", "ally_nouns", "proxy_nouns", "partner_nouns", "backer_nouns")
    return any(lemma_of(noun) in get_lexicon().relation_words(k) for k in keys)


def _subjects(verb: Any) -> list[Any]:
    """The verb's subjects, also one the parser hung on its auxiliary ("X is committed")."""
    doc, deps = verb.doc, labels_and_lowers(verb.doc)[0]  # a Token made only of a subject
    own = [doc[c] for c in children_indices(doc)[verb.i] if deps[c] in _SUBJECT_DEPS]
    if not own and verb.dep_ == "amod":  # "the RSF fired shells": the name parsed as a modifier
        own = [c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]
    if own:
        return without_split_backers(own)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return without_split_backers([g for a in auxes for g in a.children if g.dep_ in _SUBJECT_DEPS])


def _spent_time_doing(verb: Any) -> bool:
    """A gerund the parser hung on the stretch of time a verb of spending takes ("spent
    months ambushing Y", "has spent a decade planting bombs"): the spender does it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ != "dobj":
        return False
    ties = get_lexicon().tie_words
    return lemma_of(verb.head) in ties("spent_time_nouns") and lemma_of(verb.head.head) in ties("spending_verbs")


def _gerund_after_preposition(verb: Any) -> bool:
    """A gerund with no subject, object of a preposition on a verb or adjective
    ("committed to supporting Y", "responsible for attacking Y"), or a passive one ("accused
    of being armed by Y"): the governor's subject does it, or undergoes it."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep":
        return False
    if verb.tag_ != "VBG" and not _gerund_passive(verb):
        return False
    governor = _past_agent(prep.head)
    # not "kept Y from seizing T" (Y seizes) nor "with Y withdrawing" (Y withdraws)
    others = [c for c in [*governor.children, *prep.children] if c.dep_ in ("dobj", "pobj")]
    ties = get_lexicon().tie_words
    if lemma_of(prep) in ties("subject_gerund_preps"):
        # "X cut the road by capturing T", "X shelled Y after seizing T": a gerund of
        # means is the subject's deed whatever object the governor has; one of time unless
        # that object could do it ("arrested the fighters after fleeing T": dangling)
        means = lemma_of(prep) in ties("means_gerund_preps")
        return governor.pos_ in ("VERB", "AUX") and (means or not any(map(_could_do, others)))
    return governor.pos_ in ("VERB", "AUX", "ADJ") and not others


def _could_do(noun: Any) -> bool:
    """An object that could be a gerund's doer: a name, a personal pronoun ("them"), or a
    noun of people or forces (``gerund_doer_objects``)."""
    if noun.pos_ == "PRON":
        return bool(noun.lower_ != "it")
    named = noun.pos_ == "PROPN" and noun.ent_type_ in NAME_LABELS
    return named or lemma_of(noun) in get_lexicon().tie_words("gerund_doer_objects")


def _gerund_passive(verb: Any) -> bool:
    """ "being armed", "having been funded": a participle whose passive auxiliary is a gerund."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children
    )


def _past_agent(noun: Any) -> Any:
    """The passive verb whose "by" agent the parser hung a phrase on ("X was accused by Y of
    arming Z": "of arming" is the verb's, and X arms), else the token itself."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head
    return noun


def kept_from_subject(verb: Any) -> Any | None:
    """ "forbade civilians from leaving the city", "kept the fighters from fleeing": the object
    of the verb that holds back is who would do the gerund after "from"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "from":
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def _infinitive_of_a_deed(verb: Any) -> bool:
    """'to retake T' on the object of a verb of doing ('launched an offensive to ...')."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
    )


def _deed_owner(noun: Any) -> Any | None:
    """Whose the deed noun says it is: "an attempt by Y to capture T", "Y's bid to take T"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _thwarts(verb: Any) -> bool:
    """A verb meeting the deed as its foe ("foiled / would wreck any attempt to take T":
    ``judged.defence_verbs`` and ``undoing_verbs`` in events.yaml): its subject does not
    do what the deed aims at."""
    events = get_lexicon().events
    lemma = lemma_of(verb)
    return lemma in events["judged"]["defence_verbs"] or lemma in events["undoing_verbs"]


def _controller_of(verb: Any) -> Any | None:
    """Who does the infinitive a verb governs: its object ("ordered Y to leave") or, for a
    passive, its agent ("an operation started by X to retake T")."""
    lex = get_lexicon()
    if lemma_of(verb) in lex.modes["means_verbs"]:
        return None  # "X used drones to attack the base": the drones are X's means
    if lemma_of(verb) in lex.events["enemy_object_verbs"]:
        return None  # "X fought the militants to retake T": X's aim, not the enemy's
    efforts = lex.certainty("effort_words")
    for child in verb.children:
        # not "pressed the offensive to retake T": the offensive acts for X; and only an
        # object before the infinitive controls it, not one hung on the verb from after it
        if (
            child.dep_ == "dobj"
            and child.lemma_.lower() not in efforts
            and any(c.dep_ == "xcomp" and c.i > child.i for c in verb.children)
        ):
            return child
    if verb.tag_ == "VBN":
        raised = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if raised is not None and lemma_of(verb) in lex.certainty("hedge_verbs"):
            return raised  # "X were reported by Reuters to have shot down": X did, not Reuters
        for child in verb.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def is_participle_adjunct(verb: Any) -> bool:
    """A present participle hung on a clause as its adjunct ("..., killing 12", "citing
    medics", "adding that"): it tells of the clause's own doer and time."""
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl")


def _is_bare_participle(verb: Any) -> bool:
    """An adverbial clause with no subject of its own: a participle ("..., liberating T")
    or an infinitive of purpose ("worked to clear T"); its subject is the main clause's."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if verb.tag_ in ("VBG", "VBN"):
        return not any(c.dep_ == "mark" for c in verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def participle_agent(verb: Any) -> Any | None:
    """ "T was overrun by X, killing 20": the agent noun of the passive a bare "-ing"
    participle hangs on, for it goes on with X's deed (T underwent it); None otherwise."""
    if verb.tag_ != "VBG" or not _is_bare_participle(verb):
        return None
    head = _reported_clause(verb.head) or verb.head
    return passive_agent_noun(head) if head.tag_ == "VBN" else None


def passive_agent_noun(verb: Any) -> Any | None:
    """The noun of a passive verb's "by" agent ("were beaten by the group"), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def counted_conjunct_of(verb: Any) -> Any | None:
    """ "resulting in 5 militants killed and 30 detained": a participle whose only subject is
    a bare count (the noun left out) is said of the same people, by the same doers, as the
    participle before it, whatever clause the parser hung it on; that participle, or None."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "conj":  # "30 detained" read as a past
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ != "NUM" or any(subjects[0].children):
        return None
    count = subjects[0]
    before = [t for t in count.sent if t.i < count.i and t.tag_ == "VBN" and t.dep_ in ("acl", "amod")]
    return before[-1] if before else None


def is_subject_of(anchor: Any, head: Any) -> bool:
    """ "the truce failed", "rounds of talks failed": the fact is (in) the verb's subject,
    not what it acts on ("attacks were not carried out": a passive acts on its subject)."""
    if anchor.head.i == head.i and anchor.dep_ in ("nsubj", "nsubjpass"):
        return True
    return active_subject_of(anchor, head)


def active_subject_of(anchor: Any, head: Any) -> bool:
    """The anchor is (in) the active subject of ``head``: what it lies under is an "nsubj"."""
    for tok in (anchor, *anchor.ancestors):
        if tok.head.i == head.i and tok.i != head.i:
            return bool(tok.dep_ == "nsubj")
    return False


def conjunct_described(appositive: Any) -> Any | None:
    """The last name listed with the appositive's head and before it ("Turkish troops and
    the Syrian National Army, the rebel force ..."): the one it describes."""
    head = appositive.head
    listed = [c for c in head.conjuncts if head.i < c.i < appositive.i and c.pos_ == "PROPN"]
    return max(listed, key=lambda c: c.i) if listed else None

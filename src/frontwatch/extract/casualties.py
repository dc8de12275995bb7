"""Casualty counts stated in a sentence: killed, injured, and who the dead were.

Counts come from the victims of kill/die/wound verbs ("at least 112 people were
killed", "killing 12 civilians", "wounded 40", "five soldiers died"), from
"including 30 children", and from death tolls. Vague quantities ("dozens") stay None.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from frontwatch.extract.casualtycounts import count_of, is_a_date, number_text
from frontwatch.extract.casualtycounts import parse_number as parse_number  # noqa: PLC0414 - re-exported: its readers import it here
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Casualties

_STATEMENTS_KEY = "frontwatch_casualty_statements"


@dataclass
class CasualtyStatement:
    """The casualty figures one verb (or toll) states, and the token stating them."""

    token: Any
    casualties: Casualties


def statements_in(sent: Any) -> list[CasualtyStatement]:
    """Every casualty statement in a sentence, one per kill/wound verb or toll; read once
    per sentence of a parsed doc (the event extractor and the period tolls both ask)."""
    doc = getattr(sent, "doc", None)
    if doc is None or doc is sent:
        return _statements_in(sent)
    key = (_STATEMENTS_KEY, sent.start, sent.end)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = _statements_in(sent)
    return list(found)


def _statements_in(sent: Any) -> list[CasualtyStatement]:
    lex = get_lexicon()
    killed, injured = lex.casualty("killed_verbs"), lex.casualty("injured_verbs")
    deaths_of = lex.casualty("death_of_nouns")
    out = []
    for tok in _words_read(sent):
        lemma = tok.lemma_.lower()
        if lemma == "toll":
            stated = _toll(tok)
        elif lemma in killed and tok.pos_ in ("VERB", "ADJ"):
            stated = _from_victims(tok, "killed")
        elif lemma in injured and tok.pos_ in ("VERB", "ADJ"):
            stated = _from_victims(tok, "injured")
        elif lemma in deaths_of and tok.pos_ == "NOUN":
            stated = _deaths_of(tok)
        else:
            continue
        if stated is not None:
            out.append(CasualtyStatement(tok, stated))
    return out


def _words_read(sent: Any) -> Iterable[Any]:
    """The words of a parsed sentence (or doc) a branch of ``_statements_in`` may read: the
    others are never made."""
    doc = getattr(sent, "doc", None)
    if doc is None:
        return cast(Iterable[Any], sent)  # not spaCy's: every word is read
    return tokens_passing(sent[:] if doc is sent else sent, _may_state_casualties)


def _may_state_casualties(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): a lemma one of ``_statements_in``'s branches reads."""
    lex, lemma = get_lexicon(), lemma.lower()
    if lemma == "toll" or lemma in lex.casualty("killed_verbs"):
        return True
    return lemma in lex.casualty("injured_verbs") or lemma in lex.casualty("death_of_nouns")


def victims_of(verb: Any) -> list[Any]:
    """The words naming who a kill or wound verb says died or was hurt, with the nouns joined
    to them ("30 soldiers and 39 rebels")."""
    return [noun for victim in _victims(verb) for noun in _conjoined(victim)]


def _victims(verb: Any) -> list[Any]:
    """Who the verb says died or was hurt; a dateline's day the parser made its subject
    ("4 June 2017 At least 19 people were killed", "Sun 10 Jul 2016 ...") is no one."""
    return [v for v in _victim_words(verb) if not (is_a_date(v) or _names_a_day(v))]


def _names_a_day(tok: Any) -> bool:
    """A month or weekday name, in full or cut short ("Jul", "Sun")."""
    word = tok.lower_.rstrip(".")
    lex = get_lexicon()
    weekdays = lex.cues["time"]["weekdays"]
    return word in lex.cues["casualties"]["month_words"] or any(
        word in (w, w[:3]) for w in weekdays
    )


def _victim_words(verb: Any) -> list[Any]:
    if verb.pos_ == "ADJ" and verb.dep_ in ("amod", "oprd", "acomp"):
        head = verb.head
        if verb.dep_ == "amod":
            return [head]
        return [c for c in head.children if c.dep_ in ("dobj", "nsubj")]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        # "12 civilians killed in the strike"; but "air strikes killed 14 civilians" that
        # the parser took for a reduced relative has its victims as the object
        return objects or [verb.head]
    if _headline_pair(verb) or _gapped_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    deps = ("nsubjpass", "dobj") if verb.lemma_.lower() not in ("die", "perish") else ("nsubj",)
    return [c for c in verb.children if c.dep_ in deps]


def _gapped_passive(verb: Any) -> bool:
    """ "Ten people were killed and eight wounded": the second passive shares the first's
    auxiliary, and the parser makes its count a subject -- the hurt, not who hurt them."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.head.children):
        return False
    own = {c.dep_ for c in verb.children}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return not own & {"aux", "auxpass", "dobj"} and bool(subjects) and count_of(subjects[0]) is not None


def _headline_pair(verb: Any) -> bool:
    """ "Three civilians killed 12 others injured", "Nine persons killed 12 injured", "Seven
    children killed in shelling": a headline's passive without its auxiliary, which the
    parser reads as the dead killing the hurt, or killing no one."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() in ("die", "perish"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or count_of(subjects[0]) is None:
        return False
    hurt = get_lexicon().casualty("injured_verbs")
    others = get_lexicon().casualty("other_words")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(
        (o.lemma_.lower() in others or o.like_num)
        and any(g.dep_ == "acl" and g.lemma_.lower() in hurt for g in o.children)
        for o in objects
    )


def _deaths_of(noun: Any) -> Casualties | None:
    """ "led to the death of five civilians", "the killing of one person", "caused the
    deaths of 12 people": the dead a noun counts after "of"."""
    victims = [
        g
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj" and not (is_a_date(g) or _names_a_day(g))
    ]
    return _figures(victims, noun, "killed") if victims else None


def _from_victims(verb: Any, field: str) -> Casualties | None:
    return _figures(_victims(verb), verb, field)


def _figures(found: list[Any], verb: Any, field: str) -> Casualties | None:
    """The figures stated of the victims ``found`` for the word ``verb``."""
    identifiers = get_lexicon().casualty("identifier_words")
    victims = [v for v in found if v.lower_ not in identifiers]  # "Get short URL 191 ..."
    if not victims:
        return None
    stated = Casualties()
    # of the subjects a dateline gives the parser ("Date of publication 5 May 2016 Twelve
    # people were killed"), the one with a count
    counted = [v for v in victims if count_of(v) is not None or _is_vague(v)]
    for victim in counted[:1]:
        group = _conjoined(victim)
        counts = [count_of(noun) for noun in group]
        if counts[0] is None and not _is_vague(victim):
            continue
        exact = [c for c in counts if c is not None]
        count = sum(exact) if len(exact) == len(counts) else counts[0]
        setattr(stated, field, count)
        if field == "killed":
            _set_kinds(stated, group, counts)
            _including(stated, victim)
            _including(stated, verb)
            _appended(stated, verb)
            _among_the_dead(stated, victim)
    return stated


def _among_the_dead(stated: Casualties, victim: Any) -> None:
    """ "Nine children were among at least 46 people killed": who the sentence says was
    among the dead (the parser hangs "among" off "were", apart from the dead it counts)."""
    sent = victim.sent
    for tok in sent[max(0, victim.i - 5 - sent.start) : victim.i - sent.start]:
        if tok.lower_ == "among" and tok.head.lemma_.lower() == "be":
            for subject in (c for c in tok.head.children if c.dep_ == "nsubj"):
                _add_included(stated, subject)
                _including(stated, subject)


def _conjoined(victim: Any) -> list[Any]:
    """ "nine children and 14 others", "five women and a child": the nouns the grammar
    joins to the victim, each with its own count."""
    return [
        victim,
        *(c for c in victim.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")),
    ]


def _appended(stated: Casualties, verb: Any) -> None:
    """'..., among them four women': a counted noun hanging off the verb."""
    for child in verb.children:
        kind = _part_kind(child)
        if child.dep_ in ("npadvmod", "appos", "dobj", "dep") and kind:
            count = count_of(child)
            if count is not None and getattr(stated, kind) is None:
                setattr(stated, kind, count)


def _is_vague(noun: Any) -> bool:
    vague = get_lexicon().casualty("vague")
    return noun.lower_ in vague or any(c.lower_ in vague for c in noun.children)


def _kind_of(noun: Any) -> str:
    lex = get_lexicon()
    lemma = noun.lemma_.lower()
    for kind, key in (
        ("children", "child_nouns"),
        ("women", "woman_nouns"),
        ("civilians", "civilian_nouns"),
    ):
        if lemma in lex.casualty(key) or noun.lower_ in lex.casualty(key):
            return kind
    return ""


def _set_kinds(stated: Casualties, group: list[Any], counts: list[int | None]) -> None:
    """Children, women and civilians among the victims; when every victim named is a
    child, a woman or another civilian ("three children", "five women and a child"),
    they are all civilians."""
    kinds = [_kind_of(noun) for noun in group]
    for kind, count in zip(kinds, counts, strict=True):
        if kind and count is not None:
            setattr(stated, kind, (getattr(stated, kind) or 0) + count)
    if all(kinds) and None not in counts:
        stated.civilians = sum(c for c in counts if c is not None)


def _including(stated: Casualties, head: Any) -> None:
    """ "... including 30 children", "among them five women"."""
    including = get_lexicon().casualty("including")
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lemma_.lower() in including:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    _add_included(stated, obj)


def _add_included(stated: Casualties, obj: Any) -> None:
    for noun in [obj, *[c for c in obj.children if c.dep_ == "conj"]]:
        kind, count = _part_kind(noun), count_of(noun)
        if kind and count is not None:
            setattr(stated, kind, count)


def _part_kind(noun: Any) -> str:
    """The kind of a part of the dead: children, women and civilians named among them;
    people named by what they do ("31 people including two medics") are a part of the
    civilians, not their count."""
    kind = _kind_of(noun)
    status = get_lexicon().casualty("civilian_status_nouns")
    return "" if kind == "civilians" and noun.lemma_.lower() not in status else kind


def _toll(toll: Any) -> Casualties | None:
    """ "the death toll rose to 45", "the toll stood at 12", "the toll reached 112 people"."""
    verb = toll.head
    for child in verb.children:
        targets = (
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        )
        for target in targets:
            if target.i == toll.i:
                continue
            if target.like_num or target.pos_ == "NUM":
                return Casualties(killed=parse_number(number_text(target)))
            if target.pos_ == "NOUN" and target.dep_ in ("dobj", "pobj", "attr"):
                count = count_of(target)
                if count is not None:
                    return Casualties(killed=count)
    return None


def add(into: Casualties, other: Casualties) -> None:
    """Add ``other``'s dead to ``into``'s (more dead of the same act); fill the rest."""
    if into.killed is not None and other.killed is not None:
        into.killed += other.killed
    merge(into, other)


def merge(into: Casualties, other: Casualties) -> None:
    """Fill ``into``'s unknown figures from ``other``."""
    for name in ("killed", "injured", "civilians", "children", "women"):
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))

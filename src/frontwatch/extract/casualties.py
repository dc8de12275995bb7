"""Casualty counts stated in a sentence: killed, injured, and who the dead were.

Counts come from the victims of kill/die/wound verbs ("at least 112 people were
killed", "killing 12 civilians", "wounded 40", "five soldiers died"), from
"including 30 children", and from death tolls. Vague quantities ("dozens") stay None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Casualties

_STATEMENTS_KEY = "frontwatch_casualty_statements"


@dataclass
class CasualtyStatement:
    """The casualty figures one verb (or toll) states, and the token stating them."""

    token: Any
    casualties: Casualties


def parse_number(text: str) -> int | None:
    """An exact count from digits or number words; None for vague quantities."""
    lex = get_lexicon()
    raw = text.lower().strip()
    if raw in lex.cues["casualties"]["exact_words"]:
        return int(lex.cues["casualties"]["exact_words"][raw])
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", raw):
        return int(raw.replace(",", ""))
    numbers = lex.cues["numbers"]
    parts = [p for p in re.split(r"[\s-]+", raw) if p and p != "and"]
    if not parts or any(p not in numbers for p in parts):
        return None
    return _combine_words([int(numbers[p]) for p in parts])


def _combine_words(values: list[int]) -> int:
    total, current = 0, 0
    for value in values:
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


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
    return [v for v in _victim_words(verb) if not (_is_a_date(v) or _names_a_day(v))]


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
    return not own & {"aux", "auxpass", "dobj"} and bool(subjects) and _count_of(subjects[0]) is not None


def _headline_pair(verb: Any) -> bool:
    """ "Three civilians killed 12 others injured", "Nine persons killed 12 injured", "Seven
    children killed in shelling": a headline's passive without its auxiliary, which the
    parser reads as the dead killing the hurt, or killing no one."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() in ("die", "perish"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or _count_of(subjects[0]) is None:
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
        if g.dep_ == "pobj" and not (_is_a_date(g) or _names_a_day(g))
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
    counted = [v for v in victims if _count_of(v) is not None or _is_vague(v)]
    for victim in counted[:1]:
        group = _conjoined(victim)
        counts = [_count_of(noun) for noun in group]
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
            count = _count_of(child)
            if count is not None and getattr(stated, kind) is None:
                setattr(stated, kind, count)


def _count_of(noun: Any) -> int | None:
    """The exact count of the dead or hurt a noun states: its own number, the number
    modifying it, or the count after "a total of"; None for a vague or no number."""
    if noun.pos_ == "NUM" or noun.like_num:
        return None if _not_a_count(noun) else parse_number(_number_text(noun))
    if noun.lemma_.lower() in get_lexicon().casualty("total_nouns"):
        counted = [
            g for p in noun.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
        ]
        if counted:
            return _count_of(counted[0])
    # the nearest number before the noun counts it: "12 November 2016 Three civilians
    # killed" hangs the dateline's day on "civilians" too, and "Kill 3 Civilians ... Middle
    # East 2159" a clock time after it
    for child in sorted(noun.children, key=lambda c: (c.i > noun.i, abs(noun.i - c.i))):
        if _modifies_as_number(child, noun) and not _not_a_count(child):
            value = parse_number(_number_text(child))
            if value is not None:
                return value
    return 1 if _one_of(noun) else None


def _one_of(noun: Any) -> bool:
    """ "a child", "one woman": a singular noun counted by its article."""
    singular = noun.tag_ in ("NN", "NNP")
    return singular and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in noun.children
    )


def _modifies_as_number(child: Any, noun: Any) -> bool:
    """ "12 soldiers", "about 40 people", and a number word the parser made a name part
    of the noun right before it ("Twenty soldiers" read as a compound)."""
    if child.dep_ in ("nummod", "quantmod"):
        return True
    return bool(child.like_num) and (
        child.dep_ == "amod" or (child.dep_ == "compound" and child.i == noun.i - 1)
    )


def _not_a_count(number: Any) -> bool:
    """A date, a clock time, an identifier or a link's number is never a count."""
    if _is_a_date(number) or any(c in number.text for c in ":/") or number.like_url:
        return True
    before = number.doc[number.i - 1].lower_.strip(".#:") if number.i > 0 else ""
    return before in get_lexicon().casualty("identifier_words")


def _is_a_date(number: Any) -> bool:
    """ "13 Oct 2016 At least 19 people were killed": a dateline's day or year, which the
    parser may hang on "people", is no count; nor is a year in a date the model tagged."""
    if number.ent_type_ in ("DATE", "TIME"):
        return True
    text = number.text
    if not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100):
        return False
    months = get_lexicon().cues["casualties"]["month_words"]
    before = [t.lower_.rstrip(".") for t in number.doc[max(0, number.i - 3) : number.i]]
    return any(word in months for word in before)


def _number_text(tok: Any) -> str:
    parts = [c for c in tok.children if c.dep_ in ("compound", "quantmod") and c.like_num]
    words = sorted([*parts, tok], key=lambda t: t.i)
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "a" and tok.lower_ in ("dozen", "hundred"):
        return f"a {tok.lower_}"
    return " ".join(t.text for t in words)


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
        kind, count = _part_kind(noun), _count_of(noun)
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
                return Casualties(killed=parse_number(_number_text(target)))
            if target.pos_ == "NOUN" and target.dep_ in ("dobj", "pobj", "attr"):
                count = _count_of(target)
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

"""Links an actor's own phrase makes: "militants from the Islamic State" (the group its
"from"/"of" phrase names), "militias backed by Iran" (read as "Iran-backed militias"),
"al Qaeda-affiliated" (a hyphenated modifier, no antecedent), "rebels funded by Qatar"
(the name of a sponsor). Split from kb/actors/mentions.py, which reads them once the
article's mentions are found and merged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.allydemonyms import read_ally_demonyms
from frontwatch.kb.actors.antecedents import Found, take_named_complement
from frontwatch.kb.actors.articlestate import GROUP_HOME_NOTE, SPONSOR_NOTE
from frontwatch.kb.actors.classgates import noted, tried
from frontwatch.kb.actors.phrases import REFINED_IN, core_text
from frontwatch.nlp.charspans import expanded_range, expanded_span

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_COMPLEMENT_PREPOSITIONS = frozenset({"from", "of"})  # "militants from the Islamic State"
_LINK_PREPOSITIONS = frozenset({"by", "with", "to"})  # "backed by", "allied with", "loyal to"
_NAME_METHODS = frozenset({"exact", "alias"})


def read_phrase_links(kb: ActorKB, doc: Any, found: list[Found], date: Any) -> None:
    """Mark hyphenated modifiers ("al Qaeda-affiliated"), which qualify another actor and
    are no antecedent, and give a generic the group named in its own 'from'/'of' phrase,
    or what its own 'backed by'/'affiliated with' phrase makes of it."""
    by_token: dict[int, Found] = {}
    for f in found:
        bounds = expanded_range(doc, f.mention.start, f.mention.end)
        if bounds is None:
            continue
        span = doc[bounds[0] : bounds[1]]
        f.modifier = _is_hyphen_modifier(kb, doc, span.end)
        f.sponsor = _names_a_sponsor(kb, span.root)
        if f.sponsor:
            f.mention.note = noted(f.mention, SPONSOR_NOTE)
        by_token.update((i, f) for i in range(span.start, span.end))  # no Token made per word
    _mark_group_homes(kb, doc, found, by_token)
    read_ally_demonyms(kb, doc, found, by_token, date)
    for f in found:
        if f.method == "generic" and not tried(f.mention):
            named = _complement(doc, f, by_token)
            if named is None or not take_named_complement(kb, f, named):
                _take_trailing_link(kb, doc, f, by_token, date)
        elif REFINED_IN in f.mention.note:
            _refined_class_of_named(kb, doc, f, by_token)


def _mark_group_homes(
    kb: ActorKB, doc: Any, found: list[Found], by_token: dict[int, Found]
) -> None:
    """ "Lebanon's Hezbollah", "Iraq's Kataib Hezbollah", "Lebanon's Shiite movement
    Hezbollah": a state owning a group's name is the group's home, not a state the
    article is about; it is no antecedent and decides no class (as a sponsor does)."""
    for f in found:
        actor = kb.actors.get(f.mention.actor_id)
        if actor is None or actor.type != "state":
            continue
        span = expanded_span(doc, f.mention.start, f.mention.end)
        if (
            span is not None
            and span.root.dep_ == "poss"
            and _owns_a_group(kb, span.root.head, by_token)
        ):
            f.sponsor = True
            f.mention.note = noted(f.mention, GROUP_HOME_NOTE)


def _owns_a_group(kb: ActorKB, owned: Any, by_token: dict[int, Found]) -> bool:
    """The owned noun is a group's name, or a class noun the name follows ("movement
    Hezbollah", which the parser may split off)."""
    for i in (owned.i, owned.i + 1):
        named = by_token.get(i)
        if named is None or named.method not in _NAME_METHODS:
            continue
        actor = kb.actors.get(named.mention.actor_id)
        if actor is not None and actor.type == "armed_group":
            return True
    return False


def _refined_class_of_named(kb: ActorKB, doc: Any, item: Found, by_token: dict[int, Found]) -> None:
    """ "US-backed fighters of the Revolutionary Commando Army": a class the KB refined to
    one group in copy about a state is the group its own "of" phrase names, before any
    refinement (the backer backs more than one group there)."""
    named = _complement(doc, item, by_token)
    if named is None:
        return
    m = item.mention
    notes = m.note.split(";")
    refined = next(n for n in notes if n.startswith(REFINED_IN))
    refined_to, m.actor_id = m.actor_id, refined.rpartition(">")[2]  # the class itself
    if take_named_complement(kb, item, named):
        m.note = ";".join(n for n in m.note.split(";") if not n.startswith(REFINED_IN))
    else:
        m.actor_id = refined_to


def _names_a_sponsor(kb: ActorKB, root: Any) -> bool:
    """ "rebels funded by Qatar", "with military backing from Russia and Iran": the name is
    the giver of aid (the "by" of a backed_by participle, the "from" of a noun of aid),
    counted from the first of a list; or the name of an ally or backer of someone else
    ("the army and its Russian allies", "their Iranian backers")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in kb.rules.ally_heads:
        return True
    prep = root.head
    if root.dep_ != "pobj" or prep.i == root.i:
        return False
    giver = prep.head
    if prep.lower_ == "by" and any(c.lower_ in kb.rules.kept_states for c in giver.children):
        return True  # "kept afloat by Russia and Iran"
    if prep.lower_ == "by":  # "trained and paid by X": the first participle says what X did
        first = giver.head if giver.dep_ == "conj" and giver.tag_ == "VBN" else giver
        return "backed_by" in (
            kb.rules.relations.get(giver.lower_),
            kb.rules.relations.get(first.lower_),
        )
    if prep.lower_ == "to" and giver.lemma_.lower() in kb.rules.patron_turns:
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in giver.children)
    return prep.lower_ == "from" and giver.lemma_.lower() in kb.rules.sponsor_nouns


def _is_hyphen_modifier(kb: ActorKB, doc: Any, end: int) -> bool:
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in kb.rules.relations
    )


def _complement(doc: Any, item: Found, by_token: dict[int, Found]) -> Found | None:
    span = expanded_span(doc, item.mention.start, item.mention.end)
    if span is None:
        return None
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _COMPLEMENT_PREPOSITIONS:
            continue
        for obj in prep.children:
            named = by_token.get(obj.i) if obj.dep_ == "pobj" else None
            if named is not None and named.method not in ("generic", "unresolved"):
                return named
    return None


def _take_trailing_link(
    kb: ActorKB, doc: Any, item: Found, by_token: dict[int, Found], date: Any
) -> None:
    """'militias backed by Iran', 'groups affiliated with the IRGC', 'fighters loyal to
    Assad': the generic reads as its hyphenated phrase would ('Iran-backed militias')."""
    span = expanded_span(doc, item.mention.start, item.mention.end)
    link = _trailing_link(kb, span.root, by_token) if span is not None else None
    if link is None:
        return
    participle, named = link
    phrase = f"{named.mention.text}-{participle} {core_text(item.mention.text)}"
    match = kb.resolve(phrase, label="ACTOR", date=date)
    if match is None or match.method == "fuzzy":
        return
    m = item.mention
    m.actor_id, m.resolution, m.note = match.actor_id, match.method, match.note
    if kb.top_of(match.actor_id) == kb.top_of(kb.side_for(named.mention.actor_id, date)):
        m.note = ""  # "troops loyal to Assad" are his own: no tie of an army to its head


def link_participles(kb: ActorKB, head: Any) -> list[Any]:
    """'led by', 'backed by', 'allied with' hung on ``head``: the participles."""
    return [
        participle
        for participle in head.children
        if participle.dep_ in ("acl", "amod") and participle.lower_ in kb.rules.relations
    ]


def _trailing_link(kb: ActorKB, head: Any, by_token: dict[int, Found]) -> tuple[str, Found] | None:
    for participle in link_participles(kb, head):
        # "militias trained and paid by Iran": the "by" hangs on the second participle
        joined = [c for c in participle.children if c.dep_ == "conj" and c.tag_ == "VBN"]
        for prep in [*participle.children, *(p for c in joined for p in c.children)]:
            if prep.lower_ not in _LINK_PREPOSITIONS:
                continue
            for obj in prep.children:
                named = by_token.get(obj.i) if obj.dep_ == "pobj" else None
                # a name only: "backed by US jets" names an arm, which no hyphen takes
                if named is not None and named.method in _NAME_METHODS:
                    return participle.lower_, named
    return None

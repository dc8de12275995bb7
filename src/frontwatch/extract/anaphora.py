"""Sides a tie names by reference: "It is backed by Iran", "the two groups have clashed",
"Islamist brigades such as Ahrar al-Sham".

- A subject pronoun ("it", "they") at the head of a clause stands for the actor that is
  the subject of the sentence before ("Hezbollah fought near Qusair. It is backed by
  Iran."), unless a named subject comes before it in its own sentence ("Turkey said it
  ...": Turkey), or a paragraph break lies between.
- "the two groups", "both sides" stand for the last two sides named before them, in the
  sentence or the one before ("The YPG and the rebels are rivals: the two groups clashed").
- A class with an example ("brigades such as Ahrar al-Sham", "groups including the
  Nusra Front") stands for the named example.
The words are data (``relations.yaml``: ``anaphora``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.amongthem import listed_among
from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.pronoundoers import a_person
from frontwatch.extract.referents import (
    after_clause_mark,
    agreeing_antecedents,
    agrees,
    object_rival,
    own_doer_tokens,
)
from frontwatch.extract.subjectsbefore import anaphora_words, named_subject_before, subject_before
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_GIVEN_TO = frozenset({"to", "into"})
_OF = frozenset({"of"})


_words = anaphora_words


def pronoun_antecedent(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The actor a subject pronoun stands for: the previous sentence's subject actor, unless
    a subject before it in its own sentence names what it stands for ("Ankara said it was
    targeting X": "it" is Ankara, or no side)."""
    if tok.lower_ not in _words("subject_pronouns") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    main = _main_clause_of(tok.head)
    found = actor_near(ctx, subject_of(main), depth=1) if main is not None else None
    if found is not None and not a_person(found, ctx) and agrees(tok, found, ctx):
        return found  # "it" and "they" are no person ("the spokesman said they took T")
    trailing = _trailing_clause_antecedent(tok, ctx)
    if trailing is not None:
        return trailing
    if after_clause_mark(tok):  # "X cleared T; they fought Y": the clause before the mark
        return next(iter(agreeing_antecedents(tok, ctx)), None)
    if named_subject_before(tok) and not _on_first_subject(tok):
        return None
    found = subject_before(tok, ctx)
    if found is not None and agrees(tok, found, ctx):
        return found
    return next(iter(agreeing_antecedents(tok, ctx)), None)


def _on_first_subject(tok: Any) -> bool:
    """ "The militias it trained attacked T": the pronoun's relative clause hangs on the
    sentence's first subject, which it cannot stand for, so it reaches the sentence before."""
    clause = tok.head
    if clause.dep_ != "relcl" or _relative_subject(clause):
        return False
    before = [t for t in tok.doc[tok.sent.start : tok.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"]
    return [t.i for t in before] == [clause.head.i]


def object_antecedent(tok: Any, ctx: ArticleContext) -> Mention | None:
    """ "The peshmerga hold the line. Germany delivered missiles to them": a plural object
    pronoun stands for the armed side the sentence before is about (its subject), when its
    own sentence's subject is another side; otherwise it is left unread."""
    if tok.lower_ not in _words("object_pronouns") or tok.dep_ not in ("dobj", "pobj", "dative"):
        return None
    found = subject_before(tok, ctx)
    if found is None or not armed(found.actor_id, ctx):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "dobj" and any(c.dep_ in ("prep", "dative") and c.lower_ in _GIVEN_TO for c in verb.children):
        return None  # "transferred them to Haftar": what was given, not a side
    own = clause_side(tok, ctx)
    if own is None or ctx.kb.top_of(own.actor_id or "") == ctx.kb.top_of(found.actor_id):
        return None
    # "Iraqi troops encircled IS fighters. US jets bombed them": another side of its number
    #   named before is as likely, and the pronoun is left unread
    rival = object_rival(tok, ctx, ctx.kb.top_of(own.actor_id or "") or own.actor_id, found)
    return None if rival else found


def clause_side(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The side doing the deed an object pronoun is the object of ("US jets bombed them")."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return actor_near(ctx, subject_of(verb), depth=1) if verb.pos_ in ("VERB", "AUX") else None


def _trailing_clause_antecedent(tok: Any, ctx: ArticleContext) -> Mention | None:
    """ "Russian jets give cover to the Syrian army as it pushes east", "the army shelled
    the town as it advanced": the pronoun of an adverbial clause after its main clause
    stands for the one side of its number that the main clause names before it (its
    subject or an object; no place, no person). A name may be "it" or "they": with two
    candidates ("jets struck the YPG as they retreated") the pronoun stays unread."""
    clause = tok.head
    if clause.dep_ != "advcl" or clause.i < clause.head.i:
        return None
    main, plural = clause.head, tok.lower_ == "they"
    subj = subject_of(main)
    if subj is None or subj.pos_ == "PRON":
        return None
    inside = {t.i for t in clause.subtree}
    nouns = [
        t for t in main.subtree
        if t.i < tok.i and t.i not in inside and t.i not in ctx.place_at
        and (t.i == subj.i or t.dep_ in ("dobj", "pobj", "dative"))
        and (t.pos_ == "PROPN" or _plural(t) == plural)
    ]  # fmt: skip
    sides = {ctx.actor_at[t.i].actor_id: ctx.actor_at[t.i] for t in nouns if t.i in ctx.actor_at}
    # "pushed back by tribesmen when they shelled T": people no mention covers count too
    people = [t for t in nouns if t.i not in ctx.actor_at and plural and _plural(t)]
    if len(sides) != 1 or people or a_person(next(iter(sides.values())), ctx):
        return None
    return next(iter(sides.values()))


def _plural(noun: Any) -> bool:
    return bool(noun.tag_ in ("NNS", "NNPS"))


def _main_clause_of(clause: Any) -> Any | None:
    """The clause a pronoun's own clause continues, whose named subject the pronoun stands
    for: a second clause joined by "and" ("Ankara regards X as Y, and it sponsors Z"), or a
    relative clause whose relative word is not its subject ("IS lost the town, which it had
    held since 2014"; "the PKK, against which it has fought": the pronoun is no "which")."""
    if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        main = clause.head
    elif clause.dep_ == "relcl" and not _relative_subject(clause):
        main = next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if main is not None and getattr(subject_of(main), "i", None) == clause.head.i:
            main = _clause_before(main)  # "the militias it trained now hold T": not the militias
    else:
        return None
    subj = subject_of(main) if main is not None else None
    if subj is None or subj.pos_ == "PRON" or _answers_the_deed(clause):
        return None
    return main


def _clause_before(main: Any) -> Any | None:
    """The clause an "and" joins ``main`` to ("Iran flew advisers in, and the militias it
    trained now hold T": Iran's), whose subject a pronoun in a relative clause on ``main``'s
    own subject stands for; None for a clause that opens its sentence."""
    if main.dep_ == "conj" and main.head.pos_ in ("VERB", "AUX"):
        return main.head
    return None


def _answers_the_deed(clause: Any) -> bool:
    """ "Turkish troops attacked YPG fighters, and they retaliated": the one answering may be
    the side the first deed hit, so the pronoun stays unread (``response_verbs``)."""
    return clause.lemma_.lower() in _words("response_verbs")


def _relative_subject(clause: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children)


def leading_clause_subject(tok: Any, ctx: ArticleContext) -> Mention | None:
    """ "While ISIL held the city, they seized the hills", "Once the army had secured the
    airport, it bombed the old city": a subject pronoun stands for the named subject of an
    adverbial clause that opens its own clause before it ("After Syrian troops were ambushed,
    they shelled the village": a passive's too). Not when that clause names another actor the
    pronoun could stand for ("After the army shelled the rebels, they withdrew")."""
    if tok.lower_ not in _words("subject_pronouns") or tok.dep_ != "nsubj":
        return None
    verb = tok.head
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < tok.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        found = actor_near(ctx, subject)
        others = _other_actors(clause, subject, ctx)
        if found is not None and not others - {found.actor_id}:
            return found
    return None


def _other_actors(clause: Any, subject: Any, ctx: ArticleContext) -> set[str]:
    """The actors a clause names outside its subject."""
    inside = {t.i for t in subject.subtree}
    return {
        mention.actor_id
        for t in clause.subtree
        if t.i not in inside and (mention := ctx.actor_at.get(t.i)) is not None
    }


def pair_referred_to(tok: Any, ctx: ArticleContext) -> tuple[Mention, Mention] | None:
    """The two sides "the two groups", "both sides" (headed by ``tok``) or a subject "both",
    "the two" ("Both are fighting IS") stand for."""
    bare = tok.dep_ in ("nsubj", "nsubjpass") and _bare_pair_word(tok)
    if not bare and tok.lemma_.lower() not in _words("pair_nouns"):
        return None
    if not bare and not any(c.lower_ in _words("pair_words") for c in tok.children):
        return None
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    named: list[Mention] = []
    own = own_doer_tokens(tok) if tok.dep_ not in ("nsubj", "nsubjpass") else set()
    for i in range(tok.i - 1, start - 1, -1):
        mention = ctx.actor_at.get(i)
        if mention is None or mention.actor_id.startswith("GEN_") or not mention.actor_id:
            continue
        if i in own:
            continue  # "Washington, which armed both sides": both are others than Washington
        if "cue:" in getattr(ctx.place_at.get(i), "note", ""):
            continue  # "talks in Beirut": a capital the text places something in is no side
        if all(ctx.kb.top_of(m.actor_id) != ctx.kb.top_of(mention.actor_id) for m in named):
            named.append(mention)
        if len(named) == 2:
            return named[1], named[0]
    return None


def echoed_antecedent(tok: Any, ctx: ArticleContext) -> Mention | None:
    """ "Rebel factions hold Azaz. These factions are fighting IS": a demonstrative noun
    stands for the last side named with the same noun, in its sentence or the one before."""
    lemma = tok.lemma_.lower()
    if lemma not in _words("echo_nouns") or not any(
        c.dep_ == "det" and c.lower_ in _words("demonstratives") for c in tok.children
    ):
        return None
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    for i in range(tok.i - 1, start - 1, -1):
        mention = ctx.actor_at.get(i)
        word = tok.doc[i]  # "Forces" of a name keeps its plural as its lemma
        same = word.lemma_.lower() == lemma or word.lower_ == tok.lower_
        if mention is not None and mention.actor_id and same:
            return mention
    return None


def sides_referred_to(tok: Any, ctx: ArticleContext) -> list[Mention]:
    """Every armed side (no state) the paragraph named before a universal subject: "Every
    one of these forces is at war with IS", "All of these groups fight IS", "All these
    factions ...", "They all ...", "Each of them ..."; [] for any other token."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not _universal(tok):
        return []
    found: list[Mention] = []
    for i in range(_paragraph_start(tok), tok.i):
        mention = ctx.actor_at.get(i)
        if mention is None or not mention.actor_id or mention in found:
            continue
        if any(a.dep_ == "prep" and a.lower_ == "as" for a in tok.doc[i].ancestors):
            continue  # "regards the YPG as a branch of the PKK": the PKK is no force here
        actor = ctx.kb.get(mention.actor_id)
        if actor is None or actor.type in ("state", "state_agency") or not armed(mention.actor_id, ctx):
            continue
        if all(m.actor_id != mention.actor_id for m in found):
            found.append(mention)
    limit = int(get_lexicon().relations["article_ties"]["anaphora"]["universal_limit"])
    return found if 2 <= len(found) <= limit else []


def _universal(tok: Any) -> bool:
    """ "Every one of these forces", "All/Each of them", "All these factions", "They all"."""
    words = _words("universal_words")
    if tok.lower_ in words:  # "All of these groups", "Every one of ...", "Each of them"
        ofs = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        return any(g.lower_ == "them" or _demonstrative(g) for g in ofs)
    if any(c.lower_ in words and c.dep_ in ("predet", "appos", "det") for c in tok.children):
        return tok.lower_ in ("they", "them") or _demonstrative(tok)  # "All these factions", "They all"
    return False


def _demonstrative(noun: Any) -> bool:
    return noun.lemma_.lower() in _words("echo_nouns") and any(
        c.dep_ == "det" and c.lower_ in _words("demonstratives") for c in noun.children
    )


def _paragraph_start(tok: Any) -> int:
    for i in range(tok.i - 1, -1, -1):
        if tok.doc[i].is_space and "\n" in tok.doc[i].text:
            return i + 1
    return 0


def may_refer_back(lower: str, lemma: str) -> bool:
    """Whether a word (lower-case form, lemma) can be one ``pronoun_antecedent``,
    ``object_antecedent``, ``pair_referred_to`` or ``echoed_antecedent`` reads: a subject or
    object pronoun, a pair word, a pair noun, an echo noun or an order word ("the former":
    ``pairreferents.ordered_antecedent``). A word test
    (``nlp.wordtest``): a sentence's other tokens are never made."""
    pronoun = lower in _words("subject_pronouns") or lower in _words("object_pronouns")
    words = pronoun or lower in _words("bare_pair_words")
    nouns = _words("pair_nouns") | _words("echo_nouns")
    universal = lower in _words("universal_words") or lower in _words("pair_order_words")
    return words or universal or lower in _words("pair_words") or lemma.lower() in nouns


def _bare_pair_word(tok: Any) -> bool:
    """ "Both", "the two" as a subject by itself; not a bare numeral ("Two were killed")."""
    if tok.lower_ in _words("bare_pair_words"):
        return True
    return tok.lower_ in _words("pair_words") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    )


def named_example(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The named actor a class stands for by example ("brigades such as Ahrar al-Sham")."""
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        text = prep.lower_
        if text == "as" and any(c.lower_ == "such" for c in prep.children):
            text = "such as"
        if text not in _words("example_preps"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            # "fighters including the al-Qaeda affiliate Hurras al-Din": the name, not the
            # parent its descriptor names
            names = [c for c in obj.children if c.dep_ == "appos"] + [obj]
            for found in (actor_near(ctx, name, depth=1) for name in names):
                if found is not None and found.actor_id and not found.actor_id.startswith("GEN_"):
                    return found
    listed = listed_among(tok, ctx)  # "militias, Kataib Hezbollah among them"
    return listed[0] if listed else None

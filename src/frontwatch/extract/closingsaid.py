"""The verb of saying that closes a sentence: "..., the Observatory said on Friday."

What comes before it is what was said, whether or not the parser hung it there (wire
copy that lost its commas parses badly)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.verbsubjects import is_participle_adjunct

# "said on Friday morning, citing an unnamed source": the longest tail a closing verb carries
_CLOSING_WORDS = 9
_SAID_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj"})
_CLOSING_KEY = "frontwatch_closing_verbs"  # doc.user_data: each sentence's closing verb


def closing_attribution_verb(sent: Any) -> Any | None:
    """The verb of saying that closes a sentence, followed only by its own adjuncts
    ("said on Friday", "told Reuters", "reported, citing a source") and never by what
    it says ("said that ..."): the sentence before it is what was said. Found once per
    sentence: it is asked for every claim the sentence holds."""
    found: dict[tuple[int, int], Any] = sent.doc.user_data.setdefault(_CLOSING_KEY, {})
    key = (sent.start, sent.end)
    if key not in found:
        found[key] = _closing_verb(sent)
    return found[key]


def _closing_verb(sent: Any) -> Any | None:
    attribution = get_lexicon().certainty("attribution_verbs")
    words = _last_words(sent, _CLOSING_WORDS)  # all a closing verb can be, or be followed by
    for verb in reversed(words):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in attribution:
            continue
        if is_participle_adjunct(verb):
            continue  # "citing a source", "adding that": the closing verb's own adjunct
        if verb.dep_ == "xcomp":
            return None  # "..., though officials declined to confirm it": no one says so
        after = [t for t in words if t.i > verb.i]
        if not all(_closes_with(verb, t) for t in after) or _says_more(verb):
            return None
        return verb
    return None


def _last_words(sent: Any, count: int) -> list[Any]:
    """The sentence's last ``count`` tokens that are no punctuation, in order, read from its
    end (every token of the sentence was made before, for every claim)."""
    doc, found = sent.doc, []
    for i in range(sent.end - 1, sent.start - 1, -1):
        tok = doc[i]  # made once: each read of doc[i] makes a Token
        if not (tok.is_punct or tok.is_space):  # a paragraph's closing newlines too
            found.append(tok)
            if len(found) == count:
                break
    return found[::-1]


def _closes_with(verb: Any, tok: Any) -> bool:
    """A word after the closing verb is its own, or in a participle tail ("citing medics")
    however the parser hung it."""
    chain = (tok, *tok.ancestors)
    return verb.is_ancestor(tok) or any(is_participle_adjunct(t) and t.i > verb.i for t in chain)


def _says_more(verb: Any) -> bool:
    """ "said that ...", "warned of a massacre", "while X said": the verb brings words of its
    own or sits in a clause of its own; "said on Friday" adds only when."""
    content = get_lexicon().certainty("content_preps")
    for child in verb.children:
        if child.tag_ == "WRB" and child.i < verb.i:
            return True  # "... wherever they are found": a clause of its own, no one speaks
        if child.dep_ == "mark" or (
            child.i > verb.i and child.dep_ in _SAID_DEPS and not is_participle_adjunct(child)
        ):
            return True
        timed = any(g.ent_type_ in ("DATE", "TIME") for g in child.children)
        if child.i > verb.i and child.dep_ == "prep" and child.lower_ in content and not timed:
            return True
    return False

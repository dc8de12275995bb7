"""A surname is not a person when the name around it gives another first name.

"Abdullah" or "Lavrov" alone may name a KB person, but "Nabil Abdullah" and "Ahmed
Lavrov" are other people: when only one of the person's own name words is written, the
capitalised word just before it, if no title ("General", "Sheikh", an office word of the
packs), is a first name, and one the KB person does not bear (in any spelling close to
his) makes it someone else. Title-case headlines are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from frontwatch.kb.actors.names import ARTICLE_FORMS, normalise

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_SAME_NAME = 80.0  # Mohammed / Muhammad, Sergei / Sergey
_NAME_LABELS = ("", "PERSON")
_HEADLINE_MIN_WORDS, _HEADLINE_SHARE = 4, 0.6  # a word tagged as a date or a place before a name is none


def foreign_first_name(kb: ActorKB, span: Any, actor_id: str) -> str:
    """The first name in front of the matched person's name that is not his, or ''."""
    actor = kb.actors.get(actor_id)
    if actor is None or actor.type != "person":
        return ""
    own = _own_words(kb, actor_id)
    tokens = [t for t in span if t.is_alpha]
    owned = [i for i, t in enumerate(tokens) if _is_own(t.text, own)]
    if not owned or sum(normalise(tokens[i].text) not in ARTICLE_FORMS for i in owned) > 1:
        return ""  # two of his own names ("Federica Mogherini"): the full name is there
    first_own = owned[0]
    before = tokens[first_own - 1] if first_own > 0 else _word_before(span)
    if before is None or _is_own(before.text, own) or not _is_first_name(kb, before):
        return ""  # "Staffa de Mistura", "Barrack Obama": his own name, misspelled
    return str(before.text)


def _word_before(span: Any) -> Any:
    """The word just before the span, when nothing but a space separates them."""
    if span.start == 0:
        return None
    token = span.doc[span.start - 1]
    return token if token.is_alpha and token.whitespace_ else None


def _is_first_name(kb: ActorKB, token: Any) -> bool:
    if not token.is_title or token.ent_type_ not in _NAME_LABELS or _in_headline(token):
        return False
    if token.pos_ and token.pos_ != "PROPN":
        return False  # "When Lavrov", "Russian Lavrov": no name
    word = normalise(token.text)
    return word not in kb.rules.titles and word not in kb.role_words


def _in_headline(token: Any) -> bool:
    """A headline in title case ("Blaming Assad Trump Says..."): capitals mark no name."""
    words = [t for t in token.sent if t.is_alpha]
    return len(words) >= _HEADLINE_MIN_WORDS and (
        sum(t.is_title for t in words) >= _HEADLINE_SHARE * len(words)
    )


def _own_words(kb: ActorKB, actor_id: str) -> frozenset[str]:
    actor = kb.actors[actor_id]
    return frozenset(w for name in (actor.name, *actor.aliases) for w in normalise(name).split())


def _is_own(word: str, own: frozenset[str]) -> bool:
    key = normalise(word)
    return key in own or any(fuzz.ratio(key, w) >= _SAME_NAME for w in own if w[:1] == key[:1])

"""An object pronoun of a participle clause stands for the object of the verb it trails.

"The SDF arrested the commander of the council, accusing him of corruption", "the Taliban
seized two officials, charging them with spying", "police detained a Hamas leader, beating
him": the participle clause after its main clause tells of the one its main verb acted on,
so "him" or "them" (``participle_object_pronouns`` in relations.yaml ``anaphora``) is that
object, when its number agrees (a singular noun for "him"/"her", a plural or a list for
"them"). Any other object, or a clause before its verb, is left as it is.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.subjectsbefore import anaphora_words

_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def trailed_verb_object(obj: Any) -> Any:
    """The main verb's object an object pronoun of a trailing participle clause stands for,
    else ``obj`` itself."""
    pronouns = anaphora_words("participle_object_pronouns")
    clause = obj.head
    if obj.dep_ != "dobj" or obj.lower_ not in pronouns or clause.tag_ != "VBG":
        return obj
    if clause.dep_ not in ("advcl", "xcomp") or clause.i < clause.head.i:
        return obj
    mains = [c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i]
    if not mains:
        return obj
    main = mains[0]
    plural = main.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in main.children)
    agrees = plural if obj.lower_ == "them" else (main.tag_ in _SINGULAR_TAGS and not plural)
    return main if agrees else obj

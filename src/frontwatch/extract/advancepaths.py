"""The ground a force's movement runs along, where the parser may hang the "against Y" of
"X pushed east along the border against Y" or "X pushed down the eastern bank of the river
against Y" (the "against" on the river, inside the bank's "of" phrase): the words the
movement's enemy is looked for on (extract/fightcues.py, ``advancing_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import pobjs

# function words, not knowledge: kept out of relations.yaml, whose every word becomes a cue
# word that all relation cues are tried on (extract/cuegate.py)
_PATH_PREPS = frozenset({"along", "across", "through", "toward", "towards", "into", "on"})
_OF = frozenset({"of"})


def path_hosts(verb: Any, objects: list[Any]) -> list[Any]:
    """The path of the movement ("along the border") and, of it and of the ground the verb
    takes as its object ("down the bank"), the "of" phrase's noun ("the bank of the river")."""
    path = pobjs(verb, _PATH_PREPS)
    return path + [g for host in (*objects, *path) for g in pobjs(host, _OF)]


__all__ = ["path_hosts"]

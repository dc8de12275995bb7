"""An act with no doer, no target and no place is no event to store.

"There was no immediate claim of responsibility for the attack"; "Sunday's attack came just
hours after the embassy tested its defences"; "the prime minister met with officials";
"clashes continued for two more weeks". Once every step that fills a side or a place has
run (retellings merged into the act they retell, sides carried from the acts before, the
scene's place given to unplaced acts), an act that still names no party on either side and
no place is a retelling of an act told elsewhere, a topic or background: stored, it is a
record no query can reach and no other report can confirm, and it matches no act the
article tells. Its ties were drawn before this step, so only the event goes.
"""

from __future__ import annotations

from frontwatch.records import Event


def without_unanchored(events: list[Event]) -> list[Event]:
    """The events that name a side or a place."""
    return [e for e in events if is_anchored(e)]


def is_anchored(event: Event) -> bool:
    """A doer, a target or a place: something the act can be found and weighed by."""
    return bool(event.source_actor or event.target_actor or event.place_id)

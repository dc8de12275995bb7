"""When two reports' death tolls show they count the same dead: one attack told twice.

A large toll is nearly an identity: reports of one massacre name the place at different
levels (a suburb, the capital next to it), date it by the attack or by their own day
("killed 1,300 on Wednesday" published days later), and guess its actors differently,
so the place, date and actor tests of :func:`frontwatch.fuse.events.same_event` keep
them apart and the totals count the same dead several times. Two reports are *toll
twins* when their tolls agree within ``TWIN_TOLERANCE``, are at least ``TWIN_MIN_KILLED``,
are dated to the day or week, and name places that can be one (within ``TWIN_KM`` or one
governorate) on the same or the next day. Tolls of ``TWIN_RARE_KILLED`` or more are rarer:
they stay twins up to ``TWIN_DAYS`` apart (a later, not lower, count) and when one place is
unknown or only the country. Within one article only the same figure by the same sides counts (a toll
retold without its date or place); across articles, reports whose modes are of different
kinds (:func:`kinds_differ`: a car bomb, an air strike) stay apart, so two attacks on one day in one city
with like tolls are not one unless told alike.
"""

from __future__ import annotations

import math

from frontwatch.eventtypes import type_info
from frontwatch.fuse.actors import ActorBook
from frontwatch.records import PlaceInfo, Report

TWIN_MIN_KILLED = 20  # below this, like tolls on one day in one area are too common to tell apart
TWIN_TOLERANCE = 0.15  # an updated count ("rose to 126" after "112") stays within this of the other
TWIN_RARE_KILLED = 100  # a toll this large is rare enough to name its attack across a week and a country
TWIN_DAYS = 7  # for such a toll: a report dated by its own day, days after the attack ("last week")
# One article's figure told by the attack's day and by the article's own: within fusion's reach
# (``MAX_REACH_DAYS``), so streamed fusion still holds the first when the second comes.
ARTICLE_TWIN_DAYS = 28
TWIN_KM = 50.0  # a suburb and the city beside it, a district and its province's capital
DATED_TO_THE_DAY = frozenset({"day", "week"})  # a month's or year's toll is a period's count, not an attack's


def toll_twins(a: Report, b: Report, book: ActorBook) -> bool:
    """True when ``a`` and ``b`` state tolls that count the same dead of one attack."""
    if a.type != b.type or a.date is None or b.date is None or a.killed is None or b.killed is None:
        return False
    if not {a.precision, b.precision} <= DATED_TO_THE_DAY or min(a.killed, b.killed) < TWIN_MIN_KILLED:
        return False
    if a.article_id == b.article_id:
        close = abs((a.date - b.date).days) <= ARTICLE_TWIN_DAYS
        return close and a.killed == b.killed and _retold(a, b, book)
    if kinds_differ(a, b):
        return False
    rare = min(a.killed, b.killed) >= TWIN_RARE_KILLED
    if not (_places_may_be_one(a.place, b.place) if rare else _places_named_alike(a.place, b.place)):
        return False
    earlier, later = sorted((a, b), key=lambda r: r.date)  # type: ignore[arg-type,return-value]
    days = (later.date - earlier.date).days  # type: ignore[operator]
    # Tolls rise as the dead are counted: a lower figure days later is another attack's.
    if days > (TWIN_DAYS if rare else 1) or (days > 1 and later.killed < earlier.killed):  # type: ignore[operator]
        return False
    return max(a.killed, b.killed) * (1 - TWIN_TOLERANCE) <= min(a.killed, b.killed)


def kinds_differ(a: Report, b: Report) -> bool:
    """Both modes known and of different CAMEO root codes: a bombing (18, assault), a strike or
    battle (19, fight), a mass killing by gas (20) are two acts even on one day in one town.
    Modes within one root (a suicide and a car bomb; shelling and an air strike) are what
    reports of one attack often confuse, so they may still be one."""
    if not (a.mode and b.mode) or a.mode == b.mode:
        return False
    return _cameo_root(a) != _cameo_root(b)


def _cameo_root(report: Report) -> str:
    return str(type_info(report.type, report.mode)["cameo"] or "")[:2]


def _retold(a: Report, b: Report, book: ActorBook) -> bool:
    """One article's figure told again, perhaps dated by the article's day: the same sides, the
    same place or one of them without one."""
    sides = book.compatible(a.source_actor, b.source_actor) and book.compatible(a.target_actor, b.target_actor)
    return sides and (a.place.id == b.place.id or _vague(a.place) or _vague(b.place))


def _places_may_be_one(a: PlaceInfo, b: PlaceInfo) -> bool:
    """Unknown or country-only places agree with anything in their country; else within ``TWIN_KM``."""
    if a.country and b.country and a.country != b.country:
        return False
    if _vague(a) or _vague(b):
        return True
    if a.admin1 and a.admin1 == b.admin1:
        return True
    return distance_km(a, b) <= TWIN_KM


def _places_named_alike(a: PlaceInfo, b: PlaceInfo) -> bool:
    """Both places known below the country, and within ``TWIN_KM`` or in one governorate."""
    return not (_vague(a) or _vague(b)) and _places_may_be_one(a, b)


def _vague(place: PlaceInfo) -> bool:
    return not place.id or place.latitude is None or place.longitude is None or place.id.startswith("country:")


def distance_km(a: PlaceInfo, b: PlaceInfo) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))

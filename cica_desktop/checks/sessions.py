"""The session and the rule against the letter's date.

Rule 1 of the rules of procedure of the General Assembly fixes the opening of each regular
session: a Tuesday in September, counted in weeks from the first week of September that
holds at least one working day (Monday to Friday). Until the seventy-seventh session it was
the Tuesday of the third such week; from the seventy-eighth (2023) it is the Tuesday of the
second. A session is in progress from its opening until the next one opens.

Rules 12 to 15 then say when an item is requested (docs/CHECKS.md gives the rules and their
public source):

- rule 13, for the provisional agenda, which is issued at least 60 days before the opening
  (rule 12): the request must be made before it, 60 days or more before the opening;
- rule 14, a supplementary item: at least 30 days before the opening;
- rule 15, an additional item: less than 30 days before the opening, or during the session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..findings import Finding, Severity
from ..model import Package
from .base import finding

#: The first session that opens in the second week of September (rule 1 as amended).
SECOND_WEEK_FROM = 78
#: Days before the opening: the provisional agenda is issued (rule 12) …
PROVISIONAL_AGENDA_DAYS = 60
#: … and the last day for a supplementary item (rule 14).
SUPPLEMENTARY_DAYS = 30


def opening_date(session: int) -> dt.date:
    """The day the regular *session* opens, by rule 1 (the first opened in 1946)."""
    year = 1945 + session
    first = dt.date(year, 9, 1)
    while first.weekday() >= 5:  # Saturday or Sunday: that week has no working day
        first += dt.timedelta(days=1)
    monday = first - dt.timedelta(days=first.weekday())
    week = 2 if session >= SECOND_WEEK_FROM else 3
    return monday + dt.timedelta(weeks=week - 1, days=1)


def current_session(day: dt.date) -> int:
    """The regular session in progress on *day*: the last to have opened on or before it
    (a session runs until the next one opens)."""
    session = day.year - 1945
    return session if opening_date(session) <= day else session - 1


def session_for(rule: int, day: dt.date) -> int:
    """The session a request under *rule* dated *day* is for: rule 15, the session about to
    open (less than 30 days ahead) or else the one in progress; rule 14, the next session
    at least 30 days ahead; rule 13, the next whose provisional agenda is still to be
    issued (at least 60 days ahead)."""
    coming = current_session(day) + 1
    ahead = (opening_date(coming) - day).days
    if rule == 15:
        return coming if ahead < SUPPLEMENTARY_DAYS else coming - 1
    least = SUPPLEMENTARY_DAYS if rule == 14 else PROVISIONAL_AGENDA_DAYS
    return coming if ahead >= least else coming + 1


def session_fits_the_rule(package: Package) -> Iterator[Finding]:
    """The package's session and rule fit the letter's date (rules 1 and 12 to 15)."""
    day, session, rule = package.letter.date, package.session, package.rule
    if not 1946 <= day.year <= 2800:  # no session to compare with (and no calendar for it)
        return
    running = current_session(day)
    coming = running + 1  # the next session to open
    opening = opening_date(session)
    days = (opening - day).days

    def wrong_session(expected: int) -> Finding:
        return finding(Severity.WARNING, "session", "session.rule", fix=("session", expected),
                       rule=rule, date=day, expected=expected, session=session)

    def timing(code: str, instead: int, severity: Severity = Severity.WARNING) -> Finding:
        return finding(severity, "session", code, fix=("rule", instead), session=session,
                       opening=opening, date=day, days=days, instead=instead)

    if rule == 15:
        if session == running or (session == coming and days < SUPPLEMENTARY_DAYS):
            return
        if session == coming and days < PROVISIONAL_AGENDA_DAYS:
            yield timing("session.rule15", 14)
        else:
            # Urgent items go to the session in progress, or to the one about to open.
            yield wrong_session(session_for(15, day))
    elif rule == 14:
        target = session_for(14, day)
        if session == target:
            if days >= PROVISIONAL_AGENDA_DAYS:
                yield timing("session.rule14_early", 13, Severity.NOTE)
        elif session == coming:
            yield timing("session.rule14", 15)
        elif session == running:
            yield timing("session.open", 15)
        else:
            yield wrong_session(target)
    else:
        first = session_for(13, day)  # the first provisional agenda not yet issued
        if session == first:
            return
        if session > first:
            yield finding(Severity.NOTE, "session", "session.rule13_early",
                          fix=("session", first), date=day, expected=first, session=session)
        elif session == coming:
            yield timing("session.rule13", 14 if days >= SUPPLEMENTARY_DAYS else 15)
        elif session == running:
            yield timing("session.open", 15)
        else:
            yield wrong_session(first)


__all__ = ["current_session", "opening_date", "session_fits_the_rule", "session_for"]

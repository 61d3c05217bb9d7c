"""checks: what a UN editor would point out in a valid package, as findings.

Pure functions over the model (no Qt, no formats). A finding is a code of the one message
catalogue (cica_desktop/findings.py) with its values, and names the model path of the field
it is about, as validation errors do, so the window can jump to it and say it in its
language; a warning never blocks an export. `cica-desktop check PROJECT` prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from ..findings import MESSAGES, Finding, Param, Severity
from ..model import DraftResolution, LetterAnnex, Memorandum, Package, SenderRole

Check = Callable[[Package], Iterator[Finding]]


def _finding(severity: Severity, path: str, code: str, **params: Param) -> Finding:
    assert code in MESSAGES, f"{code} is not in the findings catalogue"
    return Finding(code, path, severity, params)


def current_session(day: dt.date) -> int:
    """The regular session in progress on *day* (the sixty-second opened in September 2007)."""
    return day.year - 1945 if day.month >= 9 else day.year - 1946


def memorandum_required(package: Package) -> Iterator[Finding]:
    """Rule 20: every item proposed for the agenda comes with an explanatory memorandum."""
    if not any(isinstance(annex, Memorandum) for annex in package.annexes):
        yield _finding(Severity.WARNING, "annexes", "rule20.memorandum")


def draft_resolution_suggested(package: Package) -> Iterator[Finding]:
    """Rule 20 adds "if possible, by basic documents or by a draft resolution"."""
    if package.draft_resolution() is None:
        yield _finding(Severity.NOTE, "annexes", "rule20.draft_resolution")


def session_fits_the_rule(package: Package) -> Iterator[Finding]:
    """Rule 13 asks for the next session's provisional agenda, rules 14 and 15 for the
    session about to open or in progress, judged from the letter's date."""
    day = package.letter.date
    running = current_session(day)
    expected = {13: (running + 1,), 14: (running, running + 1), 15: (running,)}[package.rule]
    if package.session in expected:
        return
    if len(expected) == 1:
        yield _finding(Severity.WARNING, "session", "session.rule", rule=package.rule,
                       date=day, expected=expected[0], session=package.session)
    else:
        first, second = expected
        yield _finding(Severity.WARNING, "session", "session.rule_either", rule=package.rule,
                       date=day, first=first, second=second, session=package.session)


def signatories_in_alphabetical_order(package: Package) -> Iterator[Finding]:
    """Several signatories sign in the English alphabetical order of their countries."""
    letter = package.letter
    if letter.sender_role is not SenderRole.REPRESENTATIVES or package.language != "en":
        return  # the rule is about English names; other versions follow the English one
    states = [sender.state for sender in letter.senders]
    wanted = sorted(states, key=lambda state: state.casefold())
    if states != wanted:
        yield _finding(Severity.WARNING, "letter.senders", "signatories.order",
                       order=tuple(wanted))


def signatories_represent_requesting_states(package: Package) -> Iterator[Finding]:
    """Each representative signing a joint letter speaks for one of the requesting States."""
    if package.letter.sender_role is not SenderRole.REPRESENTATIVES:
        return
    requesting = {state.casefold() for state in package.requesting_states}
    for index, sender in enumerate(package.letter.senders):
        if sender.state.casefold() not in requesting:
            yield _finding(Severity.WARNING, f"letter.senders[{index}].state",
                           "signatories.state", state=sender.state)


def dates_in_order(package: Package) -> Iterator[Finding]:
    """The document is issued after the letter, and annexed letters precede it."""
    letter_date = package.letter.date
    if package.issue_date is not None and package.issue_date < letter_date:
        yield _finding(Severity.WARNING, "issue_date", "dates.issued_before_letter",
                       issued=package.issue_date, date=letter_date)
    for index, annex in enumerate(package.annexes):
        if isinstance(annex, LetterAnnex) and annex.date is not None \
                and annex.date > letter_date:
            yield _finding(Severity.WARNING, f"annexes[{index}].date",
                           "dates.annexed_letter_after_cover", date=annex.date,
                           cover=letter_date)


def operative_paragraphs_have_verbs(package: Package) -> Iterator[Finding]:
    """Operative paragraphs of a resolution open with a verb in italics ("Decides")."""
    for index, annex in enumerate(package.annexes):
        if isinstance(annex, DraftResolution):
            for number, paragraph in enumerate(annex.operative):
                if not paragraph.verb.strip():
                    yield _finding(Severity.NOTE,
                                   f"annexes[{index}].operative[{number}].verb",
                                   "resolution.operative_verb")


CHECKS: tuple[Check, ...] = (
    memorandum_required,
    draft_resolution_suggested,
    session_fits_the_rule,
    signatories_in_alphabetical_order,
    signatories_represent_requesting_states,
    dates_in_order,
    operative_paragraphs_have_verbs,
)


def check(package: Package) -> list[Finding]:
    """Every finding of every check, warnings first."""
    findings = [finding for rule in CHECKS for finding in rule(package)]
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    return sorted(findings, key=lambda f: order[f.severity])


__all__ = ["CHECKS", "Finding", "Severity", "check", "current_session"]

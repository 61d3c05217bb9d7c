"""The request as a whole: rule 20's annexes, the signatories of a joint letter, dates."""

from __future__ import annotations

from collections.abc import Iterator

from ..collation import Collation, sort_key
from ..findings import Finding, Severity
from ..model import LetterAnnex, Memorandum, Package, SenderRole
from ..state_names import un_form
from .base import finding


def memorandum_required(package: Package) -> Iterator[Finding]:
    """Rule 20: every item proposed for the agenda comes with an explanatory memorandum."""
    if not any(isinstance(annex, Memorandum) for annex in package.annexes):
        yield finding(Severity.WARNING, "annexes", "rule20.memorandum")


def draft_resolution_suggested(package: Package) -> Iterator[Finding]:
    """Rule 20 adds "if possible, by basic documents or by a draft resolution"."""
    if package.draft_resolution() is None:
        yield finding(Severity.NOTE, "annexes", "rule20.draft_resolution")


#: The English order of a list of States (templates/lang/en.toml [language.collation]):
#: the checks judge the English version, which every other version follows.
ENGLISH = Collation(articles=("the ",))


def english_order(state: str) -> tuple[object, ...]:
    """A State's place in an English list: without "the", accents, case and punctuation
    ("Côte d’Ivoire" before "Croatia", "the Netherlands" under N); a hyphen is a space."""
    return sort_key(state, ENGLISH)


def signatories_in_alphabetical_order(package: Package) -> Iterator[Finding]:
    """Several signatories sign in the English alphabetical order of their countries."""
    letter = package.letter
    if letter.sender_role is not SenderRole.REPRESENTATIVES or package.language != "en":
        return  # the rule is about English names; other versions follow the English one
    states = [sender.state for sender in letter.senders]
    wanted = sorted(states, key=english_order)
    if states != wanted:
        yield finding(Severity.WARNING, "letter.senders", "signatories.order",
                      order=tuple(wanted))


def signatories_represent_requesting_states(package: Package) -> Iterator[Finding]:
    """Each representative signing a joint letter speaks for one of the requesting States."""
    if package.letter.sender_role is not SenderRole.REPRESENTATIVES:
        return
    requesting = {state.casefold() for state in package.requesting_states}
    for index, sender in enumerate(package.letter.senders):
        if sender.state.casefold() not in requesting:
            yield finding(Severity.WARNING, f"letter.senders[{index}].state",
                          "signatories.state", state=sender.state)


def states_as_the_un_names_them(package: Package) -> Iterator[Finding]:
    """A State typed in a form UN documents do not use ("Netherlands" where a sentence says
    "the Kingdom of the Netherlands", "韩国" for "大韩民国"): the UN's form is the fix."""
    language = package.language.value
    fields = [(f"requesting_states[{index}]", state)
              for index, state in enumerate(package.requesting_states)]
    fields += [(f"letter.senders[{index}].state", sender.state)
               for index, sender in enumerate(package.letter.senders)]
    for path, state in fields:
        expected = un_form(language, state)
        if expected is not None:
            yield finding(Severity.WARNING, path, "states.un_name", fix=(path, expected),
                          state=state, expected=expected)


def dates_in_order(package: Package) -> Iterator[Finding]:
    """The document is issued after the letter, and annexed letters precede it."""
    letter_date = package.letter.date
    if package.issue_date is not None and package.issue_date < letter_date:
        yield finding(Severity.WARNING, "issue_date", "dates.issued_before_letter",
                      issued=package.issue_date, date=letter_date)
    for index, annex in enumerate(package.annexes):
        if isinstance(annex, LetterAnnex) and annex.date is not None \
                and annex.date > letter_date:
            yield finding(Severity.WARNING, f"annexes[{index}].date",
                          "dates.annexed_letter_after_cover", date=annex.date,
                          cover=letter_date)


__all__ = ["dates_in_order", "draft_resolution_suggested", "english_order", "memorandum_required",
           "signatories_in_alphabetical_order", "signatories_represent_requesting_states",
           "states_as_the_un_names_them"]

"""Validation messages in the interface language.

The model says what is wrong in English (the CLI prints that); the findings panel shows the
same message translated. Each known message is a pattern whose named parts are carried
into the translation; an unknown message is shown as it is, never dropped.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from .formspec import QT_TRANSLATE_NOOP

_CONTEXT = "messages"

# Each entry: the pattern of the English message, and its text for translation with the
# pattern's {named} parts.
MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text) for pattern, text in (
        (r"^must not be empty$", QT_TRANSLATE_NOOP("messages", "must not be empty")),
        (r"^is required but missing$",
         QT_TRANSLATE_NOOP("messages", "is required but missing")),
        (r"^must be a single line \(it contains a line break\)$",
         QT_TRANSLATE_NOOP("messages", "must be a single line (it contains a line break)")),
        (r"^text is (?P<length>[\d,]+) characters long; the limit is (?P<limit>[\d,]+)$",
         QT_TRANSLATE_NOOP("messages",
                           "text is {length} characters long; the limit is {limit}")),
        (r"^contains the control or non-character (?P<code>U\+[0-9A-F]+) at position "
         r"(?P<position>\d+); remove it \(it cannot be printed\)$",
         QT_TRANSLATE_NOOP("messages", "contains the control or non-character {code} at "
                           "position {position}; remove it (it cannot be printed)")),
        (r"^Tuple should have at least (?P<count>\d+) items? after validation, not \d+$",
         QT_TRANSLATE_NOOP("messages", "needs at least {count} item(s)")),
        (r"^String should match pattern '(?P<pattern>.*)'$",
         QT_TRANSLATE_NOOP("messages", "is not in the expected form")),
        (r"^Input should be greater than or equal to (?P<minimum>-?\d+)$",
         QT_TRANSLATE_NOOP("messages", "must be {minimum} or more")),
        (r"^Input should be less than or equal to (?P<maximum>-?\d+)$",
         QT_TRANSLATE_NOOP("messages", "must be {maximum} or less")),
        (r"^Input should be a valid date.*$",
         QT_TRANSLATE_NOOP("messages", "is not a valid date")),
        (r"^each of several representatives must name the State they represent$",
         QT_TRANSLATE_NOOP("messages",
                           "each of several representatives must name the State they "
                           "represent")),
        (r"^sub-paragraphs go two levels deep at most \(\(a\), then \(i\)\)$",
         QT_TRANSLATE_NOOP("messages",
                           "sub-paragraphs go two levels deep at most ((a), then (i))")),
        (r"^lists nest three levels deep at most$",
         QT_TRANSLATE_NOOP("messages", "lists nest three levels deep at most")),
        (r"^has (?P<cells>\d+) cells; the header has (?P<header>\d+)$",
         QT_TRANSLATE_NOOP("messages", "has {cells} cells; the header has {header}")),
        # checks/
        (r"^rule 20 asks for an explanatory memorandum with every item proposed for the "
         r"agenda; the package has none$",
         QT_TRANSLATE_NOOP("messages", "rule 20 asks for an explanatory memorandum with every "
                           "item proposed for the agenda; the package has none")),
        (r"^rule 20 suggests a draft resolution where possible; the package has none$",
         QT_TRANSLATE_NOOP("messages", "rule 20 suggests a draft resolution where possible; "
                           "the package has none")),
        (r"^a rule (?P<rule>\d+) request dated (?P<date>.+) is for session (?P<expected>.+); "
         r"the package names session (?P<session>\d+)$",
         QT_TRANSLATE_NOOP("messages", "a rule {rule} request dated {date} is for session "
                           "{expected}; the package names session {session}")),
        (r"^several signatories sign in the alphabetical order of their countries: "
         r"(?P<order>.+)$",
         QT_TRANSLATE_NOOP("messages", "several signatories sign in the alphabetical order "
                           "of their countries: {order}")),
        (r"^(?P<state>.+) is not among the requesting States$",
         QT_TRANSLATE_NOOP("messages", "{state} is not among the requesting States")),
        (r"^the document is issued on (?P<issued>.+), before the letter's date, "
         r"(?P<date>.+)$",
         QT_TRANSLATE_NOOP("messages", "the document is issued on {issued}, before the "
                           "letter's date, {date}")),
        (r"^this annexed letter is dated (?P<date>.+), after the cover letter of "
         r"(?P<cover>.+)$",
         QT_TRANSLATE_NOOP("messages", "this annexed letter is dated {date}, after the cover "
                           "letter of {cover}")),
        (r"^operative paragraphs usually open with a verb in italics \(Decides, Requests\)$",
         QT_TRANSLATE_NOOP("messages", "operative paragraphs usually open with a verb in "
                           "italics (Decides, Requests)")),
    ))


def translated(message: str) -> str:
    """*message* in the interface language, when it is one the interface knows."""
    for pattern, text in MESSAGES:
        match = pattern.match(message)
        if match:
            return QCoreApplication.translate(_CONTEXT, text).format(**match.groupdict())
    return message

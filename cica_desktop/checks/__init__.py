"""checks: what a UN editor would point out in a valid package, as findings.

Pure functions over the model (no Qt, no formats). A finding is a code of the one message
catalogue (cica_desktop/findings.py) with its values, and names the model path of the field
it is about, as validation errors do, so the window can jump to it and say it in its
language; where the change that settles it is certain, it carries it as a fix (the path and
the new value). A warning never blocks an export. `cica-desktop check PROJECT` prints them;
docs/CHECKS.md explains each one to users.

- `sessions`: the session and the rule against the letter's date (rules 1, 12 to 15);
- `requests`: rule 20's annexes, a joint letter's signatories, dates in order;
- `consistency`: the item's title, the organization's name, the rule and session the
  letter names and the annexes it mentions, the same everywhere;
- `drafting`: preambular and operative paragraphs of a draft resolution, as the UN drafts
  them in each language;
- `typography`: text that looks wrong for its language (quotation marks, doubled spaces,
  English words in Chinese text).

Per-language data (quotation marks, punctuation, word patterns) is in `languages.py`.
"""

from __future__ import annotations

from ..findings import Finding, Fix, Severity
from ..model import Package
from .base import Check
from .consistency import (
    annexes_the_letter_mentions,
    item_title_the_same_everywhere,
    letter_cites_the_rule,
    letter_names_the_session,
    organization_spelt_the_same,
)
from .drafting import operative_paragraphs, preambular_paragraphs
from .requests import (
    dates_in_order,
    draft_resolution_suggested,
    memorandum_required,
    signatories_in_alphabetical_order,
    signatories_represent_requesting_states,
    states_as_the_un_names_them,
)
from .sessions import current_session, opening_date, session_fits_the_rule, session_for
from .typography import latin_words_in_chinese, quotation_marks, spaces

CHECKS: tuple[Check, ...] = (
    memorandum_required,
    draft_resolution_suggested,
    session_fits_the_rule,
    letter_cites_the_rule,
    letter_names_the_session,
    signatories_in_alphabetical_order,
    signatories_represent_requesting_states,
    states_as_the_un_names_them,
    dates_in_order,
    item_title_the_same_everywhere,
    organization_spelt_the_same,
    annexes_the_letter_mentions,
    preambular_paragraphs,
    operative_paragraphs,
    quotation_marks,
    spaces,
    latin_words_in_chinese,
)


def check(package: Package) -> list[Finding]:
    """Every finding of every check, warnings first (then in the order of the checks)."""
    findings = [finding for rule in CHECKS for finding in rule(package)]
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    return sorted(findings, key=lambda f: order[f.severity])


__all__ = ["CHECKS", "Check", "Finding", "Fix", "Severity", "check", "current_session",
           "opening_date", "session_for"]

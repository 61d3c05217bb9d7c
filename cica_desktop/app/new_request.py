"""A new request: the kinds and rules the gallery offers (their descriptions, translated in
the "requests" context), the languages, the session running now, the first data of a new
request (compose/new_package.py), a new request from an earlier one, and the guidance the
form shows in a paragraph left blank."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path as FilePath
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..checks import current_session as _session_running_on
from ..checks.sessions import session_for as _session_for
from ..compose.kinds import CONTEXT as CONTEXT
from ..compose.kinds import KINDS, RULES
from ..compose.language import templates_root
from ..compose.new_package import (
    RequestSpec,
    new_request,
    several_senders,
)
from ..earlier import earlier_request
from ..model import Language, RequestKind
from .paths import Path, get_at


def available_languages() -> list[str]:
    """Document languages that have a template (the others cannot produce documents yet),
    in the model's order."""
    present = {p.stem for p in (templates_root() / "lang").glob("*.toml")}
    kinds = {p.stem for p in (templates_root() / "kinds").glob("*.toml")}
    return [language.value for language in Language
            if language.value in present and language.value in kinds]


def current_session(today: dt.date | None = None) -> int:
    """The regular session in progress (the last to have opened)."""
    return _session_running_on(today or dt.date.today())


def session_for(rule: int, date: dt.date | None = None) -> int:
    """The session a request under *rule* dated *date* (default today) is for: rule 15, the
    session about to open or the one in progress; rules 13 and 14, the next one whose
    deadline has not passed (checks.sessions)."""
    return _session_for(rule, date or dt.date.today())


@dataclass(frozen=True)
class KindChoice:
    """A kind of request as the gallery shows it (English: translate in CONTEXT)."""

    value: str
    title: str
    description: str
    #: The package has a draft resolution unless the user says otherwise…
    resolution: bool
    #: …and the user may leave it out (or add one).
    resolution_optional: bool
    #: It asks for a sub-item under an existing item (whose title the user gives).
    sub_item: bool
    #: Its standard wording names an organization.
    organization: bool


def kind_choices() -> list[KindChoice]:
    return [KindChoice(info.kind.value, info.title, info.description, info.resolution,
                       info.resolution_optional, info.sub_item, info.organization)
            for info in KINDS.values()]


def rule_choices() -> list[tuple[int, str, str]]:
    """(rule, short name, description) of rules 13, 14 and 15 (what a request invokes)."""
    return [(rule, title, text) for rule, (title, text) in RULES.items() if rule != 20]


def rule_20() -> tuple[str, str]:
    """Rule 20's short name and description (every request meets it)."""
    return RULES[20]


def new_request_data(*, kind: str, language: str, rule: int, session: int,
                     states: list[str] | tuple[str, ...], item_title: str = "",
                     organization: str = "", parent_item: str = "", paper: str = "letter",
                     date: dt.date | None = None,
                     draft_resolution: bool | None = None) -> dict[str, Any]:
    """Raw project data for a new request of *kind*: one signature block per requesting
    State, each blank (the signer profile never writes into a project unless the user asks,
    with "Use my profile for this signatory"); blanks are findings, nothing is invented."""
    return new_request(RequestSpec(
        RequestKind(kind), session, date or dt.date.today(), language=language, rule=rule,
        states=tuple(states), organization=organization, item_title=item_title,
        parent_item=parent_item, paper=paper, draft_resolution=draft_resolution)).data


def earlier_request_data(path: FilePath, *, session: int | None = None,
                         date: dt.date | None = None) -> dict[str, Any]:
    """A new request from the project file *path*: its text kept; dates, signatories' names
    and scanned signatures, symbol, job number, issue date and agenda item cleared; the
    session is *session* (default: the one its rule is for), the letter dated *date* (default:
    today). Raises ProjectError when the file is not a project."""
    return earlier_request(path, date=date or dt.date.today(), session=session)


# ------------------------------------------------------------------ guidance


@lru_cache(maxsize=32)
def _skeleton(spec: RequestSpec) -> tuple[dict[str, Any], dict[Path, str]]:
    made = new_request(spec)
    return made.data, dict(made.hints)


def _spec_of(data: dict[str, Any]) -> RequestSpec | None:
    try:
        kind = RequestKind(str(data.get("kind")))
        letter = data.get("letter") or {}
        several = several_senders(letter.get("sender_role"))
        session = int(data.get("session") or 1)
        return RequestSpec(kind, session, dt.date(2000, 1, 1),
                           language=str(data.get("language") or "en"),
                           rule=int(data.get("rule") or 15),
                           states=("A", "B") if several else ("A",),
                           item_title=str(data.get("item_title") or ""),
                           parent_item=str(data.get("parent_item") or ""),
                           draft_resolution=True)
    except (ValueError, TypeError, AttributeError):
        return None


def guidance(data: dict[str, Any], path: Path) -> str:
    """What goes into the paragraph at *path* while it is blank, for a project of a known
    kind: its kind's guidance, or the standard wording it would have. "" when the paragraph
    is not blank or nothing is known. A hint follows the paragraph's place in its part, so
    after paragraphs are inserted above it, it may be another paragraph's."""
    if not path or path[-1] != "text":
        return ""
    try:
        value = get_at(data, path)
    except (KeyError, IndexError, TypeError):
        return ""
    if not isinstance(value, str) or value.strip():
        return ""
    spec = _spec_of(data)
    if spec is None:
        return ""
    try:
        skeleton, hints = _skeleton(spec)
    except Exception:  # a broken template: no hint, building says what is wrong
        return ""
    mapped = path
    if path[0] == "annexes" and len(path) > 2:
        try:
            annex_kind = get_at(data, path[:2])["kind"]
        except (KeyError, IndexError, TypeError):
            return ""
        same = [index for index, annex in enumerate(skeleton["annexes"])
                if annex["kind"] == annex_kind]
        if not same:
            return ""
        mapped = (path[0], same[0], *path[2:])
    if mapped in hints:
        # Guidance is interface text, in the interface language; a standard wording (a
        # paragraph left blank for a blank value) is the document's and has no translation.
        return QCoreApplication.translate(CONTEXT, hints[mapped])
    try:
        standard = get_at(skeleton, mapped)
    except (KeyError, IndexError, TypeError):
        return ""
    return standard if isinstance(standard, str) else ""

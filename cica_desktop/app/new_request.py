"""A new request: the languages it can be written in, the session running now, and its
first data (the standard wording of the chosen rule, from the language template)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..checks import current_session as _session_running_on
from ..compose.language import templates_root
from ..compose.new_package import new_package_data
from ..model import Language


def available_languages() -> list[str]:
    """Document languages that have a template (the others cannot produce documents yet),
    in the model's order."""
    present = {p.stem for p in (templates_root() / "lang").glob("*.toml")}
    return [language.value for language in Language if language.value in present]


def current_session(today: dt.date | None = None) -> int:
    """The regular session that opens in September of this year (or the one running)."""
    return _session_running_on(today or dt.date.today())


def new_request_data(*, language: str, rule: int, session: int, state: str, item_title: str,
                     organization: str, paper: str) -> dict[str, Any]:
    """Raw project data for a blank request. Its signatory is blank: the signer profile
    (Settings ▸ Signing…) never writes into a project unless the user asks, with "Use my
    profile for this signatory"."""
    data = new_package_data(language=language, rule=rule, session=session, state=state,
                            item_title=item_title, organization=organization)
    data["paper"] = paper
    return data

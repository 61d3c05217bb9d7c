"""A new project's data, with the standard wording of the chosen rule filled in."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model import FORMAT_VERSION
from .language import load_language


def new_package_data(language: str = "en", rule: int = 15, session: int = 81,
                     state: str = "", item_title: str = "", organization: str = "",
                     today: dt.date | None = None) -> dict[str, Any]:
    """Raw project data (JSON-like) for a blank request: letter, memorandum, resolution.

    Fields the user must still fill (the memorandum, names) are left empty, so the findings
    panel lists them; nothing is invented.
    """
    t = load_language(language)
    today = today or dt.date.today()
    values = {"session": session, "item_title": item_title, "organization": organization}

    def standard(key: str) -> str:
        return t.text("standard", key, **values)

    return {
        "format_version": FORMAT_VERSION,
        "session": session,
        "rule": rule,
        "item_title": item_title,
        "language": language,
        "original_language": language,
        "requesting_states": [state],
        "letter": {
            "date": today.isoformat(),
            "sender_role": "permanent_representative",
            "senders": [{"name": "", "titles": [], "state": state, "signed": True}],
            "blocks": [{"type": "paragraph", "text": standard(key)}
                       for key in (f"letter_rule_{rule}", "letter_rule_20", "letter_circulation")],
        },
        "annexes": [
            {"kind": "memorandum", "blocks": [{"type": "paragraph", "numbered": True, "text": ""}]},
            {"kind": "draft_resolution",
             "preambular": [{"lead": standard("observer_preambular_lead"),
                             "text": standard("observer_preambular")}],
             "operative": [
                 {"verb": standard("observer_decides_verb"), "text": standard("observer_decides")},
                 {"verb": standard("observer_requests_verb"),
                  "text": standard("observer_requests")}]},
        ],
    }

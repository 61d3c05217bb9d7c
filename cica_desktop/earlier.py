"""A new request from an earlier one's file: what File ▸ New from an earlier request and
`cica-desktop new --from` both do (compose/new_package.from_earlier on the file's data, the
session the rule is for on the new letter's date)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from .checks.sessions import session_for
from .compose.new_package import from_earlier
from .model import ProjectError
from .model.project import migrate, read_project_json, shape_errors


def earlier_request(path: Path, *, date: dt.date, session: int | None = None,
                    rule: int | None = None) -> dict[str, Any]:
    """The new request's data: the earlier text kept, what belonged to the earlier request
    cleared; *rule* (default: the earlier one's) decides the default *session*. Raises
    ProjectError when the file is not a project."""
    data = migrate(read_project_json(path))
    broken = shape_errors(data)
    if broken:
        raise ProjectError(broken, str(path))
    earlier_rule = data.get("rule")
    chosen = rule or (earlier_rule if isinstance(earlier_rule, int)
                      and earlier_rule in (13, 14, 15) else 15)
    return from_earlier(data, session=session or session_for(chosen, date), date=date,
                        rule=rule)

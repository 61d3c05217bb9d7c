"""Paths into the project's raw data: ("annexes", 1, "operative", 0, "text").

The same path written as text, ``annexes[1].operative[0].text``, is the objectName of the
widget that edits the value and the path in a validation error, so a finding can jump to it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

Path = tuple[str | int, ...]

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def path_text(path: Path) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def parse_path(text: str) -> Path:
    parts: list[str | int] = []
    for name, index in _PART.findall(text):
        parts.append(int(index) if index else name)
    return tuple(parts)


def get_at(data: Any, path: Path) -> Any:
    for part in path:
        data = data[part]
    return data


def set_at(data: Any, path: Path, value: Any) -> Any:
    """A copy of *data* with *value* at *path*; only the containers on the path are copied."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    container = copy.copy(data)
    # A key may be absent (an optional field, or a sub-object left at its defaults): the
    # value is simply added, with the sub-objects on the way to it.
    if rest:
        child = data.get(head, {}) if isinstance(data, dict) else data[head]
        container[head] = set_at(child, rest, value)
    else:
        container[head] = value
    return container

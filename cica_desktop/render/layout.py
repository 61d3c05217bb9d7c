"""Layout decisions both renderers must make identically (so the DOCX and PDF agree)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def text_width(text: str, size: float) -> float:
    """Approximate printed width: full-width characters 1 em, others about half an em."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size * 0.5 for c in text)


def column_widths(header: Sequence[str], rows: Sequence[Sequence[str]], total: float,
                  size: float, padding: float) -> list[float]:
    """Share *total* among the columns by how much text each holds, none starved."""
    columns = len(header)
    natural = []
    for index in range(columns):
        texts = [header[index], *(row[index] for row in rows if index < len(row))]
        longest = max((text_width(t, size) for t in texts), default=0.0)
        natural.append(min(max(longest + 2 * padding, 40.0), total))
    used = sum(natural)
    if used <= total:
        extra = (total - used) / columns
        return [w + extra for w in natural]
    floor = min(total / columns / 2, min(natural))
    scale = (total - floor * columns) / max(used - floor * columns, 1e-6)
    return [floor + (w - floor) * scale for w in natural]

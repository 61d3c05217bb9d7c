"""Findings about one export rather than the package: what a part prints that the package
does not show (the standalone draft resolution is an L-document with its own symbol).

`build.render` adds them to the export's notices: the command line prints them on stderr.
"""

from __future__ import annotations

from ..findings import Finding, Severity
from ..model import DraftResolution, Package

#: The English text (the code is not in the catalogue yet: findings.py's MESSAGES).
BLANK_SYMBOL = ("the standalone draft resolution has no symbol: its masthead and running "
                "heads print none (the UN assigns it, e.g. A/C.6/80/L.2)")


def standalone_resolution(package: Package) -> list[Finding]:
    """A standalone draft resolution is issued under a symbol of its own: a warning when
    its symbol is blank (named at the draft's symbol field)."""
    for index, annex in enumerate(package.annexes):
        if isinstance(annex, DraftResolution):
            if not (annex.symbol or "").strip():
                return [Finding("export.resolution_symbol_blank", f"annexes[{index}].symbol",
                                Severity.WARNING, fallback=BLANK_SYMBOL)]
            return []
    return []

"""Findings about one export rather than the package: what a part prints that the package
does not show (the standalone draft resolution is an L-document with its own symbol).

`build.render` adds them to the export's notices: the command line prints them on stderr.
"""

from __future__ import annotations

from ..findings import Finding, Severity
from ..model import DraftResolution, Package
from .base import finding


def standalone_resolution(package: Package) -> list[Finding]:
    """A standalone draft resolution is issued under a symbol of its own: a warning when
    its symbol is blank (named at the draft's symbol field)."""
    for index, annex in enumerate(package.annexes):
        if isinstance(annex, DraftResolution):
            if not (annex.symbol or "").strip():
                return [finding(Severity.WARNING, f"annexes[{index}].symbol",
                                "export.resolution_symbol_blank")]
            return []
    return []

"""The findings the window lists for the project being edited."""

from __future__ import annotations

from ..checks import check
from ..findings import Finding, Severity
from .project import Project


def project_findings(project: Project) -> list[Finding]:
    """The project's errors first (they block exports), then what the checks point out in a
    valid package (warnings and notes, which never block anything)."""
    findings = [error.finding() for error in project.errors]
    if project.package is not None:
        findings += check(project.package)
    return findings


__all__ = ["Finding", "Severity", "project_findings"]

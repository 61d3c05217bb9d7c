"""The findings the window lists for the project being edited."""

from __future__ import annotations

from ..checks import check
from ..compose.language import template_findings
from ..findings import Finding, Severity
from .project import Project


def project_findings(project: Project) -> list[Finding]:
    """The project's errors first (they block exports), then what the checks point out in a
    valid package (warnings and notes, which never block anything), then the wording its
    language template lacks (English's is used instead)."""
    findings = [error.finding() for error in project.errors]
    if project.package is not None:
        findings += check(project.package)
        findings += template_findings(project.package.language.value)
    return findings


__all__ = ["Finding", "Severity", "project_findings"]

"""The findings the window lists for the project being edited, and applying their fixes."""

from __future__ import annotations

from collections.abc import Sequence

from ..checks import check
from ..compose.language import template_findings
from ..findings import Finding, Fix, Severity
from ..model import FieldError, Package
from .paths import parse_path
from .project import Project


def project_findings(project: Project) -> list[Finding]:
    """The project's errors first (they block exports), then what the checks point out in a
    valid package (warnings and notes, which never block anything), then the wording its
    language template lacks (English's is used instead)."""
    return findings_of(project.errors, project.package)


def findings_of(errors: Sequence[FieldError], package: Package | None) -> list[Finding]:
    """project_findings of a snapshot (the errors and package of one moment), for a worker
    thread: the checks of a long package take a good part of a second."""
    findings = [error.finding() for error in errors]
    if package is not None:
        findings += check(package)
        findings += template_findings(package.language.value)
    return findings


def apply_fix(project: Project, finding: Finding) -> bool:
    """Put the value *finding*'s fix gives into its field, as one undo step ("Edit …").
    False when the finding has no fix or is no longer among the project's findings (the
    project changed since it was listed): nothing is changed then."""
    if finding.fix is None or finding not in project_findings(project):
        return False
    project.end_typing()  # the fix is its own step, never merged into typing
    project.set_value(parse_path(finding.fix.path), finding.fix.value)
    project.end_typing()
    return True


__all__ = ["Finding", "Fix", "Severity", "apply_fix", "project_findings"]

"""What the window needs to start an export (the jobs themselves are in app/jobs.py): the
parts, the file name the command line would write, and where a project's images are.
`build` names the files; it loads the renderers, so it is imported only when a name is
asked for, not while the window starts."""

from __future__ import annotations

import re
from pathlib import Path

from ..compose import Layout, Part
from .jobs import MissionPreview
from .project import Project
from .settings import Settings


def project_dir(project: Project) -> Path | None:
    """The project's folder, from which its images are named; None while it is untitled."""
    path = project.file_path
    return path.absolute().parent if path else None


def mission_inputs(project: Project, settings: Settings) -> MissionPreview:
    """What the mission's own layout needs besides the package: the signer profile and the
    project's folder."""
    return MissionPreview(settings.signer_profile(), project_dir(project))


def _stem(project: Project) -> str:
    """The name exports start from: the project file's, else the document symbol's
    ("A/62/232" -> "A-62-232"), else "request"."""
    if project.file_path:
        return project.file_path.stem
    symbol = str(project.value(("symbol",)) or "")
    stem = re.sub(r"[^\w.-]+", "-", symbol).strip("-.")
    return stem or "request"


def _folder(project: Project, settings: Settings) -> Path:
    """The last export's folder; before the first export, the project's own folder."""
    return settings.last_export_dir(default=project_dir(project))


def suggested_target(project: Project, settings: Settings, part: Part, fmt: str,
                     mission: bool = False, draft: bool = False) -> Path:
    """Where an export is offered to go: the last export folder, and the name
    `cica-desktop build` gives the same part and format."""
    from ..build import output_name

    layout = Layout.MISSION if mission else Layout.UN
    return _folder(project, settings) / output_name(_stem(project), part, fmt, layout, draft)


def suggested_signed_target(project: Project, settings: Settings) -> Path:
    """Where the signed letter is offered to go (named as `cica-desktop sign` names it)."""
    from ..build import signed_output_name

    return _folder(project, settings) / signed_output_name(_stem(project))


__all__ = ["Part", "mission_inputs", "project_dir", "suggested_signed_target",
           "suggested_target"]

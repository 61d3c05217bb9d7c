"""The bundled sample projects (the CICA request, A/62/232)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def samples_dir() -> Path:
    return Path(str(resources.files("cica_desktop.resources"))) / "samples"


def sample_path(language: str) -> Path:
    return samples_dir() / f"a-62-232.{language}.json"

"""Layers import downward only; the core is free of Qt and of the formats' libraries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "cica_desktop"

#: For each layer, the top-level modules it must never import.
FORBIDDEN = {
    "model": {"PySide6", "docx", "reportlab", "jinja2", "cica_desktop.compose",
              "cica_desktop.render", "cica_desktop.checks", "cica_desktop.app",
              "cica_desktop.ui", "cica_desktop.document"},
    "document": {"PySide6", "docx", "reportlab", "cica_desktop.model", "cica_desktop.compose",
                 "cica_desktop.render", "cica_desktop.app", "cica_desktop.ui"},
    "compose": {"PySide6", "docx", "reportlab", "cica_desktop.render", "cica_desktop.app",
                "cica_desktop.ui"},
    # Renderers never read the model: they see only the document tree.
    "render": {"PySide6", "cica_desktop.model", "cica_desktop.compose", "cica_desktop.app",
               "cica_desktop.ui"},
    "checks": {"PySide6", "docx", "reportlab", "cica_desktop.render", "cica_desktop.app",
               "cica_desktop.ui"},
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    layer_package = "cica_desktop." + ".".join(path.relative_to(PACKAGE).parent.parts)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = layer_package.rsplit(".", node.level - 1)[0] if node.level > 1 \
                    else layer_package
                name = f"{base}.{node.module}" if node.module else base
            else:
                name = node.module or ""
            found.add(name)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downward(layer: str) -> None:
    offending = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in imports_of(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offending.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offending == []


def test_the_checker_sees_relative_imports() -> None:
    assert "cica_desktop.document" in imports_of(PACKAGE / "render" / "pdf.py")
    assert "cica_desktop.model" in imports_of(PACKAGE / "compose" / "compose.py")

"""Layers import downward only, for every module of the package.

    ui ──▶ app ──▶ services ──▶ checks ─────────▶ model ──▶ findings
                   (build, mission,  render ──▶ document ◀── compose ──▶ model
                    signing, …)

- model, document, compose, render and checks import only the layers below them: compose
  sees the model and the document tree, render sees only the document tree, checks only the
  model; `findings` (the vocabulary of findings) sits below the model. Any of them may use
  the leaf utilities, `atomic` (writing files), `collation` (the order of names),
  `collection_pause` (the garbage collector paused while building),
  `images` (checked images), `quotes` (typographic quotes) and `state_names` (the UN's
  names of States), which import nothing of ours.
- Every module outside app/ and ui/ (the core and its services: build, mission, signing,
  verification, images, …) is free of Qt and never imports app/, ui/ or the command line.
- app/ uses QtCore and QtGui only, never widgets, and never imports ui/.
- ui/ reaches the rest of the package only through app/: it imports app/, its own modules,
  PySide6 and the standard library, nothing else.

A module this file does not name (a new service) is held to the services' rules.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "cica_desktop"
OURS = "cica_desktop"
QT = "PySide6"


@dataclass(frozen=True)
class Rule:
    #: Our top-level modules and packages this layer may import (None: any but `forbidden`).
    allowed: frozenset[str] | None = None
    #: Ours it must not import, when `allowed` is None.
    forbidden: frozenset[str] = frozenset()
    #: Other libraries it must not import (top-level names, or dotted prefixes).
    libraries: frozenset[str] = frozenset()
    #: The only other libraries it may import besides the standard library (None: any).
    only_libraries: frozenset[str] | None = None
    why: str = field(default="", compare=False)


_FORMATS = frozenset({"docx", "reportlab"})
#: Leaf utilities: they know no layer, so every layer may use them.
UTILITIES = frozenset({"atomic", "collation", "collection_pause", "images", "quotes",
                       "state_names"})
_SERVICE = Rule(forbidden=frozenset({"app", "ui", "cli", "__main__"}), libraries=frozenset({QT}),
                why="the core and its services know nothing of Qt, the window or the CLI")

#: The rule of each of our top-level modules and packages.
RULES: dict[str, Rule] = {
    **{name: Rule(allowed=frozenset(), libraries=frozenset({QT}),
                  why="a leaf utility imports nothing of ours") for name in UTILITIES},
    "findings": Rule(allowed=frozenset(), libraries=frozenset({QT, *_FORMATS}),
                     why="findings are the vocabulary below the model"),
    "model": Rule(allowed=frozenset({"findings", *UTILITIES}),
                  libraries=frozenset({QT, *_FORMATS, "jinja2"}),
                  why="the model stands alone"),
    "document": Rule(allowed=frozenset(), libraries=frozenset({QT, *_FORMATS}),
                     why="the document tree stands alone"),
    "compose": Rule(allowed=frozenset({"model", "document", "findings", *UTILITIES}),
                    libraries=frozenset({QT, *_FORMATS}),
                    why="compose turns the model into the document tree"),
    "render": Rule(allowed=frozenset({"document", *UTILITIES}), libraries=frozenset({QT}),
                   why="renderers see only the document tree"),
    "checks": Rule(allowed=frozenset({"model", "findings", *UTILITIES}),
                   libraries=frozenset({QT, *_FORMATS}),
                   why="checks see only the model"),
    "cli": Rule(forbidden=frozenset({"app", "ui", "__main__"}), libraries=frozenset({QT}),
                why="the command line runs without Qt"),
    "app": Rule(forbidden=frozenset({"ui", "cli", "__main__"}),
                libraries=frozenset({f"{QT}.QtWidgets", f"{QT}.QtPdfWidgets"}),
                why="app/ has no widgets"),
    "ui": Rule(allowed=frozenset({"app", "ui"}), only_libraries=frozenset({QT}),
               why="ui/ reaches the core only through app/"),
    # The entry point: the command line, or the window (imported only when it opens).
    "__main__": Rule(allowed=frozenset({"cli", "commands", "ui", *UTILITIES})),
    "__init__": Rule(allowed=frozenset(), libraries=frozenset({QT})),
}


def layer_of(path: Path) -> str:
    """The top-level module or package of ours that *path* belongs to."""
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imports_of(path: Path) -> set[str]:
    """Every module *path* imports, as absolute dotted names (``from .x import y`` gives
    both ``…x`` and ``…x.y``, since y may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = [OURS, *path.relative_to(PACKAGE).parent.parts]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - (node.level - 1)])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def _matches(name: str, prefixes: frozenset[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def problems_of(path: Path) -> Iterator[str]:
    layer = layer_of(path)
    rule = RULES.get(layer, _SERVICE)
    where = path.relative_to(PACKAGE)
    refused: list[str] = []
    for name in sorted(imports_of(path)):
        root = name.split(".")[0]
        if root == "__future__" or any(name.startswith(r + ".") for r in refused):
            continue  # (a name imported from a module already refused)
        if root == OURS:
            parts = name.split(".")
            if len(parts) < 2 or parts[1] == layer:
                continue  # the package itself, or the layer's own modules
            target = parts[1]
            if (target not in rule.allowed if rule.allowed is not None
                    else target in rule.forbidden):
                refused.append(name)
                yield f"{where} imports {name} ({rule.why or 'layers import downward'})"
        elif _matches(name, rule.libraries) or (
                rule.only_libraries is not None and root not in sys.stdlib_module_names
                and root not in rule.only_libraries):
            refused.append(name)
            yield f"{where} imports {name} ({rule.why})"


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("layer", sorted({layer_of(p) for p in _modules()}))
def test_layer_imports_only_downward(layer: str) -> None:
    offending = [problem for path in _modules() if layer_of(path) == layer
                 for problem in problems_of(path)]
    assert offending == []


def test_the_checker_sees_relative_imports() -> None:
    assert "cica_desktop.document" in imports_of(PACKAGE / "render" / "pdf.py")
    assert "cica_desktop.model" in imports_of(PACKAGE / "compose" / "compose.py")
    # A top-level module's relative import, and a module imported by name from a package.
    assert "cica_desktop.compose" in imports_of(PACKAGE / "build.py")
    assert "cica_desktop.cli" in imports_of(PACKAGE / "__main__.py")


def test_the_checker_refuses_shortcuts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "cica_desktop"
    (package / "ui").mkdir(parents=True)
    widget = package / "ui" / "widget.py"
    widget.write_text("from ..compose import Part\nfrom .. import checks\nimport pydantic\n"
                      "from ..app.project import Project\nfrom .forms import tool_button\n"
                      "from PySide6.QtWidgets import QWidget\nimport datetime\n",
                      encoding="utf-8")
    service = package / "mission.py"
    service.write_text("from PySide6.QtCore import QObject\nfrom .app import jobs\n",
                       encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", package)
    assert [p.split(" (")[0] for p in problems_of(widget)] == [
        "ui/widget.py imports cica_desktop.checks",
        "ui/widget.py imports cica_desktop.compose",
        "ui/widget.py imports pydantic",
    ]
    assert [p.split(" (")[0] for p in problems_of(service)] == [
        "mission.py imports PySide6.QtCore",
        "mission.py imports cica_desktop.app",
    ]

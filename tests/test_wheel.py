"""The wheel is complete: built from the checkout, installed into a fresh virtual
environment outside it (its dependencies from the package index or pip's cache, never from
the development venv), it runs everything from another folder: `build` on every sample,
`check`, `sign`, `verify` and the window offscreen (issue 15).

The steps themselves are packaging/smoke_test.py's, which `make bundle-test` runs on the
standalone application.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _smoke_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smoke_test",
                                                  ROOT / "packaging" / "smoke_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


smoke = _smoke_module()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=300, cwd=out)
    [built] = out.glob("cica_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def environment(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv outside the checkout with the wheel and its dependencies installed."""
    home = tmp_path_factory.mktemp("installed") / "venv"
    assert not home.is_relative_to(ROOT)
    venv.create(home, with_pip=False, symlinks=os.name != "nt")
    python = home / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                             "--quiet", str(wheel)], capture_output=True, text=True,
                            timeout=900, cwd=home)
    assert result.returncode == 0, result.stderr
    return home


@pytest.fixture(scope="module")
def installed(environment: Path) -> object:
    return smoke.Installed.venv(environment)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another folder: neither the checkout nor the venv."""
    folder = tmp_path_factory.mktemp("elsewhere")
    assert not folder.is_relative_to(ROOT)
    return folder


def test_the_wheel_holds_every_package_and_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    source = ROOT / "cica_desktop"
    modules = {path.relative_to(ROOT).as_posix() for path in source.rglob("*.py")}
    assert modules - names == set()
    # Everything under templates/ and resources/ but Python's caches: fonts and their
    # licences, samples, translations, the guide, icons, word lists.
    for folder, package in (("templates", "cica_desktop/templates"),
                            ("resources", "cica_desktop/resources")):
        files = {f"{package}/{path.relative_to(ROOT / folder).as_posix()}"
                 for path in (ROOT / folder).rglob("*")
                 if path.is_file() and "__pycache__" not in path.parts}
        assert files - names == set(), f"left out of the wheel from {folder}/"
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]\ncica-desktop = cica_desktop.__main__:main" in text
    # Windows starts the window without a console window through the gui script.
    assert "[gui_scripts]\ncica-desktop-gui = cica_desktop.__main__:main" in text


_ISOLATION = """
import importlib, json, pkgutil, sys, sysconfig
from pathlib import Path
import cica_desktop
imported, failed = [], {}
for module in pkgutil.walk_packages(cica_desktop.__path__, "cica_desktop."):
    try:
        importlib.import_module(module.name)
        imported.append(module.name)
    except Exception as exc:
        failed[module.name] = repr(exc)
site = Path(sysconfig.get_paths()["purelib"])
print(json.dumps({"file": cica_desktop.__file__, "path": sys.path,
                  "finders": [type(f).__module__ for f in sys.meta_path],
                  "pth": [p.read_text(errors="replace") for p in site.glob("*.pth")],
                  "imported": imported, "failed": failed}))
"""


def test_the_installed_copy_is_the_wheel_alone(installed: object, environment: Path,
                                              work: Path) -> None:
    """Every module imports from the venv's own site-packages, with no path, finder or
    .pth file leading back to the checkout (an editable install would supply a module
    the wheel lacks)."""
    python = smoke.Installed.venv(environment).window[0]
    result = subprocess.run([python, "-c", _ISOLATION], cwd=work, capture_output=True,
                            text=True, timeout=120, env=smoke.environment(work / "data"))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert Path(report["file"]).is_relative_to(environment)
    assert [entry for entry in report["path"] if str(ROOT) in entry] == []
    assert [finder for finder in report["finders"] if "editable" in finder] == []
    assert [text for text in report["pth"] if str(ROOT) in text] == []
    assert report["failed"] == {}
    source = {".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
              for path in (ROOT / "cica_desktop").rglob("*.py")} - {"cica_desktop"}
    assert source - set(report["imported"]) == set()


def test_build_writes_every_sample_from_another_folder(installed: object, work: Path) -> None:
    written = smoke.build_every_sample(installed, work / "build")
    assert len(written) == 2 * len(smoke.LANGUAGES)


def test_check_reports_findings_as_json(installed: object, work: Path) -> None:
    report = smoke.check(installed, work / "check")
    assert report["file"] == "check.json"


def test_sign_then_verify_trusts_the_signer(installed: object, work: Path) -> None:
    verdict = json.loads(smoke.sign_and_verify(installed, work / "sign"))
    assert verdict["verdict"] and len(verdict["signatures"]) == 1


def test_the_window_shows_the_preview_offscreen(installed: object, work: Path) -> None:
    shown = smoke.window(installed, work / "window")
    assert shown["pages"] and shown["title"]

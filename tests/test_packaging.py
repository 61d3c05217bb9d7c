"""What the installers and desktops read about the application agrees with the package:
the Linux desktop entry and AppStream metadata are valid and name the installed commands,
the icon is ours in every size, the PyInstaller spec, the Inno Setup script and the
AppImage name the same executables, and the bundle stays out of `make test` (issue 15)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image
from PySide6.QtGui import QIcon, QImage

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.cica_desktop.CicaDesktop"
ICONS = ROOT / "resources" / "icons"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scripts() -> dict[str, dict[str, str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"console": project["scripts"], "gui": project["gui-scripts"]}


def desktop_entry() -> dict[str, str]:
    lines = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_both_commands_run_the_same_entry_point() -> None:
    assert scripts() == {"console": {"cica-desktop": "cica_desktop.__main__:main"},
                         "gui": {"cica-desktop-gui": "cica_desktop.__main__:main"}}


@pytest.mark.parametrize(("tool", "arguments", "file"), [
    ("desktop-file-validate", [], f"{APP_ID}.desktop"),
    ("appstreamcli", ["validate", "--no-net"], f"{APP_ID}.metainfo.xml"),
])
def test_linux_metadata_passes_the_freedesktop_validators(tool: str, arguments: list[str],
                                                          file: str) -> None:
    program = shutil.which(tool)
    assert program, f"{tool} is missing: make system-deps installs it"
    result = subprocess.run([program, *arguments, str(LINUX / file)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_entry_and_appstream_name_the_installed_commands_and_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == entry["TryExec"] == "cica-desktop-gui"
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == "cica-desktop"
    assert (ICONS / "cica-desktop.svg").is_file()
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    binaries = {binary.text for binary in component.iter("binary")}
    assert binaries == set(scripts()["console"]) | set(scripts()["gui"])
    from cica_desktop import __version__

    assert next(r.get("version") for r in component.iter("release")) == __version__


def test_the_icon_is_drawn_by_its_script_in_every_size(tmp_path: Path) -> None:
    make_icons = load(ROOT / "scripts" / "make_icons.py")
    assert (ICONS / "cica-desktop.svg").read_text(encoding="utf-8") == make_icons.svg()
    for size in make_icons.SIZES:
        with Image.open(ICONS / f"cica-desktop-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] < 8  # the corners are transparent
            assert image.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(ICONS / "cica-desktop.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "cica-desktop.icns") as icns:
        assert icns.size[0] >= 512


def test_qt_draws_the_svg_icon_like_the_png(qapp: object) -> None:
    icon = QIcon(str(ICONS / "cica-desktop.svg"))
    assert not icon.isNull()
    drawn = icon.pixmap(64, 64).toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    with Image.open(ICONS / "cica-desktop-64.png") as png:
        expected = png.convert("RGBA")
        different = 0
        for x in range(0, 64, 4):
            for y in range(0, 64, 4):
                colour = drawn.pixelColor(x, y)
                qt = (colour.red(), colour.green(), colour.blue(), colour.alpha())
                pil = expected.getpixel((x, y))
                # Premultiplied: a transparent pixel's colour does not count.
                different += max(abs(a * qt[3] - b * pil[3]) // 255
                                 for a, b in zip(qt, pil, strict=True)) > 60
    assert different <= 256 * 0.05  # the same picture but for anti-aliased edges


def test_the_spec_the_installer_and_the_appimage_name_the_same_executables() -> None:
    spec = (ROOT / "packaging" / "cica-desktop.spec").read_text(encoding="utf-8")
    assert 'executable(f"{NAME}-gui", console=False)' in spec
    assert "executable(NAME, console=True)" in spec
    inno = (ROOT / "packaging" / "windows" / "cica-desktop.iss").read_text(encoding="utf-8")
    assert re.findall(r'Filename: "\{app\}\\([^"]+)"', inno) == ["cica-desktop-gui.exe"] * 3
    assert "SetupIconFile=..\\..\\resources\\icons\\cica-desktop.ico" in inno
    app_run = (LINUX / "AppRun").read_text(encoding="utf-8")
    assert '"$HERE/usr/lib/cica-desktop/cica-desktop" "$@"' in app_run


def test_a_windowed_bundle_writes_its_messages_to_a_log_in_the_systems_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    launcher = load(ROOT / "packaging" / "launcher.py")
    monkeypatch.delenv("CICA_DATA_DIR", raising=False)
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    expected = {"win32": tmp_path / "Local" / "cica-desktop" / "logs" / "cica-desktop.log",
                "darwin": tmp_path / "Library" / "Logs" / "cica-desktop" / "cica-desktop.log",
                "linux": tmp_path / "state" / "cica-desktop" / "cica-desktop.log"}
    for platform, path in expected.items():
        monkeypatch.setattr(sys, "platform", platform)
        assert launcher.log_file() == path
    monkeypatch.setenv("CICA_DATA_DIR", str(tmp_path / "portable"))
    assert launcher.log_file() == tmp_path / "portable" / "logs" / "cica-desktop.log"


def test_the_bundle_is_built_by_make_bundle_never_by_make_test() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_rule = re.search(r"^test:(.*)$", makefile, re.M)
    assert test_rule is not None and "bundle" not in test_rule.group(1)
    assert re.search(r"^bundle:", makefile, re.M) and re.search(r"^bundle-test:", makefile, re.M)


def test_a_frozen_bundle_runs_only_its_own_modules_with_dash_m(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The window starts its render process as `sys.executable -m cica_desktop.…`; in the
    bundle sys.executable is the application itself, so the launcher runs the module (a
    second window, starting a third, would never end)."""
    launcher = load(ROOT / "packaging" / "launcher.py")
    assert launcher.run_module(["-m", "json.tool"]) == 2
    assert "only cica_desktop's own modules" in capsys.readouterr().err
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    # As in a new process: the module is not imported yet (runpy warns otherwise).
    monkeypatch.delitem(sys.modules, "cica_desktop.__main__", raising=False)
    with pytest.raises(SystemExit) as exit_:
        launcher.run_module(["-m", "cica_desktop.__main__", "--help"])
    assert exit_.value.code == 0
    assert "verify" in capsys.readouterr().out


def test_a_start_without_a_console_writes_its_messages_to_the_log(tmp_path: Path) -> None:
    """A windowed program (the bundle's cica-desktop-gui) starts with no stdout or stderr:
    what it says, at Python's level and at the descriptors', goes to the log file."""
    launcher = ROOT / "packaging" / "launcher.py"
    environment = {**os.environ, "CICA_DATA_DIR": str(tmp_path)}
    # Descriptors 1 and 2 closed, as a Windows program built without a console has them.
    result = subprocess.run(["bash", "-c", f'"{sys.executable}" "{launcher}" '
                             '-m cica_desktop.__main__ bulid 1>&- 2>&-'],
                            cwd=tmp_path, env=environment, timeout=60)
    assert result.returncode == 2
    log = (tmp_path / "logs" / "cica-desktop.log").read_text(encoding="utf-8")
    assert "'bulid' is neither a command nor an existing file (did you mean 'build'?)" in log

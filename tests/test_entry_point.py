"""`cica-desktop WORD`: a command runs the command line, an existing file opens the window,
anything else is an error listing the commands (exit 2), never a window with a dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cica_desktop import __main__ as entry
from cica_desktop import cli
from cica_desktop.samples import sample_path


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The window's arguments, each time the window would open (it does not here)."""
    calls: list[list[str]] = []

    def run_gui(argv: list[str]) -> int:
        calls.append(list(argv))
        return 0

    import cica_desktop.ui.app

    monkeypatch.setattr(cica_desktop.ui.app, "run_gui", run_gui)
    return calls


@pytest.mark.parametrize("word", ["biuld", "open", "request.json", "drafts/request.json"])
def test_a_word_that_is_no_command_and_no_file_is_an_error(
        word: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], opened: list[list[str]]) -> None:
    monkeypatch.chdir(tmp_path)
    assert entry.main([word]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"'{word}' is neither a command nor an existing file" in err
    for command, text in cli.COMMANDS.items():
        assert f"  {command}" in err and text in err
    assert opened == []


def test_a_mistyped_command_is_named(capsys: pytest.CaptureFixture[str],
                                     opened: list[list[str]]) -> None:
    assert entry.main(["verfy", "signed.pdf"]) == 2
    assert "did you mean 'verify'?" in capsys.readouterr().err
    assert opened == []


def test_a_file_and_no_argument_still_open_the_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[list[str]]) -> None:
    project = tmp_path / "request.json"
    project.write_text(sample_path("en").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert entry.main(["request.json"]) == 0
    assert entry.main([str(project)]) == 0
    assert entry.main([]) == 0
    assert entry.main(["-style", "fusion"]) == 0  # Qt's own options go to the window
    assert opened == [["request.json"], [str(project)], [], ["-style", "fusion"]]


def test_the_commands_are_the_parsers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        entry.main(["--help"])
    assert exit_.value.code == 0
    usage = capsys.readouterr().out
    commands = cli.command_help()  # the built-in commands, then the modules' (import, …)
    assert "{" + ",".join(commands) + "}" in usage
    for command, text in commands.items():
        assert command in usage and text.split()[0] in usage


@pytest.mark.slow
def test_the_installed_command_exits_2_without_a_window(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "cica-desktop"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(script), "bulid"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60, env=environment)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "did you mean 'build'?" in result.stderr and "verify" in result.stderr

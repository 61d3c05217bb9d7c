"""`cica-desktop submit --force` (and Export ▸ Submission…, which writes through the same
`Submission.write`) replaces the earlier submission in the folder as a whole.

The English sample (three annexes) is submitted, then the same request with two annexes
into the same folder: the third annex's file goes, so that the folder never mixes two
versions; the officer's own files stay; stdout names what was removed. If the writing
fails, the earlier submission is left as it was, third annex included.
"""

from __future__ import annotations

import email
import email.policy
import errno
import json
import os
import shutil
from pathlib import Path

import pytest
from pki import PASSWORD, make_identity
from pytestqt.qtbot import QtBot

from cica_desktop import atomic
from cica_desktop import submission as submission_package
from cica_desktop.atomic import is_our_leftover_name
from cica_desktop.cli import main
from cica_desktop.model import load_project
from cica_desktop.samples import sample_path

BASE = "A-62-232-en"
THIRD = f"{BASE}-annex-3.docx"
NOTES = "notes.txt"
#: A file our naming rule does not give (another request's, or an officer's copy).
LOOKALIKE = f"{BASE}-annex-3 (old).docx"


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(PKCS#12, its password file), made once for the module."""
    folder = tmp_path_factory.mktemp("identity")
    p12, _ = make_identity(folder)
    password = folder / "password.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    return p12, password


@pytest.fixture(scope="module")
def earlier(identity: tuple[Path, Path],
            tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the sample's submission with its three annexes, written once."""
    p12, password = identity
    out = tmp_path_factory.mktemp("earlier") / "submission"
    assert main(["submit", str(sample_path("en")), "--out", str(out), "--p12", str(p12),
                 "--password-file", str(password)]) == 0
    assert (out / THIRD).is_file()
    return out


@pytest.fixture(scope="module")
def two_annexes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same request (same symbol and language) without its third annex."""
    data = json.loads(sample_path("en").read_text("utf-8"))
    data["annexes"].pop()
    path = tmp_path_factory.mktemp("project") / "two-annexes.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert len(load_project(path).annexes) == 2
    return path


def _folder(earlier: Path, tmp_path: Path) -> Path:
    """A copy of the earlier submission, with the officer's own files beside it."""
    out = tmp_path / "submission"
    shutil.copytree(earlier, out)
    (out / NOTES).write_text("called the Secretariat on Monday", "utf-8")
    (out / LOOKALIKE).write_bytes(b"the officer's own copy")
    return out


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def _submit(project: Path, out: Path, identity: tuple[Path, Path], *extra: str) -> int:
    p12, password = identity
    return main(["submit", str(project), "--out", str(out), "--p12", str(p12),
                 "--password-file", str(password), *extra])


def test_force_removes_the_annex_the_new_submission_no_longer_has(
        earlier: Path, two_annexes: Path, identity: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = _folder(earlier, tmp_path)
    before = _contents(out)
    assert _submit(two_annexes, out, identity) == 2  # without --force: refused as before
    assert f"  {out / THIRD}\n" in capsys.readouterr().err
    assert _contents(out) == before

    assert _submit(two_annexes, out, identity, "--force") == 0
    stdout = capsys.readouterr().out.splitlines()
    after = _contents(out)
    assert sorted(after) == sorted([
        f"{BASE}-letter-signed.pdf", f"{BASE}-letter.docx", f"{BASE}-annex-1.docx",
        f"{BASE}-annex-2.docx", f"{BASE}-email.eml", f"{BASE}-checklist.txt",
        NOTES, LOOKALIKE])
    assert after[NOTES] == before[NOTES] and after[LOOKALIKE] == before[LOOKALIKE]
    assert stdout[-1] == f"removed: {out / THIRD}"
    assert sorted(stdout[:-1]) == sorted(str(out / name) for name in after
                                         if name not in (NOTES, LOOKALIKE))
    message = email.message_from_bytes(after[f"{BASE}-email.eml"],
                                       policy=email.policy.default)
    assert THIRD not in [part.get_filename() for part in message.iter_attachments()]
    assert not [name for name in os.listdir(out) if is_our_leftover_name(name)]


def test_force_with_the_same_annexes_removes_nothing(
        earlier: Path, identity: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = _folder(earlier, tmp_path)
    assert _submit(sample_path("en"), out, identity, "--force") == 0
    assert "removed:" not in capsys.readouterr().out
    assert (out / THIRD).is_file() and (out / NOTES).is_file()


def test_a_failed_write_leaves_the_earlier_submission_whole(
        earlier: Path, two_annexes: Path, identity: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The checklist cannot be put in place (the disk, the folder's rights): every file,
    the third annex included, is as it was, and no hidden copy is left behind."""
    out = _folder(earlier, tmp_path)
    before = _contents(out)
    real_replace = atomic.replace
    hidden_then: list[dict[str, bytes]] = []

    def refuse_the_checklist(source: Path, target: Path) -> None:
        if target.name.endswith("-checklist.txt"):
            hidden_then.append({path.name: path.read_bytes() for path in out.iterdir()
                                if path.name.startswith(".")})
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(source))
        real_replace(source, target)

    monkeypatch.setattr(atomic, "replace", refuse_the_checklist)
    assert _submit(two_annexes, out, identity, "--force") == 1
    err = capsys.readouterr().err
    assert f"cannot write {out / (BASE + '-checklist.txt')}" in err
    assert _contents(out) == before
    # While the new files went in, the third annex was out of view under a name that the
    # next write removes as a leftover if this process had been killed there.
    [moved] = [name for name, data in hidden_then[0].items() if data == before[THIRD]]
    assert moved.startswith(f".{atomic.short_prefix(THIRD)}") and is_our_leftover_name(moved)


def test_an_earlier_file_that_cannot_be_removed_stops_everything(
        earlier: Path, two_annexes: Path, identity: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The third annex is open in Word (Windows refuses to move it): nothing is written,
    exit 1, and the message names the file."""
    out = _folder(earlier, tmp_path)
    before = _contents(out)

    def held_open(source: Path, target: Path) -> None:
        raise PermissionError(errno.EACCES, atomic.OPEN_ELSEWHERE, str(target))

    monkeypatch.setattr(submission_package, "replace", held_open)
    assert _submit(two_annexes, out, identity, "--force") == 1
    err = capsys.readouterr().err
    assert err == (f"cica-desktop: nothing written in {out}: {THIRD}, a file of the earlier "
                   "submission that this one no longer writes, cannot be removed: "
                   f"{atomic.OPEN_ELSEWHERE}\n")
    assert _contents(out) == before


def test_the_window_replaces_the_earlier_submission_the_same_way(
        earlier: Path, two_annexes: Path, identity: tuple[Path, Path], tmp_path: Path,
        qtbot: QtBot) -> None:
    """Export ▸ Submission… (after its dialog has asked, naming the files) writes through
    the same code: the third annex goes, the officer's notes stay."""
    from cica_desktop.app.submission import (
        Addresses,
        SigningInputs,
        SubmissionJob,
        SubmissionSignals,
        existing_files,
    )

    out = _folder(earlier, tmp_path)
    package = load_project(two_annexes)
    assert out / THIRD in existing_files(package, out)  # what the dialog names
    signals = SubmissionSignals()
    finished: list[list[str]] = []
    failed: list[tuple[str, str]] = []
    signals.finished.connect(finished.append)
    signals.failed.connect(lambda folder, reason: failed.append((folder, reason)))
    SubmissionJob(package, SigningInputs(identity[0]), PASSWORD, out, Addresses(),
                  signals).run()
    assert not failed
    assert not (out / THIRD).exists()
    assert (out / NOTES).is_file() and (out / LOOKALIKE).is_file()
    assert sorted(Path(path).name for path in finished[0]) == sorted(
        name for name in os.listdir(out) if name not in (NOTES, LOOKALIKE))

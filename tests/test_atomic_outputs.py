"""Outputs are all-or-nothing: `cica-desktop build` replaces every file or none, its errors
name the final file, temporary names fit wherever the final name fits, and leftovers of a
killed writer are cleaned up by the next write into their folder."""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from cica_desktop import atomic
from cica_desktop.atomic import (
    FileSet,
    is_our_leftover_name,
    short_prefix,
    write_bytes_atomically,
    write_files_atomically,
)
from cica_desktop.cli import main
from cica_desktop.samples import sample_path

OLD_PDF = b"%PDF-1.4 the previous letter\n"
OLD_DOCX = b"the previous docx"
AN_HOUR_AGO = time.time() - 3600


def project_copy(folder: Path, stem: str = "cica") -> Path:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    path = folder / f"{stem}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def previous_outputs(out: Path) -> tuple[Path, Path]:
    """cica.pdf and cica.docx as an earlier build left them, an hour old."""
    out.mkdir(parents=True, exist_ok=True)
    pdf, docx = out / "cica.pdf", out / "cica.docx"
    pdf.write_bytes(OLD_PDF)
    docx.write_bytes(OLD_DOCX)
    for path in (pdf, docx):
        os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO))
    return pdf, docx


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def fail_replacing(monkeypatch: pytest.MonkeyPatch, target_name: str,
                   also: Callable[[Path, Path], bool] = lambda src, dst: False
                   ) -> list[tuple[str, str]]:
    """os.replace refuses to put a temporary file over *target_name* (as Windows does when
    the file is open in Word), and whatever *also* picks; returns every rename seen."""
    real = os.replace
    seen: list[tuple[str, str]] = []

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        source, target = Path(src), Path(dst)
        seen.append((source.name, target.name))
        if (target.name == target_name and source.name.endswith(".part")) or \
                also(source, target):
            raise PermissionError(errno.EACCES, "Permission denied", str(source), None,
                                  str(target))
        real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return seen


# ---------------------------------------------------------------------- cica-desktop build
def test_a_failed_write_of_the_second_file_keeps_both_previous_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project = project_copy(tmp_path)
    out = tmp_path / "out"
    pdf, docx = previous_outputs(out)
    real_fsync = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the DOCX's temporary file: the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    assert main(["build", str(project), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"cica-desktop: cannot write {docx}: No space left on device\n"
    assert pdf.read_bytes() == OLD_PDF and docx.read_bytes() == OLD_DOCX
    assert names(out) == ["cica.docx", "cica.pdf"]  # no temporary file left behind


def test_a_failed_rename_puts_the_files_already_replaced_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF is already in place when the DOCX cannot be: the PDF goes back to the
    previous one, with its old time, and the error names cica.docx."""
    project = project_copy(tmp_path)
    out = tmp_path / "out"
    pdf, docx = previous_outputs(out)
    old_mtime = pdf.stat().st_mtime_ns
    seen = fail_replacing(monkeypatch, "cica.docx")
    assert main(["build", str(project), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"cica-desktop: cannot write {docx}: Permission denied\n"
    assert ".part" not in err and ".bak" not in err
    assert [target for _source, target in seen[:2]] == ["cica.pdf", "cica.docx"]
    assert seen[2][1] == "cica.pdf" and seen[2][0].endswith(".bak")  # the put-back
    assert pdf.read_bytes() == OLD_PDF and docx.read_bytes() == OLD_DOCX
    assert pdf.stat().st_mtime_ns == old_mtime
    assert names(out) == ["cica.docx", "cica.pdf"]


def test_a_failed_rename_removes_a_file_that_did_not_exist_before(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project = project_copy(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "cica.docx").write_bytes(OLD_DOCX)
    fail_replacing(monkeypatch, "cica.docx")
    assert main(["build", str(project), "--out", str(out)]) == 1
    assert f"cannot write {out / 'cica.docx'}:" in capsys.readouterr().err
    assert names(out) == ["cica.docx"]  # no new PDF beside the old DOCX
    assert (out / "cica.docx").read_bytes() == OLD_DOCX


def test_a_folder_in_place_of_the_second_file_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = project_copy(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "cica.pdf").write_bytes(OLD_PDF)
    (out / "cica.docx").mkdir()
    assert main(["build", str(project), "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith(f"cica-desktop: cannot write {out / 'cica.docx'}:")
    assert (out / "cica.pdf").read_bytes() == OLD_PDF
    assert names(out) == ["cica.docx", "cica.pdf"]


def test_a_successful_build_replaces_both_files_and_leaves_nothing_else(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = project_copy(tmp_path)
    out = tmp_path / "out"
    pdf, docx = previous_outputs(out)
    seen = fail_replacing(monkeypatch, "no such file")
    assert main(["build", str(project), "--out", str(out)]) == 0
    assert [target for _source, target in seen] == ["cica.pdf", "cica.docx"]
    assert PdfReader(pdf).pages and open_docx(str(docx)).paragraphs
    assert names(out) == ["cica.docx", "cica.pdf"]  # the backup of the PDF is gone
    assert pdf.stat().st_mode & 0o777 == atomic.ordinary_mode()


# ---------------------------------------------------------------------- long names
LONG_STEMS = {
    "230 ASCII characters": "r" * 230,
    "80 Chinese characters (240 bytes)": ("关于在大会临时议程中列入一个补充项目的请求" * 4)[:80],
}


@pytest.mark.parametrize(("stem", "part"), [
    (LONG_STEMS["230 ASCII characters"], "package"),
    (LONG_STEMS["230 ASCII characters"], "resolution"),  # 246 bytes: "-resolution.docx"
    (LONG_STEMS["80 Chinese characters (240 bytes)"], "package"),
], ids=["230 ASCII", "230 ASCII, resolution", "80 Chinese"])
def test_a_long_stem_builds_and_rebuilds(tmp_path: Path, stem: str, part: str,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """With the old names, `.<name>.<random>.part` passed 255 bytes for these stems."""
    assert len(stem) in (80, 230) and len(os.fsencode(stem)) in (230, 240)
    project = project_copy(tmp_path, stem)
    out = tmp_path / "out"
    seen = fail_replacing(monkeypatch, "no such file")
    backups: list[tuple[str, str]] = []
    real_copymode = shutil.copymode

    def copymode(src: Any, dst: Any, **kwargs: Any) -> None:
        backups.append((Path(dst).name, Path(src).name))
        real_copymode(src, dst, **kwargs)

    monkeypatch.setattr(shutil, "copymode", copymode)
    for _ in range(2):  # the second build replaces the files: it makes a backup too
        assert main(["build", str(project), "--out", str(out), "--part", part]) == 0, \
            capsys.readouterr().err
    suffix = "" if part == "package" else f"-{part}"
    expected = sorted([f"{stem}{suffix}.docx", f"{stem}{suffix}.pdf"])
    assert names(out) == expected
    assert max(len(os.fsencode(name)) for name in expected) >= 235
    assert len(seen) == 4 and len(backups) == 1  # the PDF's, before the second build
    for made, target in seen + backups:
        assert is_our_leftover_name(made)
        assert len(os.fsencode(made)) <= max(len(os.fsencode(target)), 32)
        assert len(os.fsencode(made)) <= 60
    assert PdfReader(out / expected[1]).pages


def test_a_final_name_too_long_for_the_file_system_is_named_in_the_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """80 Chinese characters and "-resolution.docx" are 256 bytes: the file system refuses
    the final name itself, and the error says which."""
    stem = LONG_STEMS["80 Chinese characters (240 bytes)"]
    project = project_copy(tmp_path, stem)
    out = tmp_path / "out"
    assert main(["build", str(project), "--out", str(out), "--part", "resolution"]) == 1
    target = out / f"{stem}-resolution.docx"
    assert capsys.readouterr().err == f"cica-desktop: cannot write {target}: File name too long\n"
    assert names(out) == []


def test_temporary_and_backup_names_fit_wherever_the_final_name_fits(tmp_path: Path) -> None:
    for name in ["a.pdf", "x" * 255, "é" * 127, "中" * 85, "😀" * 63, "a" * 24 + "中.docx",
                 ".hidden", "name with spaces.docx", "ملف.pdf"]:
        size = len(os.fsencode(name))
        assert size <= 255
        prefix = short_prefix(name)
        assert name.startswith(prefix)
        temp_size = 1 + len(os.fsencode(prefix)) + len(".cica-12345678.part")
        assert temp_size <= max(size, 32), name
        assert temp_size <= 60
    # a real write of the longest name and a three-file set with backups
    longest = tmp_path / ("中" * 85)
    write_bytes_atomically(longest, b"one")
    files = [(tmp_path / ("é" * 127), b"a"), (tmp_path / ("x" * 255), b"b"), (longest, b"c")]
    for path, _data in files:
        path.write_bytes(b"old")
    assert write_files_atomically(files) == [path for path, _data in files]
    assert [path.read_bytes() for path, _data in files] == [b"a", b"b", b"c"]
    assert len(names(tmp_path)) == 3


# ---------------------------------------------------------------------- leftovers
def test_stale_leftovers_of_a_killed_writer_go_at_the_next_build(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    stale_part = out / ".cica.pdf.cica-abcd1234.part"
    stale_backup = out / ".cica.docx.cica-a1b2c3d4.bak"
    fresh_part = out / ".cica.pdf.cica-zzzz9999.part"  # another export, writing right now
    foreign = [out / ".cica.pdf.abcd1234.part",  # not our pattern
               out / "notes.part", out / ".x.cica-abcd1234.part.txt"]
    for path in (stale_part, stale_backup, fresh_part, *foreign):
        path.write_bytes(b"partial")
    for path in (stale_part, stale_backup, *foreign):
        os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO))
    assert main(["build", str(project), "--out", str(out)]) == 0
    left = names(out)
    assert stale_part.name not in left and stale_backup.name not in left
    assert fresh_part.name in left
    assert all(path.name in left for path in foreign)
    assert {"cica.pdf", "cica.docx"} <= set(left)


def test_a_leftover_is_stale_by_the_file_systems_clock_not_ours(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A leftover a few seconds old stays even if this machine's clock runs an hour ahead:
    age is measured against the new temporary file's own time."""
    leftover = tmp_path / ".a.json.cica-abcd1234.part"
    leftover.write_bytes(b"being written by another process")
    monkeypatch.setattr(time, "time", lambda: AN_HOUR_AGO + 7200)
    write_bytes_atomically(tmp_path / "a.json", b"{}")
    assert leftover.exists()


def test_saving_a_project_cleans_its_folder_too(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cica_desktop.app.project import Project

    project = Project.open(project_copy(tmp_path))
    stale = tmp_path / ".cica.json.cica-0000aaaa.part"
    stale.write_bytes(b"{")
    os.utime(stale, (AN_HOUR_AGO, AN_HOUR_AGO))
    project.save()
    assert names(tmp_path) == ["cica.json"]


# ---------------------------------------------------------------------- the set itself
def test_a_rollback_that_cannot_put_a_file_back_keeps_its_backup_and_says_where(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "a.docx"
    first.write_bytes(b"old a")
    second.write_bytes(b"old b")
    fail_replacing(monkeypatch, "a.docx",
                   also=lambda src, dst: src.name.endswith(".bak"))
    with pytest.raises(PermissionError) as caught:
        write_files_atomically([(first, b"new a"), (second, b"new b")])
    assert caught.value.filename == str(second)
    [backup] = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert backup.read_bytes() == b"old a"
    assert caught.value.__notes__ == [
        f"{first} could not be put back; its previous content is in {backup}"]
    assert second.read_bytes() == b"old b"


def test_an_error_while_producing_a_file_writes_none(tmp_path: Path) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    second.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="renderer broke"), FileSet() as files:
        files.add(first, b"new")
        with files.open(second) as handle:
            handle.write(b"half")
            raise RuntimeError("renderer broke")
    assert names(tmp_path) == ["two.txt"]
    assert second.read_bytes() == b"old"


def test_a_set_names_each_file_once(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="written twice"):
        write_files_atomically([(tmp_path / "a", b"1"), (tmp_path / "a", b"2")])
    assert names(tmp_path) == []


def test_a_missing_folder_is_reported_by_the_files_name(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "letter.pdf"
    with pytest.raises(FileNotFoundError) as caught:
        write_bytes_atomically(target, b"x")
    assert caught.value.filename == str(target)


def test_private_files_are_0600_whatever_the_umask(tmp_path: Path) -> None:
    write_bytes_atomically(tmp_path / "private.json", b"{}", mode=0o600)
    write_bytes_atomically(tmp_path / "ordinary.json", b"{}")
    assert (tmp_path / "private.json").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "ordinary.json").stat().st_mode & 0o777 == atomic.ordinary_mode()
    # replacing keeps asking for the same mode
    (tmp_path / "private.json").chmod(0o644)
    write_bytes_atomically(tmp_path / "private.json", b"{}", mode=0o600)
    assert (tmp_path / "private.json").stat().st_mode & 0o777 == 0o600


# ---------------------------------------------------------------------- Windows' renames
def held_open(monkeypatch: pytest.MonkeyPatch, target_name: str, times: int | None
              ) -> list[str]:
    """Simulate Windows: os.replace over *target_name* raises PermissionError (winerror 32,
    "used by another process") the first *times* tries (None: always); the tries seen."""
    monkeypatch.setattr(atomic, "_WINDOWS", True)
    monkeypatch.setattr(atomic, "REPLACE_DELAYS", (0.001,) * len(atomic.REPLACE_DELAYS))
    real = os.replace
    tries: list[str] = []

    def replace(src: Any, dst: Any) -> None:
        if Path(dst).name == target_name and Path(src).name.endswith(".part"):
            tries.append(Path(dst).name)
            if times is None or len(tries) <= times:
                raise PermissionError(errno.EACCES, "The process cannot access the file "
                                      "because it is being used by another process",
                                      str(src), 32, str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return tries


def test_on_windows_a_file_a_scanner_holds_for_a_moment_is_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "cica.pdf"
    target.write_bytes(OLD_PDF)
    tries = held_open(monkeypatch, "cica.pdf", times=2)
    write_bytes_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert len(tries) == 3
    assert names(tmp_path) == ["cica.pdf"]


def test_on_windows_a_file_left_open_in_word_fails_clearly_and_nothing_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    project = project_copy(tmp_path)
    pdf, docx = previous_outputs(tmp_path / "out")
    tries = held_open(monkeypatch, "cica.docx", times=None)
    assert main(["build", str(project), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "cica.docx" in err and "open in another program" in err and "try again" in err
    assert len(tries) == len(atomic.REPLACE_DELAYS) + 1
    assert pdf.read_bytes() == OLD_PDF and docx.read_bytes() == OLD_DOCX
    assert names(tmp_path / "out") == ["cica.docx", "cica.pdf"]


def test_elsewhere_a_refused_rename_is_the_folders_permissions_and_is_not_retried(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tries = held_open(monkeypatch, "cica.pdf", times=None)
    monkeypatch.setattr(atomic, "_WINDOWS", False)
    with pytest.raises(PermissionError) as caught:
        write_bytes_atomically(tmp_path / "cica.pdf", b"%PDF-new")
    assert len(tries) == 1
    assert caught.value.filename == str(tmp_path / "cica.pdf")
    assert atomic.OPEN_ELSEWHERE not in str(caught.value)
    assert names(tmp_path) == []


def test_on_windows_temporary_names_keep_a_deep_folders_paths_within_max_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without long paths, Windows refuses a path over 259 characters: in a folder deep
    enough that the targets' paths just fit, their temporary files and the backup must fit
    too (here the paths are measured; Linux itself would accept longer ones)."""
    monkeypatch.setattr(atomic, "_WINDOWS", True)
    folder = tmp_path
    while len(str(folder)) < 200:
        folder = folder / "Permanent Mission documents"
    folder.mkdir(parents=True)
    stem = "x" * (259 - len(str(folder)) - 1 - len(".docx"))
    pdf, docx = folder / f"{stem}.pdf", folder / f"{stem}.docx"
    assert len(str(docx)) == 259
    pdf.write_bytes(OLD_PDF)  # kept in a backup meanwhile, named like the temporary files
    seen = fail_replacing(monkeypatch, target_name="")  # refuses nothing: records renames
    write_files_atomically([(pdf, b"%PDF-new"), (docx, b"new docx")])
    temporary = [name for name, _ in seen]
    assert len(temporary) == 2 and all(is_our_leftover_name(name) for name in temporary)
    assert max(len(str(folder / name)) for name in temporary) <= atomic.WINDOWS_MAX_PATH
    assert pdf.read_bytes() == b"%PDF-new" and docx.read_bytes() == b"new docx"
    assert names(folder) == sorted([pdf.name, docx.name])
    # Elsewhere the same names keep their readable start (up to 40 bytes).
    monkeypatch.setattr(atomic, "_WINDOWS", False)
    assert atomic._name_start(docx) == f".{short_prefix(docx.name)}.cica-"

"""`cica-desktop submit`: the folder for the Secretariat reopens: the signed letter verifies,
the Word files open in python-docx with the letter and each annex, the e-mail parses with
its attachments, the checklist says what the findings say."""

from __future__ import annotations

import email
import email.policy
import io
import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pki import PASSWORD, make_identity
from pypdf import PdfReader

from cica_desktop.cli import main
from cica_desktop.model import load_project
from cica_desktop.samples import sample_path
from cica_desktop.submission import Attachment, base_name, email_message, email_text
from cica_desktop.verification import verify_pdf

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


@pytest.fixture(scope="session")
def identity(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(PKCS#12, its password file, the root to trust), made once per session."""
    folder = tmp_path_factory.mktemp("identity")
    p12, root = make_identity(folder)
    password = folder / "password.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    return p12, password, root


@pytest.fixture(scope="session")
def submitted(identity: tuple[Path, Path, Path],
              tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The English sample submitted once per session: the folder and what stdout listed."""
    p12, password, _ = identity
    out = tmp_path_factory.mktemp("submission")
    stdout = io.StringIO()
    from cica_desktop.cli import parser

    args = parser().parse_args(["submit", str(sample_path("en")), "--out", str(out),
                                "--p12", str(p12), "--password-file", str(password),
                                "--from", "mission@example.org",
                                "--to", "secretariat@example.org"])
    from cica_desktop.submission.command import run

    assert run(args, stdout, io.StringIO()) == 0
    return out, stdout.getvalue().splitlines()


def test_the_folder_holds_the_files_named_by_symbol_and_language(
        submitted: tuple[Path, list[str]]) -> None:
    out, listed = submitted
    names = sorted(path.name for path in out.iterdir())
    assert names == sorted([
        "A-62-232-en-letter-signed.pdf", "A-62-232-en-letter.docx",
        "A-62-232-en-annex-1.docx", "A-62-232-en-annex-2.docx", "A-62-232-en-annex-3.docx",
        "A-62-232-en-email.eml", "A-62-232-en-checklist.txt"])
    assert sorted(Path(line).name for line in listed) == names


def test_the_signed_letter_verifies(submitted: tuple[Path, list[str]],
                                    identity: tuple[Path, Path, Path]) -> None:
    out, _ = submitted
    data = (out / "A-62-232-en-letter-signed.pdf").read_bytes()
    report = verify_pdf(data, trust=[identity[2]])
    assert report.valid and report.trusted
    first_page = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "On instructions from my Government" in first_page  # the mission's own letter
    assert "Digitally signed by" in first_page


def test_the_word_files_hold_the_letter_and_each_annex(
        submitted: tuple[Path, list[str]]) -> None:
    out, _ = submitted
    package = load_project(sample_path("en"))

    def texts(name: str) -> list[str]:
        return [p.text for p in docx.Document(str(out / name)).paragraphs if p.text.strip()]

    letter = texts("A-62-232-en-letter.docx")
    assert letter[3].startswith("Letter dated 3 October 2007")
    assert not any(line.startswith("Annex") for line in letter)
    for number, heading in ((1, "Annex I"), (2, "Annex II"), (3, "Annex III")):
        annex = texts(f"A-62-232-en-annex-{number}.docx")
        assert annex[0] == heading
        assert not any(line in ("Annex I", "Annex II", "Annex III") for line in annex[1:])
    resolution = package.draft_resolution()
    assert resolution is not None
    assert texts("A-62-232-en-annex-2.docx")[3:5] == [
        "The General Assembly,",
        f"{resolution.preambular[0].lead} {resolution.preambular[0].text}"]


def test_the_email_parses_with_its_attachments(submitted: tuple[Path, list[str]]) -> None:
    out, _ = submitted
    message = email.message_from_bytes((out / "A-62-232-en-email.eml").read_bytes(),
                                        policy=email.policy.default)
    assert message["From"] == "mission@example.org"
    assert message["To"] == "secretariat@example.org"
    assert message["X-Unsent"] == "1"
    assert "Observer status for the Conference" in message["Subject"]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "sixty-second session" in body.get_content()
    attached = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert sorted(attached) == sorted(
        ["A-62-232-en-letter-signed.pdf", "A-62-232-en-letter.docx",
         "A-62-232-en-annex-1.docx", "A-62-232-en-annex-2.docx", "A-62-232-en-annex-3.docx"])
    for name, data in attached.items():
        assert data == (out / name).read_bytes()
        assert name in body.get_content()


def test_the_checklist_lists_the_findings(submitted: tuple[Path, list[str]]) -> None:
    out, _ = submitted
    text = (out / "A-62-232-en-checklist.txt").read_text("utf-8")
    assert text.startswith("Checklist for A-62-232-en")
    assert all(line.startswith("[ ] ") for line in text.splitlines()[2:]) or \
        "Nothing left" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_email_is_written_in_the_projects_language(language: str) -> None:
    package = load_project(sample_path(language))
    files = [Attachment("x.pdf", b"%PDF", ("application", "pdf"))]
    subject, body = email_text(package, files)
    assert package.item_title in subject and package.item_title in body
    assert "- x.pdf" in body and "$" not in body
    message = email.message_from_bytes(email_message(package, files).as_bytes(),
                                       policy=email.policy.default)
    assert message["Subject"] == subject
    assert base_name(package) == f"A-62-232-{language}"


def test_a_project_without_a_symbol_is_named_by_its_title(tmp_path: Path) -> None:
    data = json.loads(sample_path("en").read_text("utf-8"))
    del data["symbol"]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    assert base_name(load_project(path)).startswith("Observer-status-for-the-Conference")


def test_bad_inputs_exit_2_and_write_nothing(identity: tuple[Path, Path, Path],
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    p12, password, _ = identity
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password", "utf-8")
    out = tmp_path / "out"
    assert main(["submit", str(sample_path("en")), "--out", str(out), "--p12", str(p12),
                 "--password-file", str(wrong)]) == 2
    assert "nothing written" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    assert main(["submit", str(broken), "--out", str(out), "--p12", str(p12),
                 "--password-file", str(password)]) == 2
    assert "is not valid" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit):
        main(["submit", str(sample_path("en")), "--out", str(out), "--p12", str(p12),
              "--to", "not an address"])


def test_libreoffice_opens_the_word_files(submitted: tuple[Path, list[str]],
                                          tmp_path: Path) -> None:
    """The Word files open in LibreOffice: it converts each to PDF with its text."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out, _ = submitted
    sources = sorted(out.glob("*.docx"))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "pdf", *map(str, sources), "--outdir",
                    str(tmp_path)], check=True, capture_output=True, timeout=180)
    letter = PdfReader(str(tmp_path / "A-62-232-en-letter.pdf")).pages[0].extract_text()
    assert "Letter dated 3 October 2007" in " ".join(letter.split())
    resolution = " ".join(page.extract_text() for page in
                          PdfReader(str(tmp_path / "A-62-232-en-annex-2.pdf")).pages)
    assert "Annex II" in resolution and "Requests" in resolution


def test_a_folder_holding_this_submission_is_replaced_only_with_force(
        submitted: tuple[Path, list[str]], identity: tuple[Path, Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    p12, password, _ = identity
    out = tmp_path / "again"
    shutil.copytree(submitted[0], out)
    (out / "notes.txt").write_text("the officer's own notes", "utf-8")
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    command = ["submit", str(sample_path("en")), "--out", str(out), "--p12", str(p12),
               "--password-file", str(password)]
    assert main(command) == 2
    err = capsys.readouterr().err
    assert "pass --force to replace them (nothing written)" in err
    assert f"  {out / 'A-62-232-en-letter-signed.pdf'}\n" in err
    assert "notes.txt" not in err  # not a file of the submission: never in question
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
    assert main([*command, "--force"]) == 0
    after = {path.name: path.read_bytes() for path in out.iterdir()}
    assert after.keys() == before.keys()
    assert after["notes.txt"] == before["notes.txt"]
    assert after["A-62-232-en-letter-signed.pdf"] != before["A-62-232-en-letter-signed.pdf"]

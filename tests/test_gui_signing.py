"""Signing in the window: the signer profile, the mission layout in the preview, the signed
export with its images and time stamp, and Verify with the trusted certificates."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pdfplumber
import pytest
from gui_helpers import open_window, settle
from PIL import Image, ImageDraw
from pki import make_identity
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)
from pytestqt.qtbot import QtBot
from tsa import running_tsa

from cica_desktop.app.settings import Settings
from cica_desktop.compose import Part
from cica_desktop.mission import SignerProfile
from cica_desktop.ui.signing_dialog import SigningDialog
from cica_desktop.verification import verify_pdf


def signature_scan(path: Path) -> Path:
    image = Image.new("RGBA", (480, 160), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 120), (140, 30), (260, 130), (400, 40)],
                               fill=(20, 30, 120, 255), width=7)
    image.save(path)
    return path


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_the_signing_dialog_saves_the_profile_and_refuses_bad_entries(
        qtbot: QtBot, tmp_path: Path) -> None:
    p12, pem = make_identity(tmp_path)
    scan = signature_scan(tmp_path / "signature.png")
    dialog = SigningDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "signer.name").setText("Byrganym Aitimova")
    dialog.findChild(QPlainTextEdit, "signer.titles").setPlainText(
        "Ambassador\n\nPermanent Representative\n")
    dialog.findChild(QLineEdit, "signer.signature_image").setText(str(tmp_path / "none.png"))
    dialog.findChild(QLineEdit, "signer.certificate").setText(str(p12))
    dialog.findChild(QLineEdit, "signing.tsa_url").setText("file:///etc/passwd")
    dialog.trusted.addItem(str(pem))
    dialog.accept()
    problem = dialog.problem.text()
    assert "Scanned signature:" in problem and "does not exist" in problem
    assert "Time-stamp server: give an http:// or https:// address" in problem
    assert Settings().signer_profile() == SignerProfile()  # nothing saved yet
    dialog.findChild(QLineEdit, "signer.signature_image").setText(str(scan))
    assert dialog.signature_preview.pixmap() is not None
    assert not dialog.signature_preview.pixmap().isNull()
    dialog.findChild(QLineEdit, "signing.tsa_url").setText("http://127.0.0.1:9/tsa")
    deadline = dialog.findChild(QSpinBox, "signing.tsa_timeout")
    assert deadline.value() == 30 and deadline.accessibleName() == "Time-stamp deadline"
    deadline.setValue(45)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == SigningDialog.DialogCode.Accepted
    settings = Settings()
    assert settings.signer_profile() == SignerProfile(
        name="Byrganym Aitimova", titles=("Ambassador", "Permanent Representative"),
        signature_image=str(scan), certificate=str(p12))
    assert settings.tsa_url() == "http://127.0.0.1:9/tsa"
    assert settings.tsa_timeout() == 45
    assert settings.trusted_certificates() == [pem]
    assert settings.pdfa()


def test_the_preview_shows_the_letter_as_the_mission_sends_it(qtbot: QtBot, tmp_path: Path) -> None:
    p12, _ = make_identity(tmp_path)
    Settings().set_signer_profile(SignerProfile(
        name="byrganym  AITIMOVA", signature_image=str(signature_scan(tmp_path / "s.png")),
        certificate=str(p12)))
    window = open_window(qtbot, tmp_path, "en")
    qtbot.waitUntil(lambda: window.preview.document.pageCount() > 0, timeout=20_000)
    choice = window.findChild(QComboBox, "preview_layout")
    with qtbot.waitSignal(window.preview_renderer.rendered, timeout=20_000) as rendered:
        choice.setCurrentIndex(choice.findData("mission"))
        choice.activated.emit(choice.currentIndex())
    data = rendered.args[0]
    letter = pdf_text(data).split("Annex I")[0]
    assert "Permanent Mission of the Republic of Kazakhstan to the United Nations" in letter
    # Signed by hand or digitally; the Minister's annexed letter keeps its "(Signed)" copy mark.
    assert "Excellency," in letter and "(Signed)" not in letter
    assert "Digitally signed by Byrganym Aitimova" in letter  # the box the signature fills
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert any(page.images for page in pdf.pages)  # the scanned signature
    assert Settings().preview_layout() == "mission"
    # back to the UN layout
    with qtbot.waitSignal(window.preview_renderer.rendered, timeout=20_000) as rendered:
        choice.setCurrentIndex(choice.findData("un"))
        choice.activated.emit(choice.currentIndex())
    assert "(Signed)" in pdf_text(rendered.args[0])


def test_a_broken_signature_scan_is_shown_in_the_preview_not_a_crash(
        qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "scan.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    Settings().set_signer_profile(SignerProfile(signature_image=str(broken)))
    Settings().set_preview_layout("mission")
    window = open_window(qtbot, tmp_path, "en")
    with qtbot.waitSignal(window.preview_renderer.failed, timeout=20_000) as failed:
        pass
    assert failed.args[0].startswith("signer profile › signature image: scan.png")


def test_export_signs_the_mission_letter_with_a_time_stamp_and_verify_trusts_it(
        qtbot: QtBot, tmp_path: Path, dialogs: list[tuple[str, str]]) -> None:
    p12, pem = make_identity(tmp_path)
    settings = Settings()
    settings.set_signer_profile(SignerProfile(
        name="Byrganym Aitimova", signature_image=str(signature_scan(tmp_path / "s.png")),
        certificate=str(p12)))
    window = open_window(qtbot, tmp_path, "en")
    target = tmp_path / "signed.pdf"
    with running_tsa() as (url, tsa_pem, answered):
        settings.set_tsa_url(url)
        (tmp_path / "tsa.pem").write_bytes(tsa_pem)
        job = window.exports.export_signed_letter(p12, "secret", target)
        assert job is not None
        qtbot.waitUntil(lambda: not window.exports.progress.isVisible(), timeout=30_000)
        assert answered
    assert job._password == ""  # held for the one signing only
    settings.sync()
    stored = "".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in Path(os.environ["CICA_DATA_DIR"]).rglob("*") if p.is_file())
    assert "secret" not in stored  # never written to the settings or a recovery file
    data = target.read_bytes()
    [check] = verify_pdf(data, trust=[pem, tmp_path / "tsa.pem"]).signatures
    assert check.intact and check.valid and check.trusted
    assert check.timestamp is not None and check.timestamp_trusted
    text = pdf_text(data)
    assert "Excellency," in text and "Explanatory memorandum" in text  # letter and annexes
    assert b"pdfaid:part" in data
    verdict = window.sign_flow.verify_file(target)
    assert "not trusted" in verdict  # the root is not yet trusted in the settings
    settings.set_trusted_certificates([pem, tmp_path / "tsa.pem"])
    verdict = window.sign_flow.verify_file(target)
    assert "intact, valid, trusted" in verdict and ": valid. The signatures hold" in verdict
    assert "time-stamped" in verdict and "not proven" not in verdict


def test_a_missing_signature_scan_refuses_the_export_and_writes_nothing(
        qtbot: QtBot, tmp_path: Path, dialogs: list[tuple[str, str]]) -> None:
    p12, _ = make_identity(tmp_path)
    Settings().set_signer_profile(SignerProfile(signature_image=str(tmp_path / "gone.png"),
                                                certificate=str(p12)))
    window = open_window(qtbot, tmp_path, "en")
    target = tmp_path / "signed.pdf"
    window.exports.export_signed_letter(p12, "secret", target)
    qtbot.waitUntil(lambda: any("was not written" in text for _, text in dialogs),
                    timeout=20_000)
    [(_, message)] = [d for d in dialogs if "was not written" in d[1]]
    assert "signer profile › signature image" in message and "does not exist" in message
    assert not target.exists()


def test_the_emblem_is_chosen_relative_to_the_project_and_follows_save_as(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QToolButton

    emblem = tmp_path / "images" / "emblem.png"
    emblem.parent.mkdir()
    Image.new("RGB", (200, 200), (0, 150, 200)).save(emblem)
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(("settings",))
    settle()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(emblem), "Images"))
    window.findChild(QToolButton, "letterhead.emblem.choose").click()
    assert window.project.value(("letterhead", "emblem")) == "images/emblem.png"
    assert window.findChild(QLineEdit, "letterhead.emblem").text() == "images/emblem.png"
    elsewhere = tmp_path / "elsewhere" / "request.json"
    elsewhere.parent.mkdir()
    assert window._save_to(elsewhere)
    # The image stayed where it was: the project now names it by its full path.
    assert window.project.value(("letterhead", "emblem")) == str(emblem)
    assert not window.isWindowModified()
    with qtbot.waitSignal(window.preview_renderer.rendered, timeout=20_000) as rendered:
        window.set_preview_layout("mission")
    with pdfplumber.open(io.BytesIO(rendered.args[0])) as pdf:
        [picture] = pdf.pages[0].images
        assert abs((picture["x0"] + picture["x1"]) / 2 - pdf.pages[0].width / 2) < 40


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_mission_layout_exports_unsigned_to_print_and_sign_by_hand(
        qtbot: QtBot, tmp_path: Path, fmt: str) -> None:
    Settings().set_signer_profile(SignerProfile(
        signature_image=str(signature_scan(tmp_path / "s.png"))))
    window = open_window(qtbot, tmp_path, "en")
    target = tmp_path / f"mission.{fmt}"
    assert window.exports.export(Part.PACKAGE, fmt, target, mission=True) is not None
    qtbot.waitUntil(lambda: not window.exports.progress.isVisible(), timeout=20_000)
    if fmt == "pdf":
        text = pdf_text(target.read_bytes())
        assert "Digitally signed" not in text  # nothing claims a signature it lacks
    else:
        from docx import Document as open_docx

        document = open_docx(str(target))
        text = "\n".join(p.text for p in document.paragraphs)
        assert document.inline_shapes  # the scanned signature
    assert "Excellency," in text and "Explanatory memorandum" in text
    assert "(Signed) Byrganym" not in text


def test_the_signed_export_asks_only_for_the_password_when_the_profile_names_the_key(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    p12, root = make_identity(tmp_path)
    Settings().set_signer_profile(SignerProfile(certificate=str(p12)))
    window = open_window(qtbot, tmp_path, "en")
    asked: list[str] = []
    target = tmp_path / "out" / "signed.pdf"
    target.parent.mkdir()

    def password(_parent: object, title: str, label: str, *args: object) -> tuple[str, bool]:
        asked.append(label)
        return "secret", True

    def no_key_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        raise AssertionError("the key file was asked for although the profile names it")

    monkeypatch.setattr(QInputDialog, "getText", password)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", no_key_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF"))
    window.sign_flow.sign_letter()
    qtbot.waitUntil(lambda: not window.exports.progress.isVisible(), timeout=20_000)
    assert asked and p12.name in asked[0]
    [check] = verify_pdf(target.read_bytes(), trust=[root]).signatures
    assert check.ok and check.trusted

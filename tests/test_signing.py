"""Signing the letter PDF with a PKCS#12 key, validated by pyHanko; tampering is detected."""

from __future__ import annotations

from pathlib import Path

import pytest
from pki import make_identity

from cica_desktop.cli import main
from cica_desktop.compose import Part, compose
from cica_desktop.render import pdf_bytes
from cica_desktop.samples import sample_path
from cica_desktop.signing import SigningError, sign_pdf_bytes
from cica_desktop.verification import verify_pdf


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    from cica_desktop.model import load_project

    return pdf_bytes(compose(load_project(sample_path("en")), Part.LETTER))[0]


def test_a_signed_letter_is_intact_valid_and_trusted(tmp_path: Path, letter_pdf: bytes) -> None:
    p12, pem = make_identity(tmp_path)
    signed = sign_pdf_bytes(letter_pdf, p12, "secret", reason="Request", location="New York")
    [check] = verify_pdf(signed, trust=[pem]).signatures
    assert check.intact and check.valid and check.trusted
    assert "Byrganym Aitimova" in check.signer
    assert signed.startswith(letter_pdf)  # an incremental update: the letter is unchanged
    [untrusted] = verify_pdf(signed).signatures
    assert untrusted.intact and not untrusted.trusted


def test_a_changed_byte_is_reported_as_tampered(tmp_path: Path, letter_pdf: bytes) -> None:
    p12, pem = make_identity(tmp_path)
    signed = bytearray(sign_pdf_bytes(letter_pdf, p12, "secret"))
    position = signed.index(b"/Producer")  # inside the signed byte range
    signed[position + 1] = ord("Q")
    [check] = verify_pdf(bytes(signed), trust=[pem]).signatures
    assert not check.intact
    assert not check.ok


def test_wrong_password_and_expired_certificate_are_refused(tmp_path: Path,
                                                            letter_pdf: bytes) -> None:
    p12, _ = make_identity(tmp_path)
    with pytest.raises(SigningError, match="wrong password"):
        sign_pdf_bytes(letter_pdf, p12, "not the password")
    expired, _ = make_identity(tmp_path, expired=True)
    with pytest.raises(SigningError, match="expired"):
        sign_pdf_bytes(letter_pdf, expired, "secret")


def _letter_and_password(folder: Path, letter_pdf: bytes) -> tuple[Path, Path]:
    """The letter as a file, and a password file holding the test key's password."""
    letter = folder / "letter.pdf"
    letter.write_bytes(letter_pdf)
    password = folder / "password.txt"
    password.write_text("secret\n")
    return letter, password


def test_cli_sign_and_verify(tmp_path: Path, letter_pdf: bytes,
                             capsys: pytest.CaptureFixture[str]) -> None:
    p12, pem = make_identity(tmp_path)
    letter, password = _letter_and_password(tmp_path, letter_pdf)
    out = tmp_path / "signed.pdf"
    assert main(["sign", str(letter), "--p12", str(p12), "--password-file", str(password),
                 "--out", str(out)]) == 0
    assert main(["verify", str(out), "--trust", str(pem)]) == 0
    assert "intact, valid, trusted" in capsys.readouterr().out
    password.write_text("wrong\n")
    bad = tmp_path / "bad.pdf"
    assert main(["sign", str(letter), "--p12", str(p12), "--password-file", str(password),
                 "--out", str(bad)]) == 2
    assert not bad.exists()
    tampered = bytearray(out.read_bytes())
    tampered[tampered.index(b"/Producer") + 1] = ord("Q")
    out.write_bytes(bytes(tampered))
    assert main(["verify", str(out), "--trust", str(pem)]) == 1
    assert main(["verify", str(letter)]) == 1  # no signature at all


def test_cli_signs_a_project_as_the_mission_sends_it_in_one_step(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tsa import running_tsa

    p12, pem = make_identity(tmp_path)
    password = tmp_path / "password.txt"
    password.write_text("secret\n")
    out = tmp_path / "mission-signed.pdf"
    with running_tsa() as (url, tsa_pem, _answered):
        (tmp_path / "tsa.pem").write_bytes(tsa_pem)
        assert main(["sign", str(sample_path("en")), "--p12", str(p12), "--password-file",
                     str(password), "--tsa-url", url, "--out", str(out)]) == 0
    assert main(["verify", str(out), "--trust", str(pem), "--trust",
                 str(tmp_path / "tsa.pem")]) == 0
    printed = capsys.readouterr().out
    assert "time-stamped" in printed and "intact, valid, trusted" in printed
    data = out.read_bytes()
    assert b"pdfaid:part" in data  # PDF/A-2b unless --no-pdfa


def test_cli_refuses_a_missing_signature_image_and_an_unreachable_time_stamp_server(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p12, _ = make_identity(tmp_path)
    password = tmp_path / "password.txt"
    password.write_text("secret\n")
    out = tmp_path / "signed.pdf"
    base = ["sign", str(sample_path("en")), "--p12", str(p12), "--password-file",
            str(password), "--out", str(out)]
    assert main([*base, "--signature-image", str(tmp_path / "gone.png")]) == 2
    assert "--signature-image:" in capsys.readouterr().err
    assert main([*base, "--tsa-url", "http://127.0.0.1:9/tsa"]) == 2
    assert "time-stamp server http://127.0.0.1:9/tsa: cannot be reached" in \
        capsys.readouterr().err
    assert not out.exists()


def test_cli_builds_the_mission_layout_with_a_signature_scan(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pdfplumber
    from PIL import Image

    scan = tmp_path / "scan.png"
    Image.new("RGBA", (300, 100), (20, 30, 120, 128)).save(scan)
    assert main(["build", str(sample_path("en")), "--layout", "mission", "--part", "letter",
                 "--signature-image", str(scan), "--out", str(tmp_path)]) == 0
    written = capsys.readouterr().out.split()
    assert [Path(p).name for p in written] == ["a-62-232.en-letter-mission.pdf",
                                               "a-62-232.en-letter-mission.docx"]
    with pdfplumber.open(written[0]) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
        assert "New York, 3 October 2007" in text and "(Signed)" not in text
        assert sum(len(page.images) for page in pdf.pages) == 1
    bad = tmp_path / "bad.png"
    bad.write_text("not an image")
    assert main(["build", str(sample_path("en")), "--layout", "mission", "--signature-image",
                 str(bad), "--out", str(tmp_path / "none")]) == 2
    assert "--signature-image: bad.png is not a PNG or JPEG image" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(("behaviour", "says"), [
    ("garbage", "answered with a damaged time stamp"),
    ("wrong_digest", "its time stamp does not verify"),
])
def test_a_time_stamp_server_that_answers_wrongly_refuses_the_signature(
        tmp_path: Path, letter_pdf: bytes, behaviour: str, says: str) -> None:
    from tsa import running_tsa

    p12, _ = make_identity(tmp_path)
    with running_tsa(behaviour) as (url, _pem, answered), \
            pytest.raises(SigningError, match=f"time-stamp server {url}: {says}"):
        sign_pdf_bytes(letter_pdf, p12, "secret", tsa_url=url)
    assert answered


def test_a_second_signature_goes_in_its_own_field_and_both_verify(
        tmp_path: Path, letter_pdf: bytes) -> None:
    first_folder, second_folder = tmp_path / "first", tmp_path / "second"
    first_folder.mkdir()
    second_folder.mkdir()
    first, first_root = make_identity(first_folder)
    second, second_root = make_identity(second_folder, name="Kairat Umarov")
    once = sign_pdf_bytes(letter_pdf, first, "secret")
    twice = sign_pdf_bytes(once, second, "secret")
    checks = verify_pdf(twice, trust=[first_root, second_root]).signatures
    assert [c.signer.rsplit(": ", 1)[-1] for c in checks] == ["Byrganym Aitimova",
                                                              "Kairat Umarov"]
    assert all(c.intact and c.valid and c.trusted for c in checks)


def test_cli_refuses_options_it_would_ignore(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4")
    for argv, says in (
            (["build", str(sample_path("en")), "--signature-image", "s.png"],
             "--signature-image needs --layout mission"),
            (["sign", str(letter), "--p12", "k.p12", "--no-pdfa"],
             "--no-pdfa applies to a project file"),
            (["sign", str(letter), "--p12", "k.p12", "--part", "letter"],
             "--part applies to a project file")):
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 2
        assert says in capsys.readouterr().err
    assert main(["build", str(sample_path("en")), "--layout", "mission", "--part",
                 "resolution", "--out", str(tmp_path / "none")]) == 2
    assert "the draft resolution has no mission layout" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_a_pkcs12_file_without_a_private_key_is_refused(tmp_path: Path,
                                                        letter_pdf: bytes) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    _p12, root = make_identity(tmp_path)
    certificate = x509.load_pem_x509_certificate(root.read_bytes())
    only_cert = tmp_path / "certificate-only.p12"
    only_cert.write_bytes(pkcs12.serialize_key_and_certificates(
        b"cert", None, certificate, None, serialization.BestAvailableEncryption(b"secret")))
    with pytest.raises(SigningError, match="holds no private key"):
        sign_pdf_bytes(letter_pdf, only_cert, "secret")


def test_cli_refuses_time_stamp_options_it_cannot_use(tmp_path: Path, letter_pdf: bytes,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    p12, _ = make_identity(tmp_path)
    letter, password = _letter_and_password(tmp_path, letter_pdf)
    base = ["sign", str(letter), "--p12", str(p12), "--password-file", str(password)]
    for extra, said in ((["--tsa-timeout", "10"], "--tsa-timeout needs --tsa-url"),
                        (["--tsa-url", "file:///etc/passwd"], "give an http:// or https://"),
                        (["--tsa-url", "http://127.0.0.1:9/", "--tsa-timeout", "0"],
                         "between 1 and 600 seconds")):
        with pytest.raises(SystemExit) as exited:
            main(base + extra)
        assert exited.value.code == 2
        assert said in capsys.readouterr().err
    assert not (tmp_path / "letter-signed.pdf").exists()

"""What one signature costs: the key opened once, the time-stamp server asked once, and no
dry run, yet a signature that outgrows its reserved room is still made."""

from __future__ import annotations

from pathlib import Path

import pytest
from pki import make_identity
from tsa import running_tsa

from cica_desktop import pades
from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.samples import sample_path
from cica_desktop.signing import open_signing_key, sign_pdf_bytes
from cica_desktop.verification import verify_pdf


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    return pdf_bytes(compose(load_project(sample_path("en")), Part.LETTER))[0]


def test_a_time_stamped_signature_asks_the_server_once(tmp_path: Path,
                                                       letter_pdf: bytes) -> None:
    """pyHanko's dry run would ask the server for a dummy stamp first: it is not run."""
    p12, pem = make_identity(tmp_path)
    key = open_signing_key(p12, "secret")
    with running_tsa() as (url, tsa_pem, answered):
        signed = sign_pdf_bytes(letter_pdf, key, tsa_url=url)
        assert len(answered) == 1
        again = sign_pdf_bytes(signed, key, tsa_url=url)  # the same key signs again
        assert len(answered) == 2
    tsa_file = tmp_path / "tsa.pem"
    tsa_file.write_bytes(tsa_pem)
    checks = verify_pdf(again, trust=[pem, tsa_file]).signatures
    assert len(checks) == 2
    assert all(check.intact and check.valid and check.trusted for check in checks)


def test_the_reserved_room_holds_the_signature_with_little_to_spare(
        tmp_path: Path, letter_pdf: bytes) -> None:
    """The /Contents placeholder is the reserve (hex digits), and the signature fills a
    good part of it: room enough without bloating the file."""
    p12, _ = make_identity(tmp_path)
    key = open_signing_key(p12, "secret")
    signed = sign_pdf_bytes(letter_pdf, key)
    start = signed.index(b"/Contents <", len(letter_pdf)) + len(b"/Contents <")
    contents = signed[start:signed.index(b">", start)]
    assert len(contents) == pades.signature_reserve(key.signer, stamped=False)
    used = len(contents.rstrip(b"0"))
    assert len(contents) / 4 < used < len(contents)


def test_a_signature_larger_than_its_reserve_is_signed_again_sized_by_a_dry_run(
        tmp_path: Path, letter_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    p12, pem = make_identity(tmp_path)
    monkeypatch.setattr(pades, "signature_reserve", lambda _signer, _stamped: 64)
    signed = sign_pdf_bytes(letter_pdf, p12, "secret")
    [check] = verify_pdf(signed, trust=[pem]).signatures
    assert check.intact and check.valid and check.trusted
    assert signed.startswith(letter_pdf)

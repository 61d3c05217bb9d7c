"""The letter as the mission sends it: its text in order, the scanned signature over the
name, the emblem, the digital signature's box; then the signed package (PAdES B-T with a
real time-stamp server on localhost, PDF/A-2b) verified, tampered with, and read back.

Every file is rendered for real and reopened with pdfplumber or pikepdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from PIL import Image, ImageDraw
from pki import SIGNER_NAME, make_identity
from readback import missing_in_order
from tsa import running_tsa

from cica_desktop import signing
from cica_desktop.compose import Layout, MissionExtras, Part, compose
from cica_desktop.images import ImageError
from cica_desktop.mission import (
    SignatoryError,
    SignerProfile,
    mission_extras,
    mission_pdf,
    signatory_index,
    signed_mission_pdf,
)
from cica_desktop.model import Package, load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.render.pdf import PdfReport
from cica_desktop.render.stylespec import PageSpec, load_style_spec
from cica_desktop.samples import sample_path
from cica_desktop.signing import SigningError, open_signing_key
from cica_desktop.verification import verify_pdf

NOW = dt.datetime(2026, 11, 26, 16, 40, tzinfo=dt.UTC)
STAMP_TIME = "2026-11-26 16:40 UTC"
SIGNATURE_PIXELS = (300, 100)
EMBLEM_PIXELS = (160, 160)


# ------------------------------------------------------------------------------ helpers


def ink_png(size: tuple[int, int]) -> bytes:
    """A stroke of ink on a transparent background (a scanned, cut-out signature)."""
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    ImageDraw.Draw(image).line((8, size[1] - 12, size[0] - 8, 12), fill=(10, 10, 120, 255),
                               width=6)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def page_lines(pdf: bytes, index: int) -> list[dict[str, Any]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return document.pages[index].extract_text_lines()


def top_down(box: tuple[int, float, float, float, float], height: float
             ) -> tuple[float, float, float, float]:
    """A (page, x0, y0, x1, y1) box from the bottom left as pdfplumber's x0, top, x1, bottom."""
    _, x0, y0, x1, y1 = box
    return x0, height - y1, x1, height - y0


def inside(line: dict[str, Any], box: tuple[float, float, float, float],
           slack: float = 0.5) -> bool:
    x0, top, x1, bottom = box
    return (line["x0"] >= x0 - slack and line["x1"] <= x1 + slack
            and line["top"] >= top - slack and line["bottom"] <= bottom + slack)


@dataclasses.dataclass
class Placed:
    """Where the name of a signatory and the pictures landed on a page."""

    page: Any  # a pdfplumber page
    height: float

    def images(self, pixels: tuple[int, int]) -> list[dict[str, Any]]:
        return [image for image in self.page.images
                if tuple(int(v) for v in image["srcsize"]) == pixels]

    def line(self, text: str, *, outside: tuple[float, float, float, float] | None = None
             ) -> dict[str, Any]:
        found = [line for line in self.page.extract_text_lines()
                 if line["text"] == text and (outside is None or not inside(line, outside))]
        assert len(found) == 1, f"{text!r}: {len(found)} lines"
        return found[0]

    def baseline(self, line: dict[str, Any]) -> float:
        """The line's baseline, from the page top."""
        first = line["chars"][0]
        return self.height - float(first["matrix"][5])


def page_spec() -> PageSpec:
    return load_style_spec("en").page("letter")


# ------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def package() -> Package:
    """The en sample with the mission's reference number."""
    sample = load_project(sample_path("en"))
    assert sample.letterhead.place == "New York"
    assert sample.letterhead.address_lines
    assert sample.letter.date == dt.date(2007, 10, 3)
    return sample.evolve(letter={**sample.letter.model_dump(), "reference": "13-3/1024"})


@pytest.fixture(scope="module")
def images_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("images")
    (folder / "signature.png").write_bytes(ink_png(SIGNATURE_PIXELS))
    (folder / "emblem.png").write_bytes(ink_png(EMBLEM_PIXELS))
    return folder


@pytest.fixture(scope="module")
def profile(images_dir: Path) -> SignerProfile:
    return SignerProfile(name=SIGNER_NAME, titles=("Ambassador",),
                         signature_image=str(images_dir / "signature.png"))


@pytest.fixture(scope="module")
def with_emblem(package: Package) -> Package:
    """The sample whose letterhead names an emblem next to the project file."""
    return package.evolve(letterhead={**package.letterhead.model_dump(),
                                      "emblem": "emblem.png"})


@pytest.fixture(scope="module")
def extras(with_emblem: Package, profile: SignerProfile, images_dir: Path) -> MissionExtras:
    return mission_extras(with_emblem, profile, images_dir)


@pytest.fixture(scope="module")
def letter(with_emblem: Package, extras: MissionExtras) -> tuple[bytes, PdfReport]:
    """The mission's letter with emblem, scanned signature and the digital signature's box."""
    stamped = dataclasses.replace(extras, digital_signer=SIGNER_NAME, signing_time=STAMP_TIME)
    return mission_pdf(with_emblem, stamped, Part.LETTER)


def letter_lines(package: Package) -> list[str]:
    """What the en letter says, top to bottom."""
    return [
        package.mission,
        *package.letterhead.address_lines,
        "No. 13-3/1024",
        "New York, 3 October 2007",
        "His Excellency",
        "The Secretary-General of the United Nations",
        "New York",
        "Excellency,",
        *(block.text for block in package.letter.blocks),  # type: ignore[union-attr]
        "Please accept, Excellency, the assurances of my highest consideration.",
        "Byrganym Aitimova",
        "Ambassador",
        "Permanent Representative",
    ]


@dataclasses.dataclass
class Signed:
    pdf: bytes
    trust: list[Path]
    box: tuple[int, float, float, float, float]
    stamps_answered: int


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, with_emblem: Package,
           extras: MissionExtras) -> Signed:
    """The whole package, PDF/A-2b, signed with a time stamp from a server on localhost."""
    folder = tmp_path_factory.mktemp("signed")
    p12, root_pem = make_identity(folder)
    key = open_signing_key(p12, "secret")
    with running_tsa() as (url, tsa_pem, answered):
        pdf = signed_mission_pdf(with_emblem, extras, key, part=Part.PACKAGE, pdfa=True,
                                 tsa_url=url, now=NOW)
    tsa_file = folder / "tsa.pem"
    tsa_file.write_bytes(tsa_pem)
    # The same letter with the same box, rendered again: where the renderer put the box.
    stamped = dataclasses.replace(extras, digital_signer=key.common_name,
                                  signing_time=STAMP_TIME)
    _, report = mission_pdf(with_emblem, stamped, Part.PACKAGE)
    assert report.signature_box is not None
    return Signed(pdf, [root_pem, tsa_file], report.signature_box, len(answered))


# ------------------------------------------------------------------------------ the text


def test_the_mission_letter_says_everything_in_order(package: Package,
                                                     letter: tuple[bytes, PdfReport]) -> None:
    text = text_of(letter[0])
    assert missing_in_order(letter_lines(package), text) == []
    assert missing_in_order(["Byrganym Aitimova", f"Digitally signed by {SIGNER_NAME}",
                             f"Date: {STAMP_TIME}"], text) == []


def test_the_mission_letter_has_no_un_masthead_and_no_signed_mark(
        letter: tuple[bytes, PdfReport]) -> None:
    pdf, _ = letter
    text = text_of(pdf)
    assert "(Signed)" not in text
    assert "A/62/232" not in text
    assert "Distr.:" not in text
    lines = [line["text"] for line in page_lines(pdf, 0)]
    assert lines[0] == "Permanent Mission of the Republic of Kazakhstan to the United Nations"
    assert "General Assembly" not in lines
    assert not any(line.startswith("United Nations") for line in lines)


def test_the_un_layout_keeps_its_masthead_and_the_signed_mark(package: Package) -> None:
    pdf, _ = pdf_bytes(compose(package, Part.LETTER))
    text = text_of(pdf)
    assert "(Signed) Byrganym Aitimova" in text
    lines = [line["text"] for line in page_lines(pdf, 0)]
    assert "General Assembly" in lines
    assert any(line.startswith("United Nations") for line in lines)
    assert "No. 13-3/1024" not in text  # the mission's reference is its own letter's
    assert "Digitally signed by" not in text


# ------------------------------------------------------------------------------ pictures


def test_the_scanned_signature_is_drawn_over_the_name_with_its_transparency(
        letter: tuple[bytes, PdfReport]) -> None:
    pdf, report = letter
    assert report.signature_box is not None
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[report.signature_box[0]]
        placed = Placed(page, float(page.height))
        stamp = top_down(report.signature_box, placed.height)
        name = placed.line("Byrganym Aitimova", outside=stamp)
        titles = placed.line("Ambassador")
        [scan] = placed.images(SIGNATURE_PIXELS)
        assert scan["stream"]["SMask"] is not None  # the transparency, as a soft mask
        baseline = placed.baseline(name)

        # Above the name: it starts above the line and most of it is above the baseline;
        # it reaches down over the name but not over the titles under it.
        assert scan["top"] < name["top"]
        assert (scan["top"] + scan["bottom"]) / 2 < baseline
        assert scan["bottom"] > name["top"]
        assert scan["bottom"] <= titles["top"] + 0.5
        # Over the name, inside the text column.
        centre = (name["x0"] + name["x1"]) / 2
        assert scan["x0"] < centre < scan["x1"]
        spec = page_spec()
        assert scan["x0"] >= spec.margin_left - 0.5
        assert scan["x1"] <= spec.width - spec.margin_right + 0.5
        # The picture keeps its proportions.
        width, height = scan["x1"] - scan["x0"], scan["bottom"] - scan["top"]
        assert width / height == pytest.approx(SIGNATURE_PIXELS[0] / SIGNATURE_PIXELS[1],
                                               rel=0.01)


def test_the_emblem_is_centred_at_the_top_of_the_first_page(
        letter: tuple[bytes, PdfReport]) -> None:
    pdf, _ = letter
    spec = page_spec()
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        [emblem] = [image for image in page.images
                    if tuple(int(v) for v in image["srcsize"]) == EMBLEM_PIXELS]
        column_centre = (spec.margin_left + spec.width - spec.margin_right) / 2
        assert (emblem["x0"] + emblem["x1"]) / 2 == pytest.approx(column_centre, abs=0.5)
        assert emblem["top"] == pytest.approx(spec.body_top, abs=0.5)
        assert emblem["x1"] - emblem["x0"] == pytest.approx(emblem["bottom"] - emblem["top"])
        assert emblem["bottom"] < min(char["top"] for char in page.chars)  # above all text


def test_the_signature_box_encloses_the_digital_signature_text(
        letter: tuple[bytes, PdfReport]) -> None:
    pdf, report = letter
    assert report.signature_box is not None
    index = report.signature_box[0]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages_with_it = [number for number, page in enumerate(document.pages)
                         if "Digitally signed by" in (page.extract_text() or "")]
        assert pages_with_it == [index]
        page = document.pages[index]
        box = top_down(report.signature_box, float(page.height))
        stamp_lines = [line for line in page.extract_text_lines()
                       if line["text"].startswith(("Digitally signed by", "Date: "))]
        assert [line["text"] for line in stamp_lines] == [
            f"Digitally signed by {SIGNER_NAME}", f"Date: {STAMP_TIME}"]
        for line in stamp_lines:
            assert inside(line, box), (line["text"], box)
        # Nothing else is inside the box.
        others = [line["text"] for line in page.extract_text_lines()
                  if inside(line, box) and line not in stamp_lines]
        assert others == []


# ------------------------------------------------------------------------------ signed


def test_the_signed_package_is_intact_valid_trusted_and_time_stamped(signed: Signed) -> None:
    [check] = verify_pdf(signed.pdf, trust=signed.trust).signatures
    assert check.intact and check.valid and check.trusted, check.summary
    assert SIGNER_NAME in check.signer
    assert signed.stamps_answered >= 1
    assert check.timestamp is not None and check.timestamp_trusted
    assert abs(check.timestamp - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)


def test_a_time_stamp_from_an_authority_nobody_trusts_is_not_reported_valid(
        signed: Signed) -> None:
    # Trusting only the mission's CA: the signer is trusted, the time-stamp authority's
    # self-signed certificate is not, so its time proves nothing.
    [partly] = verify_pdf(signed.pdf, trust=signed.trust[:1]).signatures
    assert partly.intact and partly.valid and partly.trusted
    assert partly.timestamp is not None
    assert not partly.timestamp_trusted


def test_the_signature_field_sits_on_the_box_the_renderer_drew(signed: Signed) -> None:
    index, *_ = signed.box
    with pikepdf.open(io.BytesIO(signed.pdf)) as pdf:
        fields = [(number, annotation) for number, page in enumerate(pdf.pages)
                  for annotation in page.obj.get("/Annots", pikepdf.Array())
                  if annotation.get("/FT") == "/Sig"]
        [(number, field)] = fields
        assert number == index
        assert str(field.T) == signing.FIELD_NAME
        assert [float(v) for v in field.Rect] == [round(v) for v in signed.box[1:]]
        rect = [float(v) for v in field.Rect]
    with pdfplumber.open(io.BytesIO(signed.pdf)) as document:
        page = document.pages[index]
        box = top_down((index, *rect), float(page.height))  # type: ignore[arg-type]
        stamp = [line for line in page.extract_text_lines()
                 if line["text"].startswith(("Digitally signed by", "Date: "))]
        assert len(stamp) == 2
        for line in stamp:
            assert inside(line, box, slack=1.0), (line["text"], box)


def test_the_signed_package_still_reads_in_order_with_every_annex(
        package: Package, signed: Signed) -> None:
    text = text_of(signed.pdf)
    expected = [*letter_lines(package), f"Digitally signed by {SIGNER_NAME}",
                f"Date: {STAMP_TIME}",
                "Annex I", "Explanatory memorandum",
                "Annex II", "Draft resolution",
                "Annex III", "Letter dated 4 September 2007 from the Minister for Foreign "
                             "Affairs of Kazakhstan addressed to the Secretary-General",
                "Enclosure"]
    assert missing_in_order(expected, text) == []
    assert "(Signed) Byrganym" not in text


def test_a_changed_byte_inside_the_signed_range_is_detected(signed: Signed) -> None:
    with pikepdf.open(io.BytesIO(signed.pdf)) as pdf:
        start, first_length, second_start, _ = (
            int(v) for v in pdf.Root.AcroForm.Fields[0].V.ByteRange)
    assert start == 0
    position = signed.pdf.index(b"cica-desktop")  # the Creator, in the first revision
    assert position < first_length < second_start
    tampered = bytearray(signed.pdf)
    tampered[position] = ord("C")
    [check] = verify_pdf(bytes(tampered), trust=signed.trust).signatures
    assert not check.intact
    assert not check.ok


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="pdfsig (poppler-utils) not found")
def test_poppler_pdfsig_finds_the_signature_valid(tmp_path: Path, signed: Signed) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed.pdf)
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert "Signature is Valid" in result.stdout, result.stdout + result.stderr
    assert SIGNER_NAME in result.stdout


# ------------------------------------------------------------------------------ refused


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> signing.SigningKey:
    p12, _ = make_identity(tmp_path_factory.mktemp("key"))
    return open_signing_key(p12, "secret")


def test_a_time_stamp_server_nobody_listens_on_is_reported_at_once(
        package: Package, key: signing.SigningKey) -> None:
    url = f"http://127.0.0.1:{free_port()}/tsa"
    started = time.monotonic()
    with pytest.raises(SigningError) as caught:
        signed_mission_pdf(package, MissionExtras(), key, tsa_url=url)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert message.startswith(f"time-stamp server {url}: ")
    assert "cannot be reached" in message


def test_a_time_stamp_server_that_never_answers_is_cut_off_at_the_deadline(
        package: Package, key: signing.SigningKey) -> None:
    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/tsa"
        started = time.monotonic()
        with pytest.raises(SigningError, match=r"did not answer within 1\.5 s"):
            signed_mission_pdf(package, MissionExtras(), key, tsa_url=url, tsa_timeout=1.5)
        assert time.monotonic() - started < 5


def test_a_time_stamp_server_that_drips_its_answer_is_cut_off_at_the_deadline(
        package: Package, key: signing.SigningKey) -> None:
    """One byte every 0.3 s keeps every socket read alive; the deadline still holds."""
    stop = threading.Event()

    def drip(server: socket.socket) -> None:
        connection, _ = server.accept()
        with connection:
            connection.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\n" \
                        b"Content-Length: 100000\r\n\r\n" + b"0" * 100_000:
                if stop.is_set():
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return
                time.sleep(0.3)

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        worker = threading.Thread(target=drip, args=(server,), daemon=True)
        worker.start()
        url = f"http://127.0.0.1:{server.getsockname()[1]}/tsa"
        started = time.monotonic()
        try:
            with pytest.raises(SigningError, match=r"did not answer within 2 s"):
                signed_mission_pdf(package, MissionExtras(), key, tsa_url=url, tsa_timeout=2)
            assert time.monotonic() - started < 6
        finally:
            stop.set()
            worker.join(5)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://tsa.example/", "tsa.example",
                                 "http://", "http://tsa.example:port/"])
def test_only_http_and_https_time_stamp_servers_are_used(
        package: Package, key: signing.SigningKey, url: str) -> None:
    with pytest.raises(SigningError, match="is not a usable address"):
        signed_mission_pdf(package, MissionExtras(), key, tsa_url=url)


def test_the_time_stamp_deadline_is_thirty_seconds_unless_configured() -> None:
    from cica_desktop.app.settings import Settings
    from cica_desktop.timestamping import DEFAULT_TIMEOUT, HttpTimeStamper

    assert DEFAULT_TIMEOUT == 30
    assert HttpTimeStamper("https://tsa.example/").timeout == 30
    settings = Settings()
    assert settings.tsa_timeout() == 30
    settings.set_tsa_timeout(12)
    assert settings.tsa_timeout() == 12


def test_an_expired_certificate_is_refused_when_opened(tmp_path: Path) -> None:
    expired, _ = make_identity(tmp_path, expired=True)
    with pytest.raises(SigningError, match="expired"):
        open_signing_key(expired, "secret")


# ------------------------------------------------------------------------------ signer profile


@pytest.fixture(scope="module")
def two_signatories(package: Package) -> Package:
    first = package.letter.senders[0].model_dump()
    second = {"name": "Kairat Umarov", "titles": ["Deputy Permanent Representative"]}
    return package.evolve(letter={**package.letter.model_dump(), "senders": [first, second]})


@pytest.mark.parametrize(("name", "expected"), [
    ("Kairat Umarov", 1),
    ("  kairat   UMAROV ", 1),
    ("BYRGANYM aitimova", 0),
    ("", 0),
])
def test_the_profile_name_picks_the_signatory(two_signatories: Package, name: str,
                                              expected: int) -> None:
    assert signatory_index(two_signatories, name) == expected
    assert mission_extras(two_signatories, SignerProfile(name=name), None).signatory == expected


def scan_sits_over(pdf: bytes, name: str) -> bool:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            placed = Placed(page, float(page.height))
            lines = [line for line in page.extract_text_lines() if line["text"] == name]
            for scan in placed.images(SIGNATURE_PIXELS):
                for line in lines:
                    if scan["top"] < line["top"] < scan["bottom"] and \
                            scan["x0"] < (line["x0"] + line["x1"]) / 2 < scan["x1"]:
                        return True
    return False


def test_the_chosen_signatory_gets_the_scanned_signature(two_signatories: Package,
                                                         images_dir: Path) -> None:
    signature = str(images_dir / "signature.png")
    chosen = mission_extras(two_signatories,
                            SignerProfile(name=" kairat umarov", signature_image=signature),
                            None)
    pdf, _ = mission_pdf(two_signatories, chosen, Part.LETTER)
    assert scan_sits_over(pdf, "Kairat Umarov")
    assert not scan_sits_over(pdf, "Byrganym Aitimova")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        scans = [image for page in document.pages for image in page.images
                 if tuple(int(v) for v in image["srcsize"]) == SIGNATURE_PIXELS]
    assert len(scans) == 1  # one scan: the other signatory signs for themselves


def test_a_name_that_is_none_of_several_signatories_is_refused(
        two_signatories: Package, images_dir: Path) -> None:
    # One person's signature must never land over another person's name.
    signature = str(images_dir / "signature.png")
    with pytest.raises(SignatoryError) as caught:
        mission_extras(two_signatories, SignerProfile(name="Nobody", signature_image=signature),
                       None)
    assert str(caught.value).startswith("signer profile › name: Nobody is not one of the "
                                        "letter's signatories (Byrganym Aitimova, Kairat Umarov)")
    nameless = mission_extras(two_signatories, SignerProfile(signature_image=signature), None)
    assert nameless.signatory == 0


def test_a_single_signatory_signs_whatever_script_the_profile_name_is_in(
        package: Package) -> None:
    # The Chinese version of a letter prints 贝尔加内姆·艾季莫娃 where the profile says
    # Byrganym Aitimova: the only signatory signs.
    assert signatory_index(package, "贝尔加内姆·艾季莫娃") == 0
    assert mission_extras(package, SignerProfile(name="Someone Else"), None).signatory == 0


def test_bad_images_are_refused_by_field_before_anything_is_drawn(
        package: Package, tmp_path: Path) -> None:
    signature_field = "signer profile › signature image"
    missing = SignerProfile(signature_image=str(tmp_path / "missing.png"))
    with pytest.raises(ImageError) as caught:
        mission_extras(package, missing, tmp_path)
    assert str(caught.value) == f"{signature_field}: {tmp_path / 'missing.png'} does not exist"

    (tmp_path / "notes.png").write_text("not a picture", encoding="utf-8")
    corrupt = SignerProfile(signature_image=str(tmp_path / "notes.png"))
    with pytest.raises(ImageError) as caught:
        mission_extras(package, corrupt, tmp_path)
    assert str(caught.value) == f"{signature_field}: notes.png is not a PNG or JPEG image"

    # The emblem's path is relative to the project file's folder.
    absent = package.evolve(letterhead={**package.letterhead.model_dump(),
                                        "emblem": "emblem.png"})
    with pytest.raises(ImageError) as caught:
        mission_extras(absent, None, tmp_path)
    assert str(caught.value) == f"letterhead.emblem: {tmp_path / 'emblem.png'} does not exist"

    whole = ink_png(EMBLEM_PIXELS)
    (tmp_path / "emblem.png").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ImageError) as caught:
        mission_extras(absent, None, tmp_path)
    assert str(caught.value).startswith("letterhead.emblem: emblem.png is damaged")

    (tmp_path / "emblem.png").write_bytes(whole)
    assert mission_extras(absent, None, tmp_path).emblem is not None


# ------------------------------------------------------------------------------ other scripts


def stamped_extras(images_dir: Path, package: Package) -> MissionExtras:
    extras = mission_extras(package, SignerProfile(
        signature_image=str(images_dir / "signature.png")), None)
    return dataclasses.replace(extras, digital_signer=SIGNER_NAME, signing_time=STAMP_TIME)


def test_the_arabic_letter_mirrors_the_signature_block_to_the_left(images_dir: Path) -> None:
    package = load_project(sample_path("ar"))
    pdf, report = mission_pdf(package, stamped_extras(images_dir, package), Part.LETTER)
    spec = page_spec()
    assert report.signature_box is not None
    index, x0, _, x1, _ = report.signature_box
    assert x0 == pytest.approx(spec.margin_left, abs=1)
    assert x1 < spec.width / 2
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[index]
        [scan] = Placed(page, float(page.height)).images(SIGNATURE_PIXELS)
        assert scan["x0"] == pytest.approx(spec.margin_left, abs=1)
        assert SIGNER_NAME in (page.extract_text() or "")  # the Latin name in the box


def test_the_chinese_letter_renders_in_order_with_the_block_on_the_right(
        images_dir: Path) -> None:
    package = load_project(sample_path("zh"))
    pdf, report = mission_pdf(package, stamped_extras(images_dir, package), Part.LETTER)
    spec = page_spec()
    assert report.signature_box is not None
    assert report.signature_box[3] == pytest.approx(spec.width - spec.margin_right, abs=1)
    text = text_of(pdf)
    sender = package.letter.senders[0]
    expected = [package.mission, *package.letterhead.address_lines,
                "2007年10月3日于纽约", "联合国秘书长阁下", "秘书长阁下：",
                *(block.text for block in package.letter.blocks),  # type: ignore[union-attr]
                "顺致最崇高的敬意。", *sender.titles, sender.name,
                f"数字签名：{SIGNER_NAME}"]
    assert missing_in_order(expected, text) == []
    assert "（签名）" not in text


def qn(tag: str) -> str:
    from docx.oxml.ns import qn as docx_qn

    return str(docx_qn(tag))


def mission_docx(language: str, profile: SignerProfile) -> Any:
    from docx import Document as open_docx

    from cica_desktop.render import docx_bytes

    package = load_project(sample_path(language))
    extras = mission_extras(package, profile, None)
    return open_docx(io.BytesIO(docx_bytes(compose(package, Part.LETTER, Layout.MISSION,
                                                   extras))))


def picture_paragraph(document: Any) -> Any:
    [paragraph] = [p for p in document.paragraphs
                   if p._p.xpath(".//pic:pic") and p.style.name == "MissionSignature"]
    return paragraph


def test_the_docx_puts_the_scan_on_the_name_side_in_arabic_too(
        profile: SignerProfile) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    english = picture_paragraph(mission_docx("en", profile))
    assert english.alignment == WD_ALIGN_PARAGRAPH.RIGHT  # the name is on the right
    # Word reads w:jc as start/end in a w:bidi paragraph: "right" is the end of an Arabic
    # line, the left edge, where the PDF puts the Arabic signature block too.
    arabic = picture_paragraph(mission_docx("ar", profile))
    assert arabic.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert arabic.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert arabic.style.element.pPr.find(qn("w:bidi")) is not None


def test_the_docx_keeps_the_space_above_a_block_whose_titles_come_first(
        profile: SignerProfile) -> None:
    # French and Chinese print the titles before the name, so the scan goes before the
    # last line and the block's first line keeps the style's space above it.
    for language in ("fr", "zh"):
        document = mission_docx(language, profile)
        lines = [p for p in document.paragraphs if p.style.name == "MissionSignature"]
        first, picture = lines[0], picture_paragraph(document)
        assert not first._p.xpath(".//pic:pic")
        assert first.paragraph_format.space_before is None  # the style's 30 pt applies
        elements = [line._p for line in lines]
        assert elements.index(picture._p) == len(lines) - 2  # just above the name


def test_an_overlong_certificate_name_is_cut_in_the_box_not_a_crash(package: Package) -> None:
    extras = MissionExtras(digital_signer="Byrganym Aitimova " * 200, signing_time="now")
    document = compose(package, Part.LETTER, Layout.MISSION, extras)
    pdf, report = pdf_bytes(document)
    assert report.signature_box is not None
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        text = "".join(page.extract_text() or "" for page in opened.pages)
    assert "Digitally signed by Byrganym Aitimova" in text and "…" in text

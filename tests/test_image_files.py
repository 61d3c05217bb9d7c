"""Where the user's images come from and what reaches the renderers.

A path that is not a regular file (a device, a named pipe, a socket) is refused before it
is opened, since opening or reading it could wait or read forever; reading is bounded by the
bytes read. Every accepted image is re-encoded once by Pillow, so a JPEG whose EXIF segment
is damaged (Pillow shrugs, python-docx raised) builds, and the DOCX and the PDF get the
same bytes. Embedded colour profiles are applied, then dropped.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import socket
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image, ImageCms

from cica_desktop import images
from cica_desktop.cli import main
from cica_desktop.compose import Layout, MissionExtras, Part, compose
from cica_desktop.images import ImageAsset, ImageError, image_from_bytes, load_image
from cica_desktop.mission import SignerProfile, mission_extras
from cica_desktop.model import load_project
from cica_desktop.render import docx_bytes, pdf_bytes
from cica_desktop.samples import sample_path

FIELD = "letterhead.emblem"
#: Far longer than any refusal takes; a regression that blocks fails here instead of hanging.
TIMEOUT = 10.0

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and /dev")


def within_timeout(call: Callable[[], Any], unblock: Callable[[], None] | None = None) -> Any:
    """The result of *call* (or the exception it raised), failing if it takes longer than
    TIMEOUT; *unblock* frees a thread stuck on a FIFO so that it does not outlive the test."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed back to the test below
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(TIMEOUT)
    if worker.is_alive():
        if unblock is not None:
            unblock()
        pytest.fail(f"still running after {TIMEOUT:.0f} s: it waits on the file")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def release_fifo(path: Path) -> Callable[[], None]:
    def unblock() -> None:
        # A waiting reader lets a non-blocking writer open, then sees the end of the file.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    return unblock


def png_bytes(size: tuple[int, int] = (60, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, (10, 20, 120, 200)).save(out, format="PNG")
    return out.getvalue()


# ---------------------------------------------------------------- not a regular file


def refused(path: Path, unblock: Callable[[], None] | None = None) -> str:
    def attempt() -> ImageError:
        with pytest.raises(ImageError) as caught:
            load_image(path, FIELD)
        return caught.value

    error = within_timeout(attempt, unblock)
    assert error.field == FIELD
    assert str(error).startswith(f"{FIELD}: {path} is ")
    assert "not a regular file" in str(error)
    return str(error)


@posix_only
def test_a_device_is_refused_without_being_read() -> None:
    assert "is a device" in refused(Path("/dev/zero"))


@posix_only
def test_a_named_pipe_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "signature.png"
    os.mkfifo(fifo)
    assert "is a named pipe (FIFO)" in refused(fifo, release_fifo(fifo))


@posix_only
def test_a_link_to_a_named_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "signature.png"
    link.symlink_to(fifo)
    assert "is a named pipe (FIFO)" in refused(link, release_fifo(fifo))


@posix_only
def test_a_unix_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.png"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        assert "is a socket" in refused(path)


@posix_only
def test_a_file_swapped_for_a_pipe_after_the_check_is_refused_on_what_was_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "signature.png"
    path.write_bytes(png_bytes())
    real_open = os.open

    def swap_then_open(name: Any, flags: int, *args: Any) -> int:
        if Path(name) == path:  # the race: replaced between stat() and open()
            path.unlink()
            os.mkfifo(path)
        return real_open(name, flags, *args)

    monkeypatch.setattr(images.os, "open", swap_then_open)
    assert "is a named pipe (FIFO)" in refused(path, release_fifo(path))


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="Linux /proc")
def test_the_size_is_decided_by_the_bytes_read_not_by_stat(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # /proc files say they are empty; this one holds several kilobytes.
    proc = Path("/proc/self/maps")
    assert proc.stat().st_size == 0
    monkeypatch.setattr(images, "MAX_BYTES", 1_000)
    with pytest.raises(ImageError) as caught:
        load_image(proc, FIELD)
    assert "maps is larger than 0.001 MB; images up to 0.001 MB can be used" in str(caught.value)


def test_a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = png_bytes()
    path = tmp_path / "emblem.png"
    path.write_bytes(data)
    monkeypatch.setattr(images, "MAX_BYTES", len(data))
    assert load_image(path, FIELD).pixel_width == 60
    monkeypatch.setattr(images, "MAX_BYTES", len(data) - 1)
    with pytest.raises(ImageError, match=r"emblem\.png is "):
        load_image(path, FIELD)
    with pytest.raises(ImageError, match="the image is "):
        image_from_bytes(data, FIELD)


def write_sample(tmp_path: Path, **letterhead: str) -> Path:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["letterhead"].update(letterhead)
    project = tmp_path / "request.json"
    project.write_text(json.dumps(data), encoding="utf-8")
    return project


def cli_build(*argv: str, unblock: Callable[[], None] | None = None) -> int:
    return int(within_timeout(lambda: main(["build", *argv]), unblock))


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_the_cli_refuses_a_signature_that_is_not_a_regular_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    project = write_sample(tmp_path)
    out = tmp_path / "out"
    unblock = None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        if kind == "fifo":
            special = tmp_path / "signature.png"
            os.mkfifo(special)
            unblock = release_fifo(special)
        elif kind == "socket":
            special = tmp_path / "sig.png"
            server.bind(str(special))
        else:
            special = Path("/dev/zero")
        code = cli_build(str(project), "--layout", "mission", "--signature-image",
                         str(special), "--out", str(out), unblock=unblock)
    assert code == 2
    err = capsys.readouterr().err
    assert f"nothing written: --signature-image: {special} is " in err
    assert "not a regular file" in err
    assert not out.exists()


@posix_only
def test_the_cli_refuses_an_emblem_that_is_a_device(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = write_sample(tmp_path, emblem="/dev/zero")
    out = tmp_path / "out"
    assert cli_build(str(project), "--layout", "mission", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "letterhead.emblem: /dev/zero is a device, not a regular file" in err
    assert not out.exists()


# ------------------------------------------------------------------ damaged EXIF


def jpeg_with_app1(payload: bytes, size: tuple[int, int] = (90, 30)) -> bytes:
    """A JPEG (ink-blue on white) with an extra APP1 segment holding *payload*."""
    picture = Image.new("RGB", size, (255, 255, 255))
    for x in range(5, size[0] - 5):
        picture.putpixel((x, size[1] // 2), (10, 20, 120))
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=92)
    data = out.getvalue()
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return data[:2] + segment + data[2:]


DAMAGED_EXIF = {
    # "Exif" and nothing after it: no TIFF header at all.
    "empty": b"Exif\x00\x00",
    # A TIFF header whose first directory claims five entries and holds a third of one.
    "truncated directory": (b"Exif\x00\x00II*\x00" + struct.pack("<IH", 8, 5)
                            + b"\x1a\x01\x05\x00"),
}


def segments(jpeg: bytes) -> list[int]:
    """The marker codes of a JPEG's header segments, up to the start of the scan."""
    markers, position = [], 2
    while jpeg[position] == 0xFF and jpeg[position + 1] != 0xDA:
        markers.append(jpeg[position + 1])
        (length,) = struct.unpack(">H", jpeg[position + 2 : position + 4])
        position += 2 + length
    return markers


def docx_pictures(data: bytes) -> list[bytes]:
    """The image bytes of every picture in the DOCX body, in order."""
    document = open_docx(io.BytesIO(data))
    blips = document.element.body.iter(qn("a:blip"))
    return [document.part.related_parts[blip.get(qn("r:embed"))].blob for blip in blips]


def pdf_images(data: bytes) -> list[tuple[str, bytes]]:
    """(filters, stream bytes with ASCII85 undone) of every image on the PDF's first page:
    a JPEG stays DCTDecode, so its bytes are the JPEG file's."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        found = []
        for image in pdf.pages[0].Resources.XObject.values():
            if image.Subtype != pikepdf.Name.Image:
                continue
            filters = image.get("/Filter")
            names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) \
                else [str(filters)]
            raw = image.read_raw_bytes()
            if names[0] == "/ASCII85Decode":
                names, raw = names[1:], base64.a85decode(raw.strip().removesuffix(b"~>"))
            found.append(("".join(names), raw))
        return found


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
@pytest.mark.parametrize("damage", list(DAMAGED_EXIF))
def test_a_jpeg_with_damaged_exif_builds_into_both_the_docx_and_the_pdf(
        tmp_path: Path, damage: str) -> None:
    raw = jpeg_with_app1(DAMAGED_EXIF[damage])
    # The file as the user has it: Pillow opens it, python-docx cannot place it.
    with Image.open(io.BytesIO(raw)) as check:
        check.load()
    with pytest.raises(Exception):  # noqa: B017 - whichever of python-docx's errors
        open_docx().add_picture(io.BytesIO(raw), width=Pt(90))

    scan = tmp_path / "signature.jpg"
    scan.write_bytes(raw)
    package = load_project(sample_path("en"))
    extras = mission_extras(package, SignerProfile(signature_image=str(scan)), tmp_path)
    assert extras.signature is not None
    normalised = extras.signature.data
    assert normalised[:2] == b"\xff\xd8"  # still a JPEG
    assert 0xE1 not in segments(normalised)  # without the EXIF segment

    document = compose(package, Part.LETTER, Layout.MISSION, extras)
    docx = docx_bytes(document)
    pdf, _ = pdf_bytes(document)
    assert docx_pictures(docx) == [normalised]
    # reportlab puts a JPEG into the PDF as it is: the very bytes the DOCX holds.
    assert pdf_images(pdf) == [("/DCTDecode", normalised)]
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        [drawn] = opened.pages[0].images
        assert (drawn["srcsize"]) == (90, 30)
        assert "Byrganym Aitimova" in (opened.pages[0].extract_text() or "")


@pytest.mark.slow
def test_a_jpeg_with_damaged_exif_builds_from_the_command_line_without_noise(
        tmp_path: Path) -> None:
    scan = tmp_path / "signature.jpg"
    scan.write_bytes(jpeg_with_app1(DAMAGED_EXIF["truncated directory"]))
    emblem = tmp_path / "emblem.png"
    emblem.write_bytes(png_bytes((80, 80)))
    project = write_sample(tmp_path, emblem="emblem.png")
    out = tmp_path / "out"
    # A process of its own: Pillow's warning about the EXIF would go to the user's stderr.
    result = subprocess.run(
        [sys.executable, "-m", "cica_desktop", "build", str(project), "--layout", "mission",
         "--signature-image", str(scan), "--out", str(out), "--format", "docx,pdf"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONWARNINGS": ""})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    written = sorted(out.iterdir())
    assert [path.suffix for path in written] == [".docx", ".pdf"]
    pictures = docx_pictures(written[0].read_bytes())
    assert len(pictures) == 2  # the emblem and the signature, in that order
    assert pictures[0].startswith(b"\x89PNG") and pictures[1].startswith(b"\xff\xd8")
    assert len(open_docx(str(written[0])).inline_shapes) == 2
    assert [kind for kind, _ in pdf_images(written[1].read_bytes())] == ["/FlateDecode",
                                                                        "/DCTDecode"]


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_damaged_exif_counts_as_upright_and_good_exif_still_turns_the_scan() -> None:
    upright = image_from_bytes(jpeg_with_app1(DAMAGED_EXIF["truncated directory"]), FIELD)
    assert (upright.pixel_width, upright.pixel_height) == (90, 30)

    landscape = Image.new("RGB", (90, 30), (200, 0, 0))
    exif = landscape.getexif()
    exif[0x0112] = 8  # turned 90° the other way
    out = io.BytesIO()
    landscape.save(out, format="JPEG", exif=exif.tobytes())
    turned = image_from_bytes(out.getvalue(), FIELD)
    assert (turned.pixel_width, turned.pixel_height) == (30, 90)
    assert 0xE1 not in segments(turned.data)  # no EXIF left to turn it a second time


def test_a_transparent_png_keeps_its_alpha_in_both_renderers(tmp_path: Path) -> None:
    emblem = image_from_bytes(png_bytes((80, 80)), FIELD)
    assert emblem.has_transparency
    package = load_project(sample_path("en"))
    document = compose(package, Part.LETTER, Layout.MISSION, MissionExtras(emblem=emblem))
    assert docx_pictures(docx_bytes(document)) == [emblem.data]
    with pikepdf.open(io.BytesIO(pdf_bytes(document)[0])) as pdf:
        [image] = [xobject for xobject in pdf.pages[0].Resources.XObject.values()
                   if xobject.Subtype == pikepdf.Name.Image]
        assert "/SMask" in image  # the alpha channel, drawn as a soft mask


# ------------------------------------------------------------------ colour profiles


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)


#: sRGB's colorants as an ICC profile states them (adapted to D50).
SRGB_RED, SRGB_GREEN, SRGB_BLUE = ((0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971),
                                   (0.1431, 0.0606, 0.7141))


def rgb_profile(red: tuple[float, float, float], green: tuple[float, float, float],
                blue: tuple[float, float, float]) -> bytes:
    """A minimal ICC v2 matrix/TRC RGB display profile with the given colorants."""
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(2.2 * 256)) + b"\0\0"
    tags = [(b"wtpt", _xyz(0.9642, 1.0, 0.8249)), (b"rXYZ", _xyz(*red)),
            (b"gXYZ", _xyz(*green)), (b"bXYZ", _xyz(*blue)), (b"rTRC", curve),
            (b"gTRC", curve), (b"bTRC", curve)]
    start = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, data in tags:
        table += signature + struct.pack(">II", start + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    header = (struct.pack(">I", start + len(body)) + b"\0" * 4 + bytes([2, 0x10, 0, 0])
              + b"mntrRGB XYZ " + b"\0" * 12 + b"acsp" + b"\0" * 28
              + _s15(0.9642) + _s15(1.0) + _s15(0.8249) + b"\0" * 48)
    return header + struct.pack(">I", len(tags)) + table + body


#: A profile whose "red" is sRGB's blue (and the other way round): the colour a pixel
#: means changes entirely, so a profile that is dropped instead of applied shows.
SWAPPED = rgb_profile(SRGB_BLUE, SRGB_GREEN, SRGB_RED)


def reopened(asset: ImageAsset) -> Image.Image:
    image = Image.open(io.BytesIO(asset.data))
    image.load()
    return image


@pytest.mark.parametrize("kind", ["JPEG", "PNG"])
def test_an_embedded_colour_profile_is_applied_then_dropped(kind: str) -> None:
    assert ImageCms.ImageCmsProfile(io.BytesIO(SWAPPED)).profile.xcolor_space == "RGB "
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (255, 0, 0)).save(out, format=kind, icc_profile=SWAPPED)
    back = reopened(image_from_bytes(out.getvalue(), FIELD))
    assert back.format == kind
    assert "icc_profile" not in back.info
    r, g, b = back.convert("RGB").getpixel((10, 10))
    assert r < 25 and g < 25 and b > 230  # what the file means: blue


def test_a_damaged_colour_profile_is_ignored_and_the_pixels_kept() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (20, 20), (255, 0, 0, 128)).save(out, format="PNG",
                                                        icc_profile=b"not a profile" * 20)
    asset = image_from_bytes(out.getvalue(), FIELD)
    back = reopened(asset)
    assert asset.has_transparency
    assert "icc_profile" not in back.info
    assert back.getpixel((10, 10)) == (255, 0, 0, 128)

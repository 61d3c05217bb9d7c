"""User-supplied images (the mission's emblem, a scanned signature): read, checked, normalised.

Every problem is an ImageError that names the field the image came from and says what is
wrong in a user's words, so a bad file never reaches a renderer (or a half-written PDF).

Every accepted image is decoded and encoded again here, once, by Pillow; the renderers (and
python-docx and reportlab, which both parse image headers themselves) only ever see bytes
we wrote, never the user's file.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError

try:  # Pillow's colour management (LittleCMS); present in the wheels on every platform
    from PIL import ImageCms
except ImportError:  # pragma: no cover - a Pillow built without LittleCMS
    ImageCms = None  # type: ignore[assignment]

#: Larger images are refused: a scanned signature or an emblem never needs more.
MAX_PIXELS = 25_000_000
#: Files larger than this are refused; at most this many bytes (and one more) are read.
MAX_BYTES = 20_000_000
#: JPEG quality of the re-encoded photo: one more generation at 95 with full-resolution
#: colour (4:4:4) differs from the user's JPEG by about 50 dB PSNR, invisible in print.
JPEG_QUALITY = 95
#: The EXIF tag that says how a photo is turned.
_ORIENTATION = 0x0112
#: EXIF orientation -> the turn that makes the picture upright (as ImageOps.exif_transpose).
_UPRIGHT = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
            4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
            6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
            8: Image.Transpose.ROTATE_90}

# Pillow reads a JPEG's EXIF while opening it (for its resolution) and warns about damaged
# EXIF from inside its TIFF reader. We throw the EXIF away (see _normalised), so the warning
# would only be noise on the command line. Installed once, at import: changing the filters
# per call (catch_warnings) is not safe in the worker threads that also load images.
warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.TiffImagePlugin")


class ImageError(ValueError):
    """An image that cannot be used; the message starts with the field it came from."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class ImageAsset:
    """A checked image, re-encoded by us: PNG (transparency kept) or JPEG bytes, and its
    size in pixels. The same bytes go to the DOCX and to the PDF."""

    data: bytes
    pixel_width: int
    pixel_height: int
    has_transparency: bool


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.3g} MB"


def _too_large(path: Path, field: str, size: int | None = None) -> ImageError:
    """*size*: what fstat() said, when it said too much; else the bytes read ran over."""
    limit = _megabytes(MAX_BYTES)
    told = f"is {_megabytes(size)}" if size is not None else f"is larger than {limit}"
    return ImageError(field, f"{path.name} {told}; images up to {limit} can be used")


def _not_regular(path: Path, mode: int, field: str) -> ImageError:
    if stat.S_ISDIR(mode):
        return ImageError(field, f"{path} is a folder, not an image")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "not an ordinary file"
    return ImageError(field, f"{path} is {kind}, not a regular file; choose an image file")


#: Opening must never wait: a FIFO swapped in after the check would block os.open itself.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def read_image_file(path: Path, field: str) -> bytes:
    """The bytes of the image file at *path*, at most MAX_BYTES of them.

    Only a regular file is opened: a device (/dev/zero would read forever), a named pipe
    (opening it waits for a writer) or a socket is refused from its stat(), and checked
    again with fstat() on what was actually opened, in case the path changed in between.
    The size is decided by the bytes read, not by stat(): a file may grow while it is read,
    and /proc files report a size of 0.
    """
    try:
        mode = path.stat().st_mode  # follows links: a link to /dev/zero is a device
        if not stat.S_ISREG(mode):
            raise _not_regular(path, mode, field)
        fd = os.open(path, _OPEN_FLAGS)
        with open(fd, "rb", closefd=True) as file:
            opened = os.fstat(file.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise _not_regular(path, opened.st_mode, field)
            if opened.st_size > MAX_BYTES:
                raise _too_large(path, field, opened.st_size)
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ImageError(field, f"{path} does not exist") from None
    except IsADirectoryError:
        raise ImageError(field, f"{path} is a folder, not an image") from None
    except OSError as exc:
        raise ImageError(field, f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise _too_large(path, field)
    return data


def load_image(path: Path, field: str) -> ImageAsset:
    """Read, check and normalise the PNG or JPEG at *path*; *field* names it in any error."""
    return image_from_bytes(read_image_file(path, field), field, path.name)


#: How many normalised images are kept, by the digest of the bytes they came from: the
#: preview reads the same scans again after every change (25 signatories, an emblem).
_CACHED = 48
_cache: OrderedDict[bytes, ImageAsset] = OrderedDict()
_cache_lock = threading.Lock()


def image_from_bytes(data: bytes, field: str, name: str = "the image") -> ImageAsset:
    """Check *data* (PNG or JPEG) and return it normalised for both renderers.

    Runs in worker threads too, so it leaves the process-wide warning filters alone: the
    pixel count is checked against our limit (and Pillow's) before anything is decoded.
    The same bytes give the same image without decoding them again (the last images
    accepted are kept); what is refused is checked again each time, so its message names
    the field it came from.
    """
    if len(data) > MAX_BYTES:
        raise ImageError(field, f"{name} is {_megabytes(len(data))}; images up to "
                                f"{_megabytes(MAX_BYTES)} can be used")
    key = hashlib.sha256(data).digest()
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    asset = _checked(data, field, name)
    with _cache_lock:
        _cache[key] = asset
        while len(_cache) > _CACHED:
            _cache.popitem(last=False)
    return asset


def _checked(data: bytes, field: str, name: str) -> ImageAsset:
    if len(data) > MAX_BYTES:
        raise ImageError(field, f"{name} is {_megabytes(len(data))}; images up to "
                                f"{_megabytes(MAX_BYTES)} can be used")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format
            limit = min(MAX_PIXELS, Image.MAX_IMAGE_PIXELS or MAX_PIXELS)
            if probe.width * probe.height > limit:
                raise ImageError(field, f"{name} is {probe.width}×{probe.height} pixels; "
                                        "scan it at a lower resolution")
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            return _normalised(image, kind, field, name)
    except ImageError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ImageError(field, f"{name} has too many pixels; scan it at a lower "
                                "resolution") from None
    except UnidentifiedImageError:
        raise ImageError(field, f"{name} is not a PNG or JPEG image") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageError(field, f"{name} is damaged and cannot be read ({exc})") from None


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation (1 to 8); EXIF too damaged to read counts as upright."""
    try:
        value = image.getexif().get(_ORIENTATION, 1)
    except Exception:  # Pillow's TIFF reader fails in many ways on broken EXIF
        return 1
    return value if isinstance(value, int) and value in _UPRIGHT else 1


@cache
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _in_srgb(image: Image.Image, icc: object) -> Image.Image:
    """*image* with its colours converted from the ICC profile *icc* to sRGB.

    The profile is not carried over (reportlab would ignore it, Word would honour it, so the
    PDF and the DOCX would differ); converting keeps an Adobe RGB or CMYK scan's colours.
    A profile that cannot be read, or does not fit the image, is ignored: the pixels are
    taken as sRGB, as every program does with an image that has no profile.
    """
    spaces = {"RGB": "RGB", "RGBA": "RGB", "CMYK": "CMYK"}
    if not isinstance(icc, bytes) or not icc or ImageCms is None \
            or image.mode not in spaces:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if source.profile.xcolor_space.strip() != spaces[image.mode]:
            return image
        output = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(image, source, _srgb(), outputMode=output)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image
    return converted if converted is not None else image


def _normalised(image: Image.Image, kind: str | None, field: str,
                name: str) -> ImageAsset:
    """The image decoded and written again by Pillow: the one form both renderers get.

    A PNG stays a PNG (lossless, transparency kept as an 8-bit alpha channel); a JPEG stays
    a JPEG, re-encoded at JPEG_QUALITY with full-resolution colour. Turning every photo
    into a PNG would avoid that one generation of loss, but a scanned signature or a
    photographed emblem is grain and paper texture that PNG compresses badly: about three
    times the bytes (a 2000×800 scan: 0.78 MB as JPEG, 2.1 MB as PNG), in every DOCX and
    PDF the mission e-mails (reportlab stores a JPEG as it is, a PNG's pixels deflated).
    Either way nothing of the user's file survives but its pixels: no EXIF, no ICC
    profile (colours are converted to sRGB first), no comments, no extra frames.
    python-docx and reportlab each parse a JPEG's header segments themselves, and a
    damaged EXIF segment that Pillow shrugs off made python-docx raise.
    """
    if kind == "MPO":  # a camera's JPEG with extra frames: its first frame is the photo
        image.seek(0)
        kind = "JPEG"
    if kind not in ("PNG", "JPEG"):
        raise ImageError(field, f"{name} is a {kind or 'unknown'} image; use PNG or JPEG")
    if image.width < 1 or image.height < 1:
        raise ImageError(field, f"{name} has no pixels")
    # A phone's scan may be stored sideways with an EXIF "rotate" mark: turn it upright.
    turn = _UPRIGHT.get(_orientation(image))
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit grey: scale to 8 bits first; convert() alone would clip it to white.
        image = image.point(lambda value: value * (1 / 257)).convert("L")
    icc = image.info.get("icc_profile")
    out = io.BytesIO()
    if kind == "JPEG":
        # Grey stays grey (a third of the bytes); CMYK becomes RGB, through its profile
        # when it has one.
        converted = _in_srgb(image, icc)
        converted = converted.convert("L" if converted.mode == "L" else "RGB")
        if turn is not None:
            converted = converted.transpose(turn)
        converted.info = {}  # Pillow would write a comment or a profile found there
        converted.save(out, format="JPEG", quality=JPEG_QUALITY, subsampling=0,
                       optimize=True)
        return ImageAsset(out.getvalue(), converted.width, converted.height, False)
    # Palette, grey, grey-alpha and 16-bit PNGs become 8-bit RGB(A), which reportlab and
    # Word draw alike; transparency (alpha or tRNS) becomes an alpha channel.
    transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    converted = _in_srgb(image.convert("RGBA" if transparent else "RGB"), icc)
    if transparent and converted.getchannel("A").getextrema() == (255, 255):
        converted, transparent = converted.convert("RGB"), False
    if turn is not None:
        converted = converted.transpose(turn)
    converted.info = {}
    converted.save(out, format="PNG", optimize=False)
    return ImageAsset(out.getvalue(), converted.width, converted.height, transparent)

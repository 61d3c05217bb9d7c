"""User-supplied images (the mission's emblem, a scanned signature): read, checked, normalised.

Every problem is an ImageError that names the field the image came from and says what is
wrong in a user's words, so a bad file never reaches a renderer (or a half-written PDF).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

#: Larger images are refused: a scanned signature or an emblem never needs more.
MAX_PIXELS = 25_000_000
#: Files larger than this are refused before they are decoded.
MAX_BYTES = 20_000_000
#: The EXIF tag that says how a photo is turned.
_ORIENTATION = 0x0112


class ImageError(ValueError):
    """An image that cannot be used; the message starts with the field it came from."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class ImageAsset:
    """A checked image: PNG (transparency kept) or JPEG bytes and its size in pixels."""

    data: bytes
    pixel_width: int
    pixel_height: int
    has_transparency: bool


def load_image(path: Path, field: str) -> ImageAsset:
    """Read and check the PNG or JPEG at *path*; *field* names it in any error."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImageError(field, f"{path.name} is {size / 1e6:.0f} MB; images up to "
                                    f"{MAX_BYTES // 1_000_000} MB can be used")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImageError(field, f"{path} does not exist") from None
    except IsADirectoryError:
        raise ImageError(field, f"{path} is a folder, not an image") from None
    except OSError as exc:
        raise ImageError(field, f"cannot read {path}: {exc.strerror or exc}") from None
    return image_from_bytes(data, field, path.name)


def image_from_bytes(data: bytes, field: str, name: str = "the image") -> ImageAsset:
    """Check *data* (PNG or JPEG) and return it ready for both renderers.

    Runs in worker threads too, so it leaves the process-wide warning filters alone: the
    pixel count is checked against our limit (and Pillow's) before anything is decoded.
    """
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
            return _normalised(image, kind, data, field, name)
    except ImageError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ImageError(field, f"{name} has too many pixels; scan it at a lower "
                                "resolution") from None
    except UnidentifiedImageError:
        raise ImageError(field, f"{name} is not a PNG or JPEG image") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageError(field, f"{name} is damaged and cannot be read ({exc})") from None


def _normalised(image: Image.Image, kind: str | None, data: bytes, field: str,
                name: str) -> ImageAsset:
    if kind == "MPO":  # a camera's JPEG with extra frames: its first frame is the photo
        image.seek(0)
        kind = "JPEG"
    if kind not in ("PNG", "JPEG"):
        raise ImageError(field, f"{name} is a {kind or 'unknown'} image; use PNG or JPEG")
    if image.width < 1 or image.height < 1:
        raise ImageError(field, f"{name} has no pixels")
    # A phone's scan may be stored sideways with an EXIF "rotate" mark: turn it upright.
    turned = image.getexif().get(_ORIENTATION, 1) not in (0, 1)
    if kind == "JPEG" and image.mode in ("RGB", "L") and not turned \
            and getattr(image, "n_frames", 1) == 1:
        return ImageAsset(data, image.width, image.height, False)
    if turned:
        image = ImageOps.exif_transpose(image)
    # Palette, grey-alpha, 16-bit and CMYK images become 8-bit RGB(A) PNG, which both
    # reportlab and Word draw alike; transparency (alpha or tRNS) becomes an alpha channel.
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit grey: scale to 8 bits first; convert() alone would clip it to white.
        image = image.point(lambda value: value * (1 / 257)).convert("L")
    transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    converted = image.convert("RGBA" if transparent else "RGB")
    if transparent and converted.getchannel("A").getextrema() == (255, 255):
        converted, transparent = converted.convert("RGB"), False
    out = io.BytesIO()
    converted.save(out, format="PNG", optimize=False)
    return ImageAsset(out.getvalue(), converted.width, converted.height, transparent)

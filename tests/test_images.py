"""The user's images (emblem, scanned signature): PNG and JPEG are taken, transparency kept,
odd PNG modes normalised to 8-bit RGB(A); anything else is refused with an error that
names the field and says what is wrong. Images are made with Pillow in each test and the
result is reopened from its bytes, as a renderer would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from cica_desktop import images
from cica_desktop.images import ImageAsset, ImageError, image_from_bytes, load_image

FIELD = "signer profile › signature image"


def encoded(image: Image.Image, kind: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=kind, **options)
    return out.getvalue()


def reopened(asset: ImageAsset) -> Image.Image:
    image = Image.open(io.BytesIO(asset.data))
    image.load()
    return image


def signature_scan() -> Image.Image:
    """Ink on a transparent background, as a signature is scanned and cut out."""
    image = Image.new("RGBA", (120, 40), (255, 255, 255, 0))
    for x in range(10, 110):
        image.putpixel((x, 20 + (x % 7)), (10, 20, 120, 255))
    return image


# ------------------------------------------------------------------------------ accepted


def test_a_png_with_alpha_keeps_its_transparency() -> None:
    asset = image_from_bytes(encoded(signature_scan(), "PNG"), FIELD)
    assert asset.has_transparency
    assert (asset.pixel_width, asset.pixel_height) == (120, 40)
    back = reopened(asset)
    assert back.format == "PNG"
    assert back.mode == "RGBA"
    assert back.getchannel("A").getextrema() == (0, 255)
    assert back.getpixel((0, 0))[3] == 0  # the background stays see-through
    assert back.getpixel((50, 20 + 50 % 7)) == (10, 20, 120, 255)  # the ink is unchanged


def test_a_palette_png_with_a_transparent_colour_becomes_rgba() -> None:
    palette = Image.new("P", (16, 16), 0)
    palette.putpalette([255, 255, 255, 0, 0, 128] + [0, 0, 0] * 254)
    palette.putpixel((8, 8), 1)
    data = encoded(palette, "PNG", transparency=0)  # written as a tRNS chunk
    assert Image.open(io.BytesIO(data)).mode == "P"

    asset = image_from_bytes(data, FIELD)
    assert asset.has_transparency
    back = reopened(asset)
    assert back.format == "PNG"
    assert back.mode == "RGBA"
    assert back.getpixel((0, 0))[3] == 0
    assert back.getpixel((8, 8)) == (0, 0, 128, 255)


def test_a_palette_png_without_transparency_becomes_rgb() -> None:
    palette = Image.new("P", (16, 16), 0)
    palette.putpalette([200, 10, 10] + [0, 0, 0] * 255)
    asset = image_from_bytes(encoded(palette, "PNG"), FIELD)
    assert not asset.has_transparency
    back = reopened(asset)
    assert back.mode == "RGB"
    assert back.getpixel((3, 3)) == (200, 10, 10)


def test_a_grey_png_with_alpha_becomes_rgba() -> None:
    asset = image_from_bytes(encoded(Image.new("LA", (8, 8), (40, 100)), "PNG"), FIELD)
    assert asset.has_transparency
    back = reopened(asset)
    assert back.mode == "RGBA"
    assert back.getpixel((0, 0)) == (40, 40, 40, 100)


def test_a_fully_opaque_rgba_png_becomes_rgb() -> None:
    opaque = Image.new("RGBA", (10, 6), (1, 2, 3, 255))
    asset = image_from_bytes(encoded(opaque, "PNG"), FIELD)
    assert not asset.has_transparency
    back = reopened(asset)
    assert back.format == "PNG"
    assert back.mode == "RGB"
    assert back.getpixel((0, 0)) == (1, 2, 3)


@pytest.mark.parametrize("mode", ["RGB", "L"])
def test_an_rgb_or_grey_jpeg_stays_a_jpeg_of_the_same_colour(mode: str) -> None:
    colour = (180, 40, 40) if mode == "RGB" else 128
    data = encoded(Image.new(mode, (32, 24), colour), "JPEG", quality=90,
                   comment=b"scanned at the mission")
    asset = image_from_bytes(data, FIELD)
    # Re-encoded by us (every image is), not the user's bytes passed on.
    assert asset.data != data
    assert (asset.pixel_width, asset.pixel_height) == (32, 24)
    assert not asset.has_transparency
    back = reopened(asset)
    assert back.format == "JPEG"
    assert back.mode == mode
    assert "comment" not in back.info
    pixel = back.getpixel((16, 12))
    if mode == "RGB":
        assert all(abs(a - b) <= 3 for a, b in zip(pixel, colour, strict=True)), pixel
    else:
        assert abs(pixel - colour) <= 2, pixel


def test_a_cmyk_jpeg_becomes_an_rgb_jpeg_of_the_same_colour() -> None:
    red = Image.new("CMYK", (24, 24), (0, 255, 255, 0))
    data = encoded(red, "JPEG", quality=95)
    assert Image.open(io.BytesIO(data)).mode == "CMYK"

    asset = image_from_bytes(data, FIELD)
    assert not asset.has_transparency
    back = reopened(asset)
    assert back.format == "JPEG"
    assert back.mode == "RGB"
    r, g, b = back.getpixel((12, 12))
    assert r > 230 and g < 25 and b < 25


def test_a_file_is_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "signature.png"
    path.write_bytes(encoded(signature_scan(), "PNG"))
    asset = load_image(path, FIELD)
    assert asset.has_transparency
    assert (asset.pixel_width, asset.pixel_height) == (120, 40)


def test_a_16_bit_grey_png_keeps_its_tones() -> None:
    deep = Image.new("I;16", (8, 8), 65535)  # white paper
    deep.putpixel((4, 4), 2570)  # dark ink (10 × 257)
    deep.putpixel((5, 5), 32896)  # mid grey (128 × 257)
    data = encoded(deep, "PNG")
    assert Image.open(io.BytesIO(data)).mode == "I;16"

    back = reopened(image_from_bytes(data, FIELD))
    assert back.mode in ("RGB", "L")
    grey = back.convert("L")
    assert grey.getpixel((0, 0)) == 255
    assert abs(grey.getpixel((4, 4)) - 10) <= 1  # today: 255, the ink is lost
    assert abs(grey.getpixel((5, 5)) - 128) <= 1


# ------------------------------------------------------------------------------ refused


def refusal(call: object, *args: object) -> str:
    with pytest.raises(ImageError) as caught:
        call(*args)  # type: ignore[operator]
    message = str(caught.value)
    assert message.startswith(f"{FIELD}: "), message
    assert caught.value.field == FIELD
    return message


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    message = refusal(load_image, tmp_path / "nowhere.png", FIELD)
    assert "nowhere.png does not exist" in message


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "scans.png"
    folder.mkdir()
    message = refusal(load_image, folder, FIELD)
    assert "is a folder, not an image" in message


def test_a_gif_is_refused_as_not_png_or_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "signature.gif"
    path.write_bytes(encoded(Image.new("P", (10, 10)), "GIF"))
    message = refusal(load_image, path, FIELD)
    assert "signature.gif is a GIF image; use PNG or JPEG" in message


def test_a_bmp_is_refused_as_not_png_or_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "signature.bmp"
    path.write_bytes(encoded(Image.new("RGB", (10, 10)), "BMP"))
    message = refusal(load_image, path, FIELD)
    assert "is a BMP image; use PNG or JPEG" in message


def test_a_text_file_named_png_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "signature.png"
    path.write_text("This is not a picture of anything.\n", encoding="utf-8")
    message = refusal(load_image, path, FIELD)
    assert "signature.png is not a PNG or JPEG image" in message


def test_a_truncated_png_is_refused_as_damaged(tmp_path: Path) -> None:
    noise = Image.effect_noise((160, 160), 60).convert("RGB")  # does not compress away
    whole = encoded(noise, "PNG")
    path = tmp_path / "signature.png"
    path.write_bytes(whole[: len(whole) // 2])
    message = refusal(load_image, path, FIELD)
    assert "signature.png is damaged and cannot be read" in message


def test_an_image_with_too_many_pixels_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_PIXELS", 100 * 50)
    assert image_from_bytes(encoded(Image.new("RGB", (100, 50)), "PNG"), FIELD)
    message = refusal(image_from_bytes, encoded(Image.new("RGB", (101, 50)), "PNG"), FIELD,
                      "huge.png")
    assert "huge.png is 101×50 pixels; scan it at a lower resolution" in message


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_BYTES", 1_000)
    path = tmp_path / "signature.png"
    path.write_bytes(encoded(Image.effect_noise((64, 64), 60).convert("RGB"), "PNG"))
    message = refusal(load_image, path, FIELD)
    assert "signature.png is" in message and "MB" in message


def test_an_image_over_pillows_own_pixel_limit_is_refused_for_its_size(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Pillow warns above MAX_IMAGE_PIXELS (89 million by default) and refuses above twice
    # that; both must read as "too many pixels", not as a wrong file type.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000)
    for side in (40, 60):  # 1,600 pixels: the warning; 3,600: the error
        message = refusal(image_from_bytes, encoded(Image.new("RGB", (side, side)), "PNG"),
                          FIELD, "huge.png")
        assert "pixels" in message and "lower resolution" in message


def test_a_jpeg_marked_as_turned_is_turned_upright() -> None:
    # A phone stores a portrait scan as a landscape JPEG plus "rotate 90°" (orientation 6).
    landscape = Image.new("RGB", (300, 100), (200, 0, 0))
    exif = landscape.getexif()
    exif[0x0112] = 6
    asset = image_from_bytes(encoded(landscape, "JPEG", exif=exif.tobytes()), FIELD)
    assert (asset.pixel_width, asset.pixel_height) == (100, 300)
    assert reopened(asset).size == (100, 300)


def test_a_camera_mpo_jpeg_is_accepted_as_a_jpeg() -> None:
    asset = image_from_bytes(encoded(Image.new("RGB", (40, 20), (0, 0, 200)), "MPO"), FIELD)
    assert (asset.pixel_width, asset.pixel_height) == (40, 20)
    assert reopened(asset).convert("RGB").getpixel((5, 5))[2] > 150

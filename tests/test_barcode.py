"""Code 39 of the job number, checked against reportlab's independent encoder."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.graphics.barcode.code39 import _patterns as reportlab_patterns

from cica_desktop.render.barcode import code39_bars, code39_elements, code39_png


@pytest.mark.parametrize("char", sorted(c for c in reportlab_patterns if len(c) == 1))
def test_every_character_matches_reportlab(char: str) -> None:
    pattern = reportlab_patterns[char][0]  # b/s narrow, B/S wide, bar first
    expected = [(c in "bB", 3.0 if c.isupper() else 1.0) for c in pattern]
    ours = code39_elements(char if char != "*" else "")[10:19] if char != "*" else \
        code39_elements("")[:9]
    assert ours == expected


def test_job_number_is_framed_by_start_and_stop() -> None:
    elements = code39_elements("0753140")
    assert len(elements) == 9 * 9 + 8  # 7 digits + two *, one gap between characters
    assert code39_bars("0753140", 1.0)[0] == (0.0, 1.0)


def test_unencodable_text_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot encode"):
        code39_elements("07_53140")


def test_png_is_black_bars_on_white() -> None:
    image = Image.open(io.BytesIO(code39_png("0753140")))
    assert image.mode == "1"
    row = [image.getpixel((x, 5)) for x in range(image.width)]
    assert row[0] == 0 and 255 in row

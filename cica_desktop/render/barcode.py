"""Code 39, the barcode of the job number on a UN document's first page.

One encoder for both renderers: the PDF draws the bars as rectangles, the DOCX gets a PNG.
"""

from __future__ import annotations

from io import BytesIO

# Nine elements per character, bar first, alternating bar/space; "1" is wide.
_PATTERNS = {
    "0": "000110100", "1": "100100001", "2": "001100001", "3": "101100000",
    "4": "000110001", "5": "100110000", "6": "001110000", "7": "000100101",
    "8": "100100100", "9": "001100100", "A": "100001001", "B": "001001001",
    "C": "101001000", "D": "000011001", "E": "100011000", "F": "001011000",
    "G": "000001101", "H": "100001100", "I": "001001100", "J": "000011100",
    "K": "100000011", "L": "001000011", "M": "101000010", "N": "000010011",
    "O": "100010010", "P": "001010010", "Q": "000000111", "R": "100000110",
    "S": "001000110", "T": "000010110", "U": "110000001", "V": "011000001",
    "W": "111000000", "X": "010010001", "Y": "110010000", "Z": "011010000",
    "-": "010000101", ".": "110000100", " ": "011000100", "$": "010101000",
    "/": "010100010", "+": "010001010", "%": "000101010", "*": "010010100",
}

WIDE_RATIO = 3.0


def code39_elements(payload: str) -> list[tuple[bool, float]]:
    """(is_bar, width in narrow units) for *payload* framed by the * start/stop characters."""
    payload = payload.upper()
    unknown = sorted({c for c in payload if c not in _PATTERNS or c == "*"})
    if unknown:
        raise ValueError(f"Code 39 cannot encode {''.join(unknown)!r}")
    elements: list[tuple[bool, float]] = []
    for index, char in enumerate(f"*{payload}*"):
        if index:
            elements.append((False, 1.0))  # inter-character gap
        for position, wide in enumerate(_PATTERNS[char]):
            elements.append((position % 2 == 0, WIDE_RATIO if wide == "1" else 1.0))
    return elements


def code39_bars(payload: str, narrow: float) -> list[tuple[float, float]]:
    """(x offset, width) of every bar, in the unit of *narrow*."""
    bars: list[tuple[float, float]] = []
    x = 0.0
    for is_bar, units in code39_elements(payload):
        width = units * narrow
        if is_bar:
            bars.append((x, width))
        x += width
    return bars


def code39_width(payload: str, narrow: float) -> float:
    return sum(units for _, units in code39_elements(payload)) * narrow


def code39_png(payload: str, narrow_px: int = 2, height_px: int = 30) -> bytes:
    """The barcode as a black-on-white PNG (for the DOCX first-page footer)."""
    from PIL import Image, ImageDraw

    width = int(code39_width(payload, narrow_px))
    image = Image.new("1", (width, height_px), 1)
    draw = ImageDraw.Draw(image)
    for x, bar_width in code39_bars(payload, narrow_px):
        draw.rectangle([int(x), 0, int(x + bar_width) - 1, height_px - 1], fill=0)
    out = BytesIO()
    image.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()

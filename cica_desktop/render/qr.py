"""The QR code UN documents carry on page 1: the document's address on the UN's documents
site, from its language and symbol ("https://docs.un.org/en/A/C.6/80/L.2").

compose gives the address (RunningHeads.qr_url). One encoder (reportlab's) for both
renderers: the PDF draws the dark modules as rectangles, the DOCX gets a PNG. Measured on
A/C.6/80/L.2 (docs/FORMAT.md): a version-3 code (29 modules) without a quiet zone, 54.7 pt
square, its right edge 0.3 pt right of the text block and its bottom 28 pt above the page's
bottom edge.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

#: The side of the printed code, pt [M] A/C.6/80/L.2 (x 498.1 … 552.8).
QR_SIZE = 54.7
#: Its right edge past the text block's right edge, pt [M] (552.8 against the rules' 552.5).
QR_RIGHT_PAST_MARGIN = 0.3
#: Its bottom above the page's bottom edge, pt [M] (792 − 764.0).
QR_FROM_BOTTOM = 28.0

def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, row by row (True: dark); error correction level M."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    return [[bool(code.isDark(row, col)) for col in range(count)] for row in range(count)]


def qr_png(text: str, module_px: int = 8) -> bytes:
    """The code as a black-on-white PNG without a quiet zone (for the DOCX footer)."""
    from PIL import Image, ImageDraw

    matrix = qr_matrix(text)
    side = len(matrix) * module_px
    image = Image.new("1", (side, side), 1)
    draw = ImageDraw.Draw(image)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                draw.rectangle([col * module_px, row * module_px,
                                (col + 1) * module_px - 1, (row + 1) * module_px - 1], fill=0)
    out = BytesIO()
    image.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()

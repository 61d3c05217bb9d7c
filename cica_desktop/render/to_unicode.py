"""The /ToUnicode CMaps of our font subsets: what text extraction, search and copy read
for each glyph drawn. The Arabic presentation forms (the shaped letters render/rtl.py
draws) read as their letters. Used by the subsets our fonts write
(render/font_metrics.py)."""

from __future__ import annotations

import re
import unicodedata

from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def letters_of(form: str) -> str:
    """The letters a presentation form shows, in the order a reader that reorders the
    drawn (display-order) glyphs expects them: a ligature's letters right to left."""
    letters = unicodedata.normalize("NFKC", form)
    if not letters.strip() or letters != letters.strip():
        return form  # a mark's spacing form (" ً"): no letters to give
    return letters[::-1] if len(letters) > 1 else letters


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """reportlab's /ToUnicode CMap of one font subset, but a presentation form (the shaped
    letters render/rtl.py draws) maps to its letters, so search and copy give "الجمعية"
    and not its joined forms; the printed page is unchanged. reportlab's own
    (`reportlab.pdfbase.ttfonts.makeToUnicodeCMap`) can only map a glyph to the one
    character it was asked to draw."""
    if not _PRESENTATION_FORM.search("".join(map(chr, subset))):
        return str(makeToUnicodeCMap(font_name, subset))
    entries = []
    for code, char in enumerate(subset):
        letters = chr(char)
        if _PRESENTATION_FORM.match(letters):
            letters = letters_of(letters)
        entries.append(f"<{code:02X}> <{letters.encode('utf-16-be').hex().upper()}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({font_name})", f"/Ordering ({font_name})",
        "/Supplement 0", ">> def", f"/CMapName /{font_name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])

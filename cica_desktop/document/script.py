"""Which script a text is written in: the one classification compose and the renderers share.

compose uses it to mark the left-to-right paragraphs of a right-to-left document; the
renderers to pick a font for each piece of text (PDF) and to tag runs (DOCX).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Script(StrEnum):
    """The scripts the style spec names fonts for ([fonts] in styles.toml)."""

    LATIN = "latin"  # Latin, Cyrillic, Greek: the text face
    CJK = "cjk"  # Chinese (and other East Asian text): the Song face, Hei for bold
    ARABIC = "arabic"


#: Code point ranges set in the East Asian and in the Arabic font.
CJK_RANGES = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
              (0xFF00, 0xFFEF), (0x20000, 0x3FFFF))
ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF))


def _character_class(ranges: tuple[tuple[int, int], ...], negated: bool = False) -> str:
    return (("[^" if negated else "[") + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges)
            + "]")


CJK_CHARACTER = re.compile(_character_class(CJK_RANGES))
ARABIC_CHARACTER = re.compile(_character_class(ARABIC_RANGES))
#: Letters written right to left: Hebrew, Arabic, Syriac, Thaana, NKo… and their
#: presentation forms.
RIGHT_TO_LEFT_CHARACTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def script_of(char: str) -> Script | None:
    """The script of a strong character; None for neutral ones (digits, spaces, marks)."""
    code = ord(char)
    if any(lo <= code <= hi for lo, hi in CJK_RANGES):
        return Script.CJK
    if any(lo <= code <= hi for lo, hi in ARABIC_RANGES):
        return Script.ARABIC
    category = unicodedata.category(char)
    if category.startswith("L") or category.startswith("M"):
        return Script.LATIN
    return None


def split_by_script(text: str, default: str) -> list[tuple[str, str]]:
    """Split text into (script, piece).

    Neutral characters (digits, spaces, punctuation) join the script before them; leading
    ones join the first strong character, so "4 October 2007" is Latin and "2007年" Chinese
    in any document. Text with no strong character at all takes *default*.

    Runs of Chinese and of Arabic characters are found by one regular expression; only the
    characters between them are looked at one by one, and only until the first letter
    (what follows it is Latin). The per-character rule is `script_of`; the tests hold the
    two to the same result.
    """
    if text.isascii():  # the common case, without a per-character look-up
        if not text:
            return []
        return [(Script.LATIN if any(c.isalpha() for c in text) else default, text)]
    pieces: list[tuple[str, str]] = []
    pending = ""  # neutral characters before the first strong one
    for match in _SCRIPT_RUNS.finditer(text):
        run = match.group()
        script: str
        if match.lastindex == 1:
            script = Script.CJK
        elif match.lastindex == 2:
            script = Script.ARABIC
        else:
            strong = next((i for i, c in enumerate(run) if _is_strong_other(c)), None)
            if strong is None:  # neutral: it joins the script before it
                if pieces:
                    pieces[-1] = (pieces[-1][0], pieces[-1][1] + run)
                else:
                    pending += run
                continue
            if strong:
                if pieces:
                    pieces[-1] = (pieces[-1][0], pieces[-1][1] + run[:strong])
                else:
                    pending += run[:strong]
                run = run[strong:]
            script = Script.LATIN
        if pieces and pieces[-1][0] == script:
            pieces[-1] = (script, pieces[-1][1] + run)
        else:
            pieces.append((script, pending + run if not pieces else run))
    if pending and not pieces:
        return [(default, pending)]
    return pieces


#: A run of Chinese characters (group 1), of Arabic ones (group 2), or of others (group 3).
_SCRIPT_RUNS = re.compile(
    f"({_character_class(CJK_RANGES)}+)|({_character_class(ARABIC_RANGES)}+)"
    f"|({_character_class(CJK_RANGES + ARABIC_RANGES, negated=True)}+)")


def _is_strong_other(char: str) -> bool:
    """A letter or mark outside the Chinese and Arabic ranges: Latin (script_of)."""
    return char.isalpha() or unicodedata.category(char)[0] in "LM"


def left_to_right_only(text: str) -> bool:
    """Text with letters but none written right to left (an address in Latin letters).

    In a right-to-left document such a paragraph is laid out left to right, as the Unicode
    bidi algorithm's first-strong rule would: with a right-to-left base, "3 Dag
    Hammarskjold Plaza" would print its house number at the end of the line.
    """
    return any(c.isalpha() for c in text) and not RIGHT_TO_LEFT_CHARACTER.search(text)

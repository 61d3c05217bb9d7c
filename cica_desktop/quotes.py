"""Typographic quotation marks and apostrophes as each language writes them.

Straight quotes (" and ') typed on a keyboard become the marks of the document's language:
English “…” ‘…’ and ’; French « … » with narrow no-break spaces inside, and ’; Spanish
and Russian «…» (and “…”/„…“ inside); Chinese “…” ‘…’; Arabic «…». Whether a straight
quote opens or closes is read from what stands before it, as word processors do. The
sources of each language's marks are in docs/FORMAT.md (§ quotation marks).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

NARROW_NBSP = "\u202f"

#: The fields whose quotes are typographic: prose and the names of States and
#: organizations (Côte d’Ivoire). People's names, addresses, symbols, references and file
#: paths keep the quote typed (O'Brien). Typing, Edit ▸ Fix quotes and the straight-quotes
#: finding all follow this one rule.
TYPOGRAPHIC_KEYS = frozenset({
    "text", "item_title", "parent_item", "running_title", "title", "heading", "organ_line",
    "lead", "verb", "titles", "committee", "place", "header", "rows", "state",
    "requesting_states", "sponsors", "mission",
})


def typographic_field(path: str | tuple[str | int, ...]) -> bool:
    """Whether the field at model *path* ("letter.blocks[0].text", or its parts) is prose
    whose quotes are typographic: its last named key is one of TYPOGRAPHIC_KEYS."""
    if isinstance(path, str):
        keys = [part for part in re.split(r"[.\[\]]", path) if part and not part.isdigit()]
    else:
        keys = [part for part in path if isinstance(part, str)]
    return bool(keys) and keys[-1] in TYPOGRAPHIC_KEYS


@dataclass(frozen=True)
class QuoteMarks:
    double_open: str
    double_close: str
    single_open: str
    single_close: str
    apostrophe: str = "’"
    #: Put inside the marks (French: a narrow no-break space).
    inner_space: str = ""


MARKS: dict[str, QuoteMarks] = {
    "en": QuoteMarks("“", "”", "‘", "’"),
    "fr": QuoteMarks("«", "»", "“", "”", inner_space=NARROW_NBSP),
    "es": QuoteMarks("«", "»", "“", "”"),
    "ru": QuoteMarks("«", "»", "„", "“"),
    "zh": QuoteMarks("“", "”", "‘", "’"),
    "ar": QuoteMarks("«", "»", "“", "”"),
}

#: Characters after which a quote opens (beginning of text, spaces, opening brackets, dashes).
_OPENERS = set(" \t\n\u00a0\u202f([{«“‘„—–-/")


def _opens(before: str) -> bool:
    return before == "" or before in _OPENERS or unicodedata.category(before) in ("Zs", "Ps")


def _unspaced(char: str) -> bool:
    """A character of a script written without spaces between words (Chinese)."""
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or \
        "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef"


def _is_letter_or_digit(char: str) -> bool:
    return bool(char) and unicodedata.category(char)[0] in "LN"


def typographic(text: str, language: str) -> str:
    """*text* with its straight quotes and apostrophes as *language* writes them; text
    without straight quotes comes back unchanged."""
    if '"' not in text and "'" not in text:
        return text
    marks = MARKS.get(language, MARKS["en"])
    out: list[str] = []
    open_doubles = 0  # opened and not yet closed: Chinese has no spaces to tell by
    for index, char in enumerate(text):
        before = out[-1][-1] if out and out[-1] else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if char == '"':
            opening = _opens(before) or (_unspaced(before) and open_doubles == 0)
            open_doubles += 1 if opening else -1 if open_doubles else 0
            if opening:
                out.append(marks.double_open + marks.inner_space)
            else:
                out.append(marks.inner_space + marks.double_close
                           if marks.inner_space and before != " " else marks.double_close)
        elif char == "'":
            if _is_letter_or_digit(before) and (_is_letter_or_digit(after) or after == ""
                                                 or not _opens(before)):
                # l'Assemblée, Member States' rights, the 1990's
                # At the end (what is being typed) a letter's quote is an apostrophe.
                out.append(marks.apostrophe if _is_letter_or_digit(after) or not after
                           else marks.single_close)
            elif _opens(before):
                # '90s is an apostrophe; 'word is an opening single quote
                out.append(marks.apostrophe if after.isdigit() else marks.single_open)
            else:
                out.append(marks.single_close)
        else:
            out.append(char)
    return "".join(out)


def has_straight_quotes(text: str) -> bool:
    return '"' in text or "'" in text


__all__ = ["MARKS", "TYPOGRAPHIC_KEYS", "QuoteMarks", "has_straight_quotes", "typographic",
           "typographic_field"]

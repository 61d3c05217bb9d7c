"""The words of a text that spell checking looks at, with their places in the text.

A word is a run of letters (with the combining marks Arabic vowel signs and accents are
written with), joined by inner apostrophes and hyphens ("l’Assemblée", "Confidence-Building",
"военно-политический"). What is not looked at:

- anything in a whitespace-separated piece with a slash, an at sign, a backslash or "://"
  in it: document symbols (A/62/232, A/RES/61/1), addresses, e-mail;
- letters glued to digits ("47th", "2nd");
- single letters ("a" of "(a)") and acronyms: two capitals or more ("CICA", "UNESCO",
  "NGOs");
- words in another script than the language's: Latin words in an Arabic or Russian text,
  Chinese anywhere (a word's script is that of its first letter).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache


class Alphabet(StrEnum):
    LATIN = "latin"
    CYRILLIC = "cyrillic"
    ARABIC = "arabic"


#: The script each checked language is written in.
ALPHABETS: dict[str, Alphabet] = {
    "en": Alphabet.LATIN, "fr": Alphabet.LATIN, "es": Alphabet.LATIN,
    "ru": Alphabet.CYRILLIC, "ar": Alphabet.ARABIC,
}

# Letters, or the combining marks written on them (accents, Arabic harakat and the like).
_MARK = "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8" \
        "\u06ea-\u06ed"
_LETTER = rf"(?:[^\W\d_]|[{_MARK}])"
_JOINER = "['’\u2019\u02bc\\-\u2011]"  # apostrophes, hyphen, non-breaking hyphen
WORD = re.compile(rf"{_LETTER}+(?:{_JOINER}{_LETTER}+)*")
_PIECE = re.compile(r"\S+")
_SYMBOL = re.compile(r"[/@\\]|://|^www\.", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "\u02bc": "'", "\u2011": "-"})


@dataclass(frozen=True)
class Word:
    """A word at [start, end) of its text."""

    start: int
    end: int
    text: str

    @property
    def length(self) -> int:
        return self.end - self.start


@lru_cache(maxsize=4096)
def alphabet_of(char: str) -> Alphabet | None:
    name = unicodedata.name(char, "")
    for alphabet in Alphabet:
        if name.startswith(alphabet.name):
            return alphabet
    return None


def is_acronym(word: str) -> bool:
    """Two capitals or more, lower-case letters only after them as a plural ("NGOs")."""
    body = word[:-1] if word.endswith("s") else word
    return len(body) >= 2 and body.isupper()


def normalised(word: str) -> str:
    """The word as dictionaries write it: ASCII apostrophe and hyphen."""
    return word.translate(_APOSTROPHES)


def words(text: str, alphabet: Alphabet) -> Iterator[Word]:
    """The words of *text* in *alphabet* that spell checking looks at."""
    for piece in _PIECE.finditer(text):
        if _SYMBOL.search(piece.group()):
            continue
        offset = piece.start()
        chunk = piece.group()
        for match in WORD.finditer(chunk):
            start, end = match.span()
            word = match.group()
            if len(word) < 2 or is_acronym(word):
                continue
            if (start > 0 and chunk[start - 1].isdigit()) or \
                    (end < len(chunk) and chunk[end].isdigit()):
                continue
            if alphabet_of(word[0]) is not alphabet:
                continue
            yield Word(offset + start, offset + end, word)

"""Text is split into the pieces of each script exactly as the per-character rule says.

`split_by_script` finds runs with a regular expression for speed; `script_of` is the rule
for one character (Chinese and Arabic by code point, any other letter or mark Latin,
everything else neutral, joining the script before it). Random texts mixing every kind
of character, in each default script, must split the same way both ways."""

from __future__ import annotations

import random

import pytest

from cica_desktop.document.script import Script, script_of, split_by_script

#: Latin with accents and a combining mark, Cyrillic, digits, spaces and punctuation,
#: Chinese (an ideograph of plane 2 included), Arabic with a presentation form and a
#: right-to-left mark, a circled digit, no-break space, tab and line break.
ALPHABET = ("ab Zé\u0301 12,.«»\n\t\u00a0联合国二〇〇七年（）、。سلامعليكم\ufefbфыва"
            "\u200f\U00020000①")


def per_character(text: str, default: str) -> list[tuple[str, str]]:
    """The definition: each character's script (script_of), a neutral one taking the
    script before it (the first strong one's when it leads)."""
    if not text:
        return []
    first = next((s for s in map(script_of, text) if s is not None), None)
    if first is None:
        return [(default, text)]
    pieces: list[tuple[str, str]] = []
    current = first
    for char in text:
        current = script_of(char) or current
        if pieces and pieces[-1][0] == current:
            pieces[-1] = (current, pieces[-1][1] + char)
        else:
            pieces.append((current, char))
    return pieces


@pytest.mark.parametrize("default", [Script.LATIN, Script.CJK, Script.ARABIC])
def test_random_mixed_text_splits_as_each_character_says(default: str) -> None:
    rng = random.Random(20261130)
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        assert split_by_script(text, default) == per_character(text, default), repr(text)


@pytest.mark.parametrize(("text", "pieces"), [
    ("2007年10月4日", [("cjk", "2007年10月4日")]),
    ("4 October 2007", [("latin", "4 October 2007")]),
    ("亚信会议（CICA）成员", [("cjk", "亚信会议（"), ("latin", "CICA"), ("cjk", "）成员")]),
    ("مؤتمر CICA 2007", [("arabic", "مؤتمر "), ("latin", "CICA 2007")]),
    ("12 — 3", [("arabic", "12 — 3")]),
])
def test_neutral_characters_join_the_script_before_them(text: str,
                                                        pieces: list[tuple[str, str]]) -> None:
    assert split_by_script(text, Script.ARABIC) == pieces

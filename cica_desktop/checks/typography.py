"""Text that looks wrong for its language: straight or foreign quotation marks, doubled
spaces, English words left in Chinese text.

Spacing that compose applies when it prints (French narrow spaces, Chinese and Arabic
punctuation after their own script) is never reported: the printed text is right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Severity
from ..model import Package
from ..quotes import MARKS, typographic, typographic_field
from .base import finding, package_texts, quotations
from .languages import RULES


def spaces(package: Package) -> Iterator[Finding]:
    """Two spaces in a row print as a gap (a tab is the way to align)."""
    for path, text in package_texts(package):
        if "  " in text:
            yield finding(Severity.WARNING, path, "typography.double_space",
                          fix=(path, re.sub(" {2,}", " ", text)))


def quotation_marks(package: Package) -> Iterator[Finding]:
    """Straight quotes and apostrophes where the language has its own marks; a language's
    outer quotation marks where another's are used (“…” in French, «…» in English)."""
    rules = RULES[package.language.value]
    own = MARKS[package.language.value]
    marks = f"{own.double_open}…{own.double_close}"
    for path, text in package_texts(package):
        if ('"' in text or "'" in text) and typographic_field(path):
            # the marks "Edit ▸ Fix quotes" puts (cica_desktop.quotes), for the same text
            code = "typography.straight_quotes" if '"' in text \
                else "typography.straight_apostrophe"
            yield finding(Severity.WARNING, path, code,
                          fix=(path, typographic(text, package.language.value)),
                          marks=marks)
        wrong = [(start, end, mark) for start, end, mark in quotations(text)
                 if mark in rules.wrong_outer]
        if wrong:
            fixed = text
            for start, end, mark in reversed(wrong):
                opening, closing = rules.wrong_outer[mark]
                inner = fixed[start + 1:end].strip(" \u00a0\u202f")
                fixed = fixed[:start] + opening + inner + closing + fixed[end + 1:]
            first = wrong[0][2]
            yield finding(Severity.WARNING, path, "typography.foreign_quotes",
                          fix=(path, fixed), found=first + "…" + _CLOSING[first],
                          marks=marks)


_CLOSING = {"«": "»", "“": "”", "„": "“", "《": "》"}

_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
# An all-lowercase Latin word of two letters or more, not part of a symbol (A/62/232), an
# address (www.un.org) or a word in capitals (CICA), which Chinese UN text keeps.
_LOWER_LATIN = re.compile(r"(?<![A-Za-z0-9/.@:_\-])[a-z]{2,}(?![A-Za-z0-9/.@_\-])")
#: Words a fix can translate: the English conjunctions left between Chinese words.
_CHINESE_FOR = {"and": "和", "or": "或"}


def latin_words_in_chinese(package: Package) -> Iterator[Finding]:
    """English words left in Chinese text ("新的挑战 and 威胁"); words in capitals
    (acronyms) and symbols are kept by the UN's Chinese texts and not reported."""
    if package.language.value != "zh":
        return
    for path, text in package_texts(package):
        if not _CJK.search(text):
            continue
        words = _LOWER_LATIN.findall(text)
        if not words:
            continue
        fix = None
        if all(word in _CHINESE_FOR for word in words):
            fix = (path, re.sub(r"\s*\b(and|or)\b\s*",
                                lambda m: _CHINESE_FOR[m.group(1)], text))
        yield finding(Severity.WARNING, path, "typography.latin_in_chinese", fix=fix,
                      words=tuple(dict.fromkeys(words)))


__all__ = ["latin_words_in_chinese", "quotation_marks", "spaces"]

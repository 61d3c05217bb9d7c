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
from .base import finding, package_texts, quotations
from .languages import RULES, LanguageRules


def spaces(package: Package) -> Iterator[Finding]:
    """Two spaces in a row print as a gap (a tab is the way to align)."""
    for path, text in package_texts(package):
        if "  " in text:
            yield finding(Severity.WARNING, path, "typography.double_space",
                          fix=(path, re.sub(" {2,}", " ", text)))


_WORD_BEFORE = re.compile(r"\w")


def _curly_apostrophes(text: str, rules: LanguageRules) -> str | None:
    """Each straight apostrophe as the typographic one: ’ after a letter (l’Assemblée,
    Côte d’Ivoire), ‘ before a quotation in English; None if one cannot be told."""
    out = []
    for index, char in enumerate(text):
        if char == "'":
            after_word = index > 0 and bool(_WORD_BEFORE.match(text[index - 1]))
            if after_word:
                char = "’"
            elif "‘" in rules.outer_opening:
                char = "‘"
            else:
                return None
        out.append(char)
    return "".join(out)


def _curly_quotes(text: str, rules: LanguageRules) -> str | None:
    """Straight double quotes as the language's pair, alternately opening and closing;
    None when they do not pair up."""
    parts = text.split('"')
    if len(parts) % 2 == 0:
        return None
    opening, closing = rules.quotes
    out = parts[0]
    for number, part in enumerate(parts[1:]):
        out += (opening if number % 2 == 0 else closing) + part
    return out


def quotation_marks(package: Package) -> Iterator[Finding]:
    """Straight quotes and apostrophes where the language has its own marks; a language's
    outer quotation marks where another's are used (“…” in French, «…» in English)."""
    rules = RULES[package.language.value]
    for path, text in package_texts(package):
        if '"' in text:
            fixed = _curly_quotes(text, rules)
            yield finding(Severity.WARNING, path, "typography.straight_quotes",
                          fix=(path, fixed) if fixed is not None else None,
                          marks="…".join(mark.strip() for mark in rules.quotes))
        if "'" in text:
            fixed = _curly_apostrophes(text, rules)
            yield finding(Severity.WARNING, path, "typography.straight_apostrophe",
                          fix=(path, fixed) if fixed is not None else None)
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
                          marks="…".join(mark.strip() for mark in rules.quotes))


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

"""What every check shares: making a finding, and walking the package's text fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pydantic import BaseModel

from ..findings import MESSAGES, Finding, Fix, FixValue, Param, Severity
from ..model import DraftResolution, Package

Check = Callable[[Package], Iterator[Finding]]

#: Text fields that are not prose: file names, symbols, numbers.
_NOT_PROSE = frozenset({"signature_image", "emblem", "symbol", "job_number"})


def finding(severity: Severity, path: str, code: str, *, fix: tuple[str, FixValue] | None = None,
            **params: Param) -> Finding:
    """A finding of the catalogue's *code* about the field at *path*; *fix* is the
    (path, value) that settles it, if one can be said for certain."""
    assert code in MESSAGES, f"{code} is not in the findings catalogue"
    return Finding(code, path, severity, params,
                   fix=Fix(*fix) if fix is not None else None)


_last: tuple[Package, tuple[tuple[str, str], ...]] | None = None


def package_texts(package: Package) -> tuple[tuple[str, str], ...]:
    """`texts(package)`, walked once for the package the checks are looking at (several
    checks read every text; the window runs them after each change)."""
    global _last
    if _last is None or _last[0] is not package:
        _last = (package, tuple(texts(package)))
    return _last[1]


def texts(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """Every prose text field under *value* (a model, a tuple of them, a text), with its
    model path ("annexes[1].operative[0].text"), in document order."""
    if type(value) is str:  # enums are str subclasses, and not prose
        if value:
            yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in _NOT_PROSE:
                yield from texts(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from texts(item, f"{path}[{index}]")


_CLOSES = {"»": "«", "”": "“", "“": "„", "》": "《"}
_OPENING = re.compile("[«“„《]")


def quotations(text: str) -> Iterator[tuple[int, int, str]]:
    """Quotations at the outer level of *text*: where each opens, where it closes, and its
    opening mark (« “ „ 《; Russian inner quotes „ … “ close with “)."""
    if not _OPENING.search(text):
        return
    stack: list[tuple[int, str]] = []
    for index, char in enumerate(text):
        if stack and _CLOSES.get(char) == stack[-1][1]:
            start, mark = stack.pop()
            if not stack:
                yield start, index, mark
        elif char in "«“„《":
            stack.append((index, char))


def quoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words between the marks at *start* and *end*, without the spaces inside
    the marks (French « … »): their start and end."""
    inner_start, inner_end = start + 1, end
    while inner_start < inner_end and text[inner_start] in _SPACES:
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in _SPACES:
        inner_end -= 1
    return inner_start, inner_end


_SPACES = " \u00a0\u202f"


def resolutions(package: Package) -> Iterator[tuple[int, DraftResolution]]:
    """The draft resolutions among the annexes, with their index."""
    for index, annex in enumerate(package.annexes):
        if isinstance(annex, DraftResolution):
            yield index, annex


__all__ = ["Check", "finding", "package_texts", "quotations", "quoted", "resolutions", "texts"]

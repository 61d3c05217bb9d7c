"""How the documents number their parts, so the window numbers them the same way."""

from __future__ import annotations

from ..compose.numerals import roman


def annex_number(index: int) -> str:
    """The number of the annex at *index* (counted from 0), as the documents print it:
    I, II, III…"""
    return roman(index + 1)

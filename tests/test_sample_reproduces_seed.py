"""The bundled Chinese sample reproduces the real A/62/232, line for line, in both formats."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED
from readback import docx_text, missing_in_order, pdf_text, seed_lines


def test_seed_copy_is_the_full_reference_text() -> None:
    lines = seed_lines(SEED)
    assert lines[0] == "第六十二届会议"
    assert lines[-1].startswith("土耳其")
    assert len(lines) > 100


def test_pdf_contains_every_seed_line_in_order(built: dict[str, Path]) -> None:
    assert missing_in_order(seed_lines(SEED), pdf_text(built["zh.pdf"])) == []


def test_docx_contains_every_seed_line_in_order(built: dict[str, Path]) -> None:
    assert missing_in_order(seed_lines(SEED), docx_text(built["zh.docx"])) == []


def test_a_line_out_of_order_is_detected() -> None:
    """The order check itself must be able to fail."""
    assert missing_in_order(["乙", "甲"], "甲乙") == ["甲"]

"""A table's rows are measured once per set of column widths: reportlab measured every row
again each time the table was wrapped (kept with its heading, then placed, then split),
in time growing with the square of its rows. The heights are those a fresh measure
gives, and a table with row spans is measured as reportlab always did."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from cica_desktop.render.pdf_flowables import TaggedTable


@pytest.fixture
def measures(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of rows of each table reportlab measures from now on."""
    counted: list[int] = []
    original = Table._calc_height

    def measured(table: Table, *args: Any, **kwargs: Any) -> None:
        counted.append(len(table._argH))
        original(table, *args, **kwargs)

    monkeypatch.setattr(Table, "_calc_height", measured)
    return counted


def rows(count: int) -> list[list[Paragraph]]:
    style = ParagraphStyle("cell", fontSize=10, leading=12)
    return [[Paragraph(f"Row {n}: " + "word " * (n % 7 * 4), style),
             Paragraph(str(n), style)] for n in range(count)]


def test_a_table_wrapped_again_at_its_widths_is_not_measured_again(
        measures: list[int]) -> None:
    table = TaggedTable(rows(300), colWidths=[300, 60])
    first = table.wrap(364.6, 0xFFFFFFF)  # kept with its heading: the group's width
    heights = list(table._rowHeights)
    again = table.wrap(492.5, 653.6)  # placed in the frame
    assert measures == [300]
    assert first == again and table._rowHeights == heights
    assert heights == _fresh_heights(rows(300), [300, 60])


def _fresh_heights(data: list[list[Paragraph]], widths: list[float]) -> list[float]:
    table = Table(data, colWidths=widths)
    table.wrap(sum(widths), 10_000)
    return list(table._rowHeights)


def test_other_column_widths_are_measured_afresh(measures: list[int]) -> None:
    table = TaggedTable(rows(40), colWidths=[300, 60])
    table._calc_height(1000, 400, W=[300, 60])
    wide = list(table._rowHeights)
    table._calc_height(1000, 400, W=[150, 60])  # narrower: taller rows
    assert measures == [40, 40]
    assert sum(table._rowHeights) > sum(wide)


def test_a_table_with_row_spans_is_measured_each_time(measures: list[int]) -> None:
    table = TaggedTable(rows(20), colWidths=[300, 60], style=[("SPAN", (1, 0), (1, 1))])
    table.wrap(400, 1000)
    table.wrap(400, 1000)
    assert measures == [20, 20]

"""A table's rows are measured once per set of column widths: reportlab measured every row
again each time the table was wrapped (kept with its heading, then placed, then split),
in time growing with the square of its rows. A long table's rows are given to reportlab
a slice at a time (its one measure of all rows was quadratic too). The heights and row
positions are those reportlab's own measure gives, and a table with row spans is
measured as reportlab always did."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from cica_desktop.render.pdf_flowables import ROWS_MEASURED_AT_ONCE, TaggedTable


@pytest.fixture
def measures(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The rows reportlab measures from now on: how many at each call that measures any
    (rows whose height is known are not measured)."""
    counted: list[int] = []
    original = Table._calc_height

    def measured(table: Table, *args: Any, **kwargs: Any) -> None:
        unknown = table._argH.count(None)
        if unknown:
            counted.append(unknown)
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
    assert sum(measures) == 300
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
    assert sum(measures) == 80
    assert sum(table._rowHeights) > sum(wide)


def test_a_table_with_row_spans_is_measured_each_time(measures: list[int]) -> None:
    table = TaggedTable(rows(20), colWidths=[300, 60], style=[("SPAN", (1, 0), (1, 1))])
    table.wrap(400, 1000)
    table.wrap(400, 1000)
    assert measures == [20, 20]


def test_a_long_table_is_given_to_reportlab_a_slice_of_rows_at_a_time(
        measures: list[int]) -> None:
    table = TaggedTable(rows(300), colWidths=[300, 60])
    table.wrap(364.6, 650)
    assert max(measures) == ROWS_MEASURED_AT_ONCE and sum(measures) == 300


@pytest.mark.parametrize("count", [1, ROWS_MEASURED_AT_ONCE, ROWS_MEASURED_AT_ONCE + 1, 300])
def test_measured_by_slices_the_rows_stand_where_reportlab_puts_them(count: int) -> None:
    least = [0.0 if n % 5 else 30.0 for n in range(count)]  # some rows taller than needed
    fixed = [None if n % 7 else 18.0 for n in range(count)]  # some heights given
    ours = TaggedTable(rows(count), colWidths=[300, 60], rowHeights=fixed,
                       minRowHeights=least)
    theirs = Table(rows(count), colWidths=[300, 60], rowHeights=fixed, minRowHeights=least)
    assert ours.wrap(364.6, 650) == theirs.wrap(364.6, 650)
    assert ours._rowHeights == theirs._rowHeights
    assert ours._rowpositions == theirs._rowpositions
    assert ours._argH == fixed  # what it was given is kept, for a later split


class _Unmeasurable(Flowable):  # type: ignore[misc]
    def wrap(self, width: float, height: float) -> tuple[float, float]:
        raise ValueError("no size")


def test_a_cell_that_fails_to_measure_fails_the_table_and_leaves_it_whole() -> None:
    data = rows(100)
    data[80][0] = _Unmeasurable()
    table = TaggedTable(data, colWidths=[300, 60])
    with pytest.raises(ValueError, match="no size"):
        table.wrap(364.6, 650)
    assert len(table._cellvalues) == 100 and table._argH == [None] * 100

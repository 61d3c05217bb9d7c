"""A finding names its field the way the form shows it, never by a neighbouring field's
label (issue 12): "Cover letter › Signatory 2 › Name", not the letterhead's "Mission name"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cica_desktop.app.paths import parse_path
from cica_desktop.samples import sample_path
from cica_desktop.ui.labels import human_path

SAMPLE: dict[str, Any] = __import__("json").loads(sample_path("en").read_text(encoding="utf-8"))


def value(path: tuple[Any, ...]) -> Any:
    node: Any = SAMPLE
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


@pytest.mark.parametrize(("path", "words"), [
    ("letter.senders[1].name", "Cover letter › Signatory 2 › Name"),
    ("letter.senders[0].titles[1]", "Cover letter › Signatory 1 › Title line 2"),
    ("letterhead.name", "Mission letterhead (the letter as the mission sends it) › "
                        "Mission name (if not the mission above)"),
    ("letter.blocks[0].text", "Cover letter › Content 1 › Paragraph"),
    ("annexes[0].blocks[2].text", "Annex I › Content 3 › Numbered paragraph"),
    ("annexes[1].operative[1].verb", "Annex II › Operative paragraph 2 › Operative verb (italic)"),
    ("annexes[1].operative[0].subparagraphs[1].text",
     "Annex II › Operative paragraph 1 › Sub-paragraph 2 › Text"),
    ("annexes[2].signatories[0].name", "Annex III › Signatory 1 › Name"),
    ("annexes[2].enclosure.blocks[0].text", "Annex III › Enclosure › Content 1 › Heading"),
    ("annexes[2].enclosure.annex.blocks[1].rows[0][1]",
     "Annex III › Enclosure › Its annex › Content 2 › Table › Row 1 › Column 2"),
    ("annexes[2].enclosure.annex.blocks[1].header[0]",
     "Annex III › Enclosure › Its annex › Content 2 › Table › Column 1 heading"),
    ("requesting_states[0]", "Requesting State 1"),
    ("", "The whole project"),
])
def test_a_finding_is_named_by_the_form_that_shows_its_field(
        qtbot: QtBot, path: str, words: str) -> None:
    assert human_path(parse_path(path), value) == words


def test_without_the_project_a_place_is_still_named(qtbot: QtBot, tmp_path: Path) -> None:
    assert human_path(parse_path("letter.senders[1].name")) == "Cover letter › Signatory 2 › Name"

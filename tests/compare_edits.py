"""The edits co-sponsors make between two versions of a request, on a bundled sample: a
word changed in an operative paragraph, an operative paragraph inserted (the next one is
renumbered), a paragraph of the annexed letter deleted, a paragraph of the enclosure moved,
a heading made a sub-heading. Used by the compare tests."""

from __future__ import annotations

import copy
import json
from typing import Any

from cica_desktop.samples import sample_path


def edited(language: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The sample, and a new version with the five edits; the word that was replaced."""
    data = json.loads(sample_path(language).read_text(encoding="utf-8"))
    new = copy.deepcopy(data)
    operative = new["annexes"][1]["operative"]
    words = operative[0]["text"].split(" ")
    if len(words) > 4:
        replaced = words[len(words) // 2]
        words[len(words) // 2] = "EDITED"
        operative[0]["text"] = " ".join(words)
    else:  # Chinese: no spaces between words
        half = len(operative[0]["text"]) // 2
        replaced = operative[0]["text"][half:half + 2]
        operative[0]["text"] = operative[0]["text"][:half] + "EDITED" + \
            operative[0]["text"][half + 2:]
    operative.insert(1, {"verb": operative[1]["verb"], "text": "INSERTED paragraph."})
    letter = new["annexes"][2]
    del letter["blocks"][3]
    blocks = letter["enclosure"]["blocks"]
    blocks.insert(4, blocks.pop(1))
    assert blocks[8] == {"type": "heading", "level": 1, "text": blocks[8]["text"]}
    blocks[8]["level"] = 2
    return data, new, replaced

"""What each part of our PDF that plain reportlab does not draw costs: the sample rendered
as it is, then with one part switched off at a time (the structure tree, the marked
content around each paragraph, the running heads and footers, page 1's masthead and job
line), against plain reportlab laying out the same text (bench/plain.py).

A diagnostic, not a target: it says where the ratio to plain reportlab
(`bench/run.py`, PLAIN_REPORTLAB) comes from. The parts are switched off by replacing the
method that draws them for the duration of one measurement, so what remains is exactly
the renderer's own path. Usage: `.venv/bin/python bench/pdf_features.py [zh en ...]`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from functools import partial
from typing import Any

from common import time_interleaved
from plain import one_font, plain_pdf
from projects import SAMPLES

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.render.pdf_page import PageFurniture
from cica_desktop.render.pdf_tags import Tagger


@contextmanager
def replaced(owner: type, name: str, stand_in: Any) -> Iterator[None]:
    original = getattr(owner, name)
    setattr(owner, name, stand_in)
    try:
        yield
    finally:
        setattr(owner, name, original)


@contextmanager
def no_marked_content(_self: Tagger, _canvas: Any, _element: Any) -> Iterator[None]:
    yield


#: Each part, and how to switch it off.
SWITCHES: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "without the structure tree": partial(replaced, Tagger, "write_into",
                                          lambda self, canvas: None),
    "without marked content": partial(replaced, Tagger, "content", no_marked_content),
    "without running heads and footers": partial(replaced, PageFurniture, "draw_running",
                                                 lambda self, canvas, n, total: None),
    "without page 1's furniture": partial(replaced, PageFurniture, "draw_first_page",
                                          lambda self, canvas, doc: None),
}


@contextmanager
def none_of_them() -> Iterator[None]:
    with ExitStack() as stack:
        for switch_off in SWITCHES.values():
            stack.enter_context(switch_off())
        yield


PARTS: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "as it is": nullcontext, **SWITCHES, "without any of these": none_of_them}


def main(argv: Sequence[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("languages", nargs="*", default=["zh", "en"])
    cli.add_argument("--repetitions", type=int, default=15)
    args = cli.parse_args(argv)
    for language in args.languages:
        document = compose(load_project(SAMPLES[language]), Part.PACKAGE)
        font = one_font(document)
        plain = time_interleaved({"plain": partial(plain_pdf, document, font)}, 2,
                                 args.repetitions, time.process_time)["plain"].median
        print(f"{language}: plain reportlab {plain * 1000:.1f} ms of CPU")
        for label, switch_off in PARTS.items():
            with switch_off():
                ours = time_interleaved({"ours": partial(pdf_bytes, document)}, 2,
                                        args.repetitions, time.process_time)["ours"].median
            print(f"  {label:36s} {ours * 1000:6.1f} ms  {ours / plain:.2f}× plain")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

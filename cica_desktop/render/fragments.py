"""A paragraph's text as reportlab's fragments, made directly instead of through markup.

A reportlab Paragraph is given markup (`<b>`, `<i>`, `<font face>`, `<br/>`, entities),
which its parser, built on html.parser, turns into fragments (ParaFrag): a run of text
and how it is set. Parsing was 2.7 of the 31 ms of the English sample's PDF, and writing
the markup another 1.3. Our paragraphs use a handful of tags, so their fragments are made
here from the same spans the markup would be written from, exactly as the parser makes
them: the same fragments, in the same number, with the same attributes (checked against
the parser on every paragraph of the samples and on random texts,
tests/test_fragments.py). That includes what reportlab does to the markup first
(`cleanBlockQuotedText`: whitespace runs become one space, the ends are stripped) and that
each entity (&amp; &lt; &gt;) becomes a fragment of its own.

Paragraphs with revision marks, placeholders or narrow no-break spaces still go through
markup (render/pdf.py): they are rare, and their tags (colours, sizes) are the parser's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.platypus.paragraph import _wsc
from reportlab.platypus.paraparser import ParaFrag

from .text import NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE, xml_escape


@dataclass(frozen=True, slots=True)
class Span:
    """Text set one way: in *face* (None: the paragraph style's own face, no font tag),
    bold and/or italic. A line break in *text* is a `<br/>`.

    Only in markup: *ink*, the attributes of a `<font>` around the text (a placeholder's
    colours), and *narrow*, the markup a narrow no-break space becomes."""

    text: str
    face: str | None = None
    bold: bool = False
    italic: bool = False
    ink: str = ""
    narrow: str = ""

    def markup(self) -> str:
        """The span as reportlab markup."""
        text = xml_escape(self.text).replace("\n", "<br/>")
        if self.narrow:
            text = text.replace(NARROW_NO_BREAK_SPACE, self.narrow)
        if self.bold:
            text = f"<b>{text}</b>"
        if self.italic:
            text = f"<i>{text}</i>"
        if self.ink:
            text = f"<font {self.ink}>{text}</font>"
        return text if self.face is None else f'<font face="{self.face}">{text}</font>'

    @property
    def needs_markup(self) -> bool:
        return bool(self.ink or self.narrow)


# The markup a list of spans makes, as the parser meets it: an opening tag (name, face),
# a closing tag, a line break, and text (adjacent texts joined: the parser sees one).
_Open = tuple[str, str | None]
_CLOSE = "close"
_BREAK = "br"
_Item = _Open | str | list[str]

#: What reportlab's whitespace clean-up splits at: its own list when the text holds a
#: no-break space (which it keeps), else what str.split() splits at.
_RL_SPACES = re.compile(f"[{re.escape(_wsc)}]+")
_PY_SPACES = re.compile(r"\s+")
#: Each entity is a fragment of its own (html.parser reports it apart).
_ENTITY = re.compile("([&<>])")


def _stream(spans: Iterable[Span]) -> list[_Item]:
    stream: list[_Item] = []

    def text(line: str) -> None:
        if stream and isinstance(stream[-1], list):
            stream[-1].append(line)
        else:
            stream.append([line])

    for span in spans:
        opened = 0
        if span.face is not None:
            stream.append(("font", span.face))
            opened += 1
        if span.italic:
            stream.append(("i", None))
            opened += 1
        if span.bold:
            stream.append(("b", None))
            opened += 1
        if "\n" not in span.text:
            if span.text:
                text(span.text)
        else:
            for index, line in enumerate(span.text.split("\n")):
                if index:
                    stream.append(_BREAK)
                if line:
                    text(line)
        stream.extend([_CLOSE] * opened)
    return stream


def _copy(frag: Any) -> Any:
    """A copy of *frag* (what copy.copy gives, without its generic machinery)."""
    twin = ParaFrag.__new__(ParaFrag)
    twin.__dict__.update(frag.__dict__)
    return twin


def fragments(spans: list[Span], style: Any) -> list[Any]:
    """The fragments reportlab's parser gives for the markup of *spans* in *style*
    (spans that need no markup: `Span.needs_markup`)."""
    stream = _stream(spans)
    spaces = (_RL_SPACES if any(NO_BREAK_SPACE in span.text for span in spans)
              else _PY_SPACES)
    top = ParaFrag()
    top.rise = 0
    top.greek = 0
    top.link = []
    top.fontName, top.bold, top.italic = ps2tt(style.fontName)
    top.fontSize = style.fontSize
    top.textColor = style.textColor
    top.us_lines = []
    top.__tag__ = "para"
    stack = [top]
    frags: list[Any] = []

    def data(text: str) -> None:
        frag = _copy(stack[-1])
        frag.fontName = tt2ps(frag.fontName, frag.bold, frag.italic)
        frag.text = text
        frags.append(frag)

    last = len(stream) - 1
    for position, item in enumerate(stream):
        if isinstance(item, list):
            text = "".join(item)
            if position == 0:
                text = text.lstrip(_wsc)
            if position == last:
                text = text.rstrip(_wsc)
            if not (text.isprintable() and "  " not in text):  # else no space to clean
                text = spaces.sub(" ", text)
            if position == 0:
                text = text.lstrip(" ")
            if position == last:
                text = text.rstrip(" ")
            if "&" in text or "<" in text or ">" in text:
                for piece in _ENTITY.split(text):
                    if piece:
                        data(piece)
            elif text:
                data(text)
        elif isinstance(item, tuple):
            name, face = item
            frag = _copy(stack[-1])
            frag.__tag__ = name
            if name == "font":
                frag.fontName, frag.bold, frag.italic = ps2tt(face)
            elif name == "i":
                frag.italic = 1
            else:
                frag.bold = 1
            stack.append(frag)
        elif item == _CLOSE:
            stack.pop()
        else:  # a line break
            frag = _copy(stack[-1])
            frag.__tag__ = "br"
            frag.lineBreak = True
            frag.text = ""
            stack.append(frag)
            data("")
            stack.pop()
    return frags

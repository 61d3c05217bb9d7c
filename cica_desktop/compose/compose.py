"""compose(package, part, layout) -> Document: the request package, the cover letter or the
draft resolution, in the UN circulation layout or as the mission sends it.

Pure: reads the model and the language templates, returns a frozen document tree. Every
decision about how the output looks that depends on the language or the layout is made
here and written into the tree (styles by name, numbering labels, the script, italics,
directions, language tags), so the renderers only draw it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from ..collation import collate, unique
from ..document import (
    Block,
    Direction,
    Document,
    EndRule,
    LanguageTags,
    Masthead,
    Metadata,
    NumberedParagraph,
    NumberFormat,
    PageBreak,
    Paragraph,
    Picture,
    Run,
    RunningHeads,
    SignatureBlock,
    SignatureGrid,
    Table,
)
from ..document.script import Script
from ..images import ImageAsset
from ..model import (
    ContentBlock,
    CoverLetter,
    Distribution,
    DraftResolution,
    Enclosure,
    Gender,
    HeadingBlock,
    Language,
    LetterAnnex,
    ListBlock,
    Memorandum,
    Package,
    ParagraphBlock,
    PlaceDateBlock,
    RequestKind,
    SenderRole,
    Signatory,
    SubParagraph,
    TableBlock,
)
from . import styles as S
from .drafts import mark_placeholders
from .language import LanguageTemplate, load_language
from .numerals import DEFAULT_LABEL_FORMATS, number_label
from .typography import RULES, apply_to_blocks, mark_left_to_right


class Part(StrEnum):
    PACKAGE = "package"
    LETTER = "letter"
    RESOLUTION = "resolution"


class Layout(StrEnum):
    UN = "un"  # UN circulation layout: masthead, symbol, "(Signed)" marks
    #: The letter as the mission sends it: letterhead, reference, place and date, the
    #: addressee, the signature (scanned and/or digital), then the annexes.
    MISSION = "mission"


@dataclass(frozen=True)
class MissionExtras:
    """What the mission layout takes from outside the project file: the signer's images
    (from the signer profile) and the digital signature's visible appearance."""

    emblem: ImageAsset | None = None
    #: The scan of whoever signs (the signer profile's), over that signatory's name; it
    #: replaces the scan the project gives that signatory.
    signature: ImageAsset | None = None
    #: Which of the letter's signatories signs digitally (index into letter.senders): the
    #: digital signature's box goes under that block.
    signatory: int = 0
    #: Each signatory's own scan (Signatory.signature_image), by index into letter.senders;
    #: None (or missing) for none.
    signatures: tuple[ImageAsset | None, ...] = ()
    #: Whose digital signature the box announces; None: no box.
    digital_signer: str | None = None
    #: When it is signed, as printed in the box ("2026-11-26 16:40 UTC"); may be empty.
    signing_time: str = ""


class ComposeError(ValueError):
    """The package cannot produce the requested part (e.g. no draft resolution)."""


_HEADING_STYLE = {1: S.H1, 2: S.H23, 3: S.H4}
_LIST_FORMAT = {
    "numbered": NumberFormat.DECIMAL,
    "lettered": NumberFormat.LOWER_LETTER,
    "roman": NumberFormat.LOWER_ROMAN,
    "bulleted": NumberFormat.BULLET,
}


@dataclass(frozen=True)
class _LetterForm:
    """How a layout sets the cover letter, besides its opening (the UN layout's headings,
    the mission's letterhead): the styles, the close, and how it is signed."""

    body: str  # the style of its paragraphs
    signature: str  # the style of its signature blocks (and where a grid of them goes)
    signature_cell: str  # the style of a signature block in a grid (several signatories)
    closing: bool  # a complimentary close after the paragraphs
    #: Signed by hand or digitally (the mission's own letter), not marked "(Signed)".
    signing: bool


_LETTER_FORMS = {
    Layout.UN: _LetterForm(S.BODY, S.SIGNATURE, S.SIGNATURE_CELL, closing=False,
                           signing=False),
    Layout.MISSION: _LetterForm(S.MISSION_BODY, S.MISSION_SIGNATURE, S.MISSION_SIGNATURE_CELL,
                                closing=True, signing=True),
}

#: The longest signer's name the digital-signature box prints.
_MAX_SIGNER = 120


def _sourced(blocks: list[Block], source: str | None) -> list[Block]:
    """*blocks* with *source* (their model path) where they have none of their own."""
    if source is None:
        return blocks
    return [dataclasses.replace(block, source=source)
            if isinstance(block, Paragraph | NumberedParagraph | Table) and block.source is None
            else block for block in blocks]

def compose(package: Package, part: Part = Part.PACKAGE, layout: Layout = Layout.UN,
            extras: MissionExtras | None = None,
            placeholders: frozenset[str] | None = None) -> Document:
    """The document tree of *part* in *layout*; *extras* only matter in the mission layout.

    *placeholders*: the package is a draft (cica_desktop/draft.py) whose gaps hold these
    texts; they are highlighted and every page carries the draft mark. A draft without
    gaps is the final document.
    """
    template = load_language(package.language.value)
    composer = _Composer(package, template, Layout(layout), extras or MissionExtras())
    document = composer.document(Part(part))
    if not placeholders:
        return document
    return dataclasses.replace(document, draft_mark=template.phrase("draft_mark"),
                               blocks=mark_placeholders(document.blocks, placeholders))


#: The address of a document on the UN's documents site, which the QR code of page 1 holds
#: (decoded from A/C.6/80/L.2, 2025: "https://docs.un.org/en/A/C.6/80/L.2").
DOCUMENT_URL = "https://docs.un.org/{language}/{symbol}"


class _Composer:
    def __init__(self, package: Package, template: LanguageTemplate, layout: Layout,
                 extras: MissionExtras) -> None:
        self.p = package
        self.t = template
        self.layout = layout
        self.extras = extras
        self._list_counter = 0
        self._anchor: str | None = None

    # ------------------------------------------------------------------ the whole document
    def document(self, part: Part) -> Document:
        p, t = self.p, self.t
        mission = self.layout is Layout.MISSION
        if part is Part.RESOLUTION:
            if mission:
                raise ComposeError("the draft resolution has no mission layout: it is "
                                   "negotiated in the UN layout (use the letter or the package)")
            resolution = p.draft_resolution()
            if resolution is None:
                raise ComposeError("annexes: the package has no draft resolution")
            blocks = list(self._standalone_resolution(resolution))
            symbol = resolution.symbol or ""
            distribution = Distribution.LIMITED
            short_title = resolution.title or p.item_title
            # The L-document's own date and job number, not the package's.
            issue_date, job_number = resolution.issue_date, resolution.job_number
        else:
            blocks = list(self._request(include_annexes=part is Part.PACKAGE))
            # The mission's own letter carries no UN symbol and no running title.
            symbol = "" if mission else p.symbol or ""
            distribution = p.distribution
            short_title = "" if mission else p.running_title or p.item_title
            issue_date, job_number = p.issue_date, None if mission else p.job_number
        if not mission:
            blocks.append(EndRule())
        rule = RULES.get(str(t.data.get("language", {}).get("typography", "")))
        final_blocks = tuple(blocks) if rule is None else apply_to_blocks(tuple(blocks), rule)
        direction = Direction(str(t.setting("direction")))
        if direction is Direction.RTL:
            final_blocks = mark_left_to_right(final_blocks)
        script = Script(str(t.setting("script")))
        subject = t.phrase(self._request_key(), session=p.session)
        return Document(
            metadata=Metadata(
                title=" ".join(x for x in (symbol, short_title or p.item_title) if x),
                subject=subject if part is not Part.RESOLUTION else short_title,
                author=self._author(),
                language=str(t.setting("bcp47")),
                keywords=tuple(x for x in (symbol, "General Assembly", f"rule {p.rule}") if x),
            ),
            paper=p.paper.value,
            language=p.language.value,
            direction=direction,
            blocks=final_blocks,
            masthead=None if mission else self._masthead(symbol, distribution, issue_date),
            # The package's job number is not the standalone draft's (it has its own); the
            # mission's own letter has page numbers only.
            running=self._running_heads(symbol, short_title, job_number, issue_date),
            script=script,
            # Chinese sets nothing in italics, not even Latin words or an italic style.
            italics=script is not Script.CJK,
            language_tags=LanguageTags(text=str(t.setting("word_language"))),
        )

    def _masthead(self, symbol: str, distribution: Distribution,
                  issue_date: dt.date | None) -> Masthead:
        t, p = self.t, self.p
        masthead = t.data.get("masthead", {})
        return Masthead(
            organ=t.text("masthead", "organ"),
            body=t.text("masthead", "body"),
            symbol=symbol,
            distribution=t.text("masthead", f"distribution_{distribution.value}"),
            date=t.date(issue_date, for_masthead=True) if issue_date else "",
            language_line=str(masthead.get("language_line", ""))
            if p.language != p.original_language else "",
            original=t.text("masthead", "original", original=p.original_language.value),
        )

    def _running_heads(self, symbol: str, short_title: str, job_number: str | None,
                       issue_date: dt.date | None) -> RunningHeads:
        t = self.t
        job_line = ""
        if job_number:
            ddmmyy = issue_date.strftime("%d%m%y") if issue_date else ""
            job_line = t.phrase("job_line", job_number=job_number,
                                job_letter=t.setting("job_letter"), ddmmyy=ddmmyy).rstrip()
        return RunningHeads(
            symbol=symbol,
            short_title=short_title,
            job_number=job_number or "",
            job_line=job_line,
            barcode=(job_number or "").replace("-", ""),
            page_label=t.text("phrases", "page", page="{page}", pages="{pages}"),
            qr_url=DOCUMENT_URL.format(language=self.p.language.value, symbol=symbol)
            if self.p.qr_code and symbol else "",
        )

    # ------------------------------------------------------------------ the request package
    def _session_block(self, committee: str | None = None,
                       resolution: DraftResolution | None = None) -> Iterator[Block]:
        """The session, committee and agenda item lines; a standalone draft *resolution*
        names its own agenda item and the item's own title where it gives them."""
        p, t = self.p, self.t
        yield Paragraph(S.SESSION, (Run(t.phrase("session", session=p.session), bold=True),))
        if committee:
            yield Paragraph(S.COMMITTEE, (Run(committee, bold=True),))
        number = p.agenda_item
        title = self._item_title()
        if resolution is not None:
            number = resolution.agenda_item or number
            title = resolution.agenda_item_title or title
        if number is not None:
            yield Paragraph(S.AGENDA_ITEM, (Run(t.phrase("agenda_item", number=number)),))
            yield Paragraph(S.AGENDA_TITLE, (Run(title, bold=True),))

    def _request(self, include_annexes: bool) -> Iterator[Block]:
        """The cover letter as the layout sets it, then (for the package) the annexes."""
        p, t = self.p, self.t
        letter = p.letter
        form = _LETTER_FORMS[self.layout]
        if self.layout is Layout.MISSION:
            yield from self._letterhead()
        else:
            yield from self._request_headings()
        yield from self._content(letter.blocks, form.body, at="letter.blocks")
        if form.closing:
            yield Paragraph(form.body, (Run(t.phrase(
                "closing", addressee=letter.addressee.value,
                several=letter.sender_role is SenderRole.REPRESENTATIVES)),))
        yield from self._signatures(letter.senders, form, at="letter.senders")
        if include_annexes:
            yield from self._annexes()

    def _request_headings(self) -> Iterator[Block]:
        """UN layout: the session block, the request's title, the item and the letter's
        heading."""
        p, t = self.p, self.t
        yield from self._session_block()
        if p.show_request_heading:
            yield Paragraph(S.HCH, (Run(t.phrase(self._request_key(), session=p.session),
                                        bold=True),), keep_with_next=True, source="rule")
        if p.show_item_title:
            yield Paragraph(S.H1, (Run(self._item_title(), bold=True),), keep_with_next=True,
                            source="item_title")
        heading = self._letter_heading(p.letter)
        yield Paragraph(S.H1, (Run(heading, bold=True),), bookmark=heading, keep_with_next=True,
                        anchor="letter", source="letter")

    def _letterhead(self) -> Iterator[Block]:
        """Mission layout: the emblem and letterhead, the reference, place and date, the
        addressee and the salutation."""
        p, t, extras = self.p, self.t, self.extras
        letter, letterhead = p.letter, p.letterhead
        if extras.emblem is not None:
            emblem = extras.emblem
            yield Picture(emblem.data, emblem.pixel_width, emblem.pixel_height, role="emblem")
        name = letterhead.name or p.mission
        if name:
            yield Paragraph(S.LETTERHEAD, (Run(name, bold=True),), anchor="letter")
        for line in letterhead.address_lines:
            if line.strip():
                yield Paragraph(S.LETTERHEAD_ADDRESS, (Run(line),))
        if letter.reference.strip():
            yield Paragraph(S.REFERENCE, (Run(t.phrase("reference",
                                                       reference=letter.reference)),))
        date = t.date(letter.date)
        place_date = (t.phrase("place_date", place=letterhead.place, date=date)
                      if letterhead.place.strip() else date)
        yield Paragraph(S.MISSION_DATE, (Run(place_date),),
                        anchor=None if name else "letter")
        addressee = letter.addressee.value
        for line in t.phrase(f"mission_addressee_{addressee}").split("\n"):
            yield Paragraph(S.ADDRESSEE, (Run(line),), keep_with_next=True)
        yield Paragraph(S.SALUTATION, (Run(t.phrase(f"salutation_{addressee}")),),
                        keep_with_next=True)

    def _request_key(self) -> str:
        """The phrase of the request's heading: by the rule, and for a sub-item its own."""
        p = self.p
        if p.kind is RequestKind.SUB_ITEM:
            return f"request_sub_item_rule_{p.rule}"
        return f"request_rule_{p.rule}"

    def _item_title(self) -> str:
        """The item's title as the headings print it; a sub-item's with its parent item
        ("Item: sub-item"), when the parent is named."""
        p = self.p
        if p.kind is RequestKind.SUB_ITEM and p.parent_item.strip():
            return self.t.phrase("sub_item_title", parent=p.parent_item, title=p.item_title)
        return p.item_title

    def ordered_states(self) -> list[str]:
        """The requesting States in the order of the document's language (its template's
        [language.collation]), each once: the joint letter's heading and the metadata.
        When several representatives sign, a signatory's State the list lacks is added
        (the check signatories.state warns about it), never dropped."""
        p = self.p
        collation = self.t.collation
        states = list(p.requesting_states)
        if p.letter.sender_role is SenderRole.REPRESENTATIVES:
            states += [sender.state for sender in p.letter.senders]
        return collate(unique(states), collation)

    def _author(self) -> str:
        """Who the document is from: the requesting States in the heading's order when
        several request it, else the mission (or the one State)."""
        p, t = self.p, self.t
        states = self.ordered_states()
        if len(states) > 1 or p.letter.sender_role is SenderRole.REPRESENTATIVES:
            return t.join_and(states)
        return p.mission or t.join_and(states)

    def _letter_heading(self, letter: CoverLetter) -> str:
        p, t = self.p, self.t
        date = t.date(letter.date)
        state = p.requesting_states[0]
        addressee = t.phrase(f"addressee_{letter.addressee.value}")
        # One sender: the heading agrees with the signatory where the language marks it.
        feminine = "_feminine" if letter.senders[0].gender is Gender.FEMININE else ""
        match letter.sender_role:
            case SenderRole.PERMANENT_REPRESENTATIVE:
                return t.phrase(f"letter_permanent_representative{feminine}", date=date,
                                state=state, addressee=addressee)
            case SenderRole.CHARGE_D_AFFAIRES:
                return t.phrase(f"letter_charge_d_affaires{feminine}", date=date, state=state,
                                addressee=addressee)
            case SenderRole.REPRESENTATIVES:
                # The requesting States in the language's alphabetical order, whatever the
                # order of the signature blocks.
                return t.phrase("letter_representatives", date=date,
                                states=self.ordered_states(), addressee=addressee)

    def _annexes(self) -> Iterator[Block]:
        for index, annex in enumerate(self.p.annexes):
            yield PageBreak()
            self._anchor = f"annexes[{index}]"
            annex_heading = self.t.phrase("annex", number=index + 1)
            match annex:
                case Memorandum():
                    yield from self._memorandum(annex, annex_heading)
                case DraftResolution():
                    yield from self._annexed_resolution(annex, annex_heading)
                case LetterAnnex():
                    yield from self._annexed_letter(annex, annex_heading)

    # ------------------------------------------------------------------ shared pieces
    def _signatures(self, signatories: tuple[Signatory, ...],
                    form: _LetterForm = _LETTER_FORMS[Layout.UN], at: str = "") -> Iterator[Block]:
        """The signature blocks, in the letter's form: marked "(Signed)", or (the mission's
        own letter) with the scanned signatures and the digital signature's box. Several
        signatories sign side by side, in the order given (a SignatureGrid)."""
        if len(signatories) > 1:
            yield SignatureGrid(tuple(self._signature_blocks(signatories, form,
                                                             form.signature_cell, at)),
                                style=form.signature)
        else:
            yield from self._signature_blocks(signatories, form, form.signature, at)

    def _scan(self, index: int) -> ImageAsset | None:
        """The scanned signature over signatory *index*'s name (the mission's letter)."""
        extras = self.extras
        if index == extras.signatory and extras.signature is not None:
            return extras.signature
        return extras.signatures[index] if index < len(extras.signatures) else None

    def _signature_blocks(self, signatories: tuple[Signatory, ...], form: _LetterForm,
                          style: str, at: str = "") -> Iterator[SignatureBlock]:
        t, extras = self.t, self.extras
        signing = form.signing
        titles_first = bool(t.setting("signature_titles_first"))
        for index, signatory in enumerate(signatories):
            key = "signed_name" if signatory.signed and not signing else "unsigned_name"
            name = (Run(t.phrase(key, name=signatory.name)),)
            titles = [(Run(title),) for title in signatory.titles if title.strip()]
            lines = [*titles, name] if titles_first else [name, *titles]
            image: Picture | None = None
            stamp: tuple[str, ...] = ()
            scan = self._scan(index) if signing else None
            if scan is not None:
                image = Picture(scan.data, scan.pixel_width, scan.pixel_height,
                                role="signature")
            if signing and index == extras.signatory and extras.digital_signer is not None:
                # A certificate's name is at most 64 characters by X.509, but not every
                # certificate keeps to it: the box stays one line or two.
                signer = extras.digital_signer
                if len(signer) > _MAX_SIGNER:
                    signer = signer[: _MAX_SIGNER - 1].rstrip() + "…"
                stamp = (t.phrase("digitally_signed_by", signer=signer),)
                if extras.signing_time:
                    stamp += (t.phrase("digitally_signed_on", time=extras.signing_time),)
            yield SignatureBlock(tuple(lines), name_line=len(lines) - 1 if titles_first else 0,
                                 image=image, stamp=stamp, style=style,
                                 source=f"{at}[{index}]" if at else None)

    def _annex_headings(self, heading: str, title: str,
                        original: Language | None) -> Iterator[Block]:
        yield Paragraph(S.HCH, (Run(heading, bold=True),), bookmark=f"{heading}: {title}",
                        keep_with_next=True, anchor=self._anchor, source=self._anchor)
        # The mark says the annex was written in another language than the document.
        if original is not None and original != self.p.original_language:
            yield Paragraph(S.ORIGINAL, (Run(self.t.phrase("original_mark",
                                                           language=original.value)),))

    def _label_formats(self) -> dict[str, str]:
        return {**DEFAULT_LABEL_FORMATS,
                **dict(self.t.data.get("language", {}).get("number_labels", {}))}

    def _label(self, number_format: NumberFormat, number: int) -> str:
        return number_label(number_format, number, self._label_formats())

    def _numbered(self, style: str, runs: tuple[Run, ...], list_id: str,
                  number_format: NumberFormat, number: int) -> NumberedParagraph:
        # A language may letter its items with its own alphabet (Arabic: (أ) (ب) (ج)).
        if number_format is NumberFormat.LOWER_LETTER:
            number_format = NumberFormat(
                self.t.data.get("language", {}).get("lettered", "lowerLetter"))
        return NumberedParagraph(style, runs, list_id, number_format,
                                 self._label(number_format, number), number,
                                 self._label_formats()[number_format.value])

    def _new_list(self, prefix: str) -> str:
        self._list_counter += 1
        return f"{prefix}-{self._list_counter}"

    # ------------------------------------------------------------------ annexes
    def _memorandum(self, memo: Memorandum, heading: str) -> Iterator[Block]:
        title = memo.title or self.t.phrase("memorandum")
        yield from self._annex_headings(heading, title, memo.original_language)
        if memo.show_title:
            yield Paragraph(S.H1, (Run(title, bold=True),), keep_with_next=True)
        yield from self._content(memo.blocks, at=f"{self._anchor}.blocks")

    def _annexed_resolution(self, resolution: DraftResolution, heading: str) -> Iterator[Block]:
        title = resolution.heading or self.t.phrase("draft_resolution")
        yield from self._annex_headings(heading, title, resolution.original_language)
        if resolution.show_heading:
            yield Paragraph(S.H1, (Run(title, bold=True),), keep_with_next=True)
        yield from self._resolution_body(resolution, self._anchor or "")

    def _standalone_resolution(self, resolution: DraftResolution) -> Iterator[Block]:
        t = self.t
        yield from self._session_block(committee=resolution.committee, resolution=resolution)
        sponsors = resolution.sponsors or self.ordered_states()
        yield Paragraph(S.SPONSORS, (Run(t.phrase("sponsors", sponsors=list(sponsors)),
                                         bold=True),), keep_with_next=True)
        index = next(i for i, annex in enumerate(self.p.annexes) if annex is resolution)
        yield from self._resolution_body(resolution, f"annexes[{index}]")

    def _resolution_body(self, resolution: DraftResolution, at: str) -> Iterator[Block]:
        """The resolution's title, organ line and paragraphs; *at* is its model path."""
        t = self.t
        title = resolution.title or self.p.item_title
        yield Paragraph(S.H1, (Run(title, bold=True),), keep_with_next=True,
                        source=f"{at}.title")
        organ_line = (t.phrase_runs("organ_line") if resolution.organ_line is None
                      else (Run(resolution.organ_line),))
        yield Paragraph(S.BODY, organ_line, keep_with_next=True, source=f"{at}.organ_line")
        for index, preambular in enumerate(resolution.preambular):
            yield Paragraph(S.BODY, self._lead_runs(preambular.lead, preambular.text),
                            source=f"{at}.preambular[{index}]")
        list_id = self._new_list("operative")
        for number, operative in enumerate(resolution.operative, start=1):
            here = f"{at}.operative[{number - 1}]"
            yield dataclasses.replace(
                self._numbered(S.NUMBERED, self._lead_runs(operative.verb, operative.text),
                               list_id, NumberFormat.DECIMAL, number), source=here)
            yield from self._subparagraphs(operative.subparagraphs, level=1,
                                           at=f"{here}.subparagraphs")

    def _subparagraphs(self, subs: tuple[SubParagraph, ...], level: int,
                       at: str) -> Iterator[Block]:
        if not subs:
            return
        number_format = NumberFormat.LOWER_LETTER if level == 1 else NumberFormat.LOWER_ROMAN
        list_id = self._new_list("sub")
        for number, sub in enumerate(subs, start=1):
            here = f"{at}[{number - 1}]"
            yield dataclasses.replace(
                self._numbered(S.NUMBERED, (Run(sub.text),), list_id, number_format, number),
                source=here)
            yield from self._subparagraphs(sub.subparagraphs, level + 1, f"{here}.subparagraphs")

    def _lead_runs(self, lead: str, text: str) -> tuple[Run, ...]:
        if not lead.strip():
            return (Run(text),)
        if self.t.data.get("language", {}).get("lead_case") == "lower":
            lead = lead[:1].lower() + lead[1:]  # Russian: *постановляет* …
        italic = self.t.italic_emphasis
        return (Run(lead, italic=italic, emphasis=True), Run(self.t.lead_separator + text))

    def _annexed_letter(self, letter: LetterAnnex, heading: str) -> Iterator[Block]:
        t = self.t
        yield from self._annex_headings(heading, letter.heading, letter.original_language)
        if letter.date is not None and letter.show_date_line:
            yield Paragraph(S.DATE_LINE, (Run(t.date(letter.date)),), keep_with_next=True)
        yield Paragraph(S.H1, (Run(letter.heading, bold=True),), keep_with_next=True)
        yield from self._content(letter.blocks, at=f"{self._anchor}.blocks")
        yield from self._signatures(letter.signatories, at=f"{self._anchor}.signatories")
        if letter.enclosure is not None:
            yield from self._enclosure(letter.enclosure)

    def _enclosure(self, enclosure: Enclosure) -> Iterator[Block]:
        t = self.t
        yield PageBreak()
        word = t.phrase("enclosure")
        annex_anchor = self._anchor
        self._anchor = f"{annex_anchor}.enclosure"
        yield from self._annex_headings(word, enclosure.title or word, enclosure.original_language)
        if enclosure.title:
            yield Paragraph(S.H1, (Run(enclosure.title, bold=True),), keep_with_next=True)
        yield from self._content(enclosure.blocks, at=f"{annex_anchor}.enclosure.blocks")
        if enclosure.annex is not None:
            yield PageBreak()
            yield Paragraph(S.HCH, (Run(enclosure.annex.title, bold=True),),
                            bookmark=enclosure.annex.title, keep_with_next=True,
                            anchor=f"{annex_anchor}.enclosure.annex")
            yield from self._content(enclosure.annex.blocks,
                                     at=f"{annex_anchor}.enclosure.annex.blocks")

    def _content(self, blocks: tuple[ContentBlock, ...], body: str = S.BODY,
                 at: str = "") -> Iterator[Block]:
        """The blocks of one part; its numbered paragraphs are one list, numbered on across
        its headings and unnumbered paragraphs, as the UN numbers a memorandum. *at* is the
        model path of the blocks (each block's source)."""
        numbered = self._new_list("paragraphs")
        number = 0
        for index, block in enumerate(blocks):
            out: list[Block] = []
            match block:
                case HeadingBlock():
                    out.append(Paragraph(_HEADING_STYLE[block.level],
                                         (Run(block.text, bold=block.level < 3,
                                              italic=block.level == 3
                                              and self.t.italic_emphasis),),
                                         keep_with_next=True))
                case ParagraphBlock(numbered=True):
                    number += 1
                    out.append(self._numbered(S.NUMBERED, (Run(block.text),), numbered,
                                              NumberFormat.DECIMAL, number))
                case ParagraphBlock():
                    out.append(Paragraph(body, (Run(block.text),)))
                case ListBlock():
                    out.extend(self._list(block))
                case PlaceDateBlock():
                    out.append(Paragraph(S.PLACE_DATE, (Run(self.t.phrase(
                        "place_date", place=block.place, date=self.t.date(block.date))),)))
                case TableBlock():
                    out.append(Table(block.header, block.rows, S.TABLE, S.TABLE_HEADER))
            yield from _sourced(out, f"{at}[{index}]" if at else None)

    def _list(self, block: ListBlock) -> Iterator[Block]:
        number_format = _LIST_FORMAT[block.style]
        list_id = self._new_list("list")
        for number, item in enumerate(block.items, start=block.start):
            yield self._numbered(S.NUMBERED, (Run(item.text),), list_id, number_format, number)
            if item.children is not None:
                yield from self._list(item.children)

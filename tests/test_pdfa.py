"""PDF/A-2b: a preflight of the parts the application controls, on real files reopened
with pikepdf. The letter as the mission sends it (with a transparent scanned signature and
an emblem) and the UN layout, in English and Chinese; then the signed letter, whose
incremental update must keep the file PDF/A.

Not a full validator: the checks follow ISO 19005-2 clauses (as veraPDF words them) for
what our renderer, to_pdfa_2b and the signature write."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator

import pikepdf
import pytest
from PIL import Image, ImageDraw
from pki import make_identity
from reportlab.pdfgen.canvas import Canvas

from cica_desktop.compose import MissionExtras, Part, compose
from cica_desktop.images import image_from_bytes
from cica_desktop.mission import signed_mission_pdf
from cica_desktop.model import Package
from cica_desktop.pdfa import PdfAError, srgb_profile, to_pdfa_2b
from cica_desktop.render import pdf_bytes
from cica_desktop.signing import open_signing_key

NOW = dt.datetime(2026, 11, 26, 16, 40, tzinfo=dt.UTC)


def png(size: tuple[int, int]) -> bytes:
    """A stroke of ink on a transparent background."""
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    ImageDraw.Draw(image).line((5, size[1] - 10, size[0] - 5, 10), fill=(0, 0, 140, 255),
                               width=5)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def extras() -> MissionExtras:
    return MissionExtras(emblem=image_from_bytes(png((120, 120)), "letterhead.emblem"),
                         signature=image_from_bytes(png((300, 100)), "signature"),
                         digital_signer="Byrganym Aitimova",
                         signing_time=f"{NOW:%Y-%m-%d %H:%M} UTC")


@pytest.fixture(scope="module")
def pdfa_files(en_package: Package, zh_package: Package,
               extras: MissionExtras) -> dict[str, bytes]:
    """PDF/A-2b of the mission's letter and of the UN layout's package, en and zh."""
    from cica_desktop.mission import mission_pdf

    files = {}
    for name, package in (("en", en_package), ("zh", zh_package)):
        files[f"{name}-mission"] = to_pdfa_2b(mission_pdf(package, extras, Part.LETTER)[0])
        files[f"{name}-un"] = to_pdfa_2b(pdf_bytes(compose(package, Part.PACKAGE))[0])
    return files


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, en_package: Package,
           extras: MissionExtras) -> bytes:
    p12, _ = make_identity(tmp_path_factory.mktemp("pki"))
    key = open_signing_key(p12, "secret")
    plain = dataclasses.replace(extras, digital_signer=None, signing_time="")
    return signed_mission_pdf(en_package, plain, key, part=Part.LETTER, pdfa=True, now=NOW)


NAMES = ["en-mission", "zh-mission", "en-un", "zh-un"]


@pytest.fixture(params=NAMES)
def pdfa(request: pytest.FixtureRequest, pdfa_files: dict[str, bytes]) -> bytes:
    return pdfa_files[request.param]


@pytest.fixture(params=[*NAMES, "signed"])
def any_pdfa(request: pytest.FixtureRequest, pdfa_files: dict[str, bytes],
             signed: bytes) -> bytes:
    return signed if request.param == "signed" else pdfa_files[request.param]


def opened(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


# ------------------------------------------------------------------------------ walking


def resource_owners(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Every page, and every form XObject and annotation appearance drawn on one (each
    with its own resources), once."""
    seen: set[tuple[int, int]] = set()

    def forms(owner: pikepdf.Object) -> Iterator[pikepdf.Object]:
        resources = owner.get("/Resources", pikepdf.Dictionary())
        for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
            if xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
                seen.add(xobject.objgen)
                yield xobject
                yield from forms(xobject)

    for page in pdf.pages:
        yield page.obj
        yield from forms(page.obj)
        for annotation in page.obj.get("/Annots", pikepdf.Array()):
            for appearance in annotation.get("/AP", pikepdf.Dictionary()).values():
                states = ([appearance] if isinstance(appearance, pikepdf.Stream)
                          else list(appearance.values()))
                for stream in states:
                    if stream.objgen not in seen:
                        seen.add(stream.objgen)
                        yield stream
                        yield from forms(stream)


def fonts(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Every font any page draws with, descendant fonts of composite fonts included."""
    for owner in resource_owners(pdf):
        resources = owner.get("/Resources", pikepdf.Dictionary())
        for font in resources.get("/Font", pikepdf.Dictionary()).values():
            yield font
            yield from font.get("/DescendantFonts", pikepdf.Array())


def images(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    for owner in resource_owners(pdf):
        resources = owner.get("/Resources", pikepdf.Dictionary())
        for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
            if xobject.get("/Subtype") == "/Image":
                yield xobject
                if "/SMask" in xobject:
                    yield xobject.SMask


# ------------------------------------------------------------------------------ preflight


def test_the_xmp_says_pdfa_2b_and_repeats_the_document_information(pdfa: bytes) -> None:
    with opened(pdfa) as pdf:
        assert pdf.Root.Metadata.Type == "/Metadata"
        assert pdf.Root.Metadata.Subtype == "/XML"
        info = pdf.docinfo
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"
        title = str(info["/Title"]) if "/Title" in info else None
        assert meta.get("dc:title") == title
        assert meta.get("dc:description") == str(info["/Subject"])
        assert meta.get("dc:creator") == [str(info["/Author"])]
        assert meta.get("pdf:Producer") == str(info["/Producer"])
        assert meta.get("pdf:Keywords") == str(info["/Keywords"])
        assert meta.get("xmp:CreatorTool") == str(info["/Creator"])
        assert "/Trapped" not in info


def test_the_un_layout_has_a_title_in_both_places(pdfa_files: dict[str, bytes]) -> None:
    for name in ("en-un", "zh-un"):
        with opened(pdfa_files[name]) as pdf:
            title = str(pdf.docinfo["/Title"])
            assert title.startswith("A/62/232 ")
            assert pdf.open_metadata()["dc:title"] == title


def test_there_is_exactly_one_srgb_output_intent(any_pdfa: bytes) -> None:
    with opened(any_pdfa) as pdf:
        [intent] = pdf.Root.OutputIntents
        assert intent.Type == "/OutputIntent"
        assert intent.S == "/GTS_PDFA1"
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile
        assert profile.is_indirect
        assert profile.N == 3
        icc = profile.read_bytes()
        assert icc == srgb_profile()
        assert int.from_bytes(icc[:4], "big") == len(icc)
        assert icc[36:40] == b"acsp"  # the ICC header's signature
        assert icc[12:16] in (b"mntr", b"prtr")  # 6.2.3: a monitor or output profile
        assert icc[16:20] == b"RGB "
        assert icc[8] < 5  # 6.2.3: profile version below 5.0


def test_every_font_on_every_page_is_embedded(any_pdfa: bytes) -> None:
    with opened(any_pdfa) as pdf:
        seen = 0
        for font in fonts(pdf):
            seen += 1
            subtype = font.get("/Subtype")
            if subtype in ("/Type0", "/Type3"):
                continue
            descriptor = font.get("/FontDescriptor")
            name = str(font.get("/BaseFont"))
            assert descriptor is not None, f"{name} has no font descriptor"
            programs = [key for key in ("/FontFile", "/FontFile2", "/FontFile3")
                        if key in descriptor]
            assert programs, f"{name} is not embedded"
            assert len(descriptor[programs[0]].read_bytes()) > 0
        assert seen > 0


def test_the_file_structure_is_plain_pdf_1_7(any_pdfa: bytes) -> None:
    assert any_pdfa.startswith(b"%PDF-1.7")
    # 6.1.2: a comment of at least four bytes above 127 follows the header line.
    second_line = any_pdfa.split(b"\n")[1]
    assert second_line.startswith(b"%")
    assert sum(byte > 127 for byte in second_line[1:5]) == 4
    with opened(any_pdfa) as pdf:
        assert pdf.pdf_version == "1.7"
        assert "/Version" not in pdf.Root or str(pdf.Root.Version) == "/1.7"
        assert not pdf.is_encrypted
        assert "/Encrypt" not in pdf.trailer
        file_id = pdf.trailer.ID
        assert len(file_id) == 2 and all(len(bytes(part)) == 16 for part in file_id)


def test_there_is_no_javascript_and_no_automatic_action(any_pdfa: bytes) -> None:
    with opened(any_pdfa) as pdf:
        root = pdf.Root
        assert "/AA" not in root
        assert "/OpenAction" not in root
        assert "/JavaScript" not in root.get("/Names", pikepdf.Dictionary())
        for page in pdf.pages:
            assert "/AA" not in page.obj
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                assert "/JS" not in obj
                assert obj.get("/S") not in ("/JavaScript", "/Launch")
        assert root.get("/AcroForm", pikepdf.Dictionary()).get("/NeedAppearances") in (
            None, False)


def test_colours_are_rgb_or_grey_under_the_rgb_output_intent(any_pdfa: bytes) -> None:
    # 6.2.4.3: DeviceCMYK needs a CMYK output intent, which we do not write.
    with opened(any_pdfa) as pdf:
        operators = 0
        for owner in resource_owners(pdf):
            resources = owner.get("/Resources", pikepdf.Dictionary())
            for space in resources.get("/ColorSpace", pikepdf.Dictionary()).values():
                assert "/DeviceCMYK" not in str(space)
            stream = (pikepdf.Page(owner) if owner.get("/Type") == "/Page" else owner)
            for _operands, operator in pikepdf.parse_content_stream(stream):
                operators += 1
                assert str(operator) not in ("k", "K")
        assert operators > 100
        for image in images(pdf):
            assert image.get("/ColorSpace") in ("/DeviceRGB", "/DeviceGray")


def test_images_and_their_soft_masks_are_allowed_in_pdfa_2(any_pdfa: bytes) -> None:
    with opened(any_pdfa) as pdf:
        for image in images(pdf):
            # 6.2.8: no alternates, no OPI, no interpolation; 6.1.7: no LZW.
            assert "/Alternates" not in image and "/OPI" not in image
            assert image.get("/Interpolate") in (None, False)
            filters = image.get("/Filter", pikepdf.Array())
            filters = [filters] if isinstance(filters, pikepdf.Name) else list(filters)
            assert "/LZWDecode" not in filters


def test_the_mission_letter_draws_its_transparent_scan_with_a_soft_mask(
        pdfa_files: dict[str, bytes]) -> None:
    for name in ("en-mission", "zh-mission"):
        with opened(pdfa_files[name]) as pdf:
            masked = [image for image in images(pdf) if "/SMask" in image]
            assert masked, f"{name}: no image with a soft mask"
            for image in masked:
                assert image.SMask.ColorSpace == "/DeviceGray"
                assert (image.SMask.Width, image.SMask.Height) == (image.Width, image.Height)


# ------------------------------------------------------------------------------ signed


def test_every_annotation_of_the_signed_file_prints_with_an_appearance(signed: bytes) -> None:
    with opened(signed) as pdf:
        annotations = [(index, annotation) for index, page in enumerate(pdf.pages)
                       for annotation in page.obj.get("/Annots", pikepdf.Array())]
        assert any(a.get("/FT") == "/Sig" for _, a in annotations)
        for index, annotation in annotations:
            where = f"page {index + 1}, {annotation.get('/Subtype')}"
            if annotation.get("/Subtype") == "/Popup":
                continue
            flags = int(annotation.get("/F", 0))
            assert flags & 4, f"{where}: the print flag is not set"
            assert not flags & (1 | 2 | 32), f"{where}: hidden, invisible or no-view"
            appearance = annotation.get("/AP")
            assert appearance is not None, f"{where}: no appearance"
            assert set(appearance.keys()) == {"/N"}, f"{where}: only /N is allowed"
            assert isinstance(appearance.N, pikepdf.Stream)


def test_the_signed_file_is_still_pdfa_2b(signed: bytes) -> None:
    with opened(signed) as pdf:
        meta = pdf.open_metadata()  # the catalog's metadata as of the last revision
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"
        assert len(pdf.Root.OutputIntents) == 1
        assert pdf.Root.AcroForm.SigFlags == 3


def test_the_signature_is_an_incremental_update_of_the_pdfa_file(signed: bytes) -> None:
    # The first revision is the PDF/A file as to_pdfa_2b wrote it.
    marker = signed.index(b"%%EOF") + len(b"%%EOF")
    first = signed[:marker]
    with opened(first) as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "2"
        assert "/AcroForm" not in pdf.Root
    assert signed.count(b"%%EOF") == 2


# ------------------------------------------------------------------------------ refused


def helvetica_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "Set in a font the reader must supply")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_pdf_with_a_font_that_is_not_embedded_is_refused_by_name() -> None:
    with pytest.raises(PdfAError, match="not embedded: /Helvetica"):
        to_pdfa_2b(helvetica_pdf())


def test_something_that_is_not_a_pdf_is_refused() -> None:
    with pytest.raises(PdfAError, match="not a readable PDF"):
        to_pdfa_2b(b"%PDF-1.4\nthis is not a PDF at all\n")


def test_a_font_that_is_not_embedded_inside_a_form_xobject_is_refused() -> None:
    pdf = pikepdf.new()
    helvetica = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                   BaseFont=pikepdf.Name.Helvetica)
    form = pikepdf.Stream(pdf, b"BT /F1 12 Tf 10 10 Td (boxed) Tj ET")
    form.Type = pikepdf.Name.XObject
    form.Subtype = pikepdf.Name.Form
    form.BBox = pikepdf.Array([0, 0, 100, 100])
    form.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=helvetica))
    pdf.add_blank_page(page_size=(200, 200))
    page = pdf.pages[0].obj
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fm1=pdf.make_indirect(form)))
    page.Contents = pdf.make_stream(b"q /Fm1 Do Q")
    out = io.BytesIO()
    pdf.save(out)
    with pytest.raises(PdfAError, match="Helvetica"):
        to_pdfa_2b(out.getvalue())

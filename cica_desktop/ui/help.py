"""Help ▸ User guide (the guide shipped with the application, its screenshots included) and
Help ▸ About (the versions and licences of the application, its libraries and the fonts the
documents embed).

The guide is `resources/guide/USER-GUIDE.md` (package data of cica_desktop.resources, so an
installed wheel carries it); `docs/USER-GUIDE.md` points to it. It is in English whatever
the interface language.
"""

from __future__ import annotations

from html import escape
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..app.about import app_version, components, fonts
from .i18n import tr


def guide_path() -> Path:
    """The user guide (Markdown; its images in the same folder)."""
    return Path(str(resources.files("cica_desktop.resources"))) / "guide" / "USER-GUIDE.md"


class GuideWindow(QDialog):
    """The user guide in a window of its own, left open beside the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setObjectName("user_guide_text")
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.retranslate()
        path = guide_path()
        if path.is_file():
            # A file URL: the screenshots are found beside it, as on GitHub.
            self.browser.setSource(QUrl.fromLocalFile(str(path)),
                                   QTextDocument.ResourceType.MarkdownResource)
        else:
            self.browser.setPlainText(tr("The user guide is missing: {file}").format(
                file=path))
        if parent is not None:
            screen = parent.screen().availableGeometry()
            self.resize(min(900, int(screen.width() * 0.6)), int(screen.height() * 0.8))
        self.fit_images(self.width() - 60)

    def fit_images(self, width: int) -> None:
        """Screenshots wider than *width* points shown at that width (no sideways
        scrolling on a small screen); narrower ones at their own size."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                char_format = fragment.charFormat()
                if char_format.isImageFormat():
                    image_format = char_format.toImageFormat()
                    image = document.resource(QTextDocument.ResourceType.ImageResource,
                                              QUrl(image_format.name()))
                    natural = image.width() if isinstance(image, QImage | QPixmap) else 0
                    if natural > width:
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / natural)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("User guide — cica-desktop"))
        self.browser.setAccessibleName(tr("User guide"))


def show_user_guide(parent: QWidget) -> GuideWindow:
    """Help ▸ User guide: one guide window per main window, raised when open already."""
    window = parent.findChild(GuideWindow)
    if window is None:
        window = GuideWindow(parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def about_html() -> str:
    """What the About box says, as HTML."""
    what = tr("Prepares a request to put an item on the agenda of the United Nations General "
              "Assembly: the letter and its annexes, in the UN layout, as DOCX and PDF, "
              "signed.")
    embedding = tr("Each PDF embeds the fonts it uses (subsets); the licences above allow "
                   "that. DOCX files name the fonts UN offices have and embed none.")
    versions = _table((tr("Component"), tr("Version"), tr("Licence")),
                      [(c.name, c.version, c.licence) for c in components()])
    font_table = _table((tr("Script"), tr("Family"), tr("Licence"), tr("File")),
                        [(f.script, f.family or tr("none installed"), f.licence, f.where)
                         for f in fonts()])
    versions_heading = tr("Versions and licences")
    fonts_heading = tr("Fonts the documents embed on this computer")
    return (f"<h2>cica-desktop {escape(app_version())}</h2><p>{escape(what)}</p>"
            f"<h3>{escape(versions_heading)}</h3>{versions}"
            f"<h3>{escape(fonts_heading)}</h3>{font_table}<p>{escape(embedding)}</p>")


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th align='left'>{escape(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table cellpadding='3'><tr>{head}</tr>{body}</table>"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(tr("About cica-desktop"))
        self.text = QTextBrowser()
        self.text.setObjectName("about_text")
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html())
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 620)


def show_about(parent: QWidget) -> AboutDialog:
    """Help ▸ About (window-modal; it goes when closed)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

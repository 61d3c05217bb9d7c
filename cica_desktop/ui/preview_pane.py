"""The live preview: the rendered PDF (QPdfView), on the page of the part being edited."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..app.paths import parse_path
from ..app.preview_client import PreviewRenderer
from .i18n import tr
from .labels import human_path
from .widgets import tool_button


def field_words(path: str) -> str:
    """A model path in a render notice ("running_title") named as the forms label its
    field ("Short title for page headers"), in the interface language."""
    return human_path(parse_path(path))


class PreviewPane(QWidget):
    #: A new rendering is shown.
    updated = Signal()
    #: The reader chose the other layout: "un" or "mission".
    layout_changed = Signal(str)

    def __init__(self, layout_choice: str = "un") -> None:
        super().__init__()
        self.setObjectName("preview")
        # The notices above the preview name a field as its form does, not by its path.
        PreviewRenderer.field_words = field_words
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("preview_layout")
        self.layout_choice.addItem("", "un")
        self.layout_choice.addItem("", "mission")
        self.set_layout_choice(layout_choice)
        self.layout_choice.activated.connect(
            lambda index: self.layout_changed.emit(self.layout_choice.itemData(index)))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self.anchors: dict[str, int] = {}
        #: Where each paragraph starts, by its model path: (page index, points from the top).
        self.positions: dict[str, tuple[int, float]] = {}
        self.anchor = "letter"
        #: The brief mark on the line the preview has just followed the form to.
        self.flash = QWidget(self.view.viewport())
        self.flash.setObjectName("preview_flash")
        self.flash.setStyleSheet("background: rgba(255, 214, 0, 90);")
        self.flash.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.flash.hide()
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(1200)
        self._flash_timer.timeout.connect(self.flash.hide)
        self._jump_pending = True
        self.page_label = QLabel()
        self.page_label.setObjectName("preview_page")
        self.state_label = QLabel()
        self.state_label.setObjectName("preview_state")
        self.state_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        self.zoom_buttons = []
        for text, name, action in (
            ("−", "zoom_out", lambda: self.zoom(1 / 1.2)),
            ("+", "zoom_in", lambda: self.zoom(1.2)),
            ("↔", "fit_width", self.fit_width),
        ):
            button = tool_button(text, "", name, action, flat=False)
            self.zoom_buttons.append(button)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.layout_choice)
        layout.addWidget(self.state_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the installed language."""
        self.view.setAccessibleName(tr("Preview of the package"))
        self.layout_choice.setAccessibleName(tr("Layout shown in the preview"))
        self.layout_choice.setItemText(0, tr("As the UN circulates it"))
        self.layout_choice.setItemText(1, tr("As the mission sends it (signed)"))
        for button, tip in zip(self.zoom_buttons, (tr("Zoom out"), tr("Zoom in"),
                                                   tr("Fit to width")), strict=True):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self._page_changed(self.view.pageNavigator().currentPage())

    def set_layout_choice(self, layout: str) -> None:
        index = self.layout_choice.findData(layout)
        if index >= 0 and index != self.layout_choice.currentIndex():
            self.layout_choice.setCurrentIndex(index)

    def clear(self) -> None:
        self.document.close()
        self.anchors = {}
        self._jump_pending = True

    def show_pdf(self, data: bytes, anchors: dict[str, int],
                 positions: dict[str, tuple[int, float]] | None = None) -> None:
        scroll = self.view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self.anchors = anchors
        self.positions = positions or {}
        if self._jump_pending:
            self.go_to_anchor(self.anchor)  # a new part was chosen: show its first page
        else:
            self.view.verticalScrollBar().setValue(scroll)  # keep the reader's place
        self._page_changed(self.view.pageNavigator().currentPage())
        self.updated.emit()

    def set_state(self, text: str) -> None:
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def go_to_anchor(self, anchor: str) -> None:
        """Show the first page of the part *anchor* ("letter", "annexes[1]")."""
        self.anchor = anchor
        if not self.document.pageCount() or (anchor not in self.anchors and anchor != "letter"):
            self._jump_pending = True  # when its pages arrive
            return
        self._jump_pending = False
        page = max(0, min(self.anchors.get(anchor, 0), self.document.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def source_of(self, path: str) -> str | None:
        """The paragraph of the preview that shows the field *path* ("letter.blocks[2].text"
        is shown by "letter.blocks[2]"): the longest recorded path it lies under."""
        best: str | None = None
        for source in self.positions:
            under = path == source or path.startswith((source + ".", source + "["))
            if under and (best is None or len(source) > len(best)):
                best = source
        return best

    def follow(self, path: str) -> bool:
        """Show the line where the field *path* is printed, marked briefly; False when the
        preview does not show it (yet)."""
        source = self.source_of(path)
        if source is None or not self.document.pageCount():
            return False
        page, top = self.positions[source]
        page = max(0, min(page, self.document.pageCount() - 1))
        self._jump_pending = False
        margin = 18.0  # points of the page above the line, so the line is not at the edge
        self.view.pageNavigator().jump(page, QPointF(0, max(0.0, top - margin)),
                                       self.view.zoomFactor())
        QTimer.singleShot(0, self._show_flash)
        return True

    def _show_flash(self) -> None:
        """A band across the top of the view, where the jump has put the line."""
        line_height = 16 * self.view.zoomFactor() * self.logicalDpiY() / 72
        viewport = self.view.viewport()
        margin = 18 * self.view.zoomFactor() * self.logicalDpiY() / 72
        self.flash.setGeometry(0, int(margin), viewport.width(), max(8, int(line_height)))
        self.flash.show()
        self.flash.raise_()
        self._flash_timer.start()

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _page_changed(self, page: int) -> None:
        self.page_label.setText(tr("Page {page} of {pages}").format(
            page=page + 1, pages=self.document.pageCount()))

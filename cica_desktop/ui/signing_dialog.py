"""Settings ▸ Signing…: the signer profile, the time-stamp server, PDF/A and trusted
certificates. Kept in the user's settings, never in a project file; no password here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..app.settings import Settings
from ..app.signing import (
    MAX_TIMEOUT,
    MIN_TIMEOUT,
    ImageError,
    SignerProfile,
    signature_scan,
    tsa_url_problem,
)
from .i18n import QT_TRANSLATE_NOOP, tr

# What timestamping.tsa_url_problem() may say, for Qt Linguist.
_TSA_URL_PROBLEMS = (QT_TRANSLATE_NOOP("", "give an http:// or https:// address"),
                     QT_TRANSLATE_NOOP("", "the address names no server"),
                     QT_TRANSLATE_NOOP("", "the address has an invalid port"))


def _with_chooser(line: QLineEdit, title: str, filters: str) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(line, 1)
    button = QPushButton(tr("Choose…"))
    button.setObjectName(f"{line.objectName()}.choose")

    def choose() -> None:
        name, _ = QFileDialog.getOpenFileName(box, title, line.text() or str(Path.home()),
                                              filters)
        if name:
            line.setText(name)

    button.clicked.connect(choose)
    layout.addWidget(button)
    return box


class SigningDialog(QDialog):
    """Edits the signer profile and the signing options; OK saves them, Cancel forgets."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("signing_dialog")
        self.setWindowTitle(tr("Signing"))
        self.setMinimumWidth(560)
        profile = settings.signer_profile()
        form = QFormLayout()
        self.name = QLineEdit(profile.name)
        self.name.setObjectName("signer.name")
        self.name.setToolTip(tr("As printed under the letter: the block with this name is "
                                "the one signed"))
        form.addRow(tr("Signer's name"), self.name)
        self.titles = QPlainTextEdit("\n".join(profile.titles))
        self.titles.setObjectName("signer.titles")
        self.titles.setPlaceholderText(tr("One title per line, e.g. Permanent Representative"))
        self.titles.setFixedHeight(64)
        self.titles.setToolTip(tr("Used only when you ask: “Use my profile for this "
                                  "signatory” on a signatory fills in this name and titles"))
        form.addRow(tr("Titles"), self.titles)
        self.signature_image = QLineEdit(profile.signature_image)
        self.signature_image.setObjectName("signer.signature_image")
        self.signature_image.textChanged.connect(self._show_signature)
        form.addRow(tr("Scanned signature"), _with_chooser(
            self.signature_image, tr("Scanned signature"), tr("Images (*.png *.jpg *.jpeg)")))
        self.signature_preview = QLabel()
        self.signature_preview.setObjectName("signer.signature_preview")
        self.signature_preview.setMinimumHeight(60)
        self.signature_preview.setAlignment(Qt.AlignmentFlag.AlignLeft
                                            | Qt.AlignmentFlag.AlignVCenter)
        form.addRow("", self.signature_preview)
        self.certificate = QLineEdit(profile.certificate)
        self.certificate.setObjectName("signer.certificate")
        form.addRow(tr("Key and certificate"), _with_chooser(
            self.certificate, tr("Key and certificate"), tr("PKCS#12 files (*.p12 *.pfx)")))
        self.tsa_url = QLineEdit(settings.tsa_url())
        self.tsa_url.setObjectName("signing.tsa_url")
        self.tsa_url.setPlaceholderText(tr("e.g. http://timestamp.example.org (empty: none)"))
        form.addRow(tr("Time-stamp server"), self.tsa_url)
        self.tsa_timeout = QSpinBox()
        self.tsa_timeout.setObjectName("signing.tsa_timeout")
        self.tsa_timeout.setRange(int(MIN_TIMEOUT), int(MAX_TIMEOUT))
        self.tsa_timeout.setSuffix(tr(" s"))
        self.tsa_timeout.setValue(round(settings.tsa_timeout()))
        self.tsa_timeout.setToolTip(tr("How long the time-stamp server may take in all, from "
                                       "connecting to its last byte; then signing stops "
                                       "with an error."))
        form.addRow(tr("Time-stamp deadline"), self.tsa_timeout)
        self.pdfa = QCheckBox(tr("Make signed letters PDF/A-2b (for archiving)"))
        self.pdfa.setObjectName("signing.pdfa")
        self.pdfa.setChecked(settings.pdfa())
        form.addRow("", self.pdfa)
        self.trusted = QListWidget()
        self.trusted.setObjectName("signing.trusted")
        self.trusted.setFixedHeight(72)
        self.trusted.addItems([str(p) for p in settings.trusted_certificates()])
        add, remove = QPushButton(tr("Add…")), QPushButton(tr("Remove"))
        add.setObjectName("signing.trusted.add")
        remove.setObjectName("signing.trusted.remove")
        add.clicked.connect(self._add_trusted)
        remove.clicked.connect(self._remove_trusted)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        trusted_box = QVBoxLayout()
        trusted_box.addWidget(self.trusted)
        trusted_box.addLayout(buttons_row)
        form.addRow(tr("Trusted certificates"), trusted_box)
        self.problem = QLabel()
        self.problem.setObjectName("signing.problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        for widget, label in ((self.name, tr("Signer's name")), (self.titles, tr("Titles")),
                              (self.signature_image, tr("Scanned signature")),
                              (self.certificate, tr("Key and certificate")),
                              (self.tsa_url, tr("Time-stamp server")),
                              (self.tsa_timeout, tr("Time-stamp deadline")),
                              (self.trusted, tr("Trusted certificates"))):
            widget.setAccessibleName(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show_signature()

    def profile(self) -> SignerProfile:
        titles = tuple(t.strip() for t in self.titles.toPlainText().splitlines() if t.strip())
        return SignerProfile(name=self.name.text().strip(), titles=titles,
                             signature_image=self.signature_image.text().strip(),
                             certificate=self.certificate.text().strip())

    def _show_signature(self) -> None:
        """Show the scan as it will be used, or say what is wrong with the file."""
        path = self.signature_image.text().strip()
        self.signature_preview.clear()
        self.problem.clear()
        if not path:
            return
        try:
            scan = signature_scan(path, tr("Scanned signature"))
        except ImageError as exc:
            self.problem.setText(str(exc))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(scan)
        self.signature_preview.setPixmap(pixmap.scaledToHeight(
            56, Qt.TransformationMode.SmoothTransformation))

    def _add_trusted(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("Trusted certificates"), str(Path.home()),
            tr("Certificates (*.pem *.crt *.cer *.der)"))
        existing = {self.trusted.item(i).text() for i in range(self.trusted.count())}
        self.trusted.addItems([n for n in names if n not in existing])

    def _remove_trusted(self) -> None:
        for item in self.trusted.selectedItems():
            self.trusted.takeItem(self.trusted.row(item))

    def problems(self) -> list[str]:
        """What is wrong with the entries, field by field (empty: they can be saved)."""
        found = []
        profile = self.profile()
        if profile.signature_image:
            try:
                signature_scan(profile.signature_image, tr("Scanned signature"))
            except ImageError as exc:
                found.append(str(exc))
        if profile.certificate and not Path(profile.certificate).expanduser().is_file():
            found.append(tr("Key and certificate: {file} does not exist").format(
                file=profile.certificate))
        url = self.tsa_url.text().strip()
        if url and tsa_url_problem(url):
            found.append(tr("Time-stamp server: {problem}").format(
                problem=tr(tsa_url_problem(url))))
        for index in range(self.trusted.count()):
            path = Path(self.trusted.item(index).text())
            if not path.is_file():
                found.append(tr("Trusted certificates: {file} does not exist").format(file=path))
        return found

    def accept(self) -> None:
        found = self.problems()
        if found:
            self.problem.setText("\n".join(found))
            return
        self.settings.set_signer_profile(self.profile())
        self.settings.set_tsa_url(self.tsa_url.text())
        self.settings.set_tsa_timeout(self.tsa_timeout.value())
        self.settings.set_pdfa(self.pdfa.isChecked())
        self.settings.set_trusted_certificates(
            [Path(self.trusted.item(i).text()) for i in range(self.trusted.count())])
        super().accept()

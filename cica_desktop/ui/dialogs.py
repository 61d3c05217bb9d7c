"""Small dialogs: File ▸ New request, a gallery of the kinds of request with what a new
request needs (language, rule, session, date, requesting States, organization, title)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..app.new_request import (
    CONTEXT,
    KindChoice,
    available_languages,
    kind_choices,
    new_request_data,
    rule_20,
    rule_choices,
    session_for,
)
from .i18n import long_date_format, tr, ui_locale

#: The names of the document languages, translated when shown.
_LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian",
                   "zh": "Chinese", "ar": "Arabic"}


def language_name(code: str) -> str:
    """A document language's name in the interface language ("French" in English)."""
    return tr(_LANGUAGE_NAMES.get(code, code))


def _requests(text: str) -> str:
    """A kind's or a rule's words (compose/kinds.py) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


class NewProjectDialog(QDialog):
    """The gallery of kinds on the left, the request's essentials on the right. Every
    widget has an objectName (new.kind, new.language, new.rule, new.session, new.date,
    new.state, new.states, new.add_state, new.remove_state, new.organization,
    new.item_title, new.parent_item, new.draft_resolution, new.paper)."""

    def __init__(self, parent: QWidget | None = None, paper: str = "letter") -> None:
        super().__init__(parent)
        self.setObjectName("new_project_dialog")
        self.setWindowTitle(tr("New request"))
        self.kinds = {choice.value: choice for choice in kind_choices()}
        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        gallery = QVBoxLayout()
        gallery.addWidget(QLabel(f"<b>{tr('What is the request for?')}</b>"))
        self.kind = QListWidget()
        self.kind.setObjectName("new.kind")
        self.kind.setAccessibleName(tr("Kind of request"))
        self.kind.setWordWrap(True)
        self.kind.setSpacing(2)
        self.kind.setUniformItemSizes(False)
        self.kind.setAlternatingRowColors(True)
        for choice in self.kinds.values():
            # Each kind with what it is for: the title, then its description.
            item = QListWidgetItem(f"{_requests(choice.title)}\n{_requests(choice.description)}")
            item.setData(Qt.ItemDataRole.UserRole, choice.value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, _requests(choice.title))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         _requests(choice.description))
            self.kind.addItem(item)
        gallery.addWidget(self.kind, 1)
        body.addLayout(gallery, 2)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body.addLayout(form, 3)
        self.language = QComboBox()
        self.language.setObjectName("new.language")
        for code in available_languages():
            self.language.addItem(language_name(code), code)
        self.rule = QComboBox()
        self.rule.setObjectName("new.rule")
        for rule, title, _text in rule_choices():
            self.rule.addItem(_requests(title), rule)
        self.rule_description = QLabel()
        self.rule_description.setObjectName("new.rule_description")
        self.rule_description.setWordWrap(True)
        title_20, text_20 = rule_20()
        self.rule_20 = QLabel(f"<i>{_requests(title_20)}.</i> {_requests(text_20)}")
        self.rule_20.setObjectName("new.rule_20")
        self.rule_20.setWordWrap(True)
        self.session = QSpinBox()
        self.session.setObjectName("new.session")
        self.session.setRange(1, 200)
        self.session.setValue(session_for(15))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("new.date")
        self.date.setCalendarPopup(True)
        # In full, as the interface language writes a date ("4 octobre 2007").
        self.date.setLocale(ui_locale())
        self.date.setDisplayFormat(long_date_format(ui_locale()))

        self.state = QLineEdit()
        self.state.setObjectName("new.state")
        self.state.setPlaceholderText(tr("e.g. Kazakhstan"))
        # Enter adds the State typed (and does not close the dialog).
        self.state.installEventFilter(self)
        add = QPushButton(tr("Add State"))
        add.setObjectName("new.add_state")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_state)
        state_row = QHBoxLayout()
        state_row.setContentsMargins(0, 0, 0, 0)
        state_row.addWidget(self.state, 1)
        state_row.addWidget(add)
        self.states = QListWidget()
        self.states.setObjectName("new.states")
        self.states.setAccessibleName(tr("Requesting States"))
        self.states.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        remove = QPushButton(tr("Remove"))
        remove.setObjectName("new.remove_state")
        remove.setAutoDefault(False)
        remove.clicked.connect(self._remove_state)
        states_box = QVBoxLayout()
        states_box.setContentsMargins(0, 0, 0, 0)
        states_box.addLayout(state_row)
        states_box.addWidget(self.states)
        states_box.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        self.senders_note = QLabel()
        self.senders_note.setObjectName("new.senders_note")
        self.senders_note.setWordWrap(True)
        states_box.addWidget(self.senders_note)
        states_holder = QWidget()
        states_holder.setLayout(states_box)

        self.organization = QLineEdit()
        self.organization.setObjectName("new.organization")
        self.organization.setPlaceholderText(tr("with its article: the Example Forum"))
        self.item_title = QLineEdit()
        self.item_title.setObjectName("new.item_title")
        self.parent_item = QLineEdit()
        self.parent_item.setObjectName("new.parent_item")
        self.draft_resolution = QCheckBox(tr("With a draft resolution (annex II)"))
        self.draft_resolution.setObjectName("new.draft_resolution")
        self.paper = QComboBox()
        self.paper.setObjectName("new.paper")
        self.paper.addItem(tr("US Letter (New York)"), "letter")
        self.paper.addItem(tr("A4 (Geneva, missions)"), "a4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        for label, widget in ((tr("Language"), self.language), (tr("Rule"), self.rule),
                              ("", self.rule_description), ("", self.rule_20),
                              (tr("Session"), self.session),
                              (tr("Date of the letter"), self.date),
                              (tr("Requesting State(s)"), states_holder),
                              (tr("Organization"), self.organization),
                              (tr("Item title"), self.item_title),
                              (tr("Existing item"), self.parent_item),
                              ("", self.draft_resolution),
                              (tr("Paper size"), self.paper)):
            if label:
                widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.state.setAccessibleName(tr("Requesting State"))
        self.blank_note = QLabel(tr(
            "What you leave blank stays blank: the findings list it until you fill it in. "
            "Nothing is made up."))
        self.blank_note.setObjectName("new.blank_note")
        self.blank_note.setWordWrap(True)
        outer.addWidget(self.blank_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("new.buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        #: The session follows the rule and the letter's date until the user sets it.
        self._session_chosen = False
        self.session.valueChanged.connect(self._session_set)
        self.date.dateChanged.connect(self._date_changed)
        self.kind.currentRowChanged.connect(self._kind_changed)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self.states.model().rowsInserted.connect(self._senders_changed)
        self.states.model().rowsRemoved.connect(self._senders_changed)
        self.state.textChanged.connect(self._senders_changed)
        self.kind.setCurrentRow(0)
        self.rule.setCurrentIndex(max(0, self.rule.findData(15)))
        self._rule_changed()
        self._senders_changed()
        self.resize(860, 600)

    # ------------------------------------------------------------------ reactions
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.state and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._add_state()
            return True
        return super().eventFilter(watched, event)

    def current_kind(self) -> KindChoice:
        item = self.kind.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.kinds.get(str(value), next(iter(self.kinds.values())))

    def _kind_changed(self, _row: int = 0) -> None:
        choice = self.current_kind()
        self.organization.setEnabled(choice.organization)
        self.parent_item.setEnabled(choice.sub_item)
        self.parent_item.setPlaceholderText(
            tr("The standard item when left blank") if choice.sub_item and choice.organization
            else tr("The title of the existing item"))
        self.draft_resolution.setChecked(choice.resolution)
        self.draft_resolution.setEnabled(choice.resolution_optional)
        self.item_title.setPlaceholderText(
            tr("Made from the organization when left blank") if choice.organization
            else tr("As it will appear on the agenda"))

    def _session_set(self, _value: int) -> None:
        self._session_chosen = True

    def _date_changed(self, _date: QDate | None = None) -> None:
        """Until the user sets the session, it is the one the rule and the date are for."""
        if not self._session_chosen:
            date = self.date.date()
            self.session.blockSignals(True)
            self.session.setValue(session_for(int(self.rule.currentData()),
                                              dt.date(date.year(), date.month(), date.day())))
            self.session.blockSignals(False)

    def _rule_changed(self, _index: int = 0) -> None:
        rule = self.rule.currentData()
        text = next((t for r, _title, t in rule_choices() if r == rule), "")
        self.rule_description.setText(_requests(text))
        self._date_changed()

    def _add_state(self) -> None:
        name = self.state.text().strip()
        if name:
            self.states.addItem(name)
            self.state.clear()
        self.state.setFocus()

    def _remove_state(self) -> None:
        for item in self.states.selectedItems() or \
                ([self.states.item(self.states.count() - 1)] if self.states.count() else []):
            self.states.takeItem(self.states.row(item))

    def _senders_changed(self, *_args: object) -> None:
        count = len(self.requesting_states())
        self.senders_note.setText(
            tr("One signature block per State: a joint letter (“We have the honour…”).")
            if count > 1 else
            tr("One signatory (“I have the honour…”); add States for a joint letter."))

    # ------------------------------------------------------------------ result
    def requesting_states(self) -> list[str]:
        """The States added, then the one still being typed."""
        names = [self.states.item(i).text() for i in range(self.states.count())]
        typed = self.state.text().strip()
        return [*names, typed] if typed else names

    def project_data(self) -> dict[str, Any]:
        """The new request's data (its signatories blank: a signer profile never fills in a
        project by itself)."""
        choice = self.current_kind()
        date = self.date.date()
        return new_request_data(
            kind=choice.value, language=str(self.language.currentData()),
            rule=int(self.rule.currentData()), session=self.session.value(),
            states=self.requesting_states(),
            item_title=self.item_title.text().strip(),
            organization=self.organization.text().strip() if choice.organization else "",
            parent_item=self.parent_item.text().strip() if choice.sub_item else "",
            paper=str(self.paper.currentData()),
            date=dt.date(date.year(), date.month(), date.day()),
            draft_resolution=self.draft_resolution.isChecked()
            if choice.resolution_optional else None)

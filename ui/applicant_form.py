"""The applicant block of the intake screen: who applies, and who acts for them (代理人).

Every field has its own error line right under it (ui.forms.FieldForm), so all the
problems a service reports can be shown at once. A returning applicant is recognised
from a complete, valid ID number and the empty fields are filled from the last visit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.applicants import ApplicantInput, find_applicant
from desktop.clock import local_day, now_utc
from desktop.errors import DomainError
from desktop.i18n import pick
from desktop.identity import IdKind, validate_id
from desktop.store import Store
from models.cases import ApplicantKind
from ui.forms import FieldForm

PERSON_ID_KINDS = (
    IdKind.RESIDENT,
    IdKind.PASSPORT,
    IdKind.HK_MACAO,
    IdKind.TAIWAN,
    IdKind.FOREIGN_PR,
)
ENTERPRISE_ID_KINDS = (IdKind.USCC,)
INFO_STYLE = "color: #1b6e3a;"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterMovesOn(QObject):
    """Enter in a field moves to the next field of its block, like Tab; in the last one it
    calls ``on_last`` so the block can hand over to the next block.

    ``widgets`` is called each time, so fields that are hidden or disabled right now
    (the agent's, when there is no agent) are skipped.
    """

    def __init__(
        self, widgets: Callable[[], Sequence[QWidget]], on_last: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._widgets = widgets
        self._on_last = on_last

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False  # Ctrl+Enter and the like are not "next field"
            chain = [w for w in self._widgets() if w.isVisibleTo(w.window()) and w.isEnabled()]
            owner: QObject | None = obj
            while isinstance(owner, QWidget) and owner not in chain:
                owner = owner.parentWidget()  # an editable combo's line edit stands for the combo
            if owner is not None and owner in chain:
                at = chain.index(owner)  # type: ignore[arg-type]
                if at + 1 < len(chain):
                    chain[at + 1].setFocus(Qt.FocusReason.TabFocusReason)
                else:
                    self._on_last()
                return True
        return False


class _Party:
    """The fields of one person or organisation inside a FieldForm, named with a prefix."""

    def __init__(self, form: FieldForm, prefix: str) -> None:
        self.form = form
        self.prefix = prefix
        self.name = QLineEdit()
        self.id_kind = QComboBox()
        # The longest kind (港澳居民来往内地通行证) must not widen the whole column.
        self.id_kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.id_kind.setMinimumContentsLength(8)
        self.id_number = QLineEdit()
        self.phone = QLineEdit()
        self.name.setMaxLength(100)
        self.id_number.setMaxLength(40)
        self.phone.setMaxLength(40)
        for key in ("name", "id_kind", "id_number", "phone"):
            getattr(self, key).setObjectName(prefix + key)
        # The last (id_kind, number) looked up, so one finished number is asked once.
        self.looked_up: tuple[str, str] | None = None

    def set_id_kinds(self, kinds: Sequence[IdKind]) -> None:
        current = self.id_kind.currentData()
        self.id_kind.blockSignals(True)
        self.id_kind.clear()
        for kind in kinds:
            self.id_kind.addItem(pick(kind.label_zh, kind.label_en), kind.value)
        at = self.id_kind.findData(current)
        self.id_kind.setCurrentIndex(max(0, at))
        self.id_kind.blockSignals(False)

    def id_kind_value(self) -> str:
        return str(self.id_kind.currentData() or "")

    def set_id_kind_value(self, value: str) -> None:
        at = self.id_kind.findData(value)
        if at >= 0:
            self.id_kind.setCurrentIndex(at)


class ApplicantForm(QWidget):
    """申请人 and, when the box is ticked, 代理人."""

    changed = Signal()
    finished = Signal()  # Enter in the block's last field

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.form = FieldForm()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Person"), ApplicantKind.PERSON.value)
        self.kind.addItem(self.tr("Organisation"), ApplicantKind.ENTERPRISE.value)
        self.party = _Party(self.form, "")
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setMaxLength(300)
        self.form.add_field("kind", self.tr("Applicant type"), self.kind)
        self.form.add_field("name", self.tr("Name"), self.party.name)
        self.form.add_field("id_kind", self.tr("ID type"), self.party.id_kind)
        self.form.add_field("id_number", self.tr("ID number"), self.party.id_number)
        self.form.add_field("phone", self.tr("Phone"), self.party.phone)
        self.form.add_field("address", self.tr("Address"), self.address)
        self.party.id_number.setPlaceholderText(self.tr("Type or read the card"))
        self.party.phone.setPlaceholderText(self.tr("Mobile, or landline with area code"))
        self.found = QLabel()
        self.found.setObjectName("returningApplicant")
        self.found.setStyleSheet(INFO_STYLE)
        self.found.setWordWrap(True)
        self.found.hide()
        self.form.layout_.addRow(self.found)

        self.has_agent = QCheckBox(self.tr("An agent applies on their behalf"))
        self.has_agent.setObjectName("hasAgent")
        self.has_agent.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.agent_form = FieldForm()
        self.agent = _Party(self.agent_form, "agent_")
        self.agent_form.add_field("agent_name", self.tr("Agent's name"), self.agent.name)
        self.agent_form.add_field("agent_id_kind", self.tr("ID type"), self.agent.id_kind)
        self.agent_form.add_field("agent_id_number", self.tr("ID number"), self.agent.id_number)
        self.agent_form.add_field("agent_phone", self.tr("Phone"), self.agent.phone)
        self.agent.phone.setPlaceholderText(self.tr("Optional"))
        self.agent_found = QLabel()
        self.agent_found.setStyleSheet(INFO_STYLE)
        self.agent_found.setWordWrap(True)
        self.agent_found.hide()
        self.agent_form.layout_.addRow(self.agent_found)
        self.agent_box = QGroupBox(self.tr("Agent"))
        agent_layout = QVBoxLayout(self.agent_box)
        agent_layout.setContentsMargins(4, 4, 4, 4)
        agent_layout.addWidget(self.agent_form)
        self.agent_box.hide()

        box = QGroupBox(self.tr("Applicant"))
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(self.form)
        for f in (self.form, self.agent_form):
            f.layout_.setContentsMargins(0, 0, 0, 0)
            f.layout_.setVerticalSpacing(2)
            f.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.has_agent)
        layout.addWidget(self.agent_box)
        layout.addStretch(1)

        self._set_kind_dependent()
        self.agent.set_id_kinds(PERSON_ID_KINDS)  # an agent is always a person
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_agent.toggled.connect(self._agent_toggled)
        for party, label in ((self.party, self.found), (self.agent, self.agent_found)):
            party.id_number.textChanged.connect(
                lambda _t, p=party, lab=label: self._look_up(p, lab)
            )
            party.id_kind.currentIndexChanged.connect(
                lambda _i, p=party, lab=label: self._look_up(p, lab)
            )
        # Editing a field takes its (now stale) message away; any edit is a change to save.
        for key, widget in (*self.form.fields.items(), *self.agent_form.fields.items()):
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _t, k=key: self._edited(k))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, k=key: self._edited(k))
        self.has_agent.toggled.connect(lambda _on: self.changed.emit())
        self.enter = EnterMovesOn(self.focus_chain, self.finished.emit, self)
        self.enter.watch(*self.focus_chain())

    # -- reading and writing -------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        """The fields in reading order (also the Tab order the page sets)."""
        return [
            self.kind,
            self.party.name,
            self.party.id_kind,
            self.party.id_number,
            self.party.phone,
            self.address,
            self.has_agent,
            self.agent.name,
            self.agent.id_kind,
            self.agent.id_number,
            self.agent.phone,
        ]

    def applicant_input(self) -> ApplicantInput:
        return ApplicantInput(
            kind=str(self.kind.currentData()),
            name=self.party.name.text(),
            id_kind=self.party.id_kind_value(),
            id_number=self.party.id_number.text(),
            phone=self.party.phone.text(),
            address=self.address.text(),
        )

    def agent_input(self) -> ApplicantInput | None:
        if not self.has_agent.isChecked():
            return None
        return ApplicantInput(
            kind=ApplicantKind.PERSON.value,
            name=self.agent.name.text(),
            id_kind=self.agent.id_kind_value(),
            id_number=self.agent.id_number.text(),
            phone=self.agent.phone.text(),
        )

    def has_content(self) -> bool:
        texts = (
            self.party.name,
            self.party.id_number,
            self.party.phone,
            self.address,
            self.agent.name,
            self.agent.id_number,
            self.agent.phone,
        )
        return any(w.text().strip() for w in texts)

    def state(self) -> dict[str, Any]:
        """What was typed, as JSON-safe plain values (for the draft)."""
        return {
            "kind": str(self.kind.currentData()),
            "name": self.party.name.text(),
            "id_kind": self.party.id_kind_value(),
            "id_number": self.party.id_number.text(),
            "phone": self.party.phone.text(),
            "address": self.address.text(),
            "has_agent": self.has_agent.isChecked(),
            "agent_name": self.agent.name.text(),
            "agent_id_kind": self.agent.id_kind_value(),
            "agent_id_number": self.agent.id_number.text(),
            "agent_phone": self.agent.phone.text(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        at = self.kind.findData(str(data.get("kind", ApplicantKind.PERSON.value)))
        self.kind.setCurrentIndex(max(0, at))
        self.party.set_id_kind_value(str(data.get("id_kind", "")))
        self.party.name.setText(str(data.get("name", "")))
        self.party.id_number.setText(str(data.get("id_number", "")))
        self.party.phone.setText(str(data.get("phone", "")))
        self.address.setText(str(data.get("address", "")))
        self.has_agent.setChecked(bool(data.get("has_agent", False)))
        self.agent.set_id_kind_value(str(data.get("agent_id_kind", "")))
        self.agent.name.setText(str(data.get("agent_name", "")))
        self.agent.id_number.setText(str(data.get("agent_id_number", "")))
        self.agent.phone.setText(str(data.get("agent_phone", "")))

    def clear(self) -> None:
        self.kind.setCurrentIndex(0)
        self.party.set_id_kind_value(IdKind.RESIDENT.value)
        self.agent.set_id_kind_value(IdKind.RESIDENT.value)
        for w in (
            self.party.name,
            self.party.id_number,
            self.party.phone,
            self.address,
            self.agent.name,
            self.agent.id_number,
            self.agent.phone,
        ):
            w.clear()
        self.has_agent.setChecked(False)
        self.party.looked_up = self.agent.looked_up = None
        self.found.hide()
        self.agent_found.hide()
        self.clear_errors()

    # -- errors ------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.form.clear_errors()
        self.agent_form.clear_errors()

    def show_error(self, field: str, message: str) -> QWidget | None:
        """Show the message under its field; returns the field, or None if it is not ours."""
        form = self.agent_form if field.startswith("agent_") else self.form
        label = form.errors.get(field)
        if label is None:
            return None
        label.setText(message)
        label.show()
        return form.fields[field]

    def _edited(self, key: str) -> None:
        for form in (self.form, self.agent_form):
            label = form.errors.get(key)
            if label is not None and label.isVisible():
                label.hide()
        self.changed.emit()

    # -- behaviour ---------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self._set_kind_dependent()
        self.changed.emit()

    def _set_kind_dependent(self) -> None:
        enterprise = self.kind.currentData() == ApplicantKind.ENTERPRISE.value
        self.party.set_id_kinds(ENTERPRISE_ID_KINDS if enterprise else PERSON_ID_KINDS)
        label = self.form.layout_.labelForField(self.party.name)
        if isinstance(label, QLabel):
            label.setText(self.tr("Organisation") if enterprise else self.tr("Name"))

    def _agent_toggled(self, on: bool) -> None:
        self.agent_box.setVisible(on)
        if not on:
            self.agent_form.clear_errors()

    def _look_up(self, party: _Party, label: QLabel) -> None:
        """A returning applicant: fill what is still empty from the last registration."""
        kind = party.id_kind_value()
        if not kind:
            return
        try:
            number = validate_id(IdKind(kind), party.id_number.text(), local_day(now_utc()))
        except DomainError:
            label.hide()
            party.looked_up = None
            return
        if party.looked_up == (kind, number):
            return
        party.looked_up = (kind, number)
        with self.store.read() as s:
            found = find_applicant(s, kind, number)
        if found is None:
            label.hide()
            return
        fill = [(party.name, found.name), (party.phone, found.phone)]
        if party is self.party:
            fill.append((self.address, found.address))
        for edit, value in fill:
            if not edit.text().strip() and value:
                edit.setText(value)
        label.setText(
            self.tr("Returning applicant: the details registered last time were filled in")
        )
        label.show()

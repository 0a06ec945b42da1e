"""Login at the window; the same message for every kind of failure."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.accounts import Operator, authenticate
from desktop.errors import DomainError
from desktop.store import Store, WindowIdentity
from ui.forms import FieldForm


class LoginDialog(QDialog):
    def __init__(self, store: Store, ident: WindowIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.operator: Operator | None = None
        self.setWindowTitle(self.tr("Yichuang — log in"))
        self.setMinimumWidth(420)
        title = QLabel(f"<h2>{ident.center_name}</h2>")
        where = QLabel(self.tr("Window %1").replace("%1", ident.window_code))
        self.form = FieldForm()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("username", self.tr("User name"), self.username)
        self.form.add_field("password", self.tr("Password"), self.password)
        self.form.add_general_error()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.username.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        if not self.username.text().strip():
            self.form.show_error("username", self.tr("Enter your user name."))
            return
        try:
            self.operator = authenticate(self.store, self.username.text(), self.password.text())
        except DomainError as err:
            self.password.clear()
            self.form.show_error(None, err.message)
            self.password.setFocus()
            return
        self.accept()

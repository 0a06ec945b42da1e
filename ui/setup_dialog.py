"""First start: the center, this window and the administrator (no default password anywhere)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.errors import DomainError
from desktop.setup import SetupRequest, initialise, sample_catalog
from desktop.store import Store, WindowIdentity
from ui.forms import FieldForm


class SetupDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.identity: WindowIdentity | None = None
        self.setWindowTitle(self.tr("Yichuang — first start"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Set up this window once: the service center, this window's number and "
                "the administrator's account. The sample catalog of the center is loaded."
            )
        )
        intro.setWordWrap(True)
        sample = sample_catalog().center
        self.form = FieldForm()
        self.center_code = QLineEdit(sample.code)
        self.center_name = QLineEdit(sample.name)
        self.window_code = QLineEdit()
        self.window_code.setPlaceholderText(self.tr("e.g. 03"))
        self.admin_user = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("center_code", self.tr("Center code"), self.center_code)
        self.form.add_field("center_name", self.tr("Center name"), self.center_name)
        self.form.add_field("window_code", self.tr("This window's number"), self.window_code)
        self.form.add_field("username", self.tr("Administrator user name"), self.admin_user)
        self.form.add_field("display_name", self.tr("Administrator's name"), self.admin_name)
        self.form.add_field("password", self.tr("Password"), self.password)
        self.form.add_field("password2", self.tr("Password again"), self.password2)
        self.form.add_general_error()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set up"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.window_code.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        if self.password.text() != self.password2.text():
            self.form.show_error("password2", self.tr("The two passwords differ."))
            return
        req = SetupRequest(
            center_code=self.center_code.text(),
            center_name=self.center_name.text(),
            window_code=self.window_code.text(),
            admin_username=self.admin_user.text(),
            admin_display_name=self.admin_name.text(),
            admin_password=self.password.text(),
        )
        try:
            self.identity = initialise(self.store, req)
        except DomainError as err:
            self.form.show_error(err.field, err.message)
            return
        self.accept()

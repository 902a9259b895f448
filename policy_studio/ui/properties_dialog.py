"""The policy properties dialog: the cover of each language (title, subtitle, organisation,
address), dates, version, digits and languages."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import KNOWN_LANGUAGES, Policy, language
from ..storage import EVERYTHING, Permissions
from ..text.clean import clean_field, clean_text
from .direction import qt_direction
from .i18n import language_name
from .role_gate import role_name


class PropertyValues(TypedDict):
    """The keyword arguments of ops.policy_edits.set_properties that the dialog fills."""

    title: dict[str, str]
    organization: str
    effective_date: str
    version_label: str
    source_language: str
    target_languages: list[str]
    meta: dict[str, dict[str, str]]
    native_digits: bool


class PropertiesDialog(QDialog):
    """Edits a copy of the properties; ``values()`` gives keyword arguments for set_properties."""

    def __init__(
        self,
        policy: Policy,
        parent: QWidget | None = None,
        *,
        permissions: Permissions = EVERYTHING,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Policy properties"))
        self.policy = policy
        form = QFormLayout()
        self.titles: dict[str, QLineEdit] = {}
        codes = list(dict.fromkeys([*policy.languages, *KNOWN_LANGUAGES]))
        # The cover of each language: nothing on the Arabic cover is taken from the English.
        self.meta: dict[str, dict[str, QLineEdit | QPlainTextEdit]] = {}
        labels = {
            "subtitle": self.tr("Subtitle (%1)"),
            "organization": self.tr("Organisation (%1)"),
            "address": self.tr("Address (%1)"),
        }
        for code in policy.languages:
            lang = language(code)
            edit = QLineEdit(policy.title.get(code, ""))
            self.titles[code] = edit
            form.addRow(self.tr("Title (%1)").replace("%1", language_name(code)), edit)
            fields: dict[str, QLineEdit | QPlainTextEdit] = {}
            for key, label in labels.items():
                if key == "organization" and code == policy.source_language:
                    continue  # the Organisation field below
                value = policy.meta_value(key, code)
                field: QLineEdit | QPlainTextEdit
                if key == "address":
                    field = QPlainTextEdit(value)
                    field.setFixedHeight(field.fontMetrics().lineSpacing() * 3 + 12)
                else:
                    field = QLineEdit(value)
                fields[key] = field
                form.addRow(label.replace("%1", language_name(code)), field)
            for widget in [edit, *fields.values()]:
                widget.setLayoutDirection(qt_direction(lang.is_rtl))
            self.meta[code] = fields
        self.organization = QLineEdit(policy.organization)
        form.addRow(
            self.tr("Organisation (%1)").replace("%1", language_name(policy.source_language)),
            self.organization,
        )
        self.native_digits = QCheckBox(self.tr("Number in each language's own digits (٠١٢…)"))
        self.native_digits.setChecked(policy.native_digits)
        form.addRow(self.tr("Numbering"), self.native_digits)
        self.has_date = QCheckBox(self.tr("set"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        parsed = QDate.fromString(policy.effective_date, "yyyy-MM-dd")
        self.has_date.setChecked(parsed.isValid())
        self.date.setDate(parsed if parsed.isValid() else QDate.currentDate())
        self.date.setEnabled(parsed.isValid())
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date, 1)
        date_row.addWidget(self.has_date)
        form.addRow(self.tr("Effective date"), date_row)
        self.version_label = QLineEdit(policy.version_label)
        form.addRow(self.tr("Version label"), self.version_label)
        self.source = QComboBox()
        for code in codes:
            self.source.addItem(f"{language_name(code)} ({code})", code)
        self.source.setCurrentIndex(codes.index(policy.source_language))
        form.addRow(self.tr("Source language"), self.source)
        self.targets: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for number, code in enumerate(codes):
            box = QCheckBox(f"{language_name(code)} — {language(code).native_name}")
            box.setChecked(code in policy.target_languages)
            self.targets[code] = box
            grid.addWidget(box, number // 3, number % 3)
        form.addRow(self.tr("Translate into"), grid)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._limit_to(permissions)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _limit_to(self, permissions: Permissions) -> None:
        """A translator may change the title and cover of their own languages only; the rest
        is shown greyed out, saying why (the server refuses it anyway)."""
        if permissions.structure and permissions.source:
            return
        who = role_name(permissions)
        for code, edit in self.titles.items():
            if not permissions.may_write(code, self.policy.source_language):
                why = (
                    self.tr("Your role (%1) may not change the %2 title and cover")
                    .replace("%1", who)
                    .replace("%2", language_name(code))
                )
                for widget in (edit, *self.meta[code].values()):
                    widget.setEnabled(False)
                    widget.setToolTip(why)
        if not permissions.structure:
            why = self.tr("Your role (%1) may not change the policy's details").replace("%1", who)
            for widget in (
                self.organization,
                self.native_digits,
                self.has_date,
                self.date,
                self.version_label,
                self.source,
                *self.targets.values(),
            ):
                widget.setEnabled(False)
                widget.setToolTip(why)

    def _source_changed(self) -> None:
        # The source language cannot also be a translation target.
        source = self.source.currentData()
        for code, box in self.targets.items():
            box.setEnabled(code != source)

    def _clean(self, text: str, field: str, lines: bool = False) -> str:
        cleaned = clean_text(text) if lines else clean_field(text)
        if cleaned != text:
            self.cleaned_fields.append(field)
        return cleaned

    def values(self) -> PropertyValues:
        """The properties, without control or bidi-override characters (``cleaned_fields``
        names the fields that lost some, for the window to say so)."""
        self.cleaned_fields: list[str] = []
        source = str(self.source.currentData())
        title = {
            code: self._clean(edit.text(), f"title ({code})") for code, edit in self.titles.items()
        }
        return {
            "title": {**self.policy.title, **title},
            "organization": self._clean(self.organization.text(), "organisation"),
            "effective_date": self.date.date().toString("yyyy-MM-dd")
            if self.has_date.isChecked()
            else "",
            "version_label": self._clean(self.version_label.text(), "version label"),
            "source_language": source,
            "target_languages": [
                c for c, box in self.targets.items() if box.isChecked() and c != source
            ],
            "meta": {
                key: {
                    code: self._clean(_text(fields[key]), f"{key} ({code})", key == "address")
                    for code, fields in self.meta.items()
                    if key in fields
                }
                for key in ("subtitle", "organization", "address")
            },
            "native_digits": self.native_digits.isChecked(),
        }


def _text(field: QLineEdit | QPlainTextEdit) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

"""Properties, clause editing and 'Save section to library' through the real dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog

from policy_studio.model import ClauseStatus
from policy_studio.ui.clause_dialog import ClauseDialog
from policy_studio.ui.properties_dialog import PropertiesDialog
from tests.ui.clause_dialogs import on_modal, written

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_properties_dialog_adds_a_language_and_sets_metadata(window):
    policy = window.session.policy

    def fill(dialog: PropertiesDialog) -> None:
        dialog.organization.setText("Harbour Clinic")
        dialog.titles["ar"].setText("سياسة الخصوصية")
        dialog.has_date.setChecked(True)
        dialog.date.setDate(QDate(2026, 3, 1))
        dialog.version_label.setText("1.1")
        dialog.targets["sw"].setChecked(True)
        dialog.accept()

    on_modal(fill)
    window.edit_properties()
    assert policy.organization == "Harbour Clinic"
    assert policy.effective_date == "2026-03-01"
    assert policy.title == {"en": "Test policy", "ar": "سياسة الخصوصية"}
    assert policy.languages == ["en", "ar", "sw"]
    assert window.preview_lang.findData("sw") >= 0
    assert window.editor.lang_box.findData("sw") >= 0
    assert window.undo_action.text() == "Undo Change policy properties"
    window.undo_action.trigger()
    assert policy.languages == ["en", "ar"] and policy.organization == ""


def test_new_clause_from_the_library_menu(qtbot, window, monkeypatch, settled):
    def fill(dialog: ClauseDialog) -> None:
        dialog.key.setText("t-cookies")
        dialog.titles["en"].setText("Small files")
        dialog.titles["ar"].setText("ملفات صغيرة")
        dialog.bodies["en"].setPlainText("We use {{cookie_tool}}.\n- Only needed ones.")
        dialog.bodies["ar"].setPlainText("نستخدم {{cookie_tool}}.\n- الضرورية فقط.")
        dialog.tags.setText("cookies, eprivacy:5(3)")
        dialog._accept()

    on_modal(fill)
    written(qtbot, window, lambda: window.new_clause())
    clause = window.session.workspace.clause("t-cookies")
    assert clause is not None and clause.status is ClauseStatus.DRAFT
    assert clause.variables == ["cookie_tool"]
    assert [b.kind.value for b in clause.blocks] == ["paragraph", "bullet"]
    assert clause.blocks[1].get("ar") == "الضرورية فقط."
    window.library_panel.search.setText("ملفات")
    assert settled(window.library_panel).current_key() == "t-cookies"


def test_edit_clause_creates_a_version_and_offers_the_update(qtbot, window):
    def fill(dialog: ClauseDialog) -> None:
        dialog.bodies["en"].setPlainText(
            "Records stay with us for {{retention_period}} only.\n- Invoices are archived."
        )
        dialog._accept()

    on_modal(fill)
    written(qtbot, window, lambda: window.edit_clause("t-keeping"))
    assert window.session.workspace.clause("t-keeping").version == 2
    qtbot.waitUntil(lambda: not window.reading_marks)  # the marks, read on the worker
    assert "update available" in window.outline.model.index(1).data()


def test_save_section_to_library(qtbot, window, monkeypatch):
    section = window.session.policy.sections[0]
    window.outline.select(section.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("our-contact", True))
    on_modal(lambda dialog: dialog._accept())
    written(qtbot, window, lambda: window.save_section_to_library())
    clause = window.session.workspace.clause("our-contact")
    assert clause.title == section.heading.text
    assert clause.blocks[0].get("ar") == section.blocks[0].get("ar")
    assert clause.status is ClauseStatus.DRAFT
    # The section now follows the new clause, so later library versions are offered to it.
    assert section.clause.key == "our-contact" and section.clause.version == 1
    assert section.blocks[0].origin == clause.blocks[0].id
    assert "update available" not in window.outline.model.index(0).data()
    assert window.undo_action.text() == "Undo Save section to library"


def test_clause_dialog_edits_a_variant_and_adds_one(window, qtbot, monkeypatch):
    clause = window.session.workspace.clause("t-keeping")
    dialog = ClauseDialog(clause, ["en", "ar"], window.library_catalog)
    qtbot.addWidget(dialog)
    dialog.wording.setCurrentIndex(dialog.wording.findData("by-need"))
    assert dialog.bodies["en"].toPlainText() == "Records stay only while a task needs them."
    dialog.bodies["en"].setPlainText("Records stay only while a task still needs them.")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Legal minimum", True))
    dialog.add_variant.click()
    assert dialog.wording.currentData() == "legal-minimum"
    dialog.bodies["en"].setPlainText("Records stay for the legal minimum.")
    result = dialog.result_clause()
    assert [v.key for v in result.variants] == ["by-need", "legal-minimum"]
    assert result.variant("by-need").blocks[0].get("en").endswith("still needs them.")
    assert result.variant("by-need").blocks[0].id == "t-keeping.by-need.1"  # kept by position
    assert (
        result.variant("legal-minimum").blocks[0].get("en") == "Records stay for the legal minimum."
    )
    assert result.blocks[0].get("en") == clause.blocks[0].get("en")  # main wording untouched


def test_properties_dialog_removes_an_override_from_the_organisation_and_says_so(window):
    policy = window.session.policy

    def fill(dialog: PropertiesDialog) -> None:
        dialog.organization.setText("Harbour\u202e Clinic\x01")
        dialog.accept()

    on_modal(fill)
    window.edit_properties()
    assert policy.organization == "Harbour Clinic"
    assert "removed bidi override or control characters from organisation" in (
        window.statusBar().currentMessage()
    )


def test_properties_dialog_sets_the_arabic_cover_and_the_digits(window, qtbot):
    """Title, subtitle, organisation and address per language; the Arabic export shows them."""
    from policy_studio.io.writers.html import render_html
    from policy_studio.layout import ExportOptions

    policy = window.session.policy

    def fill(dialog: PropertiesDialog) -> None:
        dialog.titles["ar"].setText("سياسة الخصوصية")
        dialog.meta["ar"]["organization"].setText("عيادة الميناء")
        dialog.meta["ar"]["subtitle"].setText("للمرضى والزوار")
        dialog.meta["ar"]["address"].setPlainText("شارع البحر ١\nالمدينة")
        dialog.native_digits.setChecked(True)
        assert "organization" not in dialog.meta["en"]  # the source's is the main field
        dialog.accept()

    on_modal(fill)
    window.edit_properties()
    assert policy.meta_value("organization", "ar") == "عيادة الميناء"
    assert policy.native_digits is True
    html, _ = render_html(policy, ExportOptions(["ar"]))
    import lxml.html

    header = lxml.html.document_fromstring(html).find(".//header")
    assert header.find("h1").text_content() == "سياسة الخصوصية"
    lines = [p.text_content() for p in header.findall("p")]
    assert lines[:3] == ["للمرضى والزوار", "عيادة الميناء", "شارع البحر ١المدينة"]
    assert header.find("p[@class='address']/br") is not None  # the address keeps its lines
    window.preview_lang.setCurrentIndex(window.preview_lang.findData("ar"))
    # The one digit setting, previewed; {{organization}} in Arabic is the Arabic name.
    qtbot.waitUntil(lambda: window.preview.toPlainText().startswith("١. "), timeout=2000)
    assert "عيادة الميناء" in window.preview.toPlainText()
    window.undo_action.trigger()
    assert policy.meta_value("organization", "ar") == "" and policy.native_digits is False


def test_a_clause_the_workspace_did_not_take_brings_its_dialog_back(qtbot, window, monkeypatch):
    """The clause's write fails: one sentence names the clause and why, and the dialog comes
    back with the person's text; OK again writes it."""
    from policy_studio.model import PolicyStudioError

    store_type = type(window.session.workspace)
    real_save = store_type.save_clause
    refusals = [PolicyStudioError("the disk is full")]

    def save_once_refused(self, clause, **kwargs):
        if refusals:
            raise refusals.pop()
        return real_save(self, clause, **kwargs)

    monkeypatch.setattr(store_type, "save_clause", save_once_refused)
    wording = "Records stay with us for {{retention_period}} only."
    shown_again: list[str] = []

    def fill(dialog: ClauseDialog) -> None:
        dialog.bodies["en"].setPlainText(wording)
        dialog._accept()

    def accept_again(dialog: ClauseDialog) -> None:
        shown_again.append(dialog.bodies["en"].toPlainText())
        dialog._accept()

    on_modal(fill)
    with qtbot.waitSignal(window.clause_write_did_end, timeout=10000) as first:
        window.edit_clause("t-keeping")
    assert first.args == ["The clause “t-keeping” was not saved: the disk is full"]
    assert window.statusBar().currentMessage() == first.args[0]
    on_modal(accept_again)
    with qtbot.waitSignal(window.clause_write_did_end, timeout=10000) as second:
        pass
    assert second.args == [""]
    assert shown_again == [wording]  # the dialog came back with the person's text
    assert window.session.workspace.clause("t-keeping").blocks[0].get("en") == wording.rstrip()

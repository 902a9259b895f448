"""Translation state: confirmation records the source, staleness is derived from it."""

from __future__ import annotations

from policy_studio.model import Block, Status, fingerprint, language


def test_target_becomes_stale_when_source_changes_and_fresh_when_reconfirmed():
    block = Block(text={"en": "We keep data.", "ar": "نحتفظ بالبيانات."})
    assert not block.is_stale("ar", "en")
    block.confirm("ar", "en")
    assert block.state("ar").status is Status.TRANSLATED
    assert not block.is_stale("ar", "en")
    block.set_text("en", "We keep data for a year.")
    assert block.is_stale("ar", "en")
    assert block.state("ar").source_text == "We keep data."
    block.confirm("ar", "en")
    assert not block.is_stale("ar", "en")


def test_whitespace_only_changes_do_not_make_a_target_stale():
    assert fingerprint("We keep  data.\n") == fingerprint("We keep data.")


def test_unconfirmed_target_is_draft_or_untranslated():
    block = Block(text={"en": "x"})
    assert block.state("ar").status is Status.UNTRANSLATED
    block.set_text("ar", "س")
    assert block.state("ar").status is Status.DRAFT


def test_text_is_stored_nfc():
    block = Block()
    block.set_text("fr", "donne\u0301es")
    assert block.get("fr") == "données"


def test_languages_know_their_direction_and_digits():
    assert language("ar").is_rtl and language("ar").digits[3] == "٣"
    assert not language("sw").is_rtl
    assert language("ur-PK").is_rtl

"""Regulation files: every shipped law loads; a broken file is refused with its name and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_studio.library.regulations import (
    RegulationError,
    changed_requirements,
    load_all,
    load_regulation,
    parse_regulation,
)

SHIPPED = {"gdpr", "kenya-dpa", "tanzania-pdpa", "ksa-pdpl", "uae-pdpl", "bangladesh-pdp"}

GOOD = """
key = "test-law"
version = "1"
date = "2024-01-31"
status = "in force"
source = "written for the tests"
[name]
en = "Test law"
ar = "قانون الاختبار"

[[requirements]]
id = "contact"
article = "s. 1"
satisfied_by = ["controller"]
description.en = "Say who to write to."
description.ar = "اذكر من نراسل."
keywords.en = ["write to"]
"""


def test_every_shipped_regulation_loads_with_a_version_date_and_requirements():
    loaded = load_all()
    assert loaded.problems == []
    assert SHIPPED <= set(loaded.regulations)
    for regulation in loaded.regulations.values():
        assert regulation.version and regulation.date
        assert regulation.requirements
        for requirement in regulation.requirements:
            assert requirement.description["en"] and requirement.description["ar"]
            assert requirement.satisfied_by


def test_a_law_known_only_from_summaries_says_so():
    loaded = load_all()
    assert not loaded.regulations["bangladesh-pdp"].in_force
    assert "summar" in loaded.regulations["tanzania-pdpa"].source


def test_a_missing_field_names_the_file_and_the_line_of_the_requirement(tmp_path: Path):
    broken = GOOD.replace('article = "s. 1"\n', "")
    with pytest.raises(RegulationError) as caught:
        parse_regulation(tmp_path / "mine.toml", broken)
    message = str(caught.value)
    assert message.startswith("mine.toml, line 12:")
    assert "'article'" in message and "'contact'" in message


def test_invalid_toml_names_the_file_and_line(tmp_path: Path):
    path = tmp_path / "bad.toml"
    path.write_text(GOOD + "\n[[requirements]\n", encoding="utf-8")
    with pytest.raises(RegulationError, match=r"^bad\.toml, line 19: not valid TOML"):
        load_regulation(path)


def test_a_broken_user_file_is_reported_and_the_others_still_load(tmp_path: Path):
    (tmp_path / "ok.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.toml").write_text(GOOD.replace('date = "2024-01-31"', 'date = "31.1.24"'))
    loaded = load_all([tmp_path])
    assert list(loaded.regulations) == ["test-law"]
    assert loaded.problems == ["broken.toml, line 4: date '31.1.24' must be written YYYY-MM-DD"]


def test_a_newer_version_of_a_law_names_the_requirements_that_changed(tmp_path: Path):
    old = parse_regulation(tmp_path / "a.toml", GOOD)
    new_text = GOOD.replace('version = "1"', 'version = "2"').replace(
        "Say who to write to.", "Say who to write to, and by when they answer."
    ) + (
        '\n[[requirements]]\nid = "dpo"\narticle = "s. 2"\nsatisfied_by = ["dpo"]\n'
        'description.en = "Name the officer."\n'
    )
    new = parse_regulation(tmp_path / "a.toml", new_text)
    assert changed_requirements(old, new) == [("contact", "changed"), ("dpo", "added")]

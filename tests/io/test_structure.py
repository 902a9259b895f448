"""Structure recovery from plain text: headings, bullets, debris and metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_studio.io.intermediate import Role
from policy_studio.io.readers import txt
from policy_studio.io.readers.structure import classify_text, debris_reason, parse_date

FIXTURES = Path(__file__).parent / "fixtures"


def roles(text: str) -> list[tuple[str, str]]:
    return [(line.role.value, line.text.replace("\\", "")) for line in classify_text(text)]


@pytest.mark.parametrize(
    "line, heading",
    [
        ("1. Records We Keep", "Records We Keep"),
        ("5.Contact us", "Contact us"),
        ("2.1 Paper Files", "Paper Files"),
        ("Keeping Records", "Keeping Records"),
        ("Our contact details:", "Our contact details"),
        ("How can you see your file?", "How can you see your file?"),
        ("WHAT WE NEVER DO", "WHAT WE NEVER DO"),
        ("حفظ السجلات", "حفظ السجلات"),
    ],
)
def test_each_heading_style_becomes_a_heading(line, heading):
    text = (
        "Intro sentence that is long enough to be a paragraph, with words.\n\n"
        f"{line}\n\nBody text follows here and ends with a full stop."
    )
    found = roles(text)
    assert ("heading", heading) in found


@pytest.mark.parametrize(
    "line",
    [
        "Visit Notes: The doctor who treats you writes short notes after each visit.",
        "WE TAKE YOUR PRIVACY SERIOUSLY. THIS NOTICE SAYS WHAT WE DO WITH THE RECORDS WE KEEP.",
        "Only the staff treating you can open your file.",
        "1. We send reminders by text message before each appointment.",
    ],
)
def test_run_in_labels_sentences_and_long_capitals_are_not_headings(line):
    found = roles(f"Title Line\n\n{line}\n")
    assert found[-1][0] in ("paragraph", "numbered")


def test_a_colon_line_that_introduces_a_list_stays_a_paragraph():
    found = roles("You can ask us to:\n\n  • show you your file\n  • correct a mistake\n")
    assert found[0] == ("paragraph", "You can ask us to:")
    assert [r for r, _ in found[1:]] == ["bullet", "bullet"]


@pytest.mark.parametrize("marker", ["•", "*", "-", "–", "●"])
def test_every_bullet_marker_is_a_bullet(marker):
    lines = classify_text(
        "Some lead-in sentence for the list below, ending here.\n\n"
        f"{marker} first point\n{marker} second point\n"
    )
    assert [(line.role, line.text, line.level) for line in lines[1:]] == [
        (Role.BULLET, "first point", 0),
        (Role.BULLET, "second point", 0),
    ]


def test_nesting_comes_from_indentation():
    lines = classify_text(
        "Lead-in sentence for this list of things, ending with a stop.\n\n"
        "  • outer one\n      - inner one\n      - inner two\n  • outer two\n"
    )
    assert [(line.text, line.level) for line in lines[1:]] == [
        ("outer one", 0),
        ("inner one", 1),
        ("inner two", 1),
        ("outer two", 0),
    ]


def test_a_line_under_a_bullet_continues_it_with_its_line_break():
    lines = classify_text("  • By post:\n    Box 55,\n    Mombasa\n")
    assert len(lines) == 1
    assert lines[0].role is Role.BULLET
    assert lines[0].text == "By post:\nBox 55,\nMombasa"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Skip to main content", "navigation"),
        ("Picha haipo", "image missing"),
        ("Image missing", "image missing"),
        ("الصورة مفقودة", "image missing"),
        ("|", "stray symbol"),
        ("Home | About | Services | Contact", "navigation"),
    ],
)
def test_debris_lines_are_recognised(line, reason):
    assert debris_reason(line) == reason


def test_content_is_never_debris():
    assert debris_reason("Contact us") is None
    assert debris_reason("Phone: +254 700 000 000") is None


def test_the_clinic_notice_reads_like_a_careful_human_would_mark_it():
    result = txt.read(FIXTURES / "clinic_en.txt")
    policy, report = result.policy, result.report
    assert policy.title == {"en": "Harbour Clinic Privacy Notice"}
    assert policy.effective_date == "2024-03-14"
    assert [s.title("en") for s in policy.sections] == [
        "",
        "Records We Keep",
        "Who Sees Them",
        "Keeping Records",
        "How can you see your file?",
        "Contact us",
    ]
    records = policy.sections[1].blocks
    assert [(b.kind.value, b.level, b.get("en")) for b in records] == [
        ("paragraph", 0, "We keep the following:"),
        ("bullet", 0, "Appointment history"),
        ("bullet", 1, "dates of visits"),
        ("bullet", 1, "names of the doctors seen"),
        ("bullet", 0, "Payment details"),
        ("bullet", 0, "Insurance numbers"),
    ]
    # A run-in label stays a paragraph of its section.
    assert policy.sections[2].blocks[0].get("en").startswith("Visit Notes: The doctor")
    # The contact block of short lines is one block with its line breaks.
    assert policy.sections[-1].blocks[0].get("en") == (
        "Harbour Clinic Records Desk\nBox 55, Mombasa\nPhone: +254 700 000 000"
    )
    assert sorted((d.text, d.reason) for d in report.dropped) == [
        ("Image missing", "image missing"),
        ("Skip to main content", "navigation"),
        ("|", "stray symbol"),
    ]
    assert not any("14.03.2024" in w for w in report.warnings)  # 14 cannot be a month


def test_a_repeated_title_is_dropped_and_reported():
    result = txt.read_text(
        "Privacy Notice\n\nPrivacy Notice\n\nWe keep very little about you, for a short while.\n"
    )
    assert result.policy.title == {"en": "Privacy Notice"}
    assert [(d.text, d.reason) for d in result.report.dropped] == [
        ("Privacy Notice", "repeated title")
    ]


@pytest.mark.parametrize(
    "text, iso, ambiguous",
    [
        ("January 31, 2025", "2025-01-31", False),
        ("31 January 2025", "2025-01-31", False),
        ("2024-02-18", "2024-02-18", False),
        ("18-02-2024", "2024-02-18", False),
        ("02.04.2025", "2025-04-02", True),
        ("٢٨ فبراير ٢٠٢٢", "2022-02-28", False),
    ],
)
def test_dates_as_people_write_them(text, iso, ambiguous):
    assert parse_date(text) == (iso, ambiguous)


def test_latin_language_is_guessed_from_stop_words_and_can_be_overridden():
    swahili = (
        "Sera ya Faragha\n\n"
        "Tunakusanya taarifa zako binafsi kwa ajili ya huduma na kwa usalama wa akaunti yako.\n"
    )
    assert txt.read_text(swahili).policy.source_language == "sw"
    assert txt.read_text(swahili, lang="en").policy.source_language == "en"


def test_a_short_bengali_sentence_is_not_a_heading():
    lines = classify_text("গোপনীয়তা নীতি\n\nআমরা আপনার তথ্য রাখি।\n")
    assert [line.role.value for line in lines] == ["title", "paragraph"]

"""File > New policy from questionnaire…: a short interview that assembles a bilingual policy.

The questions and the rules are the same data the `assemble` command reads
(resources/library/assembly.toml). The last page shows every clause chosen and why, and the
coverage of the chosen laws, before anything is created.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..library.assembly import Answers, Assembly, Question, Rules, answers_from_dict, choose
from ..library.coverage import coverage
from ..library.regulations import Loaded
from ..model import Clause, PolicyStudioError, language
from .coverage_panel import interface_language

PAGES = (
    ("Laws and languages", ("jurisdictions", "languages")),
    ("Your data", ("data_categories", "third_party_sources", "marketing", "cookies")),
    ("What you do", ("transfers_abroad", "children", "automated_decisions", "dpo", "retention")),
)


class QuestionWidget(QWidget):
    """One question: a tick box (yes/no), radio buttons (one of) or tick boxes (any of)."""

    def __init__(self, question: Question, loaded: Loaded, lang: str) -> None:
        super().__init__()
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox | QRadioButton] = {}
        self.yes: QCheckBox | None = None
        if question.kind == "bool":
            self.yes = QCheckBox(question.text(lang))
            self.yes.setObjectName(f"question_{question.id}")
            layout.addWidget(self.yes)
            return
        group_box = QGroupBox(question.text(lang))
        group_box.setObjectName(f"question_{question.id}")
        inner = QVBoxLayout(group_box)
        layout.addWidget(group_box)
        group = QButtonGroup(self) if question.kind == "choice" else None
        for option in question.options:
            text = self._option_text(option, loaded, lang)
            box: QCheckBox | QRadioButton = QRadioButton(text) if group else QCheckBox(text)
            box.setObjectName(f"{question.id}_{option}")
            if group is not None:
                group.addButton(box)
            inner.addWidget(box)
            self.boxes[option] = box
        if group is not None and question.options:
            self.boxes[question.options[0]].setChecked(True)

    def _option_text(self, option: str, loaded: Loaded, lang: str) -> str:
        if self.question.id == "jurisdictions" and option in loaded.regulations:
            return loaded.regulations[option].title(lang)
        if self.question.id == "languages":
            return language(option).name
        return self.question.option_text(option, lang)

    def value(self) -> Any:
        if self.yes is not None:
            return self.yes.isChecked()
        chosen = [option for option, box in self.boxes.items() if box.isChecked()]
        if self.question.kind == "choice":
            return chosen[0] if chosen else None
        return chosen


class AssembleWizard(QWizard):
    """Ask, show what the answers assemble and why, and leave the policy in ``assembly``."""

    def __init__(
        self,
        rules: Rules,
        loaded: Loaded,
        library: dict[str, Clause],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New policy from questionnaire"))
        self.rules = rules
        self.loaded = loaded
        self.library = library
        self.assembly: Assembly | None = None
        self.questions: dict[str, QuestionWidget] = {}
        lang = interface_language()

        start = QWizardPage()
        start.setTitle(self.tr("About the policy"))
        form = QFormLayout(start)
        self.title_edit = QLineEdit(self.tr("Privacy policy"))
        self.title_edit.setObjectName("wizard_title")
        self.organization_edit = QLineEdit()
        self.organization_edit.setObjectName("wizard_organization")
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Organisation:"), self.organization_edit)
        self.addPage(start)

        placed = {qid for _title, ids in PAGES for qid in ids}
        titles = {
            "Laws and languages": self.tr("Laws and languages"),
            "Your data": self.tr("Your data"),
            "What you do": self.tr("What you do"),
        }
        for name, ids in PAGES:
            extra = (
                [q.id for q in rules.questions if q.id not in placed]
                if name == PAGES[-1][0]
                else []
            )
            page = QWizardPage()
            page.setTitle(titles[name])
            layout = QVBoxLayout(page)
            for qid in [*ids, *extra]:
                question = rules.question(qid)
                if question is None:
                    continue
                widget = QuestionWidget(question, loaded, lang)
                self.questions[qid] = widget
                layout.addWidget(widget)
            layout.addStretch(1)
            self.addPage(page)
        for code in ("en", "ar"):
            box = self.questions.get("languages", None)
            if box is not None and code in box.boxes:
                box.boxes[code].setChecked(True)

        self.summary_page = QWizardPage()
        self.summary_page.setTitle(self.tr("What the policy will contain"))
        summary = QVBoxLayout(self.summary_page)
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setObjectName("wizard_choices")
        self.choices.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        summary.addWidget(self.problem)
        summary.addWidget(self.coverage_label)
        summary.addWidget(self.choices, 1)
        self.addPage(self.summary_page)
        self.currentIdChanged.connect(self._page_changed)

    def answers(self) -> Answers:
        values = {qid: widget.value() for qid, widget in self.questions.items()}
        values = {k: v for k, v in values.items() if v is not None}
        answers = answers_from_dict(dict(values), self.rules, self.tr("the questionnaire"))
        answers.title = self.title_edit.text().strip()
        answers.organization = self.organization_edit.text().strip()
        if answers.organization:
            answers.variables["organization"] = {answers.languages[0]: answers.organization}
        return answers

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is not self.summary_page:
            return
        self.choices.clear()
        self.assembly = None
        try:
            answers = self.answers()
            laws = [self.loaded.regulations[k] for k in answers.values.get("jurisdictions", [])]
            if not laws:
                raise PolicyStudioError(self.tr("Tick at least one law on the first page."))
            if not answers.values.get("languages"):
                raise PolicyStudioError(self.tr("Tick at least one language."))
            assembly = choose(answers, self.rules, self.library, laws)
        except PolicyStudioError as exc:
            self.problem.setText(str(exc))
            self.coverage_label.setText("")
            return
        self.problem.setText("\n".join(assembly.warnings))
        self.assembly = assembly
        for number, choice in enumerate(assembly.choices, start=1):
            clause = self.library[choice.key]
            title = clause.title.get(interface_language()) or clause.title.get("en", choice.key)
            self.choices.addItem(f"{number}. {title} — {choice.reason}")
        counts = coverage(assembly.policy, laws, self.library).counts()
        self.coverage_label.setText(
            self.tr("%1 sections. Coverage: %2 covered, %3 missing, %4 not applicable.")
            .replace("%1", str(len(assembly.policy.sections)))
            .replace("%2", str(counts["covered"]))
            .replace("%3", str(counts["missing"] + counts["partial"]))
            .replace("%4", str(counts["not-applicable"]))
        )

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        if self.currentPage() is self.summary_page:
            return self.assembly is not None
        return super().validateCurrentPage()

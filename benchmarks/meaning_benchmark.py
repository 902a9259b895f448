"""Meaning benchmark: precision on a faithful professional translation, recall on reversals.

Precision: the Mozilla websites privacy notice (../shared/corpus, when present: a professional
translation in ar, sw, fr and bn) is imported and aligned the way the app does it, and every
QA check runs on it; the meaning and form checks added for issue 10 should stay silent on a
faithful translation. Printed as findings per 100 segments (goal: at most 1).

Recall: the reversal sets in tests/checks/data/meaning (35 English sentences, each with a
reversed or weakened translation per language, written for this project) — a pair counts as
caught when a meaning check reports it (goal: at least 90 %). The faithful pairs of our own in
the same folder are run too, as a second precision figure that does not depend on the corpus,
and a held-out reversal set written after the rules were frozen (the honest recall figure).

Run:
    PYTHONPATH=. python benchmarks/meaning_benchmark.py [--corpus DIR] [-v]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policy_studio.checks import Finding, check_policy  # noqa: E402
from policy_studio.checks.meaning import missing_sentence, sentences  # noqa: E402
from policy_studio.checks.translation import EXPECTED_RATIO, clear_caches  # noqa: E402
from policy_studio.io.import_flow import import_documents  # noqa: E402
from policy_studio.model import Block, Policy, Section  # noqa: E402

DATA = ROOT / "tests" / "checks" / "data" / "meaning"
CORPUS = Path("/work/shared/corpus")
MEANING = ("negation", "modality", "absolute", "quantity", "sentences")
FORM = ("tags", "consistency", "forbidden")
PAIRS = ("ar", "sw", "fr", "bn")


def corpus_policy(corpus: Path) -> tuple[Policy, list[str]] | None:
    """The notice imported as one policy in every language found, or None without the corpus."""
    english = sorted(corpus.glob("mozilla_websites_pn_*_en.txt"))
    for en in english:
        stem = en.name.removesuffix("_en.txt")
        langs = [lang for lang in PAIRS if (corpus / f"{stem}_{lang}.txt").is_file()]
        if not langs:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            paths = {}
            for lang in ["en", *langs]:
                text = (corpus / f"{stem}_{lang}.txt").read_text(encoding="utf-8-sig")
                lines = text.splitlines()
                if lines and lines[0].startswith("SOURCE:"):
                    lines = lines[1:]  # the corpus's provenance line, not part of the notice
                paths[lang] = Path(tmp) / f"notice_{lang}.md"
                paths[lang].write_text(
                    "\n".join(line.lstrip("\ufeff") for line in lines), encoding="utf-8"
                )
            result = import_documents(
                paths["en"], [(lang, paths[lang]) for lang in langs], lang="en", title=None
            )
        return result.policy, langs
    return None


def segments(policy: Policy, lang: str) -> int:
    return sum(
        1
        for _, block in policy.iter_blocks()
        if block.get(policy.source_language).strip() and block.get(lang).strip()
    )


def precision(corpus: Path, verbose: bool) -> list[tuple[str, ...]]:
    loaded = corpus_policy(corpus)
    if loaded is None:
        return [("(corpus not found)", str(corpus), "", "", "", "")]
    policy, langs = loaded
    rows = []
    for lang in langs:
        clear_caches()
        started = time.perf_counter()
        findings = check_policy(policy, lang)
        elapsed = time.perf_counter() - started
        n = segments(policy, lang)
        meaning = [f for f in findings if f.check in MEANING]
        form = [f for f in findings if f.check in FORM]
        if verbose:
            for f in meaning + form:
                print(f"  en→{lang} {f.check}: {f.message}")
        rows.append(
            (
                f"en→{lang}",
                str(n),
                f"{len(meaning)} ({100 * len(meaning) / n:.1f})",
                f"{len(form)} ({100 * len(form) / n:.1f})",
                _kinds(meaning + form),
                f"{1000 * elapsed:.0f} ms",
            )
        )
    return rows


JOINS = {"ar": "، و", "fr": ", et ", "sw": ", na ", "bn": ", এবং "}


def dropped_sentences(corpus: Path) -> list[tuple[str, ...]]:
    """The missing-sentence check on real text: every segment of the notice with as many
    sentences (two or more) on both sides, with one translated sentence dropped at a time
    (should be reported), and with two neighbours joined by a comma and a conjunction (should
    not)."""
    loaded = corpus_policy(corpus)
    if loaded is None:
        return [("(corpus not found)", str(corpus), "")]
    policy, langs = loaded
    rows = []
    for lang in langs:
        ratio = EXPECTED_RATIO.get(("en", lang), 1.0)
        caught = dropped = flagged = joined = 0
        for _, block in policy.iter_blocks():
            src, tgt = block.get("en"), block.get(lang)
            src_spans, tgt_spans = sentences(src, "en"), sentences(tgt, lang)
            if len(src_spans) < 2 or len(src_spans) != len(tgt_spans):
                continue
            parts = [tgt[a:b] for a, b in tgt_spans]
            for i in range(len(parts)):
                dropped += 1
                rest = " ".join(parts[:i] + parts[i + 1 :])
                caught += missing_sentence(src, rest, "en", lang, ratio) is not None
            for i in range(len(parts) - 1):
                first, second = parts[i].rstrip(".!?؟।"), parts[i + 1]
                if lang != "ar":
                    second = second[:1].lower() + second[1:]
                text = " ".join([*parts[:i], first + JOINS[lang] + second, *parts[i + 2 :]])
                joined += 1
                flagged += missing_sentence(src, text, "en", lang, ratio) is not None
        rows.append(
            (
                f"en→{lang}",
                f"{caught}/{dropped} = {100 * caught / max(dropped, 1):.1f} %",
                f"{flagged} of {joined}",
            )
        )
    return rows


def _kinds(findings: list[Finding]) -> str:
    counts = Counter(f.check for f in findings)
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "-"


def _policy_of(pairs: list[tuple[str, str]], lang: str) -> Policy:
    section = Section(blocks=[Block(text={"en": en, lang: tgt}) for en, tgt in pairs])
    return Policy(title={"en": "reversals"}, target_languages=[lang], sections=[section])


def recall(verbose: bool) -> list[tuple[str, ...]]:
    sources = {
        int(item["id"]): item
        for item in tomllib.loads((DATA / "sources.toml").read_text("utf-8"))["source"]
    }
    faithful = tomllib.loads((DATA / "faithful.toml").read_text("utf-8"))["pair"]
    rows = []
    for lang in ("ar", "sw", "fr"):
        translations = tomllib.loads((DATA / f"en-{lang}.toml").read_text("utf-8"))["translations"]
        ids = sorted(int(k) for k in translations)
        policy = _policy_of([(sources[i]["text"], translations[str(i)]) for i in ids], lang)
        blocks = policy.sections[0].blocks
        found = check_policy(policy, lang)
        caught_by: dict[str, set[str]] = {}
        for f in found:
            if f.check in MEANING:
                caught_by.setdefault(f.block_id, set()).add(f.check)
        caught = sum(1 for b in blocks if b.id in caught_by)
        as_kind = sum(
            1
            for i, b in zip(ids, blocks, strict=True)
            if sources[i]["kind"] in caught_by.get(b.id, ())
        )
        if verbose:
            for i, b in zip(ids, blocks, strict=True):
                if b.id not in caught_by:
                    print(f"  missed en→{lang} #{i}: {sources[i]['text']} | {translations[str(i)]}")
        clean = _policy_of([(p["en"], p[lang]) for p in faithful], lang)
        false = [f for f in check_policy(clean, lang) if f.check in MEANING + FORM]
        if verbose:
            for f in false:
                print(f"  false alarm en→{lang}: {f.message}")
        rows.append(
            (
                f"en→{lang}",
                f"{caught}/{len(ids)} = {100 * caught / len(ids):.1f} %",
                f"{as_kind}/{len(ids)}",
                f"{len(false)} on {len(faithful)} ({100 * len(false) / len(faithful):.1f})",
            )
        )
    return rows


def heldout(verbose: bool) -> list[tuple[str, ...]]:
    """The second reversal set, written after the rules were frozen (never used to tune them)."""
    pairs = tomllib.loads((DATA / "heldout.toml").read_text("utf-8"))["pair"]
    rows = []
    for lang in ("ar", "sw", "fr"):
        policy = _policy_of([(p["en"], p[lang]) for p in pairs], lang)
        blocks = policy.sections[0].blocks
        caught_ids = {f.block_id for f in check_policy(policy, lang) if f.check in MEANING}
        caught = sum(1 for b in blocks if b.id in caught_ids)
        if verbose:
            for p, b in zip(pairs, blocks, strict=True):
                if b.id not in caught_ids:
                    print(f"  held-out miss en→{lang} ({p['kind']}): {p['en']} | {p[lang]}")
        rows.append((f"en→{lang}", f"{caught}/{len(pairs)} = {100 * caught / len(pairs):.1f} %"))
    return rows


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the corpus")
    parser.add_argument("-v", "--verbose", action="store_true", help="list findings and misses")
    args = parser.parse_args()
    print("Precision on the Mozilla notice (professional translation): findings (per 100 segments)")
    print(
        table(
            ("pair", "segments", "meaning", "form", "kinds", "check_policy"),
            precision(args.corpus, args.verbose),
        )
    )
    print()
    print("Recall on the reversal sets (tests/checks/data/meaning), and our own faithful pairs")
    print(
        table(
            ("pair", "caught", "by the expected check", "false alarms on faithful (per 100)"),
            recall(args.verbose),
        )
    )
    print()
    print("Recall on the held-out reversals (written after the rules were frozen)")
    print(table(("pair", "caught"), heldout(args.verbose)))
    print()
    print("A sentence dropped from the notice's translation, and two joined with a comma")
    print(
        table(
            ("pair", "dropped sentence reported", "joined sentences reported"),
            dropped_sentences(args.corpus),
        )
    )


if __name__ == "__main__":
    main()

"""The sign-off workflow without widgets: who is acting, the audit log, readiness, approvals.

The CLI commands and the desktop app call these same functions, so a segment approved from the
grid and one approved with `policy-studio approve` are logged alike, and `ready` and the
Readiness panel give the same verdict.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

# The QA checks, regulation coverage and law changes are imported where a full verdict needs
# them: an export whose draft line the approval decides never runs them, and the export is
# timed against pandoc from process start (docs/export.md, "HTML speed").
from ..checks.findings import Finding, Severity
from ..checks.readiness import (
    Blocker,
    BlockerKind,
    Readiness,
    approval_blockers,
    readiness,
    said,
)
from ..layout.options import ApprovalStamp
from ..model import Clause, Policy, PolicyStudioError, Status, Version

if TYPE_CHECKING:
    from ..storage import ApprovalRecord, LogEntry, WorkspaceStore

USER_ENVIRONMENT = "POLICY_STUDIO_USER"


def current_user(explicit: str | None = None, configured: str = "") -> str:
    """Who is acting: ``--as NAME`` (or the app's setting), else $POLICY_STUDIO_USER, else the
    login name."""
    for candidate in (explicit, configured, os.environ.get(USER_ENVIRONMENT)):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        import getpass  # when no name was given (~0.4 ms with termios)

        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def log(
    workspace: WorkspaceStore,
    actor: str,
    action: str,
    policy: Policy | None = None,
    target: str = "",
    **detail: Any,
) -> LogEntry:
    """One audit log line; ``detail`` holds what a reader needs to understand it later."""
    if policy is not None:
        detail.setdefault("policy", policy.display_title())
    return workspace.append_log(
        actor, action, policy_id=policy.id if policy else "", target=target, detail=detail
    )


def findings_of(
    workspace: WorkspaceStore, policy: Policy, lang: str | None = None
) -> list[Finding]:
    """QA findings as the workspace sees them (its glossary; dismissed ones left out)."""
    from ..checks.translation import check_policy

    return check_policy(
        policy,
        lang,
        glossary=workspace.glossary(policy.source_language),
        dismissed=workspace.dismissed_findings(policy.id),
    )


def check_languages(policy: Policy, lang: str | None) -> list[str]:
    """The languages a verdict covers: the source and ``lang``, or every language."""
    if lang is None:
        return list(policy.languages)
    if lang not in policy.languages:
        raise PolicyStudioError(
            f"{lang!r} is not a language of {policy.display_title()!r} "
            f"(languages: {', '.join(policy.languages)})"
        )
    return [policy.source_language] + ([lang] if lang != policy.source_language else [])


def same_as_approved(
    workspace: WorkspaceStore, policy: Policy, versions: Sequence[Version], languages: Sequence[str]
) -> bool | None:
    """Whether ``policy`` reads, in ``languages``, exactly as its last approved version."""
    approved = [v for v in versions if v.approved]
    if not approved:
        return None
    last = approved[-1]
    record = workspace.approval(policy.id, last.number)
    from ..io.fingerprint import policy_fingerprints  # only when a version was approved

    current = policy_fingerprints(policy, languages)
    if record is not None and all(lang in record.fingerprints for lang in languages):
        return all(record.fingerprints[lang] == current[lang] for lang in languages)
    return policy_fingerprints(last.snapshot, languages) == current


def readiness_of(
    workspace: WorkspaceStore,
    policy: Policy,
    lang: str | None = None,
    *,
    languages: Sequence[str] | None = None,
    approval: tuple[Sequence[Version], bool | None] | None = None,
) -> Readiness:
    """The sign-off verdict for ``policy`` in the source and ``lang`` (or every language, or
    exactly ``languages`` plus the source, as an export asks). ``approval``: the versions and
    `same_as_approved` when the caller has just computed them (a fingerprint of the whole text
    is not computed twice)."""
    if languages is not None:
        langs = [policy.source_language, *(x for x in languages if x != policy.source_language)]
    else:
        langs = check_languages(policy, lang)
    if approval is None:
        versions: Sequence[Version] = workspace.versions(policy.id)
        same = same_as_approved(workspace, policy, versions, langs)
    else:
        versions, same = approval
    library = {c.key: c for c in workspace.clauses()}
    return readiness(
        policy,
        langs,
        findings=findings_of(workspace, policy),
        library=library,
        versions=versions,
        same_as_approved=same,
        extra=regulation_blockers(workspace, policy, library),
    )


def regulation_blockers(
    workspace: WorkspaceStore, policy: Policy, library: dict[str, Clause]
) -> list[Blocker]:
    """Each requirement of the policy's regulations it does not fully say, and each one that
    changed in a newer version of its law since the workspace last accepted that law."""
    if not policy.regulations:
        return []
    from ..library.coverage import coverage
    from ..library.law_changes import law_changes
    from ..library.regulations import load_all

    loaded = load_all()
    known = [loaded.regulations[k] for k in policy.regulations if k in loaded.regulations]
    blockers: list[Blocker] = []
    for key in policy.regulations:
        if key not in loaded.regulations:
            blockers.append(
                said(BlockerKind.REQUIREMENT, "regulation %1: no file describes it", repr(key))
            )
    numbers = {s.id: n for n, s in enumerate(policy.sections, start=1)}
    for gap in coverage(policy, known, library).gaps:
        first = (gap.sections or gap.found_in_text or [None])[0]
        blockers.append(
            Blocker(
                BlockerKind.REQUIREMENT,
                f"{gap.regulation.title('en')}, {gap.requirement.article}: "
                f"{gap.requirement.text('en')} — {gap.status}: {gap.reason()}",
                section_id=first.id if first else "",
                section_number=numbers.get(first.id, 0) if first else 0,
            )
        )
    for change in law_changes(workspace, policy, loaded):
        blockers.append(
            Blocker(
                BlockerKind.LAW_CHANGED,
                f"{change.regulation_title}, {change.article}: the law changed "
                f"({change.old_version} → {change.new_version}); check the policy still says "
                "what it requires",
            )
        )
    return blockers


def approvable_segments(
    policy: Policy, lang: str, findings: Iterable[Finding], section_id: str | None = None
) -> tuple[list[str], list[str]]:
    """(to approve, held back): translated or reviewed segments that are not stale, and those
    of them held back because an error finding (not dismissed) stands on them."""
    source = policy.source_language
    errors = {f.block_id for f in findings if f.severity is Severity.ERROR and f.language == lang}
    ready: list[str] = []
    held: list[str] = []
    for section, block in policy.iter_blocks():
        if section_id is not None and section.id != section_id:
            continue
        state = block.state(lang)
        if state.status not in (Status.TRANSLATED, Status.REVIEWED):
            continue
        if not block.get(lang).strip() or block.is_stale(lang, source):
            continue
        (held if block.id in errors else ready).append(block.id)
    return ready, held


def approve_translations(
    workspace: WorkspaceStore,
    policy: Policy,
    lang: str,
    actor: str,
    section_id: str | None = None,
) -> tuple[list[str], list[str]]:
    """Approve the approvable segments of ``lang`` (one section or all) and log each one;
    the policy is saved. Returns (approved, held back by errors)."""
    findings = findings_of(workspace, policy, lang)
    ready, held = approvable_segments(policy, lang, findings, section_id)
    from ..ops.translation import approve_segments

    approve_segments(policy, lang, ready)
    if ready:
        workspace.save_policy(policy)
        for block_id in ready:
            log(workspace, actor, "segment.approve", policy, block_id, language=lang)
    return ready, held


def approve_version(
    workspace: WorkspaceStore, policy: Policy, version: Version, approver: str
) -> ApprovalRecord:
    """Approve ``version`` in ``approver``'s name with the fingerprint of its text per language."""
    from ..io.fingerprint import policy_fingerprints

    fingerprints = policy_fingerprints(version.snapshot)
    record = workspace.approve_version(policy.id, version.number, approver, fingerprints)
    log(
        workspace,
        approver,
        "version.approve",
        policy,
        str(version.number),
        label=version.label,
        fingerprints=fingerprints,
    )
    return record


def approval_verdict(
    workspace: WorkspaceStore, policy: Policy, languages: Sequence[str]
) -> tuple[Readiness | None, tuple[Sequence[Version], bool | None]]:
    """The verdict when the approval alone decides it: ``policy`` (in ``languages`` plus the
    source) is not the text of an approved version, so it is not ready whatever else blocks it.
    An incomplete verdict with that one blocker — exactly the one `readiness_of` would list for
    it — or None when the text is an approved version's and only the full check can tell;
    with the versions and `same_as_approved` it read (for `readiness_of`'s ``approval``)."""
    langs = [policy.source_language, *(x for x in languages if x != policy.source_language)]
    versions = workspace.versions(policy.id)
    same = same_as_approved(workspace, policy, versions, langs)
    decisive = approval_blockers(policy, versions, same)
    verdict = Readiness(tuple(langs), tuple(decisive), complete=False) if decisive else None
    return verdict, (versions, same)


def signoff_options(
    workspace: WorkspaceStore,
    policy: Policy,
    version: Version | None,
    languages: Sequence[str],
    *,
    complete: bool = True,
    whole: Callable[[], Policy] | None = None,
) -> tuple[Readiness | None, ApprovalStamp | None]:
    """What an export for sign-off must say: the blockers (None for an approved version, whose
    text is what was signed) and the approval record to print, when there is one.

    ``whole``, when ``policy`` is an excerpt in ``languages`` (``Workspace.policy_excerpt``):
    reads the whole policy, for the full check (its QA findings look at every language).

    ``complete=False`` stops at the blocker that decides the verdict when the text is not an
    approved version (the verdict is then the same — not ready, so marked draft — but only
    that blocker is listed; the QA checks, which take seconds on a long policy, are not run).
    A text that is an approved version's always gets the full check."""
    if version is None:
        # The current text: ready means it reads as the last approved version, whose record
        # is then the one to print.
        known = None
        if not complete:
            quick, known = approval_verdict(workspace, policy, languages)
            if quick is not None:
                return quick, None
        checked = policy if whole is None else whole()
        verdict = readiness_of(workspace, checked, languages=languages, approval=known)
        approved = [v for v in workspace.versions(policy.id) if v.approved]
        if not verdict.ready or not approved:
            return verdict, None
        return verdict, _stamp(workspace, policy, approved[-1])
    if not version.approved:
        known = None
        if not complete:
            quick, known = approval_verdict(workspace, version.snapshot, languages)
            if quick is not None:
                return quick, None
        return readiness_of(workspace, version.snapshot, languages=languages, approval=known), None
    return None, _stamp(workspace, policy, version)


def signoff_options_apart(
    location: str, policy: Policy, languages: Sequence[str]
) -> tuple[Readiness | None, ApprovalStamp | None]:
    """``signoff_options`` of the current text, for a worker thread: on a read-only connection
    of its own to the workspace at ``location``, over a copy of ``policy`` taken first (the
    verdict is of the text as it was then)."""
    from ..storage.locate import open_store

    text = policy.copy()
    with open_store(location, readonly=True) as workspace:
        return signoff_options(workspace, text, None, languages)


def _stamp(workspace: WorkspaceStore, policy: Policy, version: Version) -> ApprovalStamp:
    record = workspace.approval(policy.id, version.number)
    if record is None:  # approved before approvals were named
        from ..io.fingerprint import policy_fingerprints

        return ApprovalStamp(
            "(not recorded)", "(not recorded)", version.label, policy_fingerprints(version.snapshot)
        )
    return ApprovalStamp(record.approver, record.approved_at, version.label, record.fingerprints)

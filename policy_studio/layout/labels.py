"""The fixed words of an export (contents, page X of Y, untranslated…) per language."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "version": "Version",
        "working_copy": "draft",
        "draft": "Draft — not approved",
        "effective": "Effective date",
        "page": "Page {page} of {pages}",
        "signoff": "Approval",
        "name": "Name",
        "role": "Role",
        "signature": "Signature",
        "date": "Date",
        "untranslated": "[untranslated]",
    },
    "ar": {
        "contents": "المحتويات",
        "version": "الإصدار",
        "working_copy": "مسودة",
        "draft": "مسودة — غير معتمدة",
        "effective": "تاريخ السريان",
        "page": "صفحة {page} من {pages}",
        "signoff": "الاعتماد",
        "name": "الاسم",
        "role": "الصفة",
        "signature": "التوقيع",
        "date": "التاريخ",
        "untranslated": "[غير مترجم]",
    },
    "fr": {
        "contents": "Sommaire",
        "version": "Version",
        "working_copy": "projet",
        "draft": "Projet — non approuvé",
        "effective": "Date d’entrée en vigueur",
        "page": "Page {page} sur {pages}",
        "signoff": "Approbation",
        "name": "Nom",
        "role": "Fonction",
        "signature": "Signature",
        "date": "Date",
        "untranslated": "[non traduit]",
    },
    "sw": {
        "contents": "Yaliyomo",
        "version": "Toleo",
        "working_copy": "rasimu",
        "draft": "Rasimu — haijaidhinishwa",
        "effective": "Tarehe ya kuanza kutumika",
        "page": "Ukurasa {page} wa {pages}",
        "signoff": "Idhini",
        "name": "Jina",
        "role": "Wadhifa",
        "signature": "Sahihi",
        "date": "Tarehe",
        "untranslated": "[haijatafsiriwa]",
    },
}


def labels(lang: str) -> dict[str, str]:
    """Fixed words of the export (contents, page X of Y…) in ``lang``, English when unknown."""
    return LABELS.get(lang, LABELS["en"])

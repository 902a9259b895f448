"""The fixed words of an export (contents, page X of Y, untranslated…) per language."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "version": "Version",
        "draft": "draft",
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
        "draft": "مسودة",
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
        "draft": "projet",
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
        "draft": "rasimu",
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

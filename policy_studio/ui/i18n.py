"""The interface language: loading the compiled Qt translations and mirroring for Arabic.

Translations live in translations/*.ts; setup.py compiles them to .qm when the package is built
or installed, so they ship in policy_studio.translations. An interface in a right-to-left
language mirrors the whole layout (QApplication.setLayoutDirection).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..model import language
from ..text.languages import display_name
from .button_wording import ButtonWording
from .direction import qt_direction

UI_LANGUAGES = {"en": "English", "ar": "العربية", "sw": "Kiswahili", "fr": "Français"}
"""Interface languages offered in the settings (English is the source of the strings)."""
SETTINGS_KEY = "ui/language"
_current = "en"
"""The interface language installed last (InterfaceLanguage)."""


def language_name(code: str) -> str:
    """The name of language ``code`` in the interface language (CLDR, via Babel)."""
    return display_name(code, _current)


def current_language() -> str:
    """The code of the interface language installed last (English before any)."""
    return _current


def ui_language(settings: QSettings) -> str:
    """The chosen interface language, else the system's when we have it, else English."""
    chosen = str(settings.value(SETTINGS_KEY, "") or "")
    if chosen in UI_LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def set_ui_language(settings: QSettings, lang: str) -> None:
    """Remember the interface language (applied at the next start)."""
    if lang not in UI_LANGUAGES:
        raise ValueError(f"no interface translation for {lang!r}")
    settings.setValue(SETTINGS_KEY, lang)


def qm_data(lang: str) -> bytes | None:
    """The compiled translation shipped in the package, or None (English, or not built)."""
    try:
        folder = resources.files("policy_studio.translations")
        entry = folder.joinpath(f"policy_studio_{lang}.qm")
        if entry.is_file():
            return entry.read_bytes()
        source = folder.joinpath(f"policy_studio_{lang}.ts")
        return _compile_in_cache(source.read_bytes(), lang) if source.is_file() else None
    except (ModuleNotFoundError, OSError):
        # A source checkout without the mapped package: start in English rather than not at all.
        return None


def _compile_in_cache(ts: bytes, lang: str) -> bytes | None:
    """Compile a .ts with the lrelease that ships in the PySide6 wheel.

    An editable install (`pip install -e .`) maps translations/ to the source folder, where
    setup.py's build step leaves no .qm; compiling on first use keeps the interface translated
    there too. Installed packages never take this path.
    """
    import hashlib
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    import PySide6

    tool = shutil.which("pyside6-lrelease") or str(Path(PySide6.__file__).parent / "lrelease")
    cache = Path(tempfile.gettempdir()) / "policy-studio-qm"
    digest = hashlib.sha256(ts).hexdigest()[:16]
    qm = cache / f"policy_studio_{lang}_{digest}.qm"
    if not qm.is_file():
        cache.mkdir(exist_ok=True)
        source = cache / f"policy_studio_{lang}_{digest}.ts"
        source.write_bytes(ts)
        try:
            subprocess.run([tool, "-silent", str(source), "-qm", str(qm)], check=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return None
    return qm.read_bytes()


class InterfaceLanguage:
    """Installs the translators for one language on the application and keeps them alive."""

    def __init__(self, app: QApplication, lang: str, qm: bytes | None = None) -> None:
        global _current
        self.lang = lang
        _current = lang
        self.translators: list[QTranslator] = []
        self.translated = False
        """True when our own strings are translated (a .qm was found and loaded)."""
        # QTranslator.load(bytes) keeps a pointer to the data, not a copy: hold on to it.
        self._data = qm if qm is not None else qm_data(lang)
        if lang != "en" and self._data:
            ours = QTranslator(app)
            if ours.load(self._data):
                app.installTranslator(ours)
                self.translators.append(ours)
                self.translated = True
        qt_own = QTranslator(app)
        if lang != "en" and qt_own.load(
            f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)  # standard dialogs and buttons
            self.translators.append(qt_own)
        wording = ButtonWording(lang, app)
        if not wording.isEmpty():
            app.installTranslator(wording)  # last installed, asked first (button_wording.py)
            self.translators.append(wording)
        # Widgets that word things per language (variable labels, language names) ask QLocale.
        QLocale.setDefault(QLocale(lang))
        app.setLayoutDirection(qt_direction(language(lang).is_rtl))

    def remove(self, app: QApplication) -> None:
        global _current
        _current = "en"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()

"""The interface's language. The window's strings are English in the source and translated with
Qt Linguist: `resources/translations/crisis-console_<lang>.ts` (committed; `make translations`
refreshes them from console/ui) built into `.qm` files by the build (`make translations-qm`, part of
run, test and package). The choice is a setting; without one, the system's language decides. It
applies from the next start, since widgets take their texts when they are built."""

import logging
import re

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator

from console.resources import resource

log = logging.getLogger(__name__)

# Each language by its own name, as a language menu shows it.
LANGUAGES = {"en": "English", "zh_TW": "繁體中文", "zh_CN": "简体中文", "uk": "Українська"}
SOURCE_LANGUAGE = "en"
SETTING = "interface/language"
CATALOG = "crisis-console"   # resources/translations/crisis-console_<lang>.qm
_SPOKEN = {QLocale.Language.English: "en", QLocale.Language.Ukrainian: "uk"}
_MARKER = re.compile(r"%([1-9])")


def fill(text: str, *values) -> str:
    """A translated string with its %1, %2 ... markers replaced by `values`, all in one pass as
    Qt's QString.arg does: a value that itself holds "%2" (a feed title, a tag) stays as typed.
    Keep the `tr("... %1 ...")` call literal and pass its result here, so lupdate still finds it."""
    return _MARKER.sub(lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0),
                       text)


def language_of(locale: QLocale) -> str | None:
    """The shipped language for a locale, or None: Chinese by script (zh-TW and zh-HK write
    Traditional, zh and zh-SG Simplified)."""
    if locale.language() == QLocale.Language.Chinese:
        return "zh_TW" if locale.script() == QLocale.Script.TraditionalChineseScript else "zh_CN"
    return _SPOKEN.get(locale.language())


def system_language(locale: QLocale | None = None) -> str:
    """The first of the user's preferred languages (LANGUAGE, LC_ALL, LANG on Linux) that ships."""
    for name in (locale or QLocale.system()).uiLanguages():
        lang = language_of(QLocale(name))
        if lang:
            return lang
    return SOURCE_LANGUAGE


def saved_language(settings: QSettings | None = None) -> str | None:
    value = (settings or QSettings()).value(SETTING)
    return value if value in LANGUAGES else None


def chosen_language(settings: QSettings | None = None) -> str:
    return saved_language(settings) or system_language()


def save_language(lang: str | None, settings: QSettings | None = None) -> None:
    """Remember a language for the next start; None follows the system again."""
    s = settings or QSettings()
    if lang is None:
        s.remove(SETTING)
        return
    if lang not in LANGUAGES:
        raise ValueError(f"no interface language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    s.setValue(SETTING, lang)


def catalogs(lang: str) -> list[tuple[str, str]]:
    """The .qm files (name, folder) for a language: Qt's own strings (standard buttons and dialogs), then ours."""
    return [(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (f"{CATALOG}_{lang}", str(resource("translations")))]


def install(app, lang: str | None = None) -> str:
    """Install the translators for `lang` (default: the chosen language) in place of any installed
    before, and return the language. A missing catalogue is logged and the text stays English."""
    lang = lang or chosen_language()
    for t in getattr(app, "_i18n_translators", []):
        app.removeTranslator(t)
    app._i18n_translators = []
    if lang != SOURCE_LANGUAGE:
        for name, folder in catalogs(lang):
            t = QTranslator(app)
            if t.load(name, folder):
                app.installTranslator(t)
                app._i18n_translators.append(t)
            else:
                log.warning("no translation %s.qm in %s (built by `make translations-qm`)", name, folder)
    app.setProperty("language", lang)
    return lang

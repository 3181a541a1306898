"""View → Language: the interface language setting (console.ui.i18n), the system's by default.
A choice applies at the next start; the status bar says so in the language chosen."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from console.ui import i18n

# Said in the language just chosen, which the running window does not speak yet.
_APPLIES_NEXT_START = {
    "en": "The interface will be in English from the next start.",
    "zh_TW": "下次啟動時介面將改為繁體中文。",
    "zh_CN": "下次启动时界面将改为简体中文。",
    "uk": "Інтерфейс буде українською після наступного запуску.",
}


def attach(window) -> None:
    menu = window.menus["view"].addMenu(QCoreApplication.translate("LanguageMenu", "Language"))
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    saved = i18n.saved_language()
    system = i18n.LANGUAGES[i18n.system_language()]
    choices = [(None, i18n.fill(QCoreApplication.translate("LanguageMenu", "System default (%1)"), system))]
    choices += list(i18n.LANGUAGES.items())
    for lang, title in choices:
        a = QAction(title, menu, checkable=True)
        a.setObjectName(f"language_{lang or 'system'}")
        a.setChecked(lang == saved)
        a.triggered.connect(lambda _on=False, lang=lang: _choose(window, lang))
        group.addAction(a)
        menu.addAction(a)
        if lang is None:
            menu.addSeparator()


def _choose(window, lang: str | None) -> None:
    i18n.save_language(lang)
    window.status_message(_APPLIES_NEXT_START[lang or i18n.system_language()], ms=10000)

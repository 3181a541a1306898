"""The four languages the playbook ships in, and which one to use when nobody said."""

import locale
import os

LANGS = ("en", "zh_TW", "zh_CN", "uk")
NAMES = {"en": "English", "zh_TW": "繁體中文", "zh_CN": "简体中文", "uk": "Українська"}


def from_locale(name: str | None) -> str | None:
    """'zh_TW.UTF-8' -> 'zh_TW', 'zh-Hant-HK' -> 'zh_TW', 'uk_UA' -> 'uk', 'de_DE' -> None."""
    if not name:
        return None
    tag = name.split(".")[0].split("@")[0].replace("-", "_").lower()
    if tag.startswith("zh"):
        traditional = any(part in tag.split("_") for part in ("tw", "hk", "mo", "hant"))
        return "zh_TW" if traditional else "zh_CN"
    if tag.startswith("uk"):
        return "uk"
    if tag.startswith("en"):
        return "en"
    return None


def system_lang() -> str:
    """The desktop's language if the playbook has it, else English."""
    for name in (os.environ.get("LANGUAGE") or "").split(":"):  # a preference list
        if from_locale(name):
            return from_locale(name)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):  # the first one set decides
        if os.environ.get(var):
            return from_locale(os.environ[var]) or "en"
    try:
        return from_locale(locale.getlocale()[0]) or "en"
    except ValueError:
        return "en"

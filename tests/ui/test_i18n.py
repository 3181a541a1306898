"""The interface language: which shipped language a locale gets, the setting, the translators a
start installs, the View → Language menu, and a window built in each language showing its
translations (the .qm built from the committed .ts, as `make translations-qm` builds them)."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from console.resources import resource
from console.ui import i18n, labels

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")



def test_fill_puts_each_value_in_its_marker_once():
    # A value holding a later marker (a tag "50%2off", a feed title) stays as typed; markers swap places
    # as a translation may order them; a marker with no value is left for the reader to see.
    assert i18n.fill("Tag %1 on %2", "50%2off", 3) == "Tag 50%2off on 3"
    assert i18n.fill("%2 · %1", "a", "b") == "b · a"
    assert i18n.fill("100% of %1", 7) == "100% of 7"
    assert i18n.fill("%1 and %2", "x") == "x and %2"

def ts_translation(lang: str, context: str, source: str) -> str:
    root = ET.parse(resource("translations", f"{i18n.CATALOG}_{lang}.ts")).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for m in ctx.iter("message"):
                if m.findtext("source") == source:
                    return m.findtext("translation")
    raise AssertionError(f"{source!r} is not in {context} of the {lang} catalogue")


@pytest.mark.parametrize("name, lang", [
    ("zh-TW", "zh_TW"), ("zh-HK", "zh_TW"), ("zh-Hant", "zh_TW"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"),
    ("zh-SG", "zh_CN"), ("uk-UA", "uk"), ("uk", "uk"), ("en-GB", "en"), ("fr-FR", None), ("ru-UA", None),
])
def test_a_locale_gets_the_shipped_language_that_fits(name, lang):
    assert i18n.language_of(QLocale(name)) == lang


def test_the_system_language_is_the_first_preferred_one_that_ships():
    assert i18n.system_language(QLocale("uk_UA")) == "uk"
    assert i18n.system_language(QLocale("zh_TW")) == "zh_TW"
    assert i18n.system_language(QLocale("de_DE")) == "en"    # nothing we ship: the source language


def test_the_setting_wins_over_the_system_and_can_be_cleared(tmp_path):
    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.saved_language(s) is None and i18n.chosen_language(s) == i18n.system_language()
    i18n.save_language("uk", s)
    assert i18n.chosen_language(s) == "uk"
    i18n.save_language(None, s)
    assert i18n.saved_language(s) is None
    with pytest.raises(ValueError, match="no interface language 'de'"):
        i18n.save_language("de", s)
    s.setValue(i18n.SETTING, "xx")      # a value from elsewhere is ignored, not trusted
    assert i18n.saved_language(s) is None


def test_every_language_has_its_catalogue_and_qt_s_own(built_catalogs):
    for lang in TRANSLATED:
        assert built_catalogs[lang].stat().st_size > 1000, lang
        assert len(i18n.catalogs(lang)) == 2


@pytest.mark.parametrize("lang", TRANSLATED)
def test_installing_a_language_translates_ours_and_qt_s_strings(qapp, built_catalogs, english_again, lang):
    assert i18n.install(qapp, lang) == lang
    assert qapp.property("language") == lang and len(qapp._i18n_translators) == 2
    assert QCoreApplication.translate("Labels", "Acknowledged") == ts_translation(lang, "Labels", "Acknowledged")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")     # qtbase_<lang>.qm
    # The wall's own words for what the analysis stores in English: the praise pill, the reasons' factors.
    assert labels.level_cue("low", positive=True).endswith(ts_translation(lang, "Labels", "POSITIVE"))
    assert labels.factor("risk term") == ts_translation(lang, "Labels", "risk term") != "risk term"
    assert labels.factor("a factor from a newer version") == "a factor from a newer version"
    i18n.install(qapp, i18n.SOURCE_LANGUAGE)
    assert qapp._i18n_translators == [] and QCoreApplication.translate("Labels", "Acknowledged") == "Acknowledged"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_window_built_in_a_language_shows_its_translations(sample_ws, open_window, built_catalogs, english_again,
                                                             lang):
    i18n.install(QApplication.instance(), lang)
    w = open_window(sample_ws)
    menus = {a.text() for a in w.menuBar().actions()}
    for source in ("&File", "&Edit", "&View", "&Mentions", "&Crisis", "&Help"):
        assert ts_translation(lang, "MainWindow", source) in menus
    assert not {"&File", "&View", "&Help"} & menus
    assert w.act_poll.text() == ts_translation(lang, "MainWindow", "Poll now")


def test_the_language_menu_saves_the_choice_for_the_next_start(sample_ws, open_window):
    w = open_window(sample_ws)
    menu = next(a.menu() for a in w.menus["view"].actions() if a.menu() and a.menu().objectName() == "language_menu")
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert set(actions) == {"language_system", *(f"language_{lang}" for lang in i18n.LANGUAGES)}
    assert actions["language_system"].isChecked()
    actions["language_zh_TW"].trigger()
    assert i18n.saved_language() == "zh_TW" and actions["language_zh_TW"].isChecked()
    assert w.statusBar().currentMessage() == "下次啟動時介面將改為繁體中文。"
    actions["language_system"].trigger()
    assert i18n.saved_language() is None

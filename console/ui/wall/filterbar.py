"""The strip above the wall: the search box, one drop-down per filter, saved filters, and a
chip naming a view a feature switched to (an incident's terms), with a way back."""

import hashlib
import json

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QToolButton

from console.store.vocabulary import LEVELS
from console.store.wall_filter import WallFilter
from console.ui import labels, plaintext
from console.ui.flow import FlowStrip

TIME_WINDOWS = ((None, "Any time"), (3600, "Last hour"), (86400, "Last 24 hours"), (7 * 86400, "Last 7 days"),
                (30 * 86400, "Last 30 days"))
SEARCH_DELAY_MS = 250
SECONDARY = ("sources", "categories", "langs", "time")


class FilterBar(FlowStrip):
    filter_changed = Signal(object)        # WallFilter
    choices_wanted = Signal()              # a menu opened: refresh what it offers

    def __init__(self, workspace_key: str, parent=None):
        super().__init__(parent, spacing=4)
        self.setObjectName("filterBar")
        self._filter = WallFilter()
        self._choices = {"sources": [], "categories": [], "langs": [], "terms": []}
        self._settings_key = "saved_filters/" + hashlib.sha1(workspace_key.encode()).hexdigest()[:16]
        # The strip wraps onto a second line where a narrow wall or a long translation needs it.
        lay = self.flow
        lay.setContentsMargins(8, 6, 8, 6)

        self.search = QLineEdit(self)
        self.search.setObjectName("wallSearch")
        self.search.setPlaceholderText(self.tr("Search mentions  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.search.textChanged.connect(self._text_changed)
        lay.addWidget(self.search)
        clear = QAction(self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)

        self._label_chip = QToolButton(self)
        self._label_chip.setObjectName("viewChip")
        self._label_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._label_chip.clicked.connect(self.clear)
        self._label_chip.hide()
        lay.addWidget(self._label_chip)

        # The filters used most sit on the strip; the others in "More filters", so the strip stays
        # narrow enough for the docks beside it.
        self.menus: dict[str, QMenu] = {}
        self.buttons: dict[str, QToolButton] = {}
        self._titles = {"levels": self.tr("Level"), "statuses": self.tr("Status"), "terms": self.tr("Watch term"),
                        "sources": self.tr("Source"), "categories": self.tr("Category"),
                        "langs": self.tr("Language"), "time": self.tr("Time")}
        for key in ("levels", "statuses", "terms", "more"):
            b = QToolButton(self)
            b.setObjectName(f"filter_{key}")
            b.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            b.setCheckable(True)
            b.setMenu(QMenu(b))
            self.buttons[key] = b
            lay.addWidget(b)
            if key != "more":
                self._wire(key, b.menu())
        for key in SECONDARY:
            self._wire(key, self.buttons["more"].menu().addMenu(self._titles[key]))

        self.saved = QToolButton(self)
        self.saved.setObjectName("savedFilters")
        self.saved.setText(self.tr("Saved views"))
        self.saved.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved.setMenu(QMenu(self.saved))
        self.saved.menu().aboutToShow.connect(self._fill_saved)
        lay.addWidget(self.saved)

        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Back to the default view: every active mention"))
        self.clear_button.clicked.connect(self.clear)
        lay.addWidget(self.clear_button)
        self._sync()

    def _wire(self, key: str, menu: QMenu) -> None:
        menu.setObjectName(f"menu_{key}")
        menu.aboutToShow.connect(lambda: self._fill_menu(key, menu))
        self.menus[key] = menu

    # -- the filter -----------------------------------------------------------------------------------
    @property
    def filter(self) -> WallFilter:
        return self._filter

    def set_filter(self, flt: WallFilter, *, emit: bool = True) -> None:
        self._search_timer.stop()
        self._filter = flt
        if self.search.text() != flt.search:
            self.search.blockSignals(True)
            self.search.setText(flt.search)
            self.search.blockSignals(False)
        self._sync()
        if emit:
            self.filter_changed.emit(flt)

    def clear(self) -> None:
        self.set_filter(WallFilter())

    def _change(self, **kw) -> None:
        self.set_filter(self._filter.with_(label="", **kw))   # an edited feature view is the user's own

    def _text_changed(self, text: str) -> None:
        if not text:              # cleared (its button, Esc): show everything again at once
            self._apply_search()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if text != self._filter.search:
            self._change(search=text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_choices(self, choices: dict) -> None:
        self._choices = choices
        self._sync()

    # -- menus ----------------------------------------------------------------------------------------
    def _options(self, key) -> list[tuple]:
        c = self._choices
        if key == "levels":
            return [(v, labels.level_cue(v)) for v in LEVELS]
        if key == "statuses":
            return [(v, labels.status(v)) for v in labels.WORKFLOW]
        if key == "sources":
            return [(sid, name) for sid, name in c.get("sources", [])]
        if key == "categories":
            return [(v, labels.category(v)) for v in c.get("categories", [])]
        if key == "langs":
            return [(v, labels.language(v)) for v in c.get("langs", [])]
        if key == "terms":
            return [(v, v) for v in c.get("terms", [])]
        return []

    def _fill_menu(self, key: str, menu: QMenu) -> None:
        self.choices_wanted.emit()
        menu.clear()
        if key == "time":
            group = QActionGroup(menu)
            for seconds, text in TIME_WINDOWS:
                a = menu.addAction(self.tr(text))
                a.setCheckable(True)
                a.setChecked(self._filter.window_s == seconds)
                group.addAction(a)
                a.triggered.connect(lambda _c=False, s=seconds: self._change(window_s=s, since=None, until=None))
            return
        chosen = getattr(self._filter, key)
        options = self._options(key)
        if key == "statuses":
            a = menu.addAction(self.tr("Active (leaves out ignored and hidden)"))
            a.setCheckable(True)
            a.setChecked(not chosen)
            a.triggered.connect(lambda: self._change(statuses=()))
            menu.addSeparator()
        if not options:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for value, text in options:
            a = QAction(plaintext.menu_text(text), menu)
            a.setCheckable(True)
            a.setChecked(value in chosen)
            a.toggled.connect(lambda on, v=value, k=key: self._toggle(k, v, on))
            menu.addAction(a)
        if chosen:
            menu.addSeparator()
            menu.addAction(self.tr("Any"), lambda k=key: self._change(**{k: ()}))

    def _toggle(self, key: str, value, on: bool) -> None:
        current = set(getattr(self._filter, key))
        (current.add if on else current.discard)(value)
        self._change(**{key: current})

    def _chosen(self, key: str) -> list[str]:
        f = self._filter
        if key == "time":
            return [self.tr(t) for sec, t in TIME_WINDOWS if sec == f.window_s and sec] or (
                [self.tr("Custom")] if f.since or f.until else [])
        names = dict(self._options(key))
        return [str(names.get(v, v)) for v in sorted(getattr(f, key), key=str)]

    def _sync(self) -> None:
        f = self._filter
        for key, b in self.buttons.items():
            if key == "more":
                n = sum(bool(self._chosen(k)) for k in SECONDARY)
                b.setText(self.tr("More filters") + (f" ({n})" if n else ""))
                b.setChecked(bool(n))
                continue
            chosen = self._chosen(key)
            title = self._titles[key]
            text = title if not chosen else f"{title}: {chosen[0]}" if len(chosen) == 1 else f"{title} ({len(chosen)})"
            b.setText(plaintext.menu_text(text, 32))
            b.setToolTip(plaintext.tooltip(", ".join(chosen)) if chosen else "")
            b.setChecked(bool(chosen))
        for key in SECONDARY:
            chosen = self._chosen(key)
            self.menus[key].setTitle(plaintext.menu_text(
                self._titles[key] + (f": {', '.join(chosen)}" if chosen else ""), 48))
        if f.label:
            self._label_chip.setText(plaintext.menu_text(f"{f.label}  ✕", 60))
            self._label_chip.setToolTip(self.tr("Showing a view chosen elsewhere; click to go back to the wall"))
            self._label_chip.show()
        else:
            self._label_chip.hide()
        self.clear_button.setEnabled(not f.is_default)

    # -- saved views ------------------------------------------------------------------------------------
    def saved_filters(self) -> dict[str, WallFilter]:
        raw = QSettings().value(self._settings_key, "{}")
        try:
            data = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            data = {}
        out = {}
        for name, text in data.items():
            try:
                out[name] = WallFilter.from_json(text)
            except (ValueError, TypeError):
                continue   # a saved view from another version that no longer makes sense
        return out

    def save_filter(self, name: str, flt: WallFilter) -> None:
        saved = {n: f.to_json() for n, f in self.saved_filters().items()}
        saved[name] = flt.to_json()
        QSettings().setValue(self._settings_key, json.dumps(saved, ensure_ascii=False))

    def delete_filter(self, name: str) -> None:
        saved = {n: f.to_json() for n, f in self.saved_filters().items() if n != name}
        QSettings().setValue(self._settings_key, json.dumps(saved, ensure_ascii=False))

    def _fill_saved(self) -> None:
        menu = self.saved.menu()
        menu.clear()
        saved = self.saved_filters()
        for name, flt in sorted(saved.items()):
            menu.addAction(plaintext.menu_text(name), lambda f=flt: self.set_filter(f))
        if not saved:
            menu.addAction(self.tr("(no saved views)")).setEnabled(False)
        menu.addSeparator()
        save = menu.addAction(self.tr("Save current view…"), self._ask_save)
        save.setShortcut(QKeySequence("Ctrl+Shift+S"))
        if saved:
            delete = menu.addMenu(self.tr("Delete saved view"))
            for name in sorted(saved):
                delete.addAction(plaintext.menu_text(name), lambda n=name: self.delete_filter(n))

    def _ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"))
        if ok and name.strip():
            self.save_filter(name.strip(), self._filter.with_(label=""))

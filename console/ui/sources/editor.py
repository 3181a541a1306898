"""Adding or editing one feed: pick what to watch (a source builder), see the plain feed address
it makes, test-fetch it to preview what it would bring, set how it is polled."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from console.errors import UsageError
from console.ingest import builders, sources
from console.timeutil import from_iso
from console.ui import i18n, plaintext, sentences
from console.ui.sources.preview import FeedPreview

REACH_LABELS = {"news": QT_TRANSLATE_NOOP("SourceDialog", "News media"),
                "authority": QT_TRANSLATE_NOOP("SourceDialog", "Public authority"),
                "social": QT_TRANSLATE_NOOP("SourceDialog", "Social network"),
                "forum": QT_TRANSLATE_NOOP("SourceDialog", "Forum or community"),
                "review": QT_TRANSLATE_NOOP("SourceDialog", "Reviews")}
ERROR_STYLE = "color: #b3261e;"
FIELDS_AT = 2   # the builder's fields come after its kind and its hint


class SourceDialog(QDialog):
    """With `source` (a feed as sources.get returns it): edit it. Without: add one."""

    save_requested = Signal(dict)   # {"url", "name", "interval_s", "priority", "internal", "reach"} (+ "id")

    def __init__(self, parent=None, source: dict | None = None):
        super().__init__(parent)
        self.source = source
        self.inputs: dict[str, QLineEdit] = {}
        self.preview = FeedPreview(self)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(self.tr("Edit feed") if source else self.tr("Add a feed"))
        self.resize(860, 720)
        lay = QVBoxLayout(self)

        what = QGroupBox(self.tr("What to watch"), self)
        self.what_form = QFormLayout(what)
        self.kind = QComboBox(what)
        self.kind.setObjectName("builderKind")
        for b in builders.BUILDERS:
            self.kind.addItem(self.tr(b.label), b.key)
        self.hint = plaintext.label("", what, wrap=True)
        self.hint.setStyleSheet("color: #666;")
        self.what_form.addRow(self.tr("Kind:"), self.kind)
        self.what_form.addRow("", self.hint)
        self.url = QLineEdit(what)
        self.url.setObjectName("feedAddress")
        self.url.setReadOnly(True)
        self.url.setPlaceholderText(self.tr("The feed address appears here"))
        self.url_error = plaintext.label("", what, wrap=True)
        self.url_error.setStyleSheet(ERROR_STYLE)
        self.what_form.addRow(self.tr("Feed address:"), self.url)
        self.what_form.addRow("", self.url_error)
        lay.addWidget(what)

        how = QGroupBox(self.tr("How it is polled"), self)
        form = QFormLayout(how)
        self.name = QLineEdit(how)
        self.name.setObjectName("feedName")
        self.name.setPlaceholderText(self.tr("Optional: the name shown on the wall (else the feed's own title)"))
        self.reach = QComboBox(how)
        for key in sources.REACHES:
            self.reach.addItem(self.tr(REACH_LABELS.get(key, key)), key)
        self.interval = QSpinBox(how)
        self.interval.setObjectName("feedInterval")
        self.interval.setRange(sources.MIN_INTERVAL_S // 60, sources.MAX_INTERVAL_S // 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(sources.DEFAULT_INTERVAL_S // 60)
        self.priority = QCheckBox(self.tr("Priority: polled every minute in crisis mode, and an alert when it "
                                          "goes dark"), how)
        self.internal = QCheckBox(self.tr("Internal: on this machine or the company network (private addresses "
                                          "allowed)"), how)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Reach:"), self.reach)
        form.addRow(self.tr("Poll every:"), self.interval)
        form.addRow("", self.priority)
        form.addRow("", self.internal)
        lay.addWidget(how)

        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test fetch"), self)
        self.test_button.setObjectName("testFetch")
        self.test_button.setToolTip(self.tr("Fetch the feed once and show what it would bring; nothing is stored"))
        self.test_status = plaintext.label("", self, wrap=True, limit=600)
        self.test_status.setObjectName("testStatus")
        row.addWidget(self.test_button)
        row.addWidget(self.test_status, 1)
        lay.addLayout(row)
        self.entries = QTableWidget(0, 3, self)
        self.entries.setObjectName("previewEntries")
        self.entries.setHorizontalHeaderLabels([self.tr("Published"), self.tr("Author"), self.tr("Title")])
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setWordWrap(False)
        self.entries.verticalHeader().hide()
        h = self.entries.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.entries, 1)

        self.save_error = plaintext.label("", self, wrap=True)
        self.save_error.setStyleSheet(ERROR_STYLE)
        lay.addWidget(self.save_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("Save") if source else self.tr("Add feed"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveFeed")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.test_button.clicked.connect(self.test_fetch)
        self.preview.finished.connect(self._previewed)
        self.preview.failed.connect(self._preview_failed)
        self.finished.connect(lambda _r: self.preview.cancel())
        if source:
            self._show_source(source)
        else:
            self._kind_changed()

    # -- the address ---------------------------------------------------------------------------------
    @property
    def builder(self) -> builders.Builder:
        return builders.BY_KEY[self.kind.currentData()]

    def _kind_changed(self, *_):
        b = self.builder
        for _ in self.inputs:   # the previous kind's fields, right under the hint
            self.what_form.removeRow(FIELDS_AT)
        self.inputs = {}
        for i, f in enumerate(b.fields):
            edit = QLineEdit(self)
            edit.setObjectName(f"field_{f.key}")
            edit.setPlaceholderText(f.placeholder)
            edit.setText(f.default)
            edit.textChanged.connect(self._build)
            self.what_form.insertRow(FIELDS_AT + i, self.tr(f.label) + ":", edit)
            self.inputs[f.key] = edit
        self.hint.setText(self.tr(b.hint))
        self.reach.setCurrentIndex(max(0, self.reach.findData(b.reach)))
        self._build()

    def _build(self, *_) -> None:
        try:
            url = self.builder.url({k: e.text() for k, e in self.inputs.items()})
        except UsageError as e:
            self.url.clear()
            typed = any(e.text().strip() for e in self.inputs.values())
            plaintext.set_label(self.url_error, str(e) if typed else "")
            self.url_error.setVisible(typed)
            self.test_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        if url != self.url.text():
            self._clear_preview()
        self.url.setText(url)
        self.url.setCursorPosition(0)
        self.url_error.setText("")
        self.url_error.hide()
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _clear_preview(self) -> None:
        self.preview.cancel()
        self.entries.setRowCount(0)
        self.test_status.setText("")
        self.name.setPlaceholderText(self.tr("Optional: the name shown on the wall (else the feed's own title)"))

    def _show_source(self, src: dict) -> None:
        self.kind.setEnabled(False)
        self.hint.setText(self.tr("The address of a feed cannot change; add a new feed for another address."))
        self.url.setText(src["url"])
        self.name.setText(src["name"] or "")
        self.reach.setCurrentIndex(max(0, self.reach.findData(src["reach"])))
        self.interval.setValue(max(1, src["interval_s"] // 60))
        self.priority.setChecked(bool(src["priority"]))
        self.internal.setChecked(bool(src["internal"]))

    # -- the test fetch --------------------------------------------------------------------------------
    def test_fetch(self) -> None:
        url = self.url.text()
        if not url:
            return
        self.entries.setRowCount(0)
        self.test_status.setStyleSheet("")
        self.test_status.setText(self.tr("Fetching…"))
        self.test_button.setEnabled(False)
        self.preview.start(url, self.internal.isChecked())

    def _previewed(self, result: dict) -> None:
        self.test_button.setEnabled(True)
        head = i18n.fill(self.tr("%1 feed “%2”: %n entries", "", result["count"]), result["kind"],
                         plaintext.line(result["title"], 120))
        if result.get("warnings"):
            head += " · " + "; ".join(result["warnings"][:3])
        plaintext.set_label(self.test_status, head, single_line=False)
        if result["title"] and not self.name.text().strip():
            self.name.setPlaceholderText(plaintext.line(result["title"], 120))
        es = result["entries"]
        self.entries.setRowCount(len(es))
        for r, e in enumerate(es):
            t = from_iso(e.get("published"))
            cells = (sentences.day_month(t) if t else self.tr("(no date)"),
                     plaintext.line(e.get("author"), 60), plaintext.line(e.get("title") or e.get("text")))
            for c, text in enumerate(cells):
                self.entries.setItem(r, c, QTableWidgetItem(text))

    def _preview_failed(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_status.setStyleSheet(ERROR_STYLE)
        plaintext.set_label(self.test_status, i18n.fill(self.tr("Test fetch failed: %1"), text),
                            single_line=False)

    # -- saving ----------------------------------------------------------------------------------------
    def values(self) -> dict:
        out = {"name": self.name.text().strip(), "interval_s": self.interval.value() * 60,
               "priority": self.priority.isChecked(), "internal": self.internal.isChecked(),
               "reach": self.reach.currentData()}
        if self.source:
            out["id"] = self.source["id"]
        else:
            out["url"] = self.url.text()
        return out

    def _save(self) -> None:
        self.save_error.setText("")
        self.save_button.setEnabled(False)
        self.save_requested.emit(self.values())

    def save_failed(self, text: str) -> None:
        """The manager could not save: say why and stay open, nothing lost."""
        self.save_button.setEnabled(True)
        plaintext.set_label(self.save_error, text, single_line=False)


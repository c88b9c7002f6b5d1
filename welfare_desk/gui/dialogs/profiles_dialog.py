"""The senders' import profiles, looked after between imports: what each holds, a value
read the wrong way corrected, a choice forgotten (asked again at the next file), a
profile renamed or removed. Removing asks first; unsaved corrections are never dropped
without a word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.reference import vocabularies
from welfare_desk.registry.profiles import (
    Profile,
    delete_profile,
    every_profile,
    rename_profile,
    save_profile,
)
from welfare_desk.spreadsheets.columns import ImportKind, spec

COLUMN, VALUE = "column", "value"


class ProfilesDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profiles: list[Profile] = []
        self.shown: Profile | None = None
        self.dirty = False
        self.rows: list[tuple[str, Any, QComboBox | None]] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list_label = QLabel()
        self.list = QListWidget()
        self.list_label.setBuddy(self.list)
        self.table_label = QLabel()
        self.table = QTableWidget(0, 3)
        self.table_label.setBuddy(self.table)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.forget = QPushButton()
        self.save = QPushButton()
        self.rename = QPushButton()
        self.remove = QPushButton()
        self.close_button = QPushButton()
        for button in (self.forget, self.save, self.rename, self.remove, self.close_button):
            button.setAutoDefault(False)  # Enter never saves, renames or removes
        self.status = QLabel()
        self.status.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.list, 1)
        left.addWidget(self.rename)
        left.addWidget(self.remove)
        right = QVBoxLayout()
        right.addWidget(self.table_label)
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.forget)
        row.addStretch(1)
        row.addWidget(self.save)
        right.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._chosen)
        self.table.itemSelectionChanged.connect(self._enable)
        self.forget.clicked.connect(self._forget)
        self.save.clicked.connect(self._save)
        self.rename.clicked.connect(self._rename)
        self.remove.clicked.connect(self._remove)
        self.close_button.clicked.connect(self.close)
        self._retranslate()
        self.resize(960, 520)
        self._enable()
        self.reload()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import profiles"))
        self.hint.setText(
            self.tr(
                "A profile keeps how a sender writes its files: the columns and the values "
                "chosen once, offered again at its next file. Correct a value read the wrong "
                "way, or forget a choice so that the next file asks for it again."
            )
        )
        self.list_label.setText(self.tr("&Profiles"))
        self.list.setAccessibleName(self.tr("Profiles"))
        self.table_label.setText(self.tr("Columns and &values of the profile"))
        self.table.setAccessibleName(self.tr("Columns and values of the profile"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the file"), self.tr("Means")]
        )
        self.forget.setText(self.tr("&Forget the chosen line"))
        self.save.setText(self.tr("&Save the corrections"))
        self.rename.setText(self.tr("Re&name…"))
        self.remove.setText(self.tr("&Delete…"))
        self.close_button.setText(self.tr("&Close"))

    # Loading

    def reload(self, keep: str | None = None) -> None:
        self.context.runner.run(
            self.context.in_store(every_profile),
            lambda found: self._loaded(found, keep),
            self._failed,
        )

    def _loaded(self, found: list[Profile], keep: str | None) -> None:
        self.profiles = found
        current = keep or (self.shown.name if self.shown else None)
        self.list.blockSignals(True)
        self.list.clear()
        kinds = {
            ImportKind.WORKERS: self.tr("workers"),
            ImportKind.HOUSEHOLD: self.tr("household members"),
            ImportKind.CATALOGUE: self.tr("catalogue"),
        }
        for kept in found:
            item = QListWidgetItem(f"{kept.name} — {kinds[kept.kind]}")
            item.setData(Qt.ItemDataRole.UserRole, kept.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [p.name for p in found]
        at = names.index(current) if current in names else (0 if names else -1)
        self.list.setCurrentRow(at)
        self._chosen(at)
        if not found:
            self.status.setText(
                self.tr(
                    "No profiles yet: name the sender in the import's first page and the "
                    "columns and values chosen are kept after the import."
                )
            )

    def _chosen(self, row: int) -> None:
        if self.dirty and self.shown is not None and not self._settle_unsaved():
            names = [p.name for p in self.profiles]
            self.list.blockSignals(True)
            self.list.setCurrentRow(names.index(self.shown.name))
            self.list.blockSignals(False)
            return
        self.shown = self.profiles[row] if 0 <= row < len(self.profiles) else None
        self._show()

    def _show(self) -> None:
        self.dirty = False
        self.rows = []
        shown = self.shown
        self.table.setRowCount(0)
        if shown is not None:
            known = vocabularies()
            for field, column in sorted(shown.columns.items()):
                label = spec(shown.kind, field).label
                self._add_row((COLUMN, field, None), label, self.tr("column «%1»"), column)
            for (field, text), value in sorted(shown.choices.items()):
                vocabulary = known[field]
                combo = QComboBox()
                combo.setAccessibleName(
                    self.tr("What «%1» means").replace("%1", text) + f" ({vocabulary.label})"
                )
                for code in vocabulary.values:
                    combo.addItem(vocabulary.label_of(code) or code, code)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.currentIndexChanged.connect(self._edited)
                self._add_row((VALUE, (field, text), combo), vocabulary.label, "«%1»", text)
        self._enable()

    def _add_row(
        self, kept: tuple[str, Any, QComboBox | None], field: str, shape: str, text: str
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(field))
        self.table.setItem(row, 1, QTableWidgetItem(shape.replace("%1", text)))
        combo = kept[2]
        if combo is None:
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("this field")))
        else:
            self.table.setCellWidget(row, 2, combo)
        self.rows.append(kept)

    # Corrections

    def _edited(self) -> None:
        self.dirty = True
        self._enable()

    def _forget(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        del self.rows[row]
        self.table.removeRow(row)
        self._edited()
        self.status.setText(
            self.tr("Forgotten: the next file will ask for it again. Save to keep it so.")
        )

    def _corrected(self) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        shown = self.shown
        assert shown is not None
        columns: dict[str, str] = {}
        choices: dict[tuple[str, str], str] = {}
        for kind, key, combo in self.rows:
            if kind == COLUMN:
                columns[key] = shown.columns[key]
            elif combo is not None:
                choices[key] = str(combo.currentData())
        return columns, choices

    def _save(self) -> None:
        shown = self.shown
        if shown is None or not self.dirty:
            return
        columns, choices = self._corrected()
        name, kind = shown.name, shown.kind
        self.dirty = False
        self.context.runner.run(
            self.context.in_store(lambda uow: save_profile(uow, name, kind, columns, choices)),
            lambda _none: self._after(self.tr("Profile «%1» saved.").replace("%1", name), name),
            self._failed,
        )

    def _rename(self) -> None:
        shown = self.shown
        if shown is None or (self.dirty and not self._settle_unsaved()):
            return
        new_name, ok = QInputDialog.getText(
            self,
            self.tr("Rename the profile"),
            self.tr("New name of the profile «%1»:").replace("%1", shown.name),
            text=shown.name,
        )
        if not ok or not new_name.strip() or new_name.strip() == shown.name:
            return
        old = shown.name
        self.context.runner.run(
            self.context.in_store(lambda uow: rename_profile(uow, old, new_name)),
            lambda name: self._after(
                self.tr("Profile «%1» is now called «%2».").replace("%1", old).replace("%2", name),
                name,
            ),
            self._failed,
        )

    def _remove(self) -> None:
        shown = self.shown
        if shown is None:
            return
        name = shown.name
        question = self.tr(
            "Delete the profile «%1»? Its columns and values will be asked again at the "
            "sender's next file; what was imported stays as it is."
        ).replace("%1", name)
        if not confirm(self, self.tr("Delete the profile"), question):
            return
        self.dirty = False
        self.context.runner.run(
            self.context.in_store(lambda uow: delete_profile(uow, name)),
            lambda _none: self._after(self.tr("Profile «%1» deleted.").replace("%1", name), None),
            self._failed,
        )

    def _after(self, message: str, keep: str | None) -> None:
        self.status.setProperty("problem", None)
        self.status.setText(message)
        if keep is None:
            self.shown = None
        self.reload(keep)

    def _failed(self, error: Exception) -> None:
        self.status.setProperty("problem", "error")
        self.status.setText(getattr(error, "message", None) or type(error).__name__)

    def _enable(self) -> None:
        has = self.shown is not None
        self.rename.setEnabled(has)
        self.remove.setEnabled(has)
        self.forget.setEnabled(has and self.table.currentRow() >= 0)
        self.save.setEnabled(has and self.dirty)

    # Unsaved corrections

    def _settle_unsaved(self) -> bool:
        """Save, discard or stay: False when the person chose to stay."""
        shown = self.shown
        assert shown is not None
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved corrections"),
            self.tr("Save the corrections to the profile «%1»?").replace("%1", shown.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self._save()
        self.dirty = False
        return True

    def reject(self) -> None:  # Esc, Close and the window's cross all come here
        if self.dirty and self.shown is not None and not self._settle_unsaved():
            return
        super().reject()

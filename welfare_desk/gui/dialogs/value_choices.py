"""The values of a file that no vocabulary read, each once, for the person to settle.

Like a reconciliation in OpenRefine: each distinct text is shown with how many rows carry
it and the close values the desk proposes; nothing is applied until the person picks a
value and applies the choices. A proposal is preselected in nothing: it is listed first
and marked, so that a tired eye does not confirm a guess."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.vocabulary import normalise
from welfare_desk.reference import vocabularies
from welfare_desk.spreadsheets.values import Unsettled

Choice = tuple[tuple[str, str], str]


class ValueChoices(QWidget):
    """A table of unsettled values with a choice each, and a button that applies them."""

    applied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.apply = QPushButton()
        self.apply.setEnabled(False)
        self.combos: list[tuple[Unsettled, QComboBox]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.apply)
        row.addStretch(1)
        layout.addLayout(row)
        self.apply.clicked.connect(self.applied)
        self.intro.setText(
            self.tr(
                "Some values are written in a way the desk does not read. Choose what each "
                "one means: the choice holds for every row that carries it. Proposals are "
                "marked, never applied by themselves."
            )
        )
        self.apply.setText(self.tr("Apply the choices and &check again"))
        self.table.setAccessibleName(self.tr("Values to choose"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the file"), self.tr("Rows"), self.tr("Means")]
        )

    def show_values(self, unsettled: list[Unsettled]) -> None:
        known = vocabularies()
        self.combos = []
        self.table.setRowCount(len(unsettled))
        for row, value in enumerate(unsettled):
            vocabulary = known[value.field]
            self.table.setItem(row, 0, QTableWidgetItem(value.label))
            self.table.setItem(row, 1, QTableWidgetItem(f"«{value.text}»"))
            self.table.setItem(row, 2, QTableWidgetItem(str(len(value.rows))))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What «%1» means").replace("%1", value.text))
            combo.addItem(self.tr("— choose —"), None)
            for code in value.proposals:
                label = self.tr("%1 (proposed)").replace("%1", vocabulary.label_of(code))
                combo.addItem(label, code)
            for code in vocabulary.values:
                if code not in value.proposals:
                    combo.addItem(vocabulary.label_of(code) or code, code)
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 3, combo)
            self.combos.append((value, combo))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        # as tall as its rows, up to six: the rows' problems stay in sight below
        shown = sum(self.table.rowHeight(r) for r in range(min(6, len(unsettled))))
        frame = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(shown + frame)
        self.setVisible(bool(unsettled))
        self._changed()

    def choices(self) -> list[Choice]:
        return [
            ((value.field, normalise(value.text)), str(combo.currentData()))
            for value, combo in self.combos
            if combo.currentData() is not None
        ]

    def _changed(self) -> None:
        self.apply.setEnabled(bool(self.choices()))

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'edition_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_EditionDialog(object):
    def setupUi(self, EditionDialog):
        if not EditionDialog.objectName():
            EditionDialog.setObjectName(u"EditionDialog")
        EditionDialog.resize(520, 320)
        self.layout = QVBoxLayout(EditionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.titleLabel = QLabel(EditionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(EditionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.periodLabel = QLabel(EditionDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(EditionDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.startLabel = QLabel(EditionDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(EditionDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(EditionDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateEdit(EditionDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.capacityLabel = QLabel(EditionDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(EditionDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(10000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.sessionsLabel = QLabel(EditionDialog)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sessionsLabel)

        self.sessionsCombo = QComboBox(EditionDialog)
        self.sessionsCombo.setObjectName(u"sessionsCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sessionsCombo)

        self.statusLabel = QLabel(EditionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(EditionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(EditionDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(EditionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.periodLabel.setBuddy(self.periodCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.sessionsLabel.setBuddy(self.sessionsCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.sessionsCombo)
        QWidget.setTabOrder(self.sessionsCombo, self.statusCombo)

        self.retranslateUi(EditionDialog)

        QMetaObject.connectSlotsByName(EditionDialog)
    # setupUi

    def retranslateUi(self, EditionDialog):
        EditionDialog.setWindowTitle(QCoreApplication.translate("EditionDialog", u"New edition", None))
        self.titleLabel.setText(QCoreApplication.translate("EditionDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("EditionDialog", u"Title of the edition", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("EditionDialog", u"e.g. Summer 2027, week 1", None))
        self.periodLabel.setText(QCoreApplication.translate("EditionDialog", u"&Period", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("EditionDialog", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("EditionDialog", u"&From", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("EditionDialog", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("EditionDialog", u"T&o", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("EditionDialog", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.capacityLabel.setText(QCoreApplication.translate("EditionDialog", u"P&laces", None))
#if QT_CONFIG(accessibility)
        self.capacitySpin.setAccessibleName(QCoreApplication.translate("EditionDialog", u"Places", None))
#endif // QT_CONFIG(accessibility)
        self.sessionsLabel.setText(QCoreApplication.translate("EditionDialog", u"&Meetings", None))
#if QT_CONFIG(accessibility)
        self.sessionsCombo.setAccessibleName(QCoreApplication.translate("EditionDialog", u"Meetings to record attendance", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("EditionDialog", u"&Enrollments", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("EditionDialog", u"Enrollments open or closed", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sw_request_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SwRequestDialog(object):
    def setupUi(self, SwRequestDialog):
        if not SwRequestDialog.objectName():
            SwRequestDialog.setObjectName(u"SwRequestDialog")
        SwRequestDialog.resize(560, 360)
        self.layout = QVBoxLayout(SwRequestDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.daysLabel = QLabel(SwRequestDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(SwRequestDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(5)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.fromLabel = QLabel(SwRequestDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(SwRequestDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.openLabel = QLabel(SwRequestDialog)
        self.openLabel.setObjectName(u"openLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openLabel)

        self.openCheck = QCheckBox(SwRequestDialog)
        self.openCheck.setObjectName(u"openCheck")
        self.openCheck.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openCheck)

        self.toLabel = QLabel(SwRequestDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(SwRequestDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.reasonsLabel = QLabel(SwRequestDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonsLabel)

        self.reasonsEdit = QPlainTextEdit(SwRequestDialog)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonsEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(SwRequestDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(SwRequestDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.daysLabel.setBuddy(self.daysSpin)
        self.fromLabel.setBuddy(self.fromEdit)
        self.openLabel.setBuddy(self.openCheck)
        self.toLabel.setBuddy(self.toEdit)
        self.reasonsLabel.setBuddy(self.reasonsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.daysSpin, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.openCheck)
        QWidget.setTabOrder(self.openCheck, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.reasonsEdit)

        self.retranslateUi(SwRequestDialog)

        QMetaObject.connectSlotsByName(SwRequestDialog)
    # setupUi

    def retranslateUi(self, SwRequestDialog):
        SwRequestDialog.setWindowTitle(QCoreApplication.translate("SwRequestDialog", u"Smart-working request", None))
        self.daysLabel.setText(QCoreApplication.translate("SwRequestDialog", u"&Days a week", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("SwRequestDialog", u"Days a week of agile work", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("SwRequestDialog", u"&From", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("SwRequestDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("SwRequestDialog", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.openLabel.setText(QCoreApplication.translate("SwRequestDialog", u"&Open-ended", None))
        self.openCheck.setText(QCoreApplication.translate("SwRequestDialog", u"no end date", None))
#if QT_CONFIG(accessibility)
        self.openCheck.setAccessibleName(QCoreApplication.translate("SwRequestDialog", u"Open-ended", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("SwRequestDialog", u"T&o", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("SwRequestDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("SwRequestDialog", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsLabel.setText(QCoreApplication.translate("SwRequestDialog", u"&Reasons", None))
#if QT_CONFIG(accessibility)
        self.reasonsEdit.setAccessibleName(QCoreApplication.translate("SwRequestDialog", u"The worker's reasons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hf_request_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_HfRequestDialog(object):
    def setupUi(self, HfRequestDialog):
        if not HfRequestDialog.objectName():
            HfRequestDialog.setObjectName(u"HfRequestDialog")
        HfRequestDialog.resize(560, 320)
        self.layout = QVBoxLayout(HfRequestDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.fundLabel = QLabel(HfRequestDialog)
        self.fundLabel.setObjectName(u"fundLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fundLabel)

        self.fundCombo = QComboBox(HfRequestDialog)
        self.fundCombo.setObjectName(u"fundCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fundCombo)

        self.kindLabel = QLabel(HfRequestDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(HfRequestDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.regimeLabel = QLabel(HfRequestDialog)
        self.regimeLabel.setObjectName(u"regimeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regimeLabel)

        self.regimeCombo = QComboBox(HfRequestDialog)
        self.regimeCombo.setObjectName(u"regimeCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regimeCombo)

        self.forLabel = QLabel(HfRequestDialog)
        self.forLabel.setObjectName(u"forLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.forLabel)

        self.forCombo = QComboBox(HfRequestDialog)
        self.forCombo.setObjectName(u"forCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.forCombo)

        self.networkCheck = QCheckBox(HfRequestDialog)
        self.networkCheck.setObjectName(u"networkCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.networkCheck)

        self.notesLabel = QLabel(HfRequestDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(HfRequestDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(HfRequestDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(HfRequestDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fundLabel.setBuddy(self.fundCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.regimeLabel.setBuddy(self.regimeCombo)
        self.forLabel.setBuddy(self.forCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fundCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.regimeCombo)
        QWidget.setTabOrder(self.regimeCombo, self.forCombo)
        QWidget.setTabOrder(self.forCombo, self.networkCheck)
        QWidget.setTabOrder(self.networkCheck, self.notesEdit)

        self.retranslateUi(HfRequestDialog)

        QMetaObject.connectSlotsByName(HfRequestDialog)
    # setupUi

    def retranslateUi(self, HfRequestDialog):
        HfRequestDialog.setWindowTitle(QCoreApplication.translate("HfRequestDialog", u"Health-fund request", None))
        self.fundLabel.setText(QCoreApplication.translate("HfRequestDialog", u"&Fund", None))
#if QT_CONFIG(accessibility)
        self.fundCombo.setAccessibleName(QCoreApplication.translate("HfRequestDialog", u"Health fund", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("HfRequestDialog", u"&Request", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("HfRequestDialog", u"Kind of request", None))
#endif // QT_CONFIG(accessibility)
        self.regimeLabel.setText(QCoreApplication.translate("HfRequestDialog", u"R&egime", None))
#if QT_CONFIG(accessibility)
        self.regimeCombo.setAccessibleName(QCoreApplication.translate("HfRequestDialog", u"Regime", None))
#endif // QT_CONFIG(accessibility)
        self.forLabel.setText(QCoreApplication.translate("HfRequestDialog", u"&For", None))
#if QT_CONFIG(accessibility)
        self.forCombo.setAccessibleName(QCoreApplication.translate("HfRequestDialog", u"Who the request is for", None))
#endif // QT_CONFIG(accessibility)
        self.networkCheck.setText(QCoreApplication.translate("HfRequestDialog", u"At a provider &under contract with the fund", None))
#if QT_CONFIG(tooltip)
        self.networkCheck.setToolTip(QCoreApplication.translate("HfRequestDialog", u"Some funds (m\u00e8taSalute) pay care at their contracted providers only in the direct regime: ask for it before the care", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("HfRequestDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("HfRequestDialog", u"Notes (health data: never shown to HR)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


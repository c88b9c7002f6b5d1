# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(560, 420)
        self.layout = QVBoxLayout(AgreementDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.titleLabel = QLabel(AgreementDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(AgreementDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.fromLabel = QLabel(AgreementDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(AgreementDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(AgreementDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(AgreementDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.programmeLabel = QLabel(AgreementDialog)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeEdit = QLineEdit(AgreementDialog)
        self.programmeEdit.setObjectName(u"programmeEdit")
        self.programmeEdit.setMaxLength(120)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.programmeEdit)

        self.ratesLabel = QLabel(AgreementDialog)
        self.ratesLabel.setObjectName(u"ratesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ratesLabel)

        self.ratesEdit = QPlainTextEdit(AgreementDialog)
        self.ratesEdit.setObjectName(u"ratesEdit")
        self.ratesEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ratesEdit)

        self.contactLabel = QLabel(AgreementDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(AgreementDialog)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(120)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.emailLabel = QLabel(AgreementDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(AgreementDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(AgreementDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(AgreementDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(AgreementDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(AgreementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.programmeLabel.setBuddy(self.programmeEdit)
        self.ratesLabel.setBuddy(self.ratesEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.programmeEdit)
        QWidget.setTabOrder(self.programmeEdit, self.ratesEdit)
        QWidget.setTabOrder(self.ratesEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"New agreement", None))
        self.titleLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Title of the agreement", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"e.g. Agreement for summer camps 2026\u20132027", None))
        self.fromLabel.setText(QCoreApplication.translate("AgreementDialog", u"&From", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Valid from", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("AgreementDialog", u"T&o", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Valid to", None))
#endif // QT_CONFIG(accessibility)
        self.programmeLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Programme", None))
#if QT_CONFIG(accessibility)
        self.programmeEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.ratesLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Rates", None))
#if QT_CONFIG(accessibility)
        self.ratesEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Rates agreed", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Contact person", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Contact person", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("AgreementDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


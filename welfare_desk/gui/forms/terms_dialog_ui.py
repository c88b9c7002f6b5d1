# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'terms_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TermsDialog(object):
    def setupUi(self, TermsDialog):
        if not TermsDialog.objectName():
            TermsDialog.setObjectName(u"TermsDialog")
        TermsDialog.resize(600, 300)
        self.layout = QVBoxLayout(TermsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.placesLabel = QLabel(TermsDialog)
        self.placesLabel.setObjectName(u"placesLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placesLabel)

        self.placesEdit = QLineEdit(TermsDialog)
        self.placesEdit.setObjectName(u"placesEdit")
        self.placesEdit.setMaxLength(500)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placesEdit)

        self.toolsLabel = QLabel(TermsDialog)
        self.toolsLabel.setObjectName(u"toolsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toolsLabel)

        self.toolsEdit = QLineEdit(TermsDialog)
        self.toolsEdit.setObjectName(u"toolsEdit")
        self.toolsEdit.setMaxLength(500)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toolsEdit)

        self.restLabel = QLabel(TermsDialog)
        self.restLabel.setObjectName(u"restLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.restLabel)

        self.restEdit = QLineEdit(TermsDialog)
        self.restEdit.setObjectName(u"restEdit")
        self.restEdit.setMaxLength(500)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.restEdit)

        self.disconnectionLabel = QLabel(TermsDialog)
        self.disconnectionLabel.setObjectName(u"disconnectionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.disconnectionLabel)

        self.disconnectionEdit = QLineEdit(TermsDialog)
        self.disconnectionEdit.setObjectName(u"disconnectionEdit")
        self.disconnectionEdit.setMaxLength(500)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.disconnectionEdit)

        self.reachableLabel = QLabel(TermsDialog)
        self.reachableLabel.setObjectName(u"reachableLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reachableLabel)

        self.reachableEdit = QLineEdit(TermsDialog)
        self.reachableEdit.setObjectName(u"reachableEdit")
        self.reachableEdit.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reachableEdit)

        self.signedLabel = QLabel(TermsDialog)
        self.signedLabel.setObjectName(u"signedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signedLabel)

        self.signedEdit = QDateEdit(TermsDialog)
        self.signedEdit.setObjectName(u"signedEdit")
        self.signedEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signedEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(TermsDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(TermsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.placesLabel.setBuddy(self.placesEdit)
        self.toolsLabel.setBuddy(self.toolsEdit)
        self.restLabel.setBuddy(self.restEdit)
        self.disconnectionLabel.setBuddy(self.disconnectionEdit)
        self.reachableLabel.setBuddy(self.reachableEdit)
        self.signedLabel.setBuddy(self.signedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.placesEdit, self.toolsEdit)
        QWidget.setTabOrder(self.toolsEdit, self.restEdit)
        QWidget.setTabOrder(self.restEdit, self.disconnectionEdit)
        QWidget.setTabOrder(self.disconnectionEdit, self.reachableEdit)
        QWidget.setTabOrder(self.reachableEdit, self.signedEdit)

        self.retranslateUi(TermsDialog)

        QMetaObject.connectSlotsByName(TermsDialog)
    # setupUi

    def retranslateUi(self, TermsDialog):
        TermsDialog.setWindowTitle(QCoreApplication.translate("TermsDialog", u"Individual agreement", None))
        self.placesLabel.setText(QCoreApplication.translate("TermsDialog", u"&Places", None))
#if QT_CONFIG(accessibility)
        self.placesEdit.setAccessibleName(QCoreApplication.translate("TermsDialog", u"Places of work", None))
#endif // QT_CONFIG(accessibility)
        self.toolsLabel.setText(QCoreApplication.translate("TermsDialog", u"&Tools", None))
#if QT_CONFIG(accessibility)
        self.toolsEdit.setAccessibleName(QCoreApplication.translate("TermsDialog", u"Tools", None))
#endif // QT_CONFIG(accessibility)
        self.restLabel.setText(QCoreApplication.translate("TermsDialog", u"&Rest times", None))
#if QT_CONFIG(accessibility)
        self.restEdit.setAccessibleName(QCoreApplication.translate("TermsDialog", u"Rest times", None))
#endif // QT_CONFIG(accessibility)
        self.disconnectionLabel.setText(QCoreApplication.translate("TermsDialog", u"&Disconnection", None))
#if QT_CONFIG(accessibility)
        self.disconnectionEdit.setAccessibleName(QCoreApplication.translate("TermsDialog", u"Right to disconnect", None))
#endif // QT_CONFIG(accessibility)
        self.reachableLabel.setText(QCoreApplication.translate("TermsDialog", u"Reac&hable", None))
#if QT_CONFIG(accessibility)
        self.reachableEdit.setAccessibleName(QCoreApplication.translate("TermsDialog", u"Hours when the worker can be reached", None))
#endif // QT_CONFIG(accessibility)
        self.reachableEdit.setPlaceholderText(QCoreApplication.translate("TermsDialog", u"e.g. 9:30\u201312:30 and 14:30\u201316:30", None))
        self.signedLabel.setText(QCoreApplication.translate("TermsDialog", u"&Signed on", None))
        self.signedEdit.setDisplayFormat(QCoreApplication.translate("TermsDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.signedEdit.setAccessibleName(QCoreApplication.translate("TermsDialog", u"Signed on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_dialog.ui'
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

class Ui_InvoiceDialog(object):
    def setupUi(self, InvoiceDialog):
        if not InvoiceDialog.objectName():
            InvoiceDialog.setObjectName(u"InvoiceDialog")
        InvoiceDialog.resize(420, 180)
        self.layout = QVBoxLayout(InvoiceDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.dateLabel = QLabel(InvoiceDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(InvoiceDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.amountLabel = QLabel(InvoiceDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(InvoiceDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaxLength(20)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(InvoiceDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(InvoiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.amountLabel.setBuddy(self.amountEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.amountEdit)

        self.retranslateUi(InvoiceDialog)

        QMetaObject.connectSlotsByName(InvoiceDialog)
    # setupUi

    def retranslateUi(self, InvoiceDialog):
        InvoiceDialog.setWindowTitle(QCoreApplication.translate("InvoiceDialog", u"Invoice", None))
        self.dateLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("InvoiceDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("InvoiceDialog", u"Date of the invoice", None))
#endif // QT_CONFIG(accessibility)
        self.amountLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Amount (\u20ac)", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("InvoiceDialog", u"Amount in euro", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("InvoiceDialog", u"e.g. 180,00", None))
    # retranslateUi


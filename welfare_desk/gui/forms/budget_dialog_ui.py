# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_BudgetDialog(object):
    def setupUi(self, BudgetDialog):
        if not BudgetDialog.objectName():
            BudgetDialog.setObjectName(u"BudgetDialog")
        BudgetDialog.resize(560, 320)
        self.layout = QVBoxLayout(BudgetDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.nameLabel = QLabel(BudgetDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(BudgetDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.programmeLabel = QLabel(BudgetDialog)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeEdit = QLineEdit(BudgetDialog)
        self.programmeEdit.setObjectName(u"programmeEdit")
        self.programmeEdit.setMaxLength(120)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programmeEdit)

        self.actionLabel = QLabel(BudgetDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QLineEdit(BudgetDialog)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.partnerLabel = QLabel(BudgetDialog)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partnerCombo = QComboBox(BudgetDialog)
        self.partnerCombo.setObjectName(u"partnerCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partnerCombo)

        self.fromLabel = QLabel(BudgetDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(BudgetDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(BudgetDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(BudgetDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.amountLabel = QLabel(BudgetDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(BudgetDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaxLength(20)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.amountEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(BudgetDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(BudgetDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.programmeLabel.setBuddy(self.programmeEdit)
        self.actionLabel.setBuddy(self.actionEdit)
        self.partnerLabel.setBuddy(self.partnerCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.amountLabel.setBuddy(self.amountEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.programmeEdit)
        QWidget.setTabOrder(self.programmeEdit, self.actionEdit)
        QWidget.setTabOrder(self.actionEdit, self.partnerCombo)
        QWidget.setTabOrder(self.partnerCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.amountEdit)

        self.retranslateUi(BudgetDialog)

        QMetaObject.connectSlotsByName(BudgetDialog)
    # setupUi

    def retranslateUi(self, BudgetDialog):
        BudgetDialog.setWindowTitle(QCoreApplication.translate("BudgetDialog", u"New budget", None))
        self.nameLabel.setText(QCoreApplication.translate("BudgetDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("BudgetDialog", u"Name of the budget", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BudgetDialog", u"e.g. Summer camps \u2013 partner 2", None))
        self.programmeLabel.setText(QCoreApplication.translate("BudgetDialog", u"&Programme", None))
#if QT_CONFIG(accessibility)
        self.programmeEdit.setAccessibleName(QCoreApplication.translate("BudgetDialog", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("BudgetDialog", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("BudgetDialog", u"Action of the programme", None))
#endif // QT_CONFIG(accessibility)
        self.partnerLabel.setText(QCoreApplication.translate("BudgetDialog", u"P&artner", None))
#if QT_CONFIG(accessibility)
        self.partnerCombo.setAccessibleName(QCoreApplication.translate("BudgetDialog", u"Partner", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("BudgetDialog", u"&From", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("BudgetDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("BudgetDialog", u"Valid from", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("BudgetDialog", u"T&o", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("BudgetDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("BudgetDialog", u"Valid to", None))
#endif // QT_CONFIG(accessibility)
        self.amountLabel.setText(QCoreApplication.translate("BudgetDialog", u"A&mount (\u20ac)", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("BudgetDialog", u"e.g. 48.000,00", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("BudgetDialog", u"Amount in euro", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


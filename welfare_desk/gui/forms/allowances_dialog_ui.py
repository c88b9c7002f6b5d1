# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'allowances_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AllowancesDialog(object):
    def setupUi(self, AllowancesDialog):
        if not AllowancesDialog.objectName():
            AllowancesDialog.setObjectName(u"AllowancesDialog")
        AllowancesDialog.resize(520, 220)
        self.layout = QVBoxLayout(AllowancesDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.employerLabel = QLabel(AllowancesDialog)
        self.employerLabel.setObjectName(u"employerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerCombo = QComboBox(AllowancesDialog)
        self.employerCombo.setObjectName(u"employerCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employerCombo)

        self.yearLabel = QLabel(AllowancesDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(AllowancesDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.amountLabel = QLabel(AllowancesDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(AllowancesDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaxLength(20)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(AllowancesDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(AllowancesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.employerLabel.setBuddy(self.employerCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.amountLabel.setBuddy(self.amountEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employerCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.amountEdit)

        self.retranslateUi(AllowancesDialog)

        QMetaObject.connectSlotsByName(AllowancesDialog)
    # setupUi

    def retranslateUi(self, AllowancesDialog):
        AllowancesDialog.setWindowTitle(QCoreApplication.translate("AllowancesDialog", u"Welfare allowances", None))
        self.employerLabel.setText(QCoreApplication.translate("AllowancesDialog", u"&Employer", None))
#if QT_CONFIG(accessibility)
        self.employerCombo.setAccessibleName(QCoreApplication.translate("AllowancesDialog", u"Employer", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("AllowancesDialog", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("AllowancesDialog", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.amountLabel.setText(QCoreApplication.translate("AllowancesDialog", u"&Amount per worker (\u20ac)", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("AllowancesDialog", u"Amount per worker in euro", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("AllowancesDialog", u"e.g. 500,00", None))
    # retranslateUi


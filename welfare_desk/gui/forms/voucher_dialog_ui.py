# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'voucher_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_VoucherDialog(object):
    def setupUi(self, VoucherDialog):
        if not VoucherDialog.objectName():
            VoucherDialog.setObjectName(u"VoucherDialog")
        VoucherDialog.resize(520, 260)
        self.layout = QVBoxLayout(VoucherDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.forLabel = QLabel(VoucherDialog)
        self.forLabel.setObjectName(u"forLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.forLabel)

        self.forValue = QLabel(VoucherDialog)
        self.forValue.setObjectName(u"forValue")
        self.forValue.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.forValue.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.forValue)

        self.serviceLabel = QLabel(VoucherDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceValue = QLabel(VoucherDialog)
        self.serviceValue.setObjectName(u"serviceValue")
        self.serviceValue.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.serviceValue.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serviceValue)

        self.budgetLabel = QLabel(VoucherDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetCombo = QComboBox(VoucherDialog)
        self.budgetCombo.setObjectName(u"budgetCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.budgetCombo)

        self.valueLabel = QLabel(VoucherDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(VoucherDialog)
        self.valueEdit.setObjectName(u"valueEdit")
        self.valueEdit.setMaxLength(20)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.previousYearCheck = QCheckBox(VoucherDialog)
        self.previousYearCheck.setObjectName(u"previousYearCheck")
        self.previousYearCheck.setVisible(False)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.previousYearCheck)


        self.layout.addLayout(self.form)

        self.fringeText = QLabel(VoucherDialog)
        self.fringeText.setObjectName(u"fringeText")
        self.fringeText.setWordWrap(True)

        self.layout.addWidget(self.fringeText)

        self.statusText = QLabel(VoucherDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(VoucherDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.forLabel.setBuddy(self.forValue)
        self.serviceLabel.setBuddy(self.serviceValue)
        self.budgetLabel.setBuddy(self.budgetCombo)
        self.valueLabel.setBuddy(self.valueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.budgetCombo, self.valueEdit)

        self.retranslateUi(VoucherDialog)

        QMetaObject.connectSlotsByName(VoucherDialog)
    # setupUi

    def retranslateUi(self, VoucherDialog):
        VoucherDialog.setWindowTitle(QCoreApplication.translate("VoucherDialog", u"Issue a voucher", None))
        self.forLabel.setText(QCoreApplication.translate("VoucherDialog", u"For", None))
        self.serviceLabel.setText(QCoreApplication.translate("VoucherDialog", u"Service", None))
        self.budgetLabel.setText(QCoreApplication.translate("VoucherDialog", u"&Budget", None))
#if QT_CONFIG(accessibility)
        self.budgetCombo.setAccessibleName(QCoreApplication.translate("VoucherDialog", u"Budget", None))
#endif // QT_CONFIG(accessibility)
        self.valueLabel.setText(QCoreApplication.translate("VoucherDialog", u"&Value (\u20ac)", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("VoucherDialog", u"e.g. 120,00", None))
#if QT_CONFIG(accessibility)
        self.valueEdit.setAccessibleName(QCoreApplication.translate("VoucherDialog", u"Value in euro", None))
#endif // QT_CONFIG(accessibility)
        self.previousYearCheck.setText(QCoreApplication.translate("VoucherDialog", u"Counts for the &year before", None))
#if QT_CONFIG(tooltip)
        self.previousYearCheck.setToolTip(QCoreApplication.translate("VoucherDialog", u"Given by 12 January and referring to the year before, a benefit counts in that tax period (art. 51 c. 1 TUIR), fringe-benefit threshold included", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi


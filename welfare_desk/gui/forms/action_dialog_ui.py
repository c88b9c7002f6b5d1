# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(540, 280)
        self.layout = QVBoxLayout(ActionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.goalLabel = QLabel(ActionDialog)
        self.goalLabel.setObjectName(u"goalLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalCombo = QComboBox(ActionDialog)
        self.goalCombo.setObjectName(u"goalCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalCombo)

        self.titleLabel = QLabel(ActionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ActionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindLabel = QLabel(ActionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ActionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.responsibleLabel = QLabel(ActionDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleCombo = QComboBox(ActionDialog)
        self.responsibleCombo.setObjectName(u"responsibleCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responsibleCombo)

        self.dueLabel = QLabel(ActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(ActionDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.goalLabel.setBuddy(self.goalCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.responsibleLabel.setBuddy(self.responsibleCombo)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.goalCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.responsibleCombo)
        QWidget.setTabOrder(self.responsibleCombo, self.dueEdit)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"New action", None))
        self.goalLabel.setText(QCoreApplication.translate("ActionDialog", u"G&oal", None))
#if QT_CONFIG(accessibility)
        self.goalCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Goal", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ActionDialog", u"&What to do", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"What to do", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"e.g. Apply to the municipal nursery", None))
        self.kindLabel.setText(QCoreApplication.translate("ActionDialog", u"&Type", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Type of action", None))
#endif // QT_CONFIG(accessibility)
        self.responsibleLabel.setText(QCoreApplication.translate("ActionDialog", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.responsibleCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Who is responsible", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"&Due by", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


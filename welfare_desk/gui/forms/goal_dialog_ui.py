# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_dialog.ui'
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

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.resize(520, 220)
        self.layout = QVBoxLayout(GoalDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(GoalDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(GoalDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.targetLabel = QLabel(GoalDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetEdit = QDateEdit(GoalDialog)
        self.targetEdit.setObjectName(u"targetEdit")
        self.targetEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetEdit)

        self.needLabel = QLabel(GoalDialog)
        self.needLabel.setObjectName(u"needLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.needLabel)

        self.needCombo = QComboBox(GoalDialog)
        self.needCombo.setObjectName(u"needCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.needCombo)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(GoalDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(GoalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.targetLabel.setBuddy(self.targetEdit)
        self.needLabel.setBuddy(self.needCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.targetEdit)
        QWidget.setTabOrder(self.targetEdit, self.needCombo)

        self.retranslateUi(GoalDialog)

        QMetaObject.connectSlotsByName(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"New goal", None))
        self.titleLabel.setText(QCoreApplication.translate("GoalDialog", u"&Goal", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Goal", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"e.g. A nursery place by January", None))
        self.targetLabel.setText(QCoreApplication.translate("GoalDialog", u"&Target date", None))
        self.targetEdit.setDisplayFormat(QCoreApplication.translate("GoalDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.needLabel.setText(QCoreApplication.translate("GoalDialog", u"&Need it answers", None))
#if QT_CONFIG(accessibility)
        self.needCombo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Need it answers", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


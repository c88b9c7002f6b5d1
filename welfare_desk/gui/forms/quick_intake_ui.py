# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quick_intake.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_QuickIntake(object):
    def setupUi(self, QuickIntake):
        if not QuickIntake.objectName():
            QuickIntake.setObjectName(u"QuickIntake")
        QuickIntake.resize(760, 640)
        self.layout = QVBoxLayout(QuickIntake)
        self.layout.setObjectName(u"layout")
        self.workerForm = QFormLayout()
        self.workerForm.setObjectName(u"workerForm")
        self.workerLabel = QLabel(QuickIntake)
        self.workerLabel.setObjectName(u"workerLabel")

        self.workerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workerLabel)

        self.workerSearch = QLineEdit(QuickIntake)
        self.workerSearch.setObjectName(u"workerSearch")

        self.workerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.workerSearch)

        self.workerResults = QListWidget(QuickIntake)
        self.workerResults.setObjectName(u"workerResults")
        self.workerResults.setMaximumSize(QSize(16777215, 110))

        self.workerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.workerResults)

        self.newWorkerCheck = QCheckBox(QuickIntake)
        self.newWorkerCheck.setObjectName(u"newWorkerCheck")

        self.workerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newWorkerCheck)


        self.layout.addLayout(self.workerForm)

        self.newWorkerBox = QGroupBox(QuickIntake)
        self.newWorkerBox.setObjectName(u"newWorkerBox")
        self.newWorkerForm = QFormLayout(self.newWorkerBox)
        self.newWorkerForm.setObjectName(u"newWorkerForm")
        self.codeLabel = QLabel(self.newWorkerBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.newWorkerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.newWorkerBox)
        self.codeEdit.setObjectName(u"codeEdit")

        self.newWorkerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.surnameLabel = QLabel(self.newWorkerBox)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.newWorkerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surnameEdit = QLineEdit(self.newWorkerBox)
        self.surnameEdit.setObjectName(u"surnameEdit")

        self.newWorkerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.nameLabel = QLabel(self.newWorkerBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newWorkerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.newWorkerBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.newWorkerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.employerLabel = QLabel(self.newWorkerBox)
        self.employerLabel.setObjectName(u"employerLabel")

        self.newWorkerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(self.newWorkerBox)
        self.employerEdit.setObjectName(u"employerEdit")

        self.newWorkerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.employerEdit)


        self.layout.addWidget(self.newWorkerBox)

        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.channelLabel = QLabel(QuickIntake)
        self.channelLabel.setObjectName(u"channelLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(QuickIntake)
        self.channelCombo.setObjectName(u"channelCombo")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.durationLabel = QLabel(QuickIntake)
        self.durationLabel.setObjectName(u"durationLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(QuickIntake)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(600)
        self.durationSpin.setValue(15)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.needsLabel = QLabel(QuickIntake)
        self.needsLabel.setObjectName(u"needsLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.needsLabel)

        self.needsFilter = QLineEdit(QuickIntake)
        self.needsFilter.setObjectName(u"needsFilter")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.needsFilter)

        self.needsList = QListWidget(QuickIntake)
        self.needsList.setObjectName(u"needsList")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.needsList)

        self.urgencyLabel = QLabel(QuickIntake)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.urgencyLabel)

        self.urgencyCombo = QComboBox(QuickIntake)
        self.urgencyCombo.setObjectName(u"urgencyCombo")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.urgencyCombo)

        self.notesLabel = QLabel(QuickIntake)
        self.notesLabel.setObjectName(u"notesLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(QuickIntake)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.contactForm)

        self.statusText = QLabel(QuickIntake)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(QuickIntake)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.workerLabel.setBuddy(self.workerSearch)
        self.codeLabel.setBuddy(self.codeEdit)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.employerLabel.setBuddy(self.employerEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.needsLabel.setBuddy(self.needsFilter)
        self.urgencyLabel.setBuddy(self.urgencyCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workerSearch, self.workerResults)
        QWidget.setTabOrder(self.workerResults, self.newWorkerCheck)
        QWidget.setTabOrder(self.newWorkerCheck, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.needsFilter)
        QWidget.setTabOrder(self.needsFilter, self.needsList)
        QWidget.setTabOrder(self.needsList, self.urgencyCombo)
        QWidget.setTabOrder(self.urgencyCombo, self.notesEdit)

        self.retranslateUi(QuickIntake)

        QMetaObject.connectSlotsByName(QuickIntake)
    # setupUi

    def retranslateUi(self, QuickIntake):
        QuickIntake.setWindowTitle(QCoreApplication.translate("QuickIntake", u"Quick intake", None))
        self.workerLabel.setText(QCoreApplication.translate("QuickIntake", u"&Worker", None))
#if QT_CONFIG(accessibility)
        self.workerSearch.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Find the worker", None))
#endif // QT_CONFIG(accessibility)
        self.workerSearch.setPlaceholderText(QCoreApplication.translate("QuickIntake", u"Surname, name or codice fiscale; Down to choose", None))
#if QT_CONFIG(accessibility)
        self.workerResults.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Workers found", None))
#endif // QT_CONFIG(accessibility)
        self.newWorkerCheck.setText(QCoreApplication.translate("QuickIntake", u"A &new worker, not yet in the store", None))
        self.newWorkerBox.setTitle(QCoreApplication.translate("QuickIntake", u"New worker", None))
        self.codeLabel.setText(QCoreApplication.translate("QuickIntake", u"&Codice fiscale", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Codice fiscale", None))
#endif // QT_CONFIG(accessibility)
        self.surnameLabel.setText(QCoreApplication.translate("QuickIntake", u"Su&rname", None))
#if QT_CONFIG(accessibility)
        self.surnameEdit.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("QuickIntake", u"N&ame", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.employerLabel.setText(QCoreApplication.translate("QuickIntake", u"Em&ployer", None))
#if QT_CONFIG(accessibility)
        self.employerEdit.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Employer", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("QuickIntake", u"C&hannel", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Channel", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("QuickIntake", u"&Duration (minutes)", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.needsLabel.setText(QCoreApplication.translate("QuickIntake", u"N&eeds", None))
#if QT_CONFIG(accessibility)
        self.needsFilter.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Filter the needs", None))
#endif // QT_CONFIG(accessibility)
        self.needsFilter.setPlaceholderText(QCoreApplication.translate("QuickIntake", u"Type to filter, Down to the list, Space to tick", None))
#if QT_CONFIG(accessibility)
        self.needsList.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Needs raised", None))
#endif // QT_CONFIG(accessibility)
        self.urgencyLabel.setText(QCoreApplication.translate("QuickIntake", u"&Urgency", None))
#if QT_CONFIG(accessibility)
        self.urgencyCombo.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Urgency of the needs", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("QuickIntake", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("QuickIntake", u"Notes (may hold health details: kept confidential)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


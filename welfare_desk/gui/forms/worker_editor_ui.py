# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'worker_editor.ui'
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
    QDialog, QDialogButtonBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_WorkerEditor(object):
    def setupUi(self, WorkerEditor):
        if not WorkerEditor.objectName():
            WorkerEditor.setObjectName(u"WorkerEditor")
        WorkerEditor.resize(620, 720)
        self.mainLayout = QVBoxLayout(WorkerEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.conflictBanner = QFrame(WorkerEditor)
        self.conflictBanner.setObjectName(u"conflictBanner")
        self.conflictBanner.setVisible(False)
        self.bannerLayout = QHBoxLayout(self.conflictBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.conflictText = QLabel(self.conflictBanner)
        self.conflictText.setObjectName(u"conflictText")
        self.conflictText.setWordWrap(True)

        self.bannerLayout.addWidget(self.conflictText)

        self.reloadButton = QPushButton(self.conflictBanner)
        self.reloadButton.setObjectName(u"reloadButton")

        self.bannerLayout.addWidget(self.reloadButton)


        self.mainLayout.addWidget(self.conflictBanner)

        self.duplicateText = QLabel(WorkerEditor)
        self.duplicateText.setObjectName(u"duplicateText")
        self.duplicateText.setVisible(False)
        self.duplicateText.setWordWrap(True)
        self.duplicateText.setOpenExternalLinks(False)
        self.duplicateText.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.duplicateText)

        self.scroll = QScrollArea(WorkerEditor)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.form = QGridLayout(self.formHost)
        self.form.setObjectName(u"form")
        self.codiceFiscaleLabel = QLabel(self.formHost)
        self.codiceFiscaleLabel.setObjectName(u"codiceFiscaleLabel")

        self.form.addWidget(self.codiceFiscaleLabel, 0, 0, 1, 1)

        self.codiceFiscaleEdit = QLineEdit(self.formHost)
        self.codiceFiscaleEdit.setObjectName(u"codiceFiscaleEdit")
        self.codiceFiscaleEdit.setMaxLength(20)

        self.form.addWidget(self.codiceFiscaleEdit, 0, 1, 1, 1)

        self.codiceFiscaleError = QLabel(self.formHost)
        self.codiceFiscaleError.setObjectName(u"codiceFiscaleError")
        self.codiceFiscaleError.setWordWrap(True)
        self.codiceFiscaleError.setVisible(False)

        self.form.addWidget(self.codiceFiscaleError, 1, 1, 1, 1)

        self.surnameLabel = QLabel(self.formHost)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.form.addWidget(self.surnameLabel, 2, 0, 1, 1)

        self.surnameEdit = QLineEdit(self.formHost)
        self.surnameEdit.setObjectName(u"surnameEdit")

        self.form.addWidget(self.surnameEdit, 2, 1, 1, 1)

        self.surnameError = QLabel(self.formHost)
        self.surnameError.setObjectName(u"surnameError")
        self.surnameError.setWordWrap(True)
        self.surnameError.setVisible(False)

        self.form.addWidget(self.surnameError, 3, 1, 1, 1)

        self.nameLabel = QLabel(self.formHost)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.addWidget(self.nameLabel, 4, 0, 1, 1)

        self.nameEdit = QLineEdit(self.formHost)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.addWidget(self.nameEdit, 4, 1, 1, 1)

        self.nameError = QLabel(self.formHost)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.form.addWidget(self.nameError, 5, 1, 1, 1)

        self.birthDateLabel = QLabel(self.formHost)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.form.addWidget(self.birthDateLabel, 6, 0, 1, 1)

        self.birthDateEdit = QLineEdit(self.formHost)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.form.addWidget(self.birthDateEdit, 6, 1, 1, 1)

        self.birthDateError = QLabel(self.formHost)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setVisible(False)

        self.form.addWidget(self.birthDateError, 7, 1, 1, 1)

        self.sexLabel = QLabel(self.formHost)
        self.sexLabel.setObjectName(u"sexLabel")

        self.form.addWidget(self.sexLabel, 8, 0, 1, 1)

        self.sexEdit = QComboBox(self.formHost)
        self.sexEdit.setObjectName(u"sexEdit")

        self.form.addWidget(self.sexEdit, 8, 1, 1, 1)

        self.sexError = QLabel(self.formHost)
        self.sexError.setObjectName(u"sexError")
        self.sexError.setWordWrap(True)
        self.sexError.setVisible(False)

        self.form.addWidget(self.sexError, 9, 1, 1, 1)

        self.organizationLabel = QLabel(self.formHost)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.form.addWidget(self.organizationLabel, 10, 0, 1, 1)

        self.organizationEdit = QComboBox(self.formHost)
        self.organizationEdit.setObjectName(u"organizationEdit")
        self.organizationEdit.setEditable(True)

        self.form.addWidget(self.organizationEdit, 10, 1, 1, 1)

        self.organizationError = QLabel(self.formHost)
        self.organizationError.setObjectName(u"organizationError")
        self.organizationError.setWordWrap(True)
        self.organizationError.setVisible(False)

        self.form.addWidget(self.organizationError, 11, 1, 1, 1)

        self.workSiteLabel = QLabel(self.formHost)
        self.workSiteLabel.setObjectName(u"workSiteLabel")

        self.form.addWidget(self.workSiteLabel, 12, 0, 1, 1)

        self.workSiteEdit = QLineEdit(self.formHost)
        self.workSiteEdit.setObjectName(u"workSiteEdit")

        self.form.addWidget(self.workSiteEdit, 12, 1, 1, 1)

        self.emailLabel = QLabel(self.formHost)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.addWidget(self.emailLabel, 13, 0, 1, 1)

        self.emailEdit = QLineEdit(self.formHost)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.addWidget(self.emailEdit, 13, 1, 1, 1)

        self.emailError = QLabel(self.formHost)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)

        self.form.addWidget(self.emailError, 14, 1, 1, 1)

        self.phoneLabel = QLabel(self.formHost)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.addWidget(self.phoneLabel, 15, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.formHost)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.addWidget(self.phoneEdit, 15, 1, 1, 1)

        self.municipalityLabel = QLabel(self.formHost)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.addWidget(self.municipalityLabel, 16, 0, 1, 1)

        self.municipalityEdit = QLineEdit(self.formHost)
        self.municipalityEdit.setObjectName(u"municipalityEdit")

        self.form.addWidget(self.municipalityEdit, 16, 1, 1, 1)

        self.disadvantagedCheck = QCheckBox(self.formHost)
        self.disadvantagedCheck.setObjectName(u"disadvantagedCheck")

        self.form.addWidget(self.disadvantagedCheck, 17, 1, 1, 1)

        self.pregnancyCheck = QCheckBox(self.formHost)
        self.pregnancyCheck.setObjectName(u"pregnancyCheck")

        self.form.addWidget(self.pregnancyCheck, 18, 1, 1, 1)

        self.dueDateLabel = QLabel(self.formHost)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.form.addWidget(self.dueDateLabel, 19, 0, 1, 1)

        self.dueDateEdit = QLineEdit(self.formHost)
        self.dueDateEdit.setObjectName(u"dueDateEdit")

        self.form.addWidget(self.dueDateEdit, 19, 1, 1, 1)

        self.dueDateError = QLabel(self.formHost)
        self.dueDateError.setObjectName(u"dueDateError")
        self.dueDateError.setWordWrap(True)
        self.dueDateError.setVisible(False)

        self.form.addWidget(self.dueDateError, 20, 1, 1, 1)

        self.workerDisabilityLabel = QLabel(self.formHost)
        self.workerDisabilityLabel.setObjectName(u"workerDisabilityLabel")

        self.form.addWidget(self.workerDisabilityLabel, 21, 0, 1, 1)

        self.workerDisabilityCombo = QComboBox(self.formHost)
        self.workerDisabilityCombo.setObjectName(u"workerDisabilityCombo")

        self.form.addWidget(self.workerDisabilityCombo, 21, 1, 1, 1)

        self.illnessLabel = QLabel(self.formHost)
        self.illnessLabel.setObjectName(u"illnessLabel")

        self.form.addWidget(self.illnessLabel, 22, 0, 1, 1)

        self.illnessSpin = QSpinBox(self.formHost)
        self.illnessSpin.setObjectName(u"illnessSpin")
        self.illnessSpin.setMinimum(0)
        self.illnessSpin.setMaximum(100)

        self.form.addWidget(self.illnessSpin, 22, 1, 1, 1)

        self.illnessLeaveFromLabel = QLabel(self.formHost)
        self.illnessLeaveFromLabel.setObjectName(u"illnessLeaveFromLabel")

        self.form.addWidget(self.illnessLeaveFromLabel, 23, 0, 1, 1)

        self.illnessLeaveFromEdit = QLineEdit(self.formHost)
        self.illnessLeaveFromEdit.setObjectName(u"illnessLeaveFromEdit")

        self.form.addWidget(self.illnessLeaveFromEdit, 23, 1, 1, 1)

        self.illnessLeaveUntilLabel = QLabel(self.formHost)
        self.illnessLeaveUntilLabel.setObjectName(u"illnessLeaveUntilLabel")

        self.form.addWidget(self.illnessLeaveUntilLabel, 24, 0, 1, 1)

        self.illnessLeaveUntilEdit = QLineEdit(self.formHost)
        self.illnessLeaveUntilEdit.setObjectName(u"illnessLeaveUntilEdit")

        self.form.addWidget(self.illnessLeaveUntilEdit, 24, 1, 1, 1)

        self.illnessLeaveUntilError = QLabel(self.formHost)
        self.illnessLeaveUntilError.setObjectName(u"illnessLeaveUntilError")
        self.illnessLeaveUntilError.setWordWrap(True)
        self.illnessLeaveUntilError.setVisible(False)

        self.form.addWidget(self.illnessLeaveUntilError, 25, 1, 1, 1)

        self.l68Label = QLabel(self.formHost)
        self.l68Label.setObjectName(u"l68Label")

        self.form.addWidget(self.l68Label, 26, 0, 1, 1)

        self.l68Combo = QComboBox(self.formHost)
        self.l68Combo.setObjectName(u"l68Combo")

        self.form.addWidget(self.l68Combo, 26, 1, 1, 1)

        self.scroll.setWidget(self.formHost)

        self.mainLayout.addWidget(self.scroll)

        self.warningsText = QLabel(WorkerEditor)
        self.warningsText.setObjectName(u"warningsText")
        self.warningsText.setVisible(False)
        self.warningsText.setWordWrap(True)

        self.mainLayout.addWidget(self.warningsText)

        self.buttons = QDialogButtonBox(WorkerEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codiceFiscaleLabel.setBuddy(self.codiceFiscaleEdit)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexEdit)
        self.organizationLabel.setBuddy(self.organizationEdit)
        self.workSiteLabel.setBuddy(self.workSiteEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.dueDateLabel.setBuddy(self.dueDateEdit)
        self.workerDisabilityLabel.setBuddy(self.workerDisabilityCombo)
        self.illnessLabel.setBuddy(self.illnessSpin)
        self.illnessLeaveFromLabel.setBuddy(self.illnessLeaveFromEdit)
        self.illnessLeaveUntilLabel.setBuddy(self.illnessLeaveUntilEdit)
        self.l68Label.setBuddy(self.l68Combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codiceFiscaleEdit, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexEdit)
        QWidget.setTabOrder(self.sexEdit, self.organizationEdit)
        QWidget.setTabOrder(self.organizationEdit, self.workSiteEdit)
        QWidget.setTabOrder(self.workSiteEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.disadvantagedCheck)
        QWidget.setTabOrder(self.disadvantagedCheck, self.pregnancyCheck)
        QWidget.setTabOrder(self.pregnancyCheck, self.dueDateEdit)
        QWidget.setTabOrder(self.dueDateEdit, self.workerDisabilityCombo)
        QWidget.setTabOrder(self.workerDisabilityCombo, self.illnessSpin)
        QWidget.setTabOrder(self.illnessSpin, self.illnessLeaveFromEdit)
        QWidget.setTabOrder(self.illnessLeaveFromEdit, self.illnessLeaveUntilEdit)
        QWidget.setTabOrder(self.illnessLeaveUntilEdit, self.l68Combo)

        self.retranslateUi(WorkerEditor)

        QMetaObject.connectSlotsByName(WorkerEditor)
    # setupUi

    def retranslateUi(self, WorkerEditor):
        WorkerEditor.setWindowTitle(QCoreApplication.translate("WorkerEditor", u"Worker", None))
        self.conflictText.setText(QCoreApplication.translate("WorkerEditor", u"Another desk saved this record after you opened it.", None))
        self.reloadButton.setText(QCoreApplication.translate("WorkerEditor", u"&Reload", None))
        self.codiceFiscaleLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Codice fiscale", None))
#if QT_CONFIG(accessibility)
        self.codiceFiscaleEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Codice fiscale", None))
#endif // QT_CONFIG(accessibility)
        self.surnameLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Surname", None))
#if QT_CONFIG(accessibility)
        self.surnameEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("WorkerEditor", u"Date of &birth", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"dd/mm/yyyy", None))
        self.sexLabel.setText(QCoreApplication.translate("WorkerEditor", u"Se&x", None))
#if QT_CONFIG(accessibility)
        self.sexEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Sex", None))
#endif // QT_CONFIG(accessibility)
        self.organizationLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Employer", None))
#if QT_CONFIG(accessibility)
        self.organizationEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Employer", None))
#endif // QT_CONFIG(accessibility)
        self.workSiteLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Work site", None))
#if QT_CONFIG(accessibility)
        self.workSiteEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Work site", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("WorkerEditor", u"E&mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("WorkerEditor", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.municipalityLabel.setText(QCoreApplication.translate("WorkerEditor", u"M&unicipality of residence", None))
#if QT_CONFIG(accessibility)
        self.municipalityEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Municipality of residence", None))
#endif // QT_CONFIG(accessibility)
        self.disadvantagedCheck.setText(QCoreApplication.translate("WorkerEditor", u"&Disadvantaged worker (Law 381/1991, art. 4)", None))
        self.pregnancyCheck.setText(QCoreApplication.translate("WorkerEditor", u"Pre&gnancy in progress", None))
        self.dueDateLabel.setText(QCoreApplication.translate("WorkerEditor", u"Expected &due date", None))
#if QT_CONFIG(accessibility)
        self.dueDateEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Expected due date", None))
#endif // QT_CONFIG(accessibility)
        self.dueDateEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"dd/mm/yyyy", None))
        self.workerDisabilityLabel.setText(QCoreApplication.translate("WorkerEditor", u"Own &L. 104 recognition", None))
#if QT_CONFIG(accessibility)
        self.workerDisabilityCombo.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"The worker's own recognition under Law 104/1992", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.workerDisabilityCombo.setToolTip(QCoreApplication.translate("WorkerEditor", u"Health data: used only to derive the smart-working priority", None))
#endif // QT_CONFIG(tooltip)
        self.illnessLabel.setText(QCoreApplication.translate("WorkerEditor", u"Disabling &illness, invalidity %", None))
        self.illnessSpin.setSpecialValueText(QCoreApplication.translate("WorkerEditor", u"none", None))
#if QT_CONFIG(accessibility)
        self.illnessSpin.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Oncological or chronic disabling illness: invalidity percentage (Law 106/2025)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.illnessSpin.setToolTip(QCoreApplication.translate("WorkerEditor", u"Health data: used only to derive the smart-working priority", None))
#endif // QT_CONFIG(tooltip)
        self.illnessLeaveFromLabel.setText(QCoreApplication.translate("WorkerEditor", u"Illness leave taken, fr&om", None))
#if QT_CONFIG(accessibility)
        self.illnessLeaveFromEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Illness leave under Law 106/2025: first day", None))
#endif // QT_CONFIG(accessibility)
        self.illnessLeaveFromEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.illnessLeaveFromEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"The leave of up to 24 months for an oncological or chronic disabling illness (Law 106/2025, art. 1): the smart-working priority comes after it", None))
#endif // QT_CONFIG(tooltip)
        self.illnessLeaveUntilLabel.setText(QCoreApplication.translate("WorkerEditor", u"Illness leave taken, un&til", None))
#if QT_CONFIG(accessibility)
        self.illnessLeaveUntilEdit.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Illness leave under Law 106/2025: last day", None))
#endif // QT_CONFIG(accessibility)
        self.illnessLeaveUntilEdit.setPlaceholderText(QCoreApplication.translate("WorkerEditor", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.illnessLeaveUntilEdit.setToolTip(QCoreApplication.translate("WorkerEditor", u"The leave of up to 24 months for an oncological or chronic disabling illness (Law 106/2025, art. 1): the smart-working priority comes after it", None))
#endif // QT_CONFIG(tooltip)
        self.l68Label.setText(QCoreApplication.translate("WorkerEditor", u"Disa&bled under Law 68/1999", None))
#if QT_CONFIG(accessibility)
        self.l68Combo.setAccessibleName(QCoreApplication.translate("WorkerEditor", u"Disabled worker under Law 68/1999, art. 1, as certified", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.l68Combo.setToolTip(QCoreApplication.translate("WorkerEditor", u"Health data: as the certificate says; it gives the 90 days of notice when the employer withdraws from a smart-working agreement (Law 81/2017, art. 19)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi


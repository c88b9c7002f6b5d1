# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'provider_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProviderDialog(object):
    def setupUi(self, ProviderDialog):
        if not ProviderDialog.objectName():
            ProviderDialog.setObjectName(u"ProviderDialog")
        ProviderDialog.resize(520, 300)
        self.layout = QVBoxLayout(ProviderDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.nameLabel = QLabel(ProviderDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProviderDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(ProviderDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ProviderDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.municipalityLabel = QLabel(ProviderDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityEdit = QLineEdit(ProviderDialog)
        self.municipalityEdit.setObjectName(u"municipalityEdit")
        self.municipalityEdit.setMaxLength(80)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.emailLabel = QLabel(ProviderDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ProviderDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(ProviderDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ProviderDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.vatLabel = QLabel(ProviderDialog)
        self.vatLabel.setObjectName(u"vatLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.vatLabel)

        self.vatEdit = QLineEdit(ProviderDialog)
        self.vatEdit.setObjectName(u"vatEdit")
        self.vatEdit.setMaxLength(16)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vatEdit)

        self.websiteLabel = QLabel(ProviderDialog)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(ProviderDialog)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(300)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.websiteEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(ProviderDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(ProviderDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.vatLabel.setBuddy(self.vatEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.vatEdit)
        QWidget.setTabOrder(self.vatEdit, self.websiteEdit)

        self.retranslateUi(ProviderDialog)

        QMetaObject.connectSlotsByName(ProviderDialog)
    # setupUi

    def retranslateUi(self, ProviderDialog):
        ProviderDialog.setWindowTitle(QCoreApplication.translate("ProviderDialog", u"Provider", None))
        self.nameLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Name of the provider", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProviderDialog", u"e.g. Cooperativa Sociale Il Girasole", None))
        self.kindLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Kind of organization", None))
#endif // QT_CONFIG(accessibility)
        self.municipalityLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Municipality", None))
#if QT_CONFIG(accessibility)
        self.municipalityEdit.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Municipality", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.vatLabel.setText(QCoreApplication.translate("ProviderDialog", u"&VAT number", None))
#if QT_CONFIG(accessibility)
        self.vatEdit.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"VAT number", None))
#endif // QT_CONFIG(accessibility)
        self.websiteLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Web site", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("ProviderDialog", u"www.ente.it", None))
#if QT_CONFIG(accessibility)
        self.websiteEdit.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Web site", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.websiteEdit.setToolTip(QCoreApplication.translate("ProviderDialog", u"What the QR codes of the handout and of the path summaries open", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi


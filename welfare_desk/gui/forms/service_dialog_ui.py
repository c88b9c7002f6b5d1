# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ServiceDialog(object):
    def setupUi(self, ServiceDialog):
        if not ServiceDialog.objectName():
            ServiceDialog.setObjectName(u"ServiceDialog")
        ServiceDialog.resize(640, 620)
        self.layout = QVBoxLayout(ServiceDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.nameLabel = QLabel(ServiceDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ServiceDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.providerLabel = QLabel(ServiceDialog)
        self.providerLabel.setObjectName(u"providerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerCombo = QComboBox(ServiceDialog)
        self.providerCombo.setObjectName(u"providerCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.providerCombo)

        self.kindLabel = QLabel(ServiceDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ServiceDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.categoryLabel = QLabel(ServiceDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ServiceDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.municipalityLabel = QLabel(ServiceDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityEdit = QLineEdit(ServiceDialog)
        self.municipalityEdit.setObjectName(u"municipalityEdit")
        self.municipalityEdit.setMaxLength(80)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.addressLabel = QLabel(ServiceDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(ServiceDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.audienceLabel = QLabel(ServiceDialog)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceCombo = QComboBox(ServiceDialog)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.audienceCombo)

        self.minAgeLabel = QLabel(ServiceDialog)
        self.minAgeLabel.setObjectName(u"minAgeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.minAgeLabel)

        self.minAgeSpin = QSpinBox(ServiceDialog)
        self.minAgeSpin.setObjectName(u"minAgeSpin")
        self.minAgeSpin.setMinimum(-1)
        self.minAgeSpin.setMaximum(120)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.minAgeSpin)

        self.maxAgeLabel = QLabel(ServiceDialog)
        self.maxAgeLabel.setObjectName(u"maxAgeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.maxAgeLabel)

        self.maxAgeSpin = QSpinBox(ServiceDialog)
        self.maxAgeSpin.setObjectName(u"maxAgeSpin")
        self.maxAgeSpin.setMinimum(-1)
        self.maxAgeSpin.setMaximum(120)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.maxAgeSpin)

        self.priceModelLabel = QLabel(ServiceDialog)
        self.priceModelLabel.setObjectName(u"priceModelLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.priceModelLabel)

        self.priceModelCombo = QComboBox(ServiceDialog)
        self.priceModelCombo.setObjectName(u"priceModelCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.priceModelCombo)

        self.workerPriceLabel = QLabel(ServiceDialog)
        self.workerPriceLabel.setObjectName(u"workerPriceLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.workerPriceLabel)

        self.workerPriceEdit = QLineEdit(ServiceDialog)
        self.workerPriceEdit.setObjectName(u"workerPriceEdit")
        self.workerPriceEdit.setMaxLength(20)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.workerPriceEdit)

        self.fullPriceLabel = QLabel(ServiceDialog)
        self.fullPriceLabel.setObjectName(u"fullPriceLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.fullPriceLabel)

        self.fullPriceEdit = QLineEdit(ServiceDialog)
        self.fullPriceEdit.setObjectName(u"fullPriceEdit")
        self.fullPriceEdit.setMaxLength(20)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.fullPriceEdit)

        self.voucherLabel = QLabel(ServiceDialog)
        self.voucherLabel.setObjectName(u"voucherLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.voucherLabel)

        self.voucherEdit = QLineEdit(ServiceDialog)
        self.voucherEdit.setObjectName(u"voucherEdit")
        self.voucherEdit.setMaxLength(20)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.voucherEdit)

        self.taxLabel = QLabel(ServiceDialog)
        self.taxLabel.setObjectName(u"taxLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.taxLabel)

        self.taxCombo = QComboBox(ServiceDialog)
        self.taxCombo.setObjectName(u"taxCombo")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.taxCombo)

        self.inclusionLabel = QLabel(ServiceDialog)
        self.inclusionLabel.setObjectName(u"inclusionLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.inclusionLabel)

        self.inclusionCheck = QCheckBox(ServiceDialog)
        self.inclusionCheck.setObjectName(u"inclusionCheck")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.inclusionCheck)

        self.severalGoodsCheck = QCheckBox(ServiceDialog)
        self.severalGoodsCheck.setObjectName(u"severalGoodsCheck")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.severalGoodsCheck)

        self.descriptionLabel = QLabel(ServiceDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ServiceDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.layout.addLayout(self.form)

        self.statusText = QLabel(ServiceDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.layout.addWidget(self.statusText)

        self.buttons = QDialogButtonBox(ServiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.providerLabel.setBuddy(self.providerCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.minAgeLabel.setBuddy(self.minAgeSpin)
        self.maxAgeLabel.setBuddy(self.maxAgeSpin)
        self.priceModelLabel.setBuddy(self.priceModelCombo)
        self.workerPriceLabel.setBuddy(self.workerPriceEdit)
        self.fullPriceLabel.setBuddy(self.fullPriceEdit)
        self.voucherLabel.setBuddy(self.voucherEdit)
        self.taxLabel.setBuddy(self.taxCombo)
        self.inclusionLabel.setBuddy(self.inclusionCheck)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.providerCombo)
        QWidget.setTabOrder(self.providerCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.audienceCombo)
        QWidget.setTabOrder(self.audienceCombo, self.minAgeSpin)
        QWidget.setTabOrder(self.minAgeSpin, self.maxAgeSpin)
        QWidget.setTabOrder(self.maxAgeSpin, self.priceModelCombo)
        QWidget.setTabOrder(self.priceModelCombo, self.workerPriceEdit)
        QWidget.setTabOrder(self.workerPriceEdit, self.fullPriceEdit)
        QWidget.setTabOrder(self.fullPriceEdit, self.voucherEdit)
        QWidget.setTabOrder(self.voucherEdit, self.taxCombo)
        QWidget.setTabOrder(self.taxCombo, self.inclusionCheck)
        QWidget.setTabOrder(self.inclusionCheck, self.severalGoodsCheck)
        QWidget.setTabOrder(self.severalGoodsCheck, self.descriptionEdit)

        self.retranslateUi(ServiceDialog)

        QMetaObject.connectSlotsByName(ServiceDialog)
    # setupUi

    def retranslateUi(self, ServiceDialog):
        ServiceDialog.setWindowTitle(QCoreApplication.translate("ServiceDialog", u"Service", None))
        self.nameLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Name of the service", None))
#endif // QT_CONFIG(accessibility)
        self.providerLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Provider", None))
#if QT_CONFIG(accessibility)
        self.providerCombo.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Kind of service", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Category of needs it answers", None))
#endif // QT_CONFIG(accessibility)
        self.municipalityLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Municipality", None))
#if QT_CONFIG(accessibility)
        self.municipalityEdit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Municipality", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("ServiceDialog", u"A&ddress", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.audienceLabel.setText(QCoreApplication.translate("ServiceDialog", u"&For", None))
#if QT_CONFIG(accessibility)
        self.audienceCombo.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Who it is for", None))
#endif // QT_CONFIG(accessibility)
        self.minAgeLabel.setText(QCoreApplication.translate("ServiceDialog", u"A&ge from", None))
        self.minAgeSpin.setSpecialValueText(QCoreApplication.translate("ServiceDialog", u"any", None))
#if QT_CONFIG(accessibility)
        self.minAgeSpin.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Minimum age", None))
#endif // QT_CONFIG(accessibility)
        self.maxAgeLabel.setText(QCoreApplication.translate("ServiceDialog", u"Age &to", None))
        self.maxAgeSpin.setSpecialValueText(QCoreApplication.translate("ServiceDialog", u"any", None))
#if QT_CONFIG(accessibility)
        self.maxAgeSpin.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Maximum age", None))
#endif // QT_CONFIG(accessibility)
        self.priceModelLabel.setText(QCoreApplication.translate("ServiceDialog", u"P&rice", None))
#if QT_CONFIG(accessibility)
        self.priceModelCombo.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Price model", None))
#endif // QT_CONFIG(accessibility)
        self.workerPriceLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Worker price (\u20ac)", None))
        self.workerPriceEdit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"e.g. 120,00", None))
#if QT_CONFIG(accessibility)
        self.workerPriceEdit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Worker price in euro", None))
#endif // QT_CONFIG(accessibility)
        self.fullPriceLabel.setText(QCoreApplication.translate("ServiceDialog", u"F&ull price (\u20ac)", None))
        self.fullPriceEdit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"e.g. 120,00", None))
#if QT_CONFIG(accessibility)
        self.fullPriceEdit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Full price in euro", None))
#endif // QT_CONFIG(accessibility)
        self.voucherLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Voucher value (\u20ac)", None))
        self.voucherEdit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"e.g. 120,00", None))
#if QT_CONFIG(accessibility)
        self.voucherEdit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Voucher value in euro", None))
#endif // QT_CONFIG(accessibility)
        self.taxLabel.setText(QCoreApplication.translate("ServiceDialog", u"Ta&x classification", None))
#if QT_CONFIG(accessibility)
        self.taxCombo.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Tax classification under art. 51 TUIR", None))
#endif // QT_CONFIG(accessibility)
        self.inclusionLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Inclusion support", None))
        self.inclusionCheck.setText(QCoreApplication.translate("ServiceDialog", u"an educator for children with a functional diagnosis", None))
#if QT_CONFIG(accessibility)
        self.inclusionCheck.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Inclusion support", None))
#endif // QT_CONFIG(accessibility)
        self.severalGoodsCheck.setText(QCoreApplication.translate("ServiceDialog", u"One voucher for several goods or services (at most \u20ac 258,23)", None))
#if QT_CONFIG(accessibility)
        self.severalGoodsCheck.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"One voucher for several goods or services", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.severalGoodsCheck.setToolTip(QCoreApplication.translate("ServiceDialog", u"DM 25/3/2016, art. 6 c. 3: goods and services named together in one voucher stay within \u20ac 258,23", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("ServiceDialog", u"D&escription", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


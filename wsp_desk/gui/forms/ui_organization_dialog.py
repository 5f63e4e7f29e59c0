# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QPlainTextEdit, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

from wsp_desk.gui.list_editor import ListEditor

class Ui_OrganizationDialog(object):
    def setupUi(self, OrganizationDialog):
        if not OrganizationDialog.objectName():
            OrganizationDialog.setObjectName(u"OrganizationDialog")
        OrganizationDialog.resize(760, 560)
        self.dialogLayout = QVBoxLayout(OrganizationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(OrganizationDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(self.generalTab)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(255)

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(self.generalTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.generalForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.alternateNameLabel = QLabel(self.generalTab)
        self.alternateNameLabel.setObjectName(u"alternateNameLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.alternateNameLabel)

        self.alternateNameBox = QVBoxLayout()
        self.alternateNameBox.setObjectName(u"alternateNameBox")
        self.alternateName = QLineEdit(self.generalTab)
        self.alternateName.setObjectName(u"alternateName")
        self.alternateName.setMaxLength(255)

        self.alternateNameBox.addWidget(self.alternateName)

        self.alternateNameError = QLabel(self.generalTab)
        self.alternateNameError.setObjectName(u"alternateNameError")
        self.alternateNameError.setWordWrap(True)

        self.alternateNameBox.addWidget(self.alternateNameError)


        self.generalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.alternateNameBox)

        self.partnerKindLabel = QLabel(self.generalTab)
        self.partnerKindLabel.setObjectName(u"partnerKindLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.partnerKindLabel)

        self.partnerKindBox = QVBoxLayout()
        self.partnerKindBox.setObjectName(u"partnerKindBox")
        self.partnerKind = QComboBox(self.generalTab)
        self.partnerKind.setObjectName(u"partnerKind")

        self.partnerKindBox.addWidget(self.partnerKind)

        self.partnerKindError = QLabel(self.generalTab)
        self.partnerKindError.setObjectName(u"partnerKindError")
        self.partnerKindError.setWordWrap(True)

        self.partnerKindBox.addWidget(self.partnerKindError)


        self.generalForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.partnerKindBox)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionBox = QVBoxLayout()
        self.descriptionBox.setObjectName(u"descriptionBox")
        self.description = QPlainTextEdit(self.generalTab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.descriptionBox.addWidget(self.description)

        self.descriptionError = QLabel(self.generalTab)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.descriptionBox.addWidget(self.descriptionError)


        self.generalForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.descriptionBox)

        self.websiteLabel = QLabel(self.generalTab)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteBox = QVBoxLayout()
        self.websiteBox.setObjectName(u"websiteBox")
        self.website = QLineEdit(self.generalTab)
        self.website.setObjectName(u"website")

        self.websiteBox.addWidget(self.website)

        self.websiteError = QLabel(self.generalTab)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setWordWrap(True)

        self.websiteBox.addWidget(self.websiteError)


        self.generalForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.websiteBox)

        self.emailLabel = QLabel(self.generalTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setObjectName(u"emailBox")
        self.email = QLineEdit(self.generalTab)
        self.email.setObjectName(u"email")

        self.emailBox.addWidget(self.email)

        self.emailError = QLabel(self.generalTab)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.emailBox.addWidget(self.emailError)


        self.generalForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.legalStatusLabel = QLabel(self.generalTab)
        self.legalStatusLabel.setObjectName(u"legalStatusLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legalStatusLabel)

        self.legalStatusBox = QVBoxLayout()
        self.legalStatusBox.setObjectName(u"legalStatusBox")
        self.legalStatus = QLineEdit(self.generalTab)
        self.legalStatus.setObjectName(u"legalStatus")

        self.legalStatusBox.addWidget(self.legalStatus)

        self.legalStatusError = QLabel(self.generalTab)
        self.legalStatusError.setObjectName(u"legalStatusError")
        self.legalStatusError.setWordWrap(True)

        self.legalStatusBox.addWidget(self.legalStatusError)


        self.generalForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.legalStatusBox)

        self.tabs.addTab(self.generalTab, "")
        self.contactTab = QWidget()
        self.contactTab.setObjectName(u"contactTab")
        self.contactLayout = QVBoxLayout(self.contactTab)
        self.contactLayout.setObjectName(u"contactLayout")
        self.phonesLabel = QLabel(self.contactTab)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.contactLayout.addWidget(self.phonesLabel)

        self.phones = ListEditor(self.contactTab)
        self.phones.setObjectName(u"phones")

        self.contactLayout.addWidget(self.phones)

        self.contactsLabel = QLabel(self.contactTab)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.contactLayout.addWidget(self.contactsLabel)

        self.contactsHint = QLabel(self.contactTab)
        self.contactsHint.setObjectName(u"contactsHint")
        self.contactsHint.setWordWrap(True)

        self.contactLayout.addWidget(self.contactsHint)

        self.contacts = ListEditor(self.contactTab)
        self.contacts.setObjectName(u"contacts")

        self.contactLayout.addWidget(self.contacts)

        self.tabs.addTab(self.contactTab, "")
        self.locationsTab = QWidget()
        self.locationsTab.setObjectName(u"locationsTab")
        self.locationsLayout = QVBoxLayout(self.locationsTab)
        self.locationsLayout.setObjectName(u"locationsLayout")
        self.locationsLabel = QLabel(self.locationsTab)
        self.locationsLabel.setObjectName(u"locationsLabel")

        self.locationsLayout.addWidget(self.locationsLabel)

        self.locationsHint = QLabel(self.locationsTab)
        self.locationsHint.setObjectName(u"locationsHint")
        self.locationsHint.setWordWrap(True)

        self.locationsLayout.addWidget(self.locationsHint)

        self.locations = ListEditor(self.locationsTab)
        self.locations.setObjectName(u"locations")

        self.locationsLayout.addWidget(self.locations)

        self.tabs.addTab(self.locationsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(OrganizationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(OrganizationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.alternateNameLabel.setBuddy(self.alternateName)
        self.partnerKindLabel.setBuddy(self.partnerKind)
        self.descriptionLabel.setBuddy(self.description)
        self.websiteLabel.setBuddy(self.website)
        self.emailLabel.setBuddy(self.email)
        self.legalStatusLabel.setBuddy(self.legalStatus)
        self.phonesLabel.setBuddy(self.phones)
        self.contactsLabel.setBuddy(self.contacts)
        self.locationsLabel.setBuddy(self.locations)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.name)
        QWidget.setTabOrder(self.name, self.alternateName)
        QWidget.setTabOrder(self.alternateName, self.partnerKind)
        QWidget.setTabOrder(self.partnerKind, self.description)
        QWidget.setTabOrder(self.description, self.website)
        QWidget.setTabOrder(self.website, self.email)
        QWidget.setTabOrder(self.email, self.legalStatus)
        QWidget.setTabOrder(self.legalStatus, self.phones)
        QWidget.setTabOrder(self.phones, self.contacts)
        QWidget.setTabOrder(self.contacts, self.locations)

        self.retranslateUi(OrganizationDialog)
        self.buttons.accepted.connect(OrganizationDialog.accept)
        self.buttons.rejected.connect(OrganizationDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganizationDialog)
    # setupUi

    def retranslateUi(self, OrganizationDialog):
        OrganizationDialog.setWindowTitle(QCoreApplication.translate("OrganizationDialog", u"Organisation", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Name:", None))
        self.alternateNameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Other na&me:", None))
        self.partnerKindLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Kind of partner:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Description:", None))
        self.websiteLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Website:", None))
        self.website.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"https://www.example.nl", None))
        self.emailLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"name@example.nl", None))
        self.legalStatusLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Le&gal status:", None))
        self.legalStatus.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"for example: foundation, municipality", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("OrganizationDialog", u"&General", None))
        self.phonesLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Phone numbers:", None))
#if QT_CONFIG(accessibility)
        self.phones.setAccessibleName(QCoreApplication.translate("OrganizationDialog", u"Phone numbers", None))
#endif // QT_CONFIG(accessibility)
        self.contactsLabel.setText(QCoreApplication.translate("OrganizationDialog", u"C&ontact persons:", None))
        self.contactsHint.setText(QCoreApplication.translate("OrganizationDialog", u"Several phone numbers of one person: separate them with a comma.", None))
#if QT_CONFIG(accessibility)
        self.contacts.setAccessibleName(QCoreApplication.translate("OrganizationDialog", u"Contact persons", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.contactTab), QCoreApplication.translate("OrganizationDialog", u"&Contact", None))
        self.locationsLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Locations:", None))
        self.locationsHint.setText(QCoreApplication.translate("OrganizationDialog", u"Where the organisation receives people. Its services choose among these.", None))
#if QT_CONFIG(accessibility)
        self.locations.setAccessibleName(QCoreApplication.translate("OrganizationDialog", u"Locations", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.locationsTab), QCoreApplication.translate("OrganizationDialog", u"&Locations", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_fields.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactFields(object):
    def setupUi(self, ContactFields):
        if not ContactFields.objectName():
            ContactFields.setObjectName(u"ContactFields")
        ContactFields.resize(560, 360)
        self.fields = QFormLayout(ContactFields)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(ContactFields)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(ContactFields)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(160)

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(ContactFields)
        self.nameError.setObjectName(u"nameError")

        self.nameBox.addWidget(self.nameError)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.addressLabel = QLabel(ContactFields)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressBox = QVBoxLayout()
        self.addressBox.setObjectName(u"addressBox")
        self.address = QPlainTextEdit(ContactFields)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)

        self.addressBox.addWidget(self.address)

        self.addressError = QLabel(ContactFields)
        self.addressError.setObjectName(u"addressError")

        self.addressBox.addWidget(self.addressError)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.addressBox)

        self.phoneLabel = QLabel(ContactFields)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setObjectName(u"phoneBox")
        self.phone = QLineEdit(ContactFields)
        self.phone.setObjectName(u"phone")

        self.phoneBox.addWidget(self.phone)

        self.phoneError = QLabel(ContactFields)
        self.phoneError.setObjectName(u"phoneError")

        self.phoneBox.addWidget(self.phoneError)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.emailLabel = QLabel(ContactFields)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setObjectName(u"emailBox")
        self.email = QLineEdit(ContactFields)
        self.email.setObjectName(u"email")

        self.emailBox.addWidget(self.email)

        self.emailError = QLabel(ContactFields)
        self.emailError.setObjectName(u"emailError")

        self.emailBox.addWidget(self.emailError)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.openingHoursLabel = QLabel(ContactFields)
        self.openingHoursLabel.setObjectName(u"openingHoursLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.openingHoursLabel)

        self.openingHoursBox = QVBoxLayout()
        self.openingHoursBox.setObjectName(u"openingHoursBox")
        self.openingHours = QPlainTextEdit(ContactFields)
        self.openingHours.setObjectName(u"openingHours")
        self.openingHours.setTabChangesFocus(True)

        self.openingHoursBox.addWidget(self.openingHours)

        self.openingHoursError = QLabel(ContactFields)
        self.openingHoursError.setObjectName(u"openingHoursError")

        self.openingHoursBox.addWidget(self.openingHoursError)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.openingHoursBox)

        self.websiteLabel = QLabel(ContactFields)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteBox = QVBoxLayout()
        self.websiteBox.setObjectName(u"websiteBox")
        self.website = QLineEdit(ContactFields)
        self.website.setObjectName(u"website")

        self.websiteBox.addWidget(self.website)

        self.websiteError = QLabel(ContactFields)
        self.websiteError.setObjectName(u"websiteError")

        self.websiteBox.addWidget(self.websiteError)


        self.fields.setLayout(5, QFormLayout.ItemRole.FieldRole, self.websiteBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.openingHoursLabel.setBuddy(self.openingHours)
        self.websiteLabel.setBuddy(self.website)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.openingHours)
        QWidget.setTabOrder(self.openingHours, self.website)

        self.retranslateUi(ContactFields)

        QMetaObject.connectSlotsByName(ContactFields)
    # setupUi

    def retranslateUi(self, ContactFields):
        self.nameLabel.setText(QCoreApplication.translate("ContactFields", u"&Name:", None))
        self.addressLabel.setText(QCoreApplication.translate("ContactFields", u"&Address:", None))
        self.address.setPlaceholderText(QCoreApplication.translate("ContactFields", u"Street and number, postcode and town: one line each", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactFields", u"&Phone:", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactFields", u"&E-mail:", None))
        self.openingHoursLabel.setText(QCoreApplication.translate("ContactFields", u"&Opening hours:", None))
        self.openingHours.setPlaceholderText(QCoreApplication.translate("ContactFields", u"One line for each part, for example: Mon to Fri 9:00\u201317:00", None))
        self.websiteLabel.setText(QCoreApplication.translate("ContactFields", u"&Website:", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RegistrationForm(object):
    def setupUi(self, RegistrationForm):
        if not RegistrationForm.objectName():
            RegistrationForm.setObjectName(u"RegistrationForm")
        self.formLayout = QVBoxLayout(RegistrationForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.kindGroup = QGroupBox(RegistrationForm)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindLayout = QGridLayout(self.kindGroup)
        self.kindLayout.setObjectName(u"kindLayout")
        self.jobSeeker = QRadioButton(self.kindGroup)
        self.jobSeeker.setObjectName(u"jobSeeker")
        self.jobSeeker.setText(u"jobSeeker")

        self.kindLayout.addWidget(self.jobSeeker, 0, 0, 1, 1)

        self.employed = QRadioButton(self.kindGroup)
        self.employed.setObjectName(u"employed")
        self.employed.setText(u"employed")

        self.kindLayout.addWidget(self.employed, 0, 1, 1, 1)

        self.employer = QRadioButton(self.kindGroup)
        self.employer.setObjectName(u"employer")
        self.employer.setText(u"employer")

        self.kindLayout.addWidget(self.employer, 1, 0, 1, 1)

        self.otherKind = QRadioButton(self.kindGroup)
        self.otherKind.setObjectName(u"otherKind")
        self.otherKind.setText(u"otherKind")

        self.kindLayout.addWidget(self.otherKind, 1, 1, 1, 1)


        self.formLayout.addWidget(self.kindGroup)

        self.questionForm = QFormLayout()
        self.questionForm.setObjectName(u"questionForm")
        self.categoryLabel = QLabel(RegistrationForm)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryBox = QVBoxLayout()
        self.categoryBox.setObjectName(u"categoryBox")
        self.category = QComboBox(RegistrationForm)
        self.category.setObjectName(u"category")

        self.categoryBox.addWidget(self.category)

        self.categoryError = QLabel(RegistrationForm)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setWordWrap(True)

        self.categoryBox.addWidget(self.categoryError)


        self.questionForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.categoryBox)

        self.questionLabel = QLabel(RegistrationForm)
        self.questionLabel.setObjectName(u"questionLabel")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionBox = QVBoxLayout()
        self.questionBox.setObjectName(u"questionBox")
        self.question = QLineEdit(RegistrationForm)
        self.question.setObjectName(u"question")
        self.question.setMaxLength(500)

        self.questionBox.addWidget(self.question)

        self.questionError = QLabel(RegistrationForm)
        self.questionError.setObjectName(u"questionError")
        self.questionError.setWordWrap(True)

        self.questionBox.addWidget(self.questionError)


        self.questionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.questionBox)

        self.nameLabel = QLabel(RegistrationForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.questionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(RegistrationForm)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(RegistrationForm)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.questionForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.companyNameLabel = QLabel(RegistrationForm)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.questionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.companyNameLabel)

        self.companyNameBox = QVBoxLayout()
        self.companyNameBox.setObjectName(u"companyNameBox")
        self.companyName = QLineEdit(RegistrationForm)
        self.companyName.setObjectName(u"companyName")
        self.companyName.setMaxLength(200)

        self.companyNameBox.addWidget(self.companyName)

        self.companyNameError = QLabel(RegistrationForm)
        self.companyNameError.setObjectName(u"companyNameError")
        self.companyNameError.setWordWrap(True)

        self.companyNameBox.addWidget(self.companyNameError)


        self.questionForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.companyNameBox)

        self.kvkNumberLabel = QLabel(RegistrationForm)
        self.kvkNumberLabel.setObjectName(u"kvkNumberLabel")

        self.questionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kvkNumberLabel)

        self.kvkNumberBox = QVBoxLayout()
        self.kvkNumberBox.setObjectName(u"kvkNumberBox")
        self.kvkNumber = QLineEdit(RegistrationForm)
        self.kvkNumber.setObjectName(u"kvkNumber")
        self.kvkNumber.setMaxLength(12)

        self.kvkNumberBox.addWidget(self.kvkNumber)

        self.kvkNumberError = QLabel(RegistrationForm)
        self.kvkNumberError.setObjectName(u"kvkNumberError")
        self.kvkNumberError.setWordWrap(True)

        self.kvkNumberBox.addWidget(self.kvkNumberError)


        self.questionForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.kvkNumberBox)


        self.formLayout.addLayout(self.questionForm)

        self.flagsGroup = QGroupBox(RegistrationForm)
        self.flagsGroup.setObjectName(u"flagsGroup")
        self.flagsLayout = QGridLayout(self.flagsGroup)
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.needsInterpreter = QCheckBox(self.flagsGroup)
        self.needsInterpreter.setObjectName(u"needsInterpreter")

        self.flagsLayout.addWidget(self.needsInterpreter, 0, 0, 1, 1)

        self.interpreterLanguageLabel = QLabel(self.flagsGroup)
        self.interpreterLanguageLabel.setObjectName(u"interpreterLanguageLabel")

        self.flagsLayout.addWidget(self.interpreterLanguageLabel, 0, 1, 1, 1)

        self.interpreterLanguage = QLineEdit(self.flagsGroup)
        self.interpreterLanguage.setObjectName(u"interpreterLanguage")
        self.interpreterLanguage.setMaxLength(60)

        self.flagsLayout.addWidget(self.interpreterLanguage, 0, 2, 1, 1)

        self.interpreterLanguageError = QLabel(self.flagsGroup)
        self.interpreterLanguageError.setObjectName(u"interpreterLanguageError")
        self.interpreterLanguageError.setWordWrap(True)

        self.flagsLayout.addWidget(self.interpreterLanguageError, 1, 0, 1, 3)

        self.accessibilityNeed = QCheckBox(self.flagsGroup)
        self.accessibilityNeed.setObjectName(u"accessibilityNeed")

        self.flagsLayout.addWidget(self.accessibilityNeed, 2, 0, 1, 1)

        self.hasAppointment = QCheckBox(self.flagsGroup)
        self.hasAppointment.setObjectName(u"hasAppointment")

        self.flagsLayout.addWidget(self.hasAppointment, 2, 1, 1, 2)

        self.urgent = QCheckBox(self.flagsGroup)
        self.urgent.setObjectName(u"urgent")

        self.flagsLayout.addWidget(self.urgent, 3, 0, 1, 1)

        self.wantsCallback = QCheckBox(self.flagsGroup)
        self.wantsCallback.setObjectName(u"wantsCallback")

        self.flagsLayout.addWidget(self.wantsCallback, 3, 1, 1, 2)


        self.formLayout.addWidget(self.flagsGroup)

        self.callbackForm = QFormLayout()
        self.callbackForm.setObjectName(u"callbackForm")
        self.callbackPhoneLabel = QLabel(RegistrationForm)
        self.callbackPhoneLabel.setObjectName(u"callbackPhoneLabel")

        self.callbackForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.callbackPhoneLabel)

        self.callbackPhoneBox = QVBoxLayout()
        self.callbackPhoneBox.setObjectName(u"callbackPhoneBox")
        self.callbackPhone = QLineEdit(RegistrationForm)
        self.callbackPhone.setObjectName(u"callbackPhone")
        self.callbackPhone.setMaxLength(32)

        self.callbackPhoneBox.addWidget(self.callbackPhone)

        self.callbackPhoneError = QLabel(RegistrationForm)
        self.callbackPhoneError.setObjectName(u"callbackPhoneError")
        self.callbackPhoneError.setWordWrap(True)

        self.callbackPhoneBox.addWidget(self.callbackPhoneError)


        self.callbackForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.callbackPhoneBox)

        self.callbackEmailLabel = QLabel(RegistrationForm)
        self.callbackEmailLabel.setObjectName(u"callbackEmailLabel")

        self.callbackForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.callbackEmailLabel)

        self.callbackEmailBox = QVBoxLayout()
        self.callbackEmailBox.setObjectName(u"callbackEmailBox")
        self.callbackEmail = QLineEdit(RegistrationForm)
        self.callbackEmail.setObjectName(u"callbackEmail")
        self.callbackEmail.setMaxLength(254)

        self.callbackEmailBox.addWidget(self.callbackEmail)

        self.callbackEmailError = QLabel(RegistrationForm)
        self.callbackEmailError.setObjectName(u"callbackEmailError")
        self.callbackEmailError.setWordWrap(True)

        self.callbackEmailBox.addWidget(self.callbackEmailError)


        self.callbackForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.callbackEmailBox)


        self.formLayout.addLayout(self.callbackForm)

        self.formError = QLabel(RegistrationForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.formLayout.addWidget(self.formError)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.category)
        self.questionLabel.setBuddy(self.question)
        self.nameLabel.setBuddy(self.name)
        self.companyNameLabel.setBuddy(self.companyName)
        self.kvkNumberLabel.setBuddy(self.kvkNumber)
        self.interpreterLanguageLabel.setBuddy(self.interpreterLanguage)
        self.callbackPhoneLabel.setBuddy(self.callbackPhone)
        self.callbackEmailLabel.setBuddy(self.callbackEmail)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.jobSeeker, self.employed)
        QWidget.setTabOrder(self.employed, self.employer)
        QWidget.setTabOrder(self.employer, self.otherKind)
        QWidget.setTabOrder(self.otherKind, self.category)
        QWidget.setTabOrder(self.category, self.question)
        QWidget.setTabOrder(self.question, self.name)
        QWidget.setTabOrder(self.name, self.companyName)
        QWidget.setTabOrder(self.companyName, self.kvkNumber)
        QWidget.setTabOrder(self.kvkNumber, self.needsInterpreter)
        QWidget.setTabOrder(self.needsInterpreter, self.interpreterLanguage)
        QWidget.setTabOrder(self.interpreterLanguage, self.accessibilityNeed)
        QWidget.setTabOrder(self.accessibilityNeed, self.hasAppointment)
        QWidget.setTabOrder(self.hasAppointment, self.urgent)
        QWidget.setTabOrder(self.urgent, self.wantsCallback)
        QWidget.setTabOrder(self.wantsCallback, self.callbackPhone)
        QWidget.setTabOrder(self.callbackPhone, self.callbackEmail)

        self.retranslateUi(RegistrationForm)

        QMetaObject.connectSlotsByName(RegistrationForm)
    # setupUi

    def retranslateUi(self, RegistrationForm):
        RegistrationForm.setWindowTitle(QCoreApplication.translate("RegistrationForm", u"Register a visitor", None))
        self.kindGroup.setTitle(QCoreApplication.translate("RegistrationForm", u"Visitor", None))
        self.categoryLabel.setText(QCoreApplication.translate("RegistrationForm", u"Question &category:", None))
        self.questionLabel.setText(QCoreApplication.translate("RegistrationForm", u"&Question:", None))
        self.question.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"in a few words, for example: looking for work in care", None))
        self.nameLabel.setText(QCoreApplication.translate("RegistrationForm", u"First &name or initials:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"optional", None))
        self.companyNameLabel.setText(QCoreApplication.translate("RegistrationForm", u"Co&mpany:", None))
        self.kvkNumberLabel.setText(QCoreApplication.translate("RegistrationForm", u"&KvK number:", None))
        self.kvkNumber.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"8 digits", None))
        self.flagsGroup.setTitle(QCoreApplication.translate("RegistrationForm", u"Particulars", None))
        self.needsInterpreter.setText(QCoreApplication.translate("RegistrationForm", u"Needs an &interpreter", None))
        self.interpreterLanguageLabel.setText(QCoreApplication.translate("RegistrationForm", u"&Language:", None))
        self.interpreterLanguage.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"for example Arabic", None))
        self.accessibilityNeed.setText(QCoreApplication.translate("RegistrationForm", u"&Accessibility need", None))
        self.hasAppointment.setText(QCoreApplication.translate("RegistrationForm", u"Has an app&ointment", None))
        self.urgent.setText(QCoreApplication.translate("RegistrationForm", u"&Urgent", None))
        self.wantsCallback.setText(QCoreApplication.translate("RegistrationForm", u"Wants to be called &back", None))
        self.callbackPhoneLabel.setText(QCoreApplication.translate("RegistrationForm", u"P&hone:", None))
        self.callbackPhone.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"070 123 4567", None))
        self.callbackEmailLabel.setText(QCoreApplication.translate("RegistrationForm", u"&E-mail:", None))
        self.callbackEmail.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"naam@voorbeeld.nl", None))
    # retranslateUi


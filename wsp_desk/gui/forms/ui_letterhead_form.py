# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letterhead_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LetterheadForm(object):
    def setupUi(self, LetterheadForm):
        if not LetterheadForm.objectName():
            LetterheadForm.setObjectName(u"LetterheadForm")
        LetterheadForm.resize(640, 480)
        self.formLayout = QVBoxLayout(LetterheadForm)
        self.formLayout.setObjectName(u"formLayout")
        self.intro = QLabel(LetterheadForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.formLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(LetterheadForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(LetterheadForm)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(160)

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(LetterheadForm)
        self.nameError.setObjectName(u"nameError")

        self.nameBox.addWidget(self.nameError)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.addressLabel = QLabel(LetterheadForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressBox = QVBoxLayout()
        self.addressBox.setObjectName(u"addressBox")
        self.address = QPlainTextEdit(LetterheadForm)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)

        self.addressBox.addWidget(self.address)

        self.addressError = QLabel(LetterheadForm)
        self.addressError.setObjectName(u"addressError")

        self.addressBox.addWidget(self.addressError)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.addressBox)

        self.phoneLabel = QLabel(LetterheadForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setObjectName(u"phoneBox")
        self.phone = QLineEdit(LetterheadForm)
        self.phone.setObjectName(u"phone")

        self.phoneBox.addWidget(self.phone)

        self.phoneError = QLabel(LetterheadForm)
        self.phoneError.setObjectName(u"phoneError")

        self.phoneBox.addWidget(self.phoneError)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.websiteLabel = QLabel(LetterheadForm)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteBox = QVBoxLayout()
        self.websiteBox.setObjectName(u"websiteBox")
        self.website = QLineEdit(LetterheadForm)
        self.website.setObjectName(u"website")

        self.websiteBox.addWidget(self.website)

        self.websiteError = QLabel(LetterheadForm)
        self.websiteError.setObjectName(u"websiteError")

        self.websiteBox.addWidget(self.websiteError)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.websiteBox)

        self.emailLabel = QLabel(LetterheadForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setObjectName(u"emailBox")
        self.email = QLineEdit(LetterheadForm)
        self.email.setObjectName(u"email")

        self.emailBox.addWidget(self.email)

        self.emailError = QLabel(LetterheadForm)
        self.emailError.setObjectName(u"emailError")

        self.emailBox.addWidget(self.emailError)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.logoLabel = QLabel(LetterheadForm)
        self.logoLabel.setObjectName(u"logoLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoBox = QVBoxLayout()
        self.logoBox.setObjectName(u"logoBox")
        self.logo = QLabel(LetterheadForm)
        self.logo.setObjectName(u"logo")
        self.logo.setMinimumSize(QSize(240, 80))
        self.logo.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoBox.addWidget(self.logo)

        self.logoButtons = QHBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogo = QPushButton(LetterheadForm)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoButtons.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(LetterheadForm)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logoButtons.addWidget(self.removeLogo)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoBox.addLayout(self.logoButtons)

        self.logoError = QLabel(LetterheadForm)
        self.logoError.setObjectName(u"logoError")

        self.logoBox.addWidget(self.logoError)


        self.fields.setLayout(5, QFormLayout.ItemRole.FieldRole, self.logoBox)


        self.formLayout.addLayout(self.fields)

        self.formError = QLabel(LetterheadForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.formLayout.addWidget(self.formError)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.save = QPushButton(LetterheadForm)
        self.save.setObjectName(u"save")

        self.saveRow.addWidget(self.save)

        self.status = QLabel(LetterheadForm)
        self.status.setObjectName(u"status")

        self.saveRow.addWidget(self.status)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)


        self.formLayout.addLayout(self.saveRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.websiteLabel.setBuddy(self.website)
        self.emailLabel.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.website)
        QWidget.setTabOrder(self.website, self.email)
        QWidget.setTabOrder(self.email, self.chooseLogo)
        QWidget.setTabOrder(self.chooseLogo, self.removeLogo)
        QWidget.setTabOrder(self.removeLogo, self.save)

        self.retranslateUi(LetterheadForm)

        QMetaObject.connectSlotsByName(LetterheadForm)
    # setupUi

    def retranslateUi(self, LetterheadForm):
        self.intro.setText(QCoreApplication.translate("LetterheadForm", u"The letterhead of every new handover letter. Letters printed before keep the letterhead they had.", None))
        self.nameLabel.setText(QCoreApplication.translate("LetterheadForm", u"&Name:", None))
        self.addressLabel.setText(QCoreApplication.translate("LetterheadForm", u"&Address:", None))
        self.address.setPlaceholderText(QCoreApplication.translate("LetterheadForm", u"Street and number, postcode and town: one line each", None))
        self.phoneLabel.setText(QCoreApplication.translate("LetterheadForm", u"&Phone:", None))
        self.websiteLabel.setText(QCoreApplication.translate("LetterheadForm", u"&Website:", None))
        self.emailLabel.setText(QCoreApplication.translate("LetterheadForm", u"&E-mail:", None))
        self.logoLabel.setText(QCoreApplication.translate("LetterheadForm", u"Logo:", None))
        self.chooseLogo.setText(QCoreApplication.translate("LetterheadForm", u"&Choose logo\u2026", None))
        self.removeLogo.setText(QCoreApplication.translate("LetterheadForm", u"&Remove logo", None))
        self.save.setText(QCoreApplication.translate("LetterheadForm", u"&Save letterhead", None))
        pass
    # retranslateUi


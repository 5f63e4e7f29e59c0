# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

from wsp_desk.gui.contact_fields import ContactFields

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(FirstRunDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.steps = QStackedWidget(FirstRunDialog)
        self.steps.setObjectName(u"steps")
        self.accountPage = QWidget()
        self.accountPage.setObjectName(u"accountPage")
        self.accountLayout = QVBoxLayout(self.accountPage)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountLayout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self.accountPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.accountLayout.addWidget(self.intro)

        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.usernameLabel = QLabel(self.accountPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameBox = QVBoxLayout()
        self.usernameBox.setObjectName(u"usernameBox")
        self.username = QLineEdit(self.accountPage)
        self.username.setObjectName(u"username")

        self.usernameBox.addWidget(self.username)

        self.usernameError = QLabel(self.accountPage)
        self.usernameError.setObjectName(u"usernameError")

        self.usernameBox.addWidget(self.usernameError)


        self.accountForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usernameBox)

        self.displayNameLabel = QLabel(self.accountPage)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameBox = QVBoxLayout()
        self.displayNameBox.setObjectName(u"displayNameBox")
        self.displayName = QLineEdit(self.accountPage)
        self.displayName.setObjectName(u"displayName")

        self.displayNameBox.addWidget(self.displayName)

        self.displayNameError = QLabel(self.accountPage)
        self.displayNameError.setObjectName(u"displayNameError")

        self.displayNameBox.addWidget(self.displayNameError)


        self.accountForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.displayNameBox)

        self.passwordLabel = QLabel(self.accountPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setObjectName(u"passwordBox")
        self.password = QLineEdit(self.accountPage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordBox.addWidget(self.password)

        self.passwordError = QLabel(self.accountPage)
        self.passwordError.setObjectName(u"passwordError")

        self.passwordBox.addWidget(self.passwordError)


        self.accountForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordBox)

        self.passwordRepeatLabel = QLabel(self.accountPage)
        self.passwordRepeatLabel.setObjectName(u"passwordRepeatLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordRepeatLabel)

        self.passwordRepeatBox = QVBoxLayout()
        self.passwordRepeatBox.setObjectName(u"passwordRepeatBox")
        self.passwordRepeat = QLineEdit(self.accountPage)
        self.passwordRepeat.setObjectName(u"passwordRepeat")
        self.passwordRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRepeatBox.addWidget(self.passwordRepeat)

        self.passwordRepeatError = QLabel(self.accountPage)
        self.passwordRepeatError.setObjectName(u"passwordRepeatError")

        self.passwordRepeatBox.addWidget(self.passwordRepeatError)


        self.accountForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.passwordRepeatBox)

        self.passwordHint = QLabel(self.accountPage)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.accountForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordHint)


        self.accountLayout.addLayout(self.accountForm)

        self.steps.addWidget(self.accountPage)
        self.contactPage = QWidget()
        self.contactPage.setObjectName(u"contactPage")
        self.contactLayout = QVBoxLayout(self.contactPage)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactLayout.setContentsMargins(0, 0, 0, 0)
        self.contactIntro = QLabel(self.contactPage)
        self.contactIntro.setObjectName(u"contactIntro")
        self.contactIntro.setWordWrap(True)

        self.contactLayout.addWidget(self.contactIntro)

        self.contactFields = ContactFields(self.contactPage)
        self.contactFields.setObjectName(u"contactFields")

        self.contactLayout.addWidget(self.contactFields)

        self.steps.addWidget(self.contactPage)

        self.dialogLayout.addWidget(self.steps)

        self.error = QLabel(FirstRunDialog)
        self.error.setObjectName(u"error")

        self.dialogLayout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.passwordLabel.setBuddy(self.password)
        self.passwordRepeatLabel.setBuddy(self.passwordRepeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)
        self.buttons.rejected.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to WSP Desk", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"Step 1 of 2: there are no accounts yet. Create the account of the first coordinator. The coordinator then adds the accounts of the others.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&User name:", None))
        self.username.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"for example j.jansen", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Full name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Password:", None))
        self.passwordRepeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat password:", None))
        self.contactIntro.setText(QCoreApplication.translate("FirstRunDialog", u"Step 2 of 2: how visitors reach the werkcentrum. Every handover letter prints this contact block, so a visitor can ask a question later. You can also fill it in later under Administration \u2192 Letterhead.", None))
    # retranslateUi


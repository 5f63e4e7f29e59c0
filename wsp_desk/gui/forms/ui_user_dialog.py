# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(440, 320)
        self.dialogLayout = QVBoxLayout(UserDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameBox = QVBoxLayout()
        self.usernameBox.setObjectName(u"usernameBox")
        self.username = QLineEdit(UserDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.usernameBox.addWidget(self.username)

        self.usernameError = QLabel(UserDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.usernameBox.addWidget(self.usernameError)


        self.accountForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usernameBox)

        self.displayNameLabel = QLabel(UserDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameBox = QVBoxLayout()
        self.displayNameBox.setObjectName(u"displayNameBox")
        self.displayName = QLineEdit(UserDialog)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(120)

        self.displayNameBox.addWidget(self.displayName)

        self.displayNameError = QLabel(UserDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)

        self.displayNameBox.addWidget(self.displayNameError)


        self.accountForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.displayNameBox)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(UserDialog)
        self.role.setObjectName(u"role")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.servesKindsLabel = QLabel(UserDialog)
        self.servesKindsLabel.setObjectName(u"servesKindsLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.servesKindsLabel)

        self.servesKinds = QWidget(UserDialog)
        self.servesKinds.setObjectName(u"servesKinds")
        self.servesKindsLayout = QHBoxLayout(self.servesKinds)
        self.servesKindsLayout.setObjectName(u"servesKindsLayout")
        self.servesKindsLayout.setContentsMargins(0, 0, 0, 0)

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.servesKinds)


        self.dialogLayout.addLayout(self.accountForm)

        self.passwordGroup = QGroupBox(UserDialog)
        self.passwordGroup.setObjectName(u"passwordGroup")
        self.passwordForm = QFormLayout(self.passwordGroup)
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordLabel = QLabel(self.passwordGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.passwordGroup)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordRepeatLabel = QLabel(self.passwordGroup)
        self.passwordRepeatLabel.setObjectName(u"passwordRepeatLabel")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordRepeatLabel)

        self.passwordRepeatBox = QVBoxLayout()
        self.passwordRepeatBox.setObjectName(u"passwordRepeatBox")
        self.passwordRepeat = QLineEdit(self.passwordGroup)
        self.passwordRepeat.setObjectName(u"passwordRepeat")
        self.passwordRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRepeatBox.addWidget(self.passwordRepeat)

        self.passwordError = QLabel(self.passwordGroup)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)

        self.passwordRepeatBox.addWidget(self.passwordError)


        self.passwordForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.passwordRepeatBox)

        self.passwordHint = QLabel(self.passwordGroup)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.passwordHint)


        self.dialogLayout.addWidget(self.passwordGroup)

        self.formError = QLabel(UserDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(UserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.passwordLabel.setBuddy(self.password)
        self.passwordRepeatLabel.setBuddy(self.passwordRepeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.displayName)
        QWidget.setTabOrder(self.displayName, self.role)
        QWidget.setTabOrder(self.role, self.password)
        QWidget.setTabOrder(self.password, self.passwordRepeat)

        self.retranslateUi(UserDialog)
        self.buttons.accepted.connect(UserDialog.accept)
        self.buttons.rejected.connect(UserDialog.reject)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"User", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"&User name:", None))
        self.username.setPlaceholderText(QCoreApplication.translate("UserDialog", u"for example j.jansen", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UserDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Role:", None))
        self.servesKindsLabel.setText(QCoreApplication.translate("UserDialog", u"Calls:", None))
#if QT_CONFIG(accessibility)
        self.servesKinds.setAccessibleName(QCoreApplication.translate("UserDialog", u"Kinds of visitor this person calls", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.servesKinds.setToolTip(QCoreApplication.translate("UserDialog", u"With none ticked, \"Call next\" takes any visitor", None))
#endif // QT_CONFIG(tooltip)
        self.passwordGroup.setTitle(QCoreApplication.translate("UserDialog", u"First password", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"&Password:", None))
        self.passwordRepeatLabel.setText(QCoreApplication.translate("UserDialog", u"Re&peat password:", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(ChangePasswordDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ChangePasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.currentPasswordLabel = QLabel(ChangePasswordDialog)
        self.currentPasswordLabel.setObjectName(u"currentPasswordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentPasswordLabel)

        self.currentPasswordBox = QVBoxLayout()
        self.currentPasswordBox.setObjectName(u"currentPasswordBox")
        self.currentPassword = QLineEdit(ChangePasswordDialog)
        self.currentPassword.setObjectName(u"currentPassword")
        self.currentPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.currentPasswordBox.addWidget(self.currentPassword)

        self.currentPasswordError = QLabel(ChangePasswordDialog)
        self.currentPasswordError.setObjectName(u"currentPasswordError")

        self.currentPasswordBox.addWidget(self.currentPasswordError)


        self.passwordForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.currentPasswordBox)

        self.newPasswordLabel = QLabel(ChangePasswordDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordBox = QVBoxLayout()
        self.newPasswordBox.setObjectName(u"newPasswordBox")
        self.newPassword = QLineEdit(ChangePasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.newPasswordBox.addWidget(self.newPassword)

        self.newPasswordError = QLabel(ChangePasswordDialog)
        self.newPasswordError.setObjectName(u"newPasswordError")

        self.newPasswordBox.addWidget(self.newPasswordError)


        self.passwordForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.newPasswordBox)

        self.passwordRepeatLabel = QLabel(ChangePasswordDialog)
        self.passwordRepeatLabel.setObjectName(u"passwordRepeatLabel")

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordRepeatLabel)

        self.passwordRepeatBox = QVBoxLayout()
        self.passwordRepeatBox.setObjectName(u"passwordRepeatBox")
        self.passwordRepeat = QLineEdit(ChangePasswordDialog)
        self.passwordRepeat.setObjectName(u"passwordRepeat")
        self.passwordRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRepeatBox.addWidget(self.passwordRepeat)

        self.passwordRepeatError = QLabel(ChangePasswordDialog)
        self.passwordRepeatError.setObjectName(u"passwordRepeatError")

        self.passwordRepeatBox.addWidget(self.passwordRepeatError)


        self.passwordForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordRepeatBox)

        self.passwordHint = QLabel(ChangePasswordDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.passwordForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordHint)


        self.dialogLayout.addLayout(self.passwordForm)

        self.error = QLabel(ChangePasswordDialog)
        self.error.setObjectName(u"error")

        self.dialogLayout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ChangePasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.currentPasswordLabel.setBuddy(self.currentPassword)
        self.newPasswordLabel.setBuddy(self.newPassword)
        self.passwordRepeatLabel.setBuddy(self.passwordRepeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePasswordDialog)
        self.buttons.rejected.connect(ChangePasswordDialog.reject)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.currentPasswordLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
        self.passwordRepeatLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repeat new password:", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reset_password_dialog.ui'
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
    QVBoxLayout, QWidget)

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog):
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        ResetPasswordDialog.resize(420, 220)
        self.dialogLayout = QVBoxLayout(ResetPasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ResetPasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordLabel = QLabel(ResetPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(ResetPasswordDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordRepeatLabel = QLabel(ResetPasswordDialog)
        self.passwordRepeatLabel.setObjectName(u"passwordRepeatLabel")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordRepeatLabel)

        self.passwordRepeatBox = QVBoxLayout()
        self.passwordRepeatBox.setObjectName(u"passwordRepeatBox")
        self.passwordRepeat = QLineEdit(ResetPasswordDialog)
        self.passwordRepeat.setObjectName(u"passwordRepeat")
        self.passwordRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRepeatBox.addWidget(self.passwordRepeat)

        self.passwordError = QLabel(ResetPasswordDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)

        self.passwordRepeatBox.addWidget(self.passwordError)


        self.passwordForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.passwordRepeatBox)

        self.passwordHint = QLabel(ResetPasswordDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.passwordHint)


        self.dialogLayout.addLayout(self.passwordForm)

        self.formError = QLabel(ResetPasswordDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(ResetPasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
        self.passwordRepeatLabel.setBuddy(self.passwordRepeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResetPasswordDialog)
        self.buttons.accepted.connect(ResetPasswordDialog.accept)
        self.buttons.rejected.connect(ResetPasswordDialog.reject)

        QMetaObject.connectSlotsByName(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog):
        ResetPasswordDialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Reset password", None))
        self.passwordLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"New &password:", None))
        self.passwordRepeatLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"Re&peat password:", None))
    # retranslateUi


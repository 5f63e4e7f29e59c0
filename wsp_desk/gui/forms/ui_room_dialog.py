# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'room_dialog.ui'
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

class Ui_RoomDialog(object):
    def setupUi(self, RoomDialog):
        if not RoomDialog.objectName():
            RoomDialog.setObjectName(u"RoomDialog")
        RoomDialog.resize(360, 120)
        self.dialogLayout = QVBoxLayout(RoomDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.roomForm = QFormLayout()
        self.roomForm.setObjectName(u"roomForm")
        self.nameLabel = QLabel(RoomDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.roomForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(RoomDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(80)

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(RoomDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.roomForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)


        self.dialogLayout.addLayout(self.roomForm)

        self.formError = QLabel(RoomDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(RoomDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoomDialog)
        self.buttons.accepted.connect(RoomDialog.accept)
        self.buttons.rejected.connect(RoomDialog.reject)

        QMetaObject.connectSlotsByName(RoomDialog)
    # setupUi

    def retranslateUi(self, RoomDialog):
        RoomDialog.setWindowTitle(QCoreApplication.translate("RoomDialog", u"Room", None))
        self.nameLabel.setText(QCoreApplication.translate("RoomDialog", u"Room &name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"for example Spreekkamer 1", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(400, 160)
        self.dialogLayout = QVBoxLayout(TransferDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(TransferDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.transferForm = QFormLayout()
        self.transferForm.setObjectName(u"transferForm")
        self.guideLabel = QLabel(TransferDialog)
        self.guideLabel.setObjectName(u"guideLabel")

        self.transferForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.guideLabel)

        self.guide = QComboBox(TransferDialog)
        self.guide.setObjectName(u"guide")

        self.transferForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.guide)

        self.roomLabel = QLabel(TransferDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.transferForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.room = QComboBox(TransferDialog)
        self.room.setObjectName(u"room")

        self.transferForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.room)


        self.dialogLayout.addLayout(self.transferForm)

        self.formError = QLabel(TransferDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(TransferDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.guideLabel.setBuddy(self.guide)
        self.roomLabel.setBuddy(self.room)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransferDialog)
        self.buttons.accepted.connect(TransferDialog.accept)
        self.buttons.rejected.connect(TransferDialog.reject)

        QMetaObject.connectSlotsByName(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"Transfer", None))
        self.guideLabel.setText(QCoreApplication.translate("TransferDialog", u"&Guide:", None))
        self.roomLabel.setText(QCoreApplication.translate("TransferDialog", u"&Room:", None))
    # retranslateUi


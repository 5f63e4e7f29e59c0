# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_status_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReferralStatusDialog(object):
    def setupUi(self, ReferralStatusDialog):
        if not ReferralStatusDialog.objectName():
            ReferralStatusDialog.setObjectName(u"ReferralStatusDialog")
        ReferralStatusDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(ReferralStatusDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ReferralStatusDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.statusForm = QFormLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.statusForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(ReferralStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ReferralStatusDialog)
        self.status.setObjectName(u"status")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.noteLabel = QLabel(ReferralStatusDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setObjectName(u"noteBox")
        self.note = QPlainTextEdit(ReferralStatusDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.noteBox.addWidget(self.note)

        self.noteHint = QLabel(ReferralStatusDialog)
        self.noteHint.setObjectName(u"noteHint")
        self.noteHint.setWordWrap(True)

        self.noteBox.addWidget(self.noteHint)

        self.noteError = QLabel(ReferralStatusDialog)
        self.noteError.setObjectName(u"noteError")

        self.noteBox.addWidget(self.noteError)


        self.statusForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.noteBox)

        self.changeFollowUp = QCheckBox(ReferralStatusDialog)
        self.changeFollowUp.setObjectName(u"changeFollowUp")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.changeFollowUp)

        self.followUpOn = QDateEdit(ReferralStatusDialog)
        self.followUpOn.setObjectName(u"followUpOn")
        self.followUpOn.setEnabled(False)
        self.followUpOn.setCalendarPopup(True)

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.followUpOn)


        self.dialogLayout.addLayout(self.statusForm)

        self.formError = QLabel(ReferralStatusDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(ReferralStatusDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.note)
        QWidget.setTabOrder(self.note, self.changeFollowUp)
        QWidget.setTabOrder(self.changeFollowUp, self.followUpOn)

        self.retranslateUi(ReferralStatusDialog)
        self.buttons.accepted.connect(ReferralStatusDialog.accept)
        self.buttons.rejected.connect(ReferralStatusDialog.reject)
        self.changeFollowUp.toggled.connect(self.followUpOn.setEnabled)

        QMetaObject.connectSlotsByName(ReferralStatusDialog)
    # setupUi

    def retranslateUi(self, ReferralStatusDialog):
        ReferralStatusDialog.setWindowTitle(QCoreApplication.translate("ReferralStatusDialog", u"Change status", None))
        self.statusLabel.setText(QCoreApplication.translate("ReferralStatusDialog", u"&New status:", None))
        self.noteLabel.setText(QCoreApplication.translate("ReferralStatusDialog", u"N&ote:", None))
        self.changeFollowUp.setText(QCoreApplication.translate("ReferralStatusDialog", u"New follow-&up date:", None))
#if QT_CONFIG(accessibility)
        self.followUpOn.setAccessibleName(QCoreApplication.translate("ReferralStatusDialog", u"New follow-up date", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NoteDialog(object):
    def setupUi(self, NoteDialog):
        if not NoteDialog.objectName():
            NoteDialog.setObjectName(u"NoteDialog")
        NoteDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(NoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(NoteDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.noteLabel = QLabel(NoteDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dialogLayout.addWidget(self.noteLabel)

        self.note = QPlainTextEdit(NoteDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.note)

        self.noteError = QLabel(NoteDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteError)

        self.formError = QLabel(NoteDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(NoteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoteDialog)
        self.buttons.accepted.connect(NoteDialog.accept)
        self.buttons.rejected.connect(NoteDialog.reject)

        QMetaObject.connectSlotsByName(NoteDialog)
    # setupUi

    def retranslateUi(self, NoteDialog):
        NoteDialog.setWindowTitle(QCoreApplication.translate("NoteDialog", u"Note", None))
        self.noteLabel.setText(QCoreApplication.translate("NoteDialog", u"&Note:", None))
    # retranslateUi


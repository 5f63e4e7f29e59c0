# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(640, 420)
        self.screenLayout = QGridLayout(LockScreen)
        self.screenLayout.setObjectName(u"screenLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screenLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.screenLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.panel = QFrame(LockScreen)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(380, 0))
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panelLayout = QVBoxLayout(self.panel)
        self.panelLayout.setSpacing(12)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(24, 24, 24, 24)
        self.title = QLabel(self.panel)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)

        self.panelLayout.addWidget(self.title)

        self.intro = QLabel(self.panel)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.panelLayout.addWidget(self.intro)

        self.unlockForm = QFormLayout()
        self.unlockForm.setObjectName(u"unlockForm")
        self.passwordLabel = QLabel(self.panel)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.panel)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)


        self.panelLayout.addLayout(self.unlockForm)

        self.error = QLabel(self.panel)
        self.error.setObjectName(u"error")

        self.panelLayout.addWidget(self.error)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.switchUser = QPushButton(self.panel)
        self.switchUser.setObjectName(u"switchUser")
        self.switchUser.setAutoDefault(False)

        self.buttonRow.addWidget(self.switchUser)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.unlock = QPushButton(self.panel)
        self.unlock.setObjectName(u"unlock")

        self.buttonRow.addWidget(self.unlock)


        self.panelLayout.addLayout(self.buttonRow)


        self.screenLayout.addWidget(self.panel, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.screenLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screenLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockScreen)

        self.unlock.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        self.intro.setText(QCoreApplication.translate("LockScreen", u"Enter your password to continue.", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password:", None))
        self.switchUser.setText(QCoreApplication.translate("LockScreen", u"&Switch user", None))
        self.unlock.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
        pass
    # retranslateUi


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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from wsp_desk.gui.contact_fields import ContactFields

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

        self.missingBanner = QLabel(LetterheadForm)
        self.missingBanner.setObjectName(u"missingBanner")
        self.missingBanner.setWordWrap(True)

        self.formLayout.addWidget(self.missingBanner)

        self.contactFields = ContactFields(LetterheadForm)
        self.contactFields.setObjectName(u"contactFields")

        self.formLayout.addWidget(self.contactFields)

        self.logoGroup = QGroupBox(LetterheadForm)
        self.logoGroup.setObjectName(u"logoGroup")
        self.logoBox = QVBoxLayout(self.logoGroup)
        self.logoBox.setObjectName(u"logoBox")
        self.logo = QLabel(self.logoGroup)
        self.logo.setObjectName(u"logo")
        self.logo.setMinimumSize(QSize(240, 80))
        self.logo.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoBox.addWidget(self.logo)

        self.logoButtons = QHBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogo = QPushButton(self.logoGroup)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoButtons.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(self.logoGroup)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logoButtons.addWidget(self.removeLogo)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoBox.addLayout(self.logoButtons)

        self.logoError = QLabel(self.logoGroup)
        self.logoError.setObjectName(u"logoError")

        self.logoBox.addWidget(self.logoError)


        self.formLayout.addWidget(self.logoGroup)

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

        QWidget.setTabOrder(self.contactFields, self.chooseLogo)
        QWidget.setTabOrder(self.chooseLogo, self.removeLogo)
        QWidget.setTabOrder(self.removeLogo, self.save)

        self.retranslateUi(LetterheadForm)

        QMetaObject.connectSlotsByName(LetterheadForm)
    # setupUi

    def retranslateUi(self, LetterheadForm):
        self.intro.setText(QCoreApplication.translate("LetterheadForm", u"The letterhead of every new handover letter. Letters printed before keep the letterhead they had.", None))
        self.logoGroup.setTitle(QCoreApplication.translate("LetterheadForm", u"Logo", None))
        self.chooseLogo.setText(QCoreApplication.translate("LetterheadForm", u"&Choose logo\u2026", None))
        self.removeLogo.setText(QCoreApplication.translate("LetterheadForm", u"&Remove logo", None))
        self.save.setText(QCoreApplication.translate("LetterheadForm", u"&Save letterhead", None))
        pass
    # retranslateUi


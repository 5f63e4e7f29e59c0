# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'location_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LocationDialog(object):
    def setupUi(self, LocationDialog):
        if not LocationDialog.objectName():
            LocationDialog.setObjectName(u"LocationDialog")
        LocationDialog.resize(480, 360)
        self.dialogLayout = QVBoxLayout(LocationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.locationForm = QFormLayout()
        self.locationForm.setObjectName(u"locationForm")
        self.nameLabel = QLabel(LocationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.locationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(LocationDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(LocationDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.locationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.kindLabel = QLabel(LocationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.locationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(LocationDialog)
        self.kind.setObjectName(u"kind")

        self.locationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.ticketPrefixLabel = QLabel(LocationDialog)
        self.ticketPrefixLabel.setObjectName(u"ticketPrefixLabel")

        self.locationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ticketPrefixLabel)

        self.ticketPrefixBox = QVBoxLayout()
        self.ticketPrefixBox.setObjectName(u"ticketPrefixBox")
        self.ticketPrefix = QLineEdit(LocationDialog)
        self.ticketPrefix.setObjectName(u"ticketPrefix")
        self.ticketPrefix.setMaxLength(4)

        self.ticketPrefixBox.addWidget(self.ticketPrefix)

        self.ticketPrefixError = QLabel(LocationDialog)
        self.ticketPrefixError.setObjectName(u"ticketPrefixError")
        self.ticketPrefixError.setWordWrap(True)

        self.ticketPrefixBox.addWidget(self.ticketPrefixError)


        self.locationForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.ticketPrefixBox)

        self.addressLabel = QLabel(LocationDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.locationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressBox = QVBoxLayout()
        self.addressBox.setObjectName(u"addressBox")
        self.address = QLineEdit(LocationDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(300)

        self.addressBox.addWidget(self.address)

        self.addressError = QLabel(LocationDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.addressBox.addWidget(self.addressError)


        self.locationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.addressBox)

        self.municipalityLabel = QLabel(LocationDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.locationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipality = QLineEdit(LocationDialog)
        self.municipality.setObjectName(u"municipality")
        self.municipality.setMaxLength(80)

        self.locationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.municipality)

        self.startsOnLabel = QLabel(LocationDialog)
        self.startsOnLabel.setObjectName(u"startsOnLabel")

        self.locationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startsOnLabel)

        self.startsOnBox = QVBoxLayout()
        self.startsOnBox.setObjectName(u"startsOnBox")
        self.startsOnRow = QHBoxLayout()
        self.startsOnRow.setObjectName(u"startsOnRow")
        self.startsOn = QDateEdit(LocationDialog)
        self.startsOn.setObjectName(u"startsOn")
        self.startsOn.setCalendarPopup(True)

        self.startsOnRow.addWidget(self.startsOn)

        self.noStart = QCheckBox(LocationDialog)
        self.noStart.setObjectName(u"noStart")

        self.startsOnRow.addWidget(self.noStart)

        self.startsOnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startsOnRow.addItem(self.startsOnSpacer)


        self.startsOnBox.addLayout(self.startsOnRow)

        self.startsOnError = QLabel(LocationDialog)
        self.startsOnError.setObjectName(u"startsOnError")
        self.startsOnError.setWordWrap(True)

        self.startsOnBox.addWidget(self.startsOnError)


        self.locationForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.startsOnBox)

        self.endsOnLabel = QLabel(LocationDialog)
        self.endsOnLabel.setObjectName(u"endsOnLabel")

        self.locationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endsOnLabel)

        self.endsOnBox = QVBoxLayout()
        self.endsOnBox.setObjectName(u"endsOnBox")
        self.endsOnRow = QHBoxLayout()
        self.endsOnRow.setObjectName(u"endsOnRow")
        self.endsOn = QDateEdit(LocationDialog)
        self.endsOn.setObjectName(u"endsOn")
        self.endsOn.setCalendarPopup(True)

        self.endsOnRow.addWidget(self.endsOn)

        self.noEnd = QCheckBox(LocationDialog)
        self.noEnd.setObjectName(u"noEnd")

        self.endsOnRow.addWidget(self.noEnd)

        self.endsOnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endsOnRow.addItem(self.endsOnSpacer)


        self.endsOnBox.addLayout(self.endsOnRow)

        self.endsOnError = QLabel(LocationDialog)
        self.endsOnError.setObjectName(u"endsOnError")
        self.endsOnError.setWordWrap(True)

        self.endsOnBox.addWidget(self.endsOnError)


        self.locationForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.endsOnBox)


        self.dialogLayout.addLayout(self.locationForm)

        self.formError = QLabel(LocationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(LocationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.ticketPrefixLabel.setBuddy(self.ticketPrefix)
        self.addressLabel.setBuddy(self.address)
        self.municipalityLabel.setBuddy(self.municipality)
        self.startsOnLabel.setBuddy(self.startsOn)
        self.endsOnLabel.setBuddy(self.endsOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.ticketPrefix)
        QWidget.setTabOrder(self.ticketPrefix, self.address)
        QWidget.setTabOrder(self.address, self.municipality)
        QWidget.setTabOrder(self.municipality, self.startsOn)
        QWidget.setTabOrder(self.startsOn, self.noStart)
        QWidget.setTabOrder(self.noStart, self.endsOn)
        QWidget.setTabOrder(self.endsOn, self.noEnd)

        self.retranslateUi(LocationDialog)
        self.buttons.accepted.connect(LocationDialog.accept)
        self.buttons.rejected.connect(LocationDialog.reject)
        self.noStart.toggled.connect(self.startsOn.setDisabled)
        self.noEnd.toggled.connect(self.endsOn.setDisabled)

        QMetaObject.connectSlotsByName(LocationDialog)
    # setupUi

    def retranslateUi(self, LocationDialog):
        LocationDialog.setWindowTitle(QCoreApplication.translate("LocationDialog", u"Location", None))
        self.nameLabel.setText(QCoreApplication.translate("LocationDialog", u"&Name:", None))
        self.kindLabel.setText(QCoreApplication.translate("LocationDialog", u"&Kind:", None))
        self.ticketPrefixLabel.setText(QCoreApplication.translate("LocationDialog", u"&Ticket prefix:", None))
        self.ticketPrefix.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"for example POP", None))
#if QT_CONFIG(tooltip)
        self.ticketPrefix.setToolTip(QCoreApplication.translate("LocationDialog", u"1 to 4 letters before the ticket number, so visitors at different locations get different numbers.", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("LocationDialog", u"&Address:", None))
        self.municipalityLabel.setText(QCoreApplication.translate("LocationDialog", u"&Municipality:", None))
        self.municipality.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"for example Rijswijk", None))
        self.startsOnLabel.setText(QCoreApplication.translate("LocationDialog", u"&Start date:", None))
#if QT_CONFIG(accessibility)
        self.startsOn.setAccessibleName(QCoreApplication.translate("LocationDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.noStart.setText(QCoreApplication.translate("LocationDialog", u"No start &date", None))
        self.endsOnLabel.setText(QCoreApplication.translate("LocationDialog", u"&End date:", None))
#if QT_CONFIG(accessibility)
        self.endsOn.setAccessibleName(QCoreApplication.translate("LocationDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.noEnd.setText(QCoreApplication.translate("LocationDialog", u"N&o end date", None))
    # retranslateUi


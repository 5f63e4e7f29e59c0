# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
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
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(1080, 720)
        self.dialogLayout = QVBoxLayout(HandoverDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(HandoverDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.earlier = QLabel(HandoverDialog)
        self.earlier.setObjectName(u"earlier")
        self.earlier.setWordWrap(True)

        self.dialogLayout.addWidget(self.earlier)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.handoverGroup = QGroupBox(HandoverDialog)
        self.handoverGroup.setObjectName(u"handoverGroup")
        self.handoverForm = QFormLayout(self.handoverGroup)
        self.handoverForm.setObjectName(u"handoverForm")
        self.handoverForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.serviceSearchLabel = QLabel(self.handoverGroup)
        self.serviceSearchLabel.setObjectName(u"serviceSearchLabel")

        self.handoverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serviceSearchLabel)

        self.serviceSearch = QLineEdit(self.handoverGroup)
        self.serviceSearch.setObjectName(u"serviceSearch")
        self.serviceSearch.setClearButtonEnabled(True)

        self.handoverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serviceSearch)

        self.serviceLabel = QLabel(self.handoverGroup)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.handoverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceBox = QVBoxLayout()
        self.serviceBox.setObjectName(u"serviceBox")
        self.service = QComboBox(self.handoverGroup)
        self.service.setObjectName(u"service")

        self.serviceBox.addWidget(self.service)

        self.serviceHint = QLabel(self.handoverGroup)
        self.serviceHint.setObjectName(u"serviceHint")
        self.serviceHint.setWordWrap(True)

        self.serviceBox.addWidget(self.serviceHint)

        self.serviceError = QLabel(self.handoverGroup)
        self.serviceError.setObjectName(u"serviceError")

        self.serviceBox.addWidget(self.serviceError)


        self.handoverForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.serviceBox)

        self.contactLabel = QLabel(self.handoverGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.handoverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactBox = QVBoxLayout()
        self.contactBox.setObjectName(u"contactBox")
        self.contact = QComboBox(self.handoverGroup)
        self.contact.setObjectName(u"contact")
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.contactBox.addWidget(self.contact)

        self.contactError = QLabel(self.handoverGroup)
        self.contactError.setObjectName(u"contactError")

        self.contactBox.addWidget(self.contactError)


        self.handoverForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contactBox)

        self.reasonLabel = QLabel(self.handoverGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.handoverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonBox = QVBoxLayout()
        self.reasonBox.setObjectName(u"reasonBox")
        self.reason = QPlainTextEdit(self.handoverGroup)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.reasonBox.addWidget(self.reason)

        self.reasonError = QLabel(self.handoverGroup)
        self.reasonError.setObjectName(u"reasonError")

        self.reasonBox.addWidget(self.reasonError)


        self.handoverForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.reasonBox)

        self.nextStepLabel = QLabel(self.handoverGroup)
        self.nextStepLabel.setObjectName(u"nextStepLabel")

        self.handoverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nextStepLabel)

        self.nextStepBox = QVBoxLayout()
        self.nextStepBox.setObjectName(u"nextStepBox")
        self.nextStep = QPlainTextEdit(self.handoverGroup)
        self.nextStep.setObjectName(u"nextStep")
        self.nextStep.setTabChangesFocus(True)

        self.nextStepBox.addWidget(self.nextStep)

        self.nextStepError = QLabel(self.handoverGroup)
        self.nextStepError.setObjectName(u"nextStepError")

        self.nextStepBox.addWidget(self.nextStepError)


        self.handoverForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.nextStepBox)

        self.appointmentMade = QCheckBox(self.handoverGroup)
        self.appointmentMade.setObjectName(u"appointmentMade")

        self.handoverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.appointmentMade)

        self.appointmentAt = QDateTimeEdit(self.handoverGroup)
        self.appointmentAt.setObjectName(u"appointmentAt")
        self.appointmentAt.setEnabled(False)
        self.appointmentAt.setCalendarPopup(True)

        self.handoverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.appointmentAt)

        self.whatToBringLabel = QLabel(self.handoverGroup)
        self.whatToBringLabel.setObjectName(u"whatToBringLabel")

        self.handoverForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.whatToBringLabel)

        self.whatToBringBox = QVBoxLayout()
        self.whatToBringBox.setObjectName(u"whatToBringBox")
        self.whatToBring = QPlainTextEdit(self.handoverGroup)
        self.whatToBring.setObjectName(u"whatToBring")
        self.whatToBring.setTabChangesFocus(True)

        self.whatToBringBox.addWidget(self.whatToBring)

        self.whatToBringError = QLabel(self.handoverGroup)
        self.whatToBringError.setObjectName(u"whatToBringError")

        self.whatToBringBox.addWidget(self.whatToBringError)


        self.handoverForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.whatToBringBox)

        self.followUpByLabel = QLabel(self.handoverGroup)
        self.followUpByLabel.setObjectName(u"followUpByLabel")

        self.handoverForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.followUpByLabel)

        self.followUpByBox = QVBoxLayout()
        self.followUpByBox.setObjectName(u"followUpByBox")
        self.followUpBy = QComboBox(self.handoverGroup)
        self.followUpBy.setObjectName(u"followUpBy")

        self.followUpByBox.addWidget(self.followUpBy)

        self.followUpByError = QLabel(self.handoverGroup)
        self.followUpByError.setObjectName(u"followUpByError")

        self.followUpByBox.addWidget(self.followUpByError)


        self.handoverForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.followUpByBox)

        self.followUpOnLabel = QLabel(self.handoverGroup)
        self.followUpOnLabel.setObjectName(u"followUpOnLabel")

        self.handoverForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.followUpOnLabel)

        self.followUpOn = QDateEdit(self.handoverGroup)
        self.followUpOn.setObjectName(u"followUpOn")
        self.followUpOn.setCalendarPopup(True)

        self.handoverForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.followUpOn)

        self.languageLabel = QLabel(self.handoverGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.handoverForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageBox = QVBoxLayout()
        self.languageBox.setObjectName(u"languageBox")
        self.language = QComboBox(self.handoverGroup)
        self.language.setObjectName(u"language")

        self.languageBox.addWidget(self.language)

        self.languageError = QLabel(self.handoverGroup)
        self.languageError.setObjectName(u"languageError")

        self.languageBox.addWidget(self.languageError)


        self.handoverForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.languageBox)


        self.columns.addWidget(self.handoverGroup, 0, Qt.AlignmentFlag.AlignTop)

        self.consentGroup = QGroupBox(HandoverDialog)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentLayout = QVBoxLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentIntro = QLabel(self.consentGroup)
        self.consentIntro.setObjectName(u"consentIntro")
        self.consentIntro.setWordWrap(True)

        self.consentLayout.addWidget(self.consentIntro)

        self.consentText = QLabel(self.consentGroup)
        self.consentText.setObjectName(u"consentText")
        self.consentText.setFrameShape(QFrame.Shape.StyledPanel)
        self.consentText.setWordWrap(True)
        self.consentText.setMargin(8)
        self.consentText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.consentLayout.addWidget(self.consentText)

        self.consentVersion = QLabel(self.consentGroup)
        self.consentVersion.setObjectName(u"consentVersion")

        self.consentLayout.addWidget(self.consentVersion)

        self.consentName = QCheckBox(self.consentGroup)
        self.consentName.setObjectName(u"consentName")

        self.consentLayout.addWidget(self.consentName)

        self.consentContact = QCheckBox(self.consentGroup)
        self.consentContact.setObjectName(u"consentContact")

        self.consentLayout.addWidget(self.consentContact)

        self.consentQuestion = QCheckBox(self.consentGroup)
        self.consentQuestion.setObjectName(u"consentQuestion")

        self.consentLayout.addWidget(self.consentQuestion)

        self.consentInterpreter = QCheckBox(self.consentGroup)
        self.consentInterpreter.setObjectName(u"consentInterpreter")

        self.consentLayout.addWidget(self.consentInterpreter)

        self.consentAccessibility = QCheckBox(self.consentGroup)
        self.consentAccessibility.setObjectName(u"consentAccessibility")

        self.consentLayout.addWidget(self.consentAccessibility)

        self.consentNotes = QCheckBox(self.consentGroup)
        self.consentNotes.setObjectName(u"consentNotes")

        self.consentLayout.addWidget(self.consentNotes)

        self.sharedNotesLabel = QLabel(self.consentGroup)
        self.sharedNotesLabel.setObjectName(u"sharedNotesLabel")
        self.sharedNotesLabel.setWordWrap(True)

        self.consentLayout.addWidget(self.sharedNotesLabel)

        self.sharedNotes = QPlainTextEdit(self.consentGroup)
        self.sharedNotes.setObjectName(u"sharedNotes")
        self.sharedNotes.setTabChangesFocus(True)

        self.consentLayout.addWidget(self.sharedNotes)

        self.sharedNotesError = QLabel(self.consentGroup)
        self.sharedNotesError.setObjectName(u"sharedNotesError")

        self.consentLayout.addWidget(self.sharedNotesError)

        self.consentError = QLabel(self.consentGroup)
        self.consentError.setObjectName(u"consentError")

        self.consentLayout.addWidget(self.consentError)

        self.consentSummary = QLabel(self.consentGroup)
        self.consentSummary.setObjectName(u"consentSummary")
        self.consentSummary.setWordWrap(True)

        self.consentLayout.addWidget(self.consentSummary)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.consentLayout.addItem(self.consentSpacer)


        self.columns.addWidget(self.consentGroup)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.dialogLayout.addLayout(self.columns)

        self.formError = QLabel(HandoverDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(HandoverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.serviceSearchLabel.setBuddy(self.serviceSearch)
        self.serviceLabel.setBuddy(self.service)
        self.contactLabel.setBuddy(self.contact)
        self.reasonLabel.setBuddy(self.reason)
        self.nextStepLabel.setBuddy(self.nextStep)
        self.whatToBringLabel.setBuddy(self.whatToBring)
        self.followUpByLabel.setBuddy(self.followUpBy)
        self.followUpOnLabel.setBuddy(self.followUpOn)
        self.languageLabel.setBuddy(self.language)
        self.sharedNotesLabel.setBuddy(self.sharedNotes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serviceSearch, self.service)
        QWidget.setTabOrder(self.service, self.contact)
        QWidget.setTabOrder(self.contact, self.reason)
        QWidget.setTabOrder(self.reason, self.nextStep)
        QWidget.setTabOrder(self.nextStep, self.appointmentMade)
        QWidget.setTabOrder(self.appointmentMade, self.appointmentAt)
        QWidget.setTabOrder(self.appointmentAt, self.whatToBring)
        QWidget.setTabOrder(self.whatToBring, self.followUpBy)
        QWidget.setTabOrder(self.followUpBy, self.followUpOn)
        QWidget.setTabOrder(self.followUpOn, self.language)
        QWidget.setTabOrder(self.language, self.consentName)
        QWidget.setTabOrder(self.consentName, self.consentContact)
        QWidget.setTabOrder(self.consentContact, self.consentQuestion)
        QWidget.setTabOrder(self.consentQuestion, self.consentInterpreter)
        QWidget.setTabOrder(self.consentInterpreter, self.consentAccessibility)
        QWidget.setTabOrder(self.consentAccessibility, self.consentNotes)
        QWidget.setTabOrder(self.consentNotes, self.sharedNotes)

        self.retranslateUi(HandoverDialog)
        self.buttons.accepted.connect(HandoverDialog.accept)
        self.buttons.rejected.connect(HandoverDialog.reject)
        self.appointmentMade.toggled.connect(self.appointmentAt.setEnabled)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Warm handover", None))
        self.handoverGroup.setTitle(QCoreApplication.translate("HandoverDialog", u"Handover", None))
        self.serviceSearchLabel.setText(QCoreApplication.translate("HandoverDialog", u"&Find a partner:", None))
        self.serviceSearch.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Type to search the directory; empty shows the suggestions", None))
        self.serviceLabel.setText(QCoreApplication.translate("HandoverDialog", u"Pa&rtner:", None))
        self.contactLabel.setText(QCoreApplication.translate("HandoverDialog", u"&Contact person:", None))
        self.reasonLabel.setText(QCoreApplication.translate("HandoverDialog", u"&Why this partner:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"In plain words, for the visitor: what this partner can do for them", None))
        self.nextStepLabel.setText(QCoreApplication.translate("HandoverDialog", u"Agreed &next step:", None))
        self.nextStep.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"For example: you call Jan de Vries on Monday to make an appointment", None))
        self.appointmentMade.setText(QCoreApplication.translate("HandoverDialog", u"&Appointment made:", None))
#if QT_CONFIG(accessibility)
        self.appointmentAt.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Date and time of the appointment", None))
#endif // QT_CONFIG(accessibility)
        self.whatToBringLabel.setText(QCoreApplication.translate("HandoverDialog", u"What to &bring\n"
"(one per line):", None))
        self.followUpByLabel.setText(QCoreApplication.translate("HandoverDialog", u"Who follows &up:", None))
        self.followUpOnLabel.setText(QCoreApplication.translate("HandoverDialog", u"Follow-up &date:", None))
        self.languageLabel.setText(QCoreApplication.translate("HandoverDialog", u"Letter &language:", None))
        self.consentGroup.setTitle(QCoreApplication.translate("HandoverDialog", u"Con&sent", None))
        self.consentIntro.setText(QCoreApplication.translate("HandoverDialog", u"Read this aloud to the visitor. Then tick only what they agree to share.", None))
        self.sharedNotesLabel.setText(QCoreApplication.translate("HandoverDialog", u"Notes to s&hare, as the visitor agreed to them:", None))
    # retranslateUi


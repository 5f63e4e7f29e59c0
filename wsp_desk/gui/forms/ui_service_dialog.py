# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

from wsp_desk.gui.list_editor import ListEditor

class Ui_ServiceDialog(object):
    def setupUi(self, ServiceDialog):
        if not ServiceDialog.objectName():
            ServiceDialog.setObjectName(u"ServiceDialog")
        ServiceDialog.resize(820, 640)
        self.dialogLayout = QVBoxLayout(ServiceDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ServiceDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.tabs = QTabWidget(ServiceDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(self.generalTab)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(255)

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(self.generalTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.generalForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.alternateNameLabel = QLabel(self.generalTab)
        self.alternateNameLabel.setObjectName(u"alternateNameLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.alternateNameLabel)

        self.alternateNameBox = QVBoxLayout()
        self.alternateNameBox.setObjectName(u"alternateNameBox")
        self.alternateName = QLineEdit(self.generalTab)
        self.alternateName.setObjectName(u"alternateName")
        self.alternateName.setMaxLength(255)

        self.alternateNameBox.addWidget(self.alternateName)

        self.alternateNameError = QLabel(self.generalTab)
        self.alternateNameError.setObjectName(u"alternateNameError")
        self.alternateNameError.setWordWrap(True)

        self.alternateNameBox.addWidget(self.alternateNameError)


        self.generalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.alternateNameBox)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusBox = QVBoxLayout()
        self.statusBox.setObjectName(u"statusBox")
        self.status = QComboBox(self.generalTab)
        self.status.setObjectName(u"status")

        self.statusBox.addWidget(self.status)

        self.statusError = QLabel(self.generalTab)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)

        self.statusBox.addWidget(self.statusError)


        self.generalForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.statusBox)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionBox = QVBoxLayout()
        self.descriptionBox.setObjectName(u"descriptionBox")
        self.description = QPlainTextEdit(self.generalTab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.descriptionBox.addWidget(self.description)

        self.descriptionError = QLabel(self.generalTab)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.descriptionBox.addWidget(self.descriptionError)


        self.generalForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.descriptionBox)

        self.alertLabel = QLabel(self.generalTab)
        self.alertLabel.setObjectName(u"alertLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.alertLabel)

        self.alertBox = QVBoxLayout()
        self.alertBox.setObjectName(u"alertBox")
        self.alert = QLineEdit(self.generalTab)
        self.alert.setObjectName(u"alert")

        self.alertBox.addWidget(self.alert)

        self.alertError = QLabel(self.generalTab)
        self.alertError.setObjectName(u"alertError")
        self.alertError.setWordWrap(True)

        self.alertBox.addWidget(self.alertError)


        self.generalForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.alertBox)

        self.urlLabel = QLabel(self.generalTab)
        self.urlLabel.setObjectName(u"urlLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlBox = QVBoxLayout()
        self.urlBox.setObjectName(u"urlBox")
        self.url = QLineEdit(self.generalTab)
        self.url.setObjectName(u"url")

        self.urlBox.addWidget(self.url)

        self.urlError = QLabel(self.generalTab)
        self.urlError.setObjectName(u"urlError")
        self.urlError.setWordWrap(True)

        self.urlBox.addWidget(self.urlError)


        self.generalForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.urlBox)

        self.emailLabel = QLabel(self.generalTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setObjectName(u"emailBox")
        self.email = QLineEdit(self.generalTab)
        self.email.setObjectName(u"email")

        self.emailBox.addWidget(self.email)

        self.emailError = QLabel(self.generalTab)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.emailBox.addWidget(self.emailError)


        self.generalForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.tabs.addTab(self.generalTab, "")
        self.audienceTab = QWidget()
        self.audienceTab.setObjectName(u"audienceTab")
        self.audienceLayout = QVBoxLayout(self.audienceTab)
        self.audienceLayout.setObjectName(u"audienceLayout")
        self.audienceForm = QFormLayout()
        self.audienceForm.setObjectName(u"audienceForm")
        self.audienceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.eligibilityLabel = QLabel(self.audienceTab)
        self.eligibilityLabel.setObjectName(u"eligibilityLabel")

        self.audienceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.eligibilityLabel)

        self.eligibilityBox = QVBoxLayout()
        self.eligibilityBox.setObjectName(u"eligibilityBox")
        self.eligibility = QPlainTextEdit(self.audienceTab)
        self.eligibility.setObjectName(u"eligibility")
        self.eligibility.setMaximumSize(QSize(16777215, 100))
        self.eligibility.setTabChangesFocus(True)

        self.eligibilityBox.addWidget(self.eligibility)

        self.eligibilityError = QLabel(self.audienceTab)
        self.eligibilityError.setObjectName(u"eligibilityError")
        self.eligibilityError.setWordWrap(True)

        self.eligibilityBox.addWidget(self.eligibilityError)


        self.audienceForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.eligibilityBox)


        self.audienceLayout.addLayout(self.audienceForm)

        self.audienceLists = QHBoxLayout()
        self.audienceLists.setObjectName(u"audienceLists")
        self.visitorKindsBox = QVBoxLayout()
        self.visitorKindsBox.setObjectName(u"visitorKindsBox")
        self.visitorKindsLabel = QLabel(self.audienceTab)
        self.visitorKindsLabel.setObjectName(u"visitorKindsLabel")

        self.visitorKindsBox.addWidget(self.visitorKindsLabel)

        self.visitorKindsHint = QLabel(self.audienceTab)
        self.visitorKindsHint.setObjectName(u"visitorKindsHint")
        self.visitorKindsHint.setWordWrap(True)

        self.visitorKindsBox.addWidget(self.visitorKindsHint)

        self.visitorKinds = QListView(self.audienceTab)
        self.visitorKinds.setObjectName(u"visitorKinds")

        self.visitorKindsBox.addWidget(self.visitorKinds)

        self.visitorKindsError = QLabel(self.audienceTab)
        self.visitorKindsError.setObjectName(u"visitorKindsError")
        self.visitorKindsError.setWordWrap(True)

        self.visitorKindsBox.addWidget(self.visitorKindsError)


        self.audienceLists.addLayout(self.visitorKindsBox)

        self.municipalitiesBox = QVBoxLayout()
        self.municipalitiesBox.setObjectName(u"municipalitiesBox")
        self.municipalitiesLabel = QLabel(self.audienceTab)
        self.municipalitiesLabel.setObjectName(u"municipalitiesLabel")

        self.municipalitiesBox.addWidget(self.municipalitiesLabel)

        self.municipalitiesHint = QLabel(self.audienceTab)
        self.municipalitiesHint.setObjectName(u"municipalitiesHint")
        self.municipalitiesHint.setWordWrap(True)

        self.municipalitiesBox.addWidget(self.municipalitiesHint)

        self.municipalities = QListView(self.audienceTab)
        self.municipalities.setObjectName(u"municipalities")

        self.municipalitiesBox.addWidget(self.municipalities)

        self.municipalitiesError = QLabel(self.audienceTab)
        self.municipalitiesError.setObjectName(u"municipalitiesError")
        self.municipalitiesError.setWordWrap(True)

        self.municipalitiesBox.addWidget(self.municipalitiesError)


        self.audienceLists.addLayout(self.municipalitiesBox)

        self.needsBox = QVBoxLayout()
        self.needsBox.setObjectName(u"needsBox")
        self.needsLabel = QLabel(self.audienceTab)
        self.needsLabel.setObjectName(u"needsLabel")

        self.needsBox.addWidget(self.needsLabel)

        self.needsHint = QLabel(self.audienceTab)
        self.needsHint.setObjectName(u"needsHint")
        self.needsHint.setWordWrap(True)

        self.needsBox.addWidget(self.needsHint)

        self.needs = QListView(self.audienceTab)
        self.needs.setObjectName(u"needs")

        self.needsBox.addWidget(self.needs)

        self.needsError = QLabel(self.audienceTab)
        self.needsError.setObjectName(u"needsError")
        self.needsError.setWordWrap(True)

        self.needsBox.addWidget(self.needsError)


        self.audienceLists.addLayout(self.needsBox)


        self.audienceLayout.addLayout(self.audienceLists)

        self.agesRow = QHBoxLayout()
        self.agesRow.setObjectName(u"agesRow")
        self.minimumAgeLabel = QLabel(self.audienceTab)
        self.minimumAgeLabel.setObjectName(u"minimumAgeLabel")

        self.agesRow.addWidget(self.minimumAgeLabel)

        self.minimumAge = QSpinBox(self.audienceTab)
        self.minimumAge.setObjectName(u"minimumAge")
        self.minimumAge.setMinimum(-1)
        self.minimumAge.setMaximum(120)
        self.minimumAge.setValue(-1)

        self.agesRow.addWidget(self.minimumAge)

        self.maximumAgeLabel = QLabel(self.audienceTab)
        self.maximumAgeLabel.setObjectName(u"maximumAgeLabel")

        self.agesRow.addWidget(self.maximumAgeLabel)

        self.maximumAge = QSpinBox(self.audienceTab)
        self.maximumAge.setObjectName(u"maximumAge")
        self.maximumAge.setMinimum(-1)
        self.maximumAge.setMaximum(120)
        self.maximumAge.setValue(-1)

        self.agesRow.addWidget(self.maximumAge)

        self.agesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agesRow.addItem(self.agesSpacer)


        self.audienceLayout.addLayout(self.agesRow)

        self.minimumAgeError = QLabel(self.audienceTab)
        self.minimumAgeError.setObjectName(u"minimumAgeError")
        self.minimumAgeError.setWordWrap(True)

        self.audienceLayout.addWidget(self.minimumAgeError)

        self.maximumAgeError = QLabel(self.audienceTab)
        self.maximumAgeError.setObjectName(u"maximumAgeError")
        self.maximumAgeError.setWordWrap(True)

        self.audienceLayout.addWidget(self.maximumAgeError)

        self.audienceLayout.setStretch(1, 1)
        self.tabs.addTab(self.audienceTab, "")
        self.referralTab = QWidget()
        self.referralTab.setObjectName(u"referralTab")
        self.referralLayout = QVBoxLayout(self.referralTab)
        self.referralLayout.setObjectName(u"referralLayout")
        self.referralForm = QFormLayout()
        self.referralForm.setObjectName(u"referralForm")
        self.referralForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.howToReferLabel = QLabel(self.referralTab)
        self.howToReferLabel.setObjectName(u"howToReferLabel")

        self.referralForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.howToReferLabel)

        self.howToReferBox = QVBoxLayout()
        self.howToReferBox.setObjectName(u"howToReferBox")
        self.howToRefer = QPlainTextEdit(self.referralTab)
        self.howToRefer.setObjectName(u"howToRefer")
        self.howToRefer.setMaximumSize(QSize(16777215, 100))
        self.howToRefer.setTabChangesFocus(True)

        self.howToReferBox.addWidget(self.howToRefer)

        self.howToReferError = QLabel(self.referralTab)
        self.howToReferError.setObjectName(u"howToReferError")
        self.howToReferError.setWordWrap(True)

        self.howToReferBox.addWidget(self.howToReferError)


        self.referralForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.howToReferBox)

        self.applicationProcessLabel = QLabel(self.referralTab)
        self.applicationProcessLabel.setObjectName(u"applicationProcessLabel")

        self.referralForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicationProcessLabel)

        self.applicationProcessBox = QVBoxLayout()
        self.applicationProcessBox.setObjectName(u"applicationProcessBox")
        self.applicationProcess = QPlainTextEdit(self.referralTab)
        self.applicationProcess.setObjectName(u"applicationProcess")
        self.applicationProcess.setMaximumSize(QSize(16777215, 80))
        self.applicationProcess.setTabChangesFocus(True)

        self.applicationProcessBox.addWidget(self.applicationProcess)

        self.applicationProcessError = QLabel(self.referralTab)
        self.applicationProcessError.setObjectName(u"applicationProcessError")
        self.applicationProcessError.setWordWrap(True)

        self.applicationProcessBox.addWidget(self.applicationProcessError)


        self.referralForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.applicationProcessBox)

        self.feesLabel = QLabel(self.referralTab)
        self.feesLabel.setObjectName(u"feesLabel")

        self.referralForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.feesLabel)

        self.feesBox = QVBoxLayout()
        self.feesBox.setObjectName(u"feesBox")
        self.fees = QLineEdit(self.referralTab)
        self.fees.setObjectName(u"fees")

        self.feesBox.addWidget(self.fees)

        self.feesError = QLabel(self.referralTab)
        self.feesError.setObjectName(u"feesError")
        self.feesError.setWordWrap(True)

        self.feesBox.addWidget(self.feesError)


        self.referralForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.feesBox)

        self.interpretationLabel = QLabel(self.referralTab)
        self.interpretationLabel.setObjectName(u"interpretationLabel")

        self.referralForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.interpretationLabel)

        self.interpretationBox = QVBoxLayout()
        self.interpretationBox.setObjectName(u"interpretationBox")
        self.interpretation = QLineEdit(self.referralTab)
        self.interpretation.setObjectName(u"interpretation")

        self.interpretationBox.addWidget(self.interpretation)

        self.interpretationError = QLabel(self.referralTab)
        self.interpretationError.setObjectName(u"interpretationError")
        self.interpretationError.setWordWrap(True)

        self.interpretationBox.addWidget(self.interpretationError)


        self.referralForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.interpretationBox)


        self.referralLayout.addLayout(self.referralForm)

        self.referralLists = QHBoxLayout()
        self.referralLists.setObjectName(u"referralLists")
        self.documentsBox = QVBoxLayout()
        self.documentsBox.setObjectName(u"documentsBox")
        self.requiredDocumentsLabel = QLabel(self.referralTab)
        self.requiredDocumentsLabel.setObjectName(u"requiredDocumentsLabel")

        self.documentsBox.addWidget(self.requiredDocumentsLabel)

        self.requiredDocuments = ListEditor(self.referralTab)
        self.requiredDocuments.setObjectName(u"requiredDocuments")

        self.documentsBox.addWidget(self.requiredDocuments)


        self.referralLists.addLayout(self.documentsBox)

        self.languagesBox = QVBoxLayout()
        self.languagesBox.setObjectName(u"languagesBox")
        self.languagesLabel = QLabel(self.referralTab)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.languagesBox.addWidget(self.languagesLabel)

        self.languages = ListEditor(self.referralTab)
        self.languages.setObjectName(u"languages")

        self.languagesBox.addWidget(self.languages)


        self.referralLists.addLayout(self.languagesBox)


        self.referralLayout.addLayout(self.referralLists)

        self.referralLayout.setStretch(1, 1)
        self.tabs.addTab(self.referralTab, "")
        self.contactTab = QWidget()
        self.contactTab.setObjectName(u"contactTab")
        self.contactLayout = QVBoxLayout(self.contactTab)
        self.contactLayout.setObjectName(u"contactLayout")
        self.phonesLabel = QLabel(self.contactTab)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.contactLayout.addWidget(self.phonesLabel)

        self.phones = ListEditor(self.contactTab)
        self.phones.setObjectName(u"phones")

        self.contactLayout.addWidget(self.phones)

        self.contactsLabel = QLabel(self.contactTab)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.contactLayout.addWidget(self.contactsLabel)

        self.contactsHint = QLabel(self.contactTab)
        self.contactsHint.setObjectName(u"contactsHint")
        self.contactsHint.setWordWrap(True)

        self.contactLayout.addWidget(self.contactsHint)

        self.contacts = ListEditor(self.contactTab)
        self.contacts.setObjectName(u"contacts")

        self.contactLayout.addWidget(self.contacts)

        self.locationsBox = QVBoxLayout()
        self.locationsBox.setObjectName(u"locationsBox")
        self.locationsLabel = QLabel(self.contactTab)
        self.locationsLabel.setObjectName(u"locationsLabel")

        self.locationsBox.addWidget(self.locationsLabel)

        self.locationsHint = QLabel(self.contactTab)
        self.locationsHint.setObjectName(u"locationsHint")
        self.locationsHint.setWordWrap(True)

        self.locationsBox.addWidget(self.locationsHint)

        self.locations = QListView(self.contactTab)
        self.locations.setObjectName(u"locations")

        self.locationsBox.addWidget(self.locations)

        self.locationsError = QLabel(self.contactTab)
        self.locationsError.setObjectName(u"locationsError")
        self.locationsError.setWordWrap(True)

        self.locationsBox.addWidget(self.locationsError)


        self.contactLayout.addLayout(self.locationsBox)

        self.tabs.addTab(self.contactTab, "")
        self.hoursTab = QWidget()
        self.hoursTab.setObjectName(u"hoursTab")
        self.hoursLayout = QVBoxLayout(self.hoursTab)
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.schedulesLabel = QLabel(self.hoursTab)
        self.schedulesLabel.setObjectName(u"schedulesLabel")

        self.hoursLayout.addWidget(self.schedulesLabel)

        self.schedulesHint = QLabel(self.hoursTab)
        self.schedulesHint.setObjectName(u"schedulesHint")
        self.schedulesHint.setWordWrap(True)

        self.hoursLayout.addWidget(self.schedulesHint)

        self.schedules = ListEditor(self.hoursTab)
        self.schedules.setObjectName(u"schedules")

        self.hoursLayout.addWidget(self.schedules)

        self.tabs.addTab(self.hoursTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(ServiceDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(ServiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.alternateNameLabel.setBuddy(self.alternateName)
        self.statusLabel.setBuddy(self.status)
        self.descriptionLabel.setBuddy(self.description)
        self.alertLabel.setBuddy(self.alert)
        self.urlLabel.setBuddy(self.url)
        self.emailLabel.setBuddy(self.email)
        self.eligibilityLabel.setBuddy(self.eligibility)
        self.visitorKindsLabel.setBuddy(self.visitorKinds)
        self.municipalitiesLabel.setBuddy(self.municipalities)
        self.needsLabel.setBuddy(self.needs)
        self.minimumAgeLabel.setBuddy(self.minimumAge)
        self.maximumAgeLabel.setBuddy(self.maximumAge)
        self.howToReferLabel.setBuddy(self.howToRefer)
        self.applicationProcessLabel.setBuddy(self.applicationProcess)
        self.feesLabel.setBuddy(self.fees)
        self.interpretationLabel.setBuddy(self.interpretation)
        self.requiredDocumentsLabel.setBuddy(self.requiredDocuments)
        self.languagesLabel.setBuddy(self.languages)
        self.phonesLabel.setBuddy(self.phones)
        self.contactsLabel.setBuddy(self.contacts)
        self.locationsLabel.setBuddy(self.locations)
        self.schedulesLabel.setBuddy(self.schedules)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.name)
        QWidget.setTabOrder(self.name, self.alternateName)
        QWidget.setTabOrder(self.alternateName, self.status)
        QWidget.setTabOrder(self.status, self.description)
        QWidget.setTabOrder(self.description, self.alert)
        QWidget.setTabOrder(self.alert, self.url)
        QWidget.setTabOrder(self.url, self.email)
        QWidget.setTabOrder(self.email, self.eligibility)
        QWidget.setTabOrder(self.eligibility, self.visitorKinds)
        QWidget.setTabOrder(self.visitorKinds, self.municipalities)
        QWidget.setTabOrder(self.municipalities, self.needs)
        QWidget.setTabOrder(self.needs, self.minimumAge)
        QWidget.setTabOrder(self.minimumAge, self.maximumAge)
        QWidget.setTabOrder(self.maximumAge, self.howToRefer)
        QWidget.setTabOrder(self.howToRefer, self.applicationProcess)
        QWidget.setTabOrder(self.applicationProcess, self.fees)
        QWidget.setTabOrder(self.fees, self.interpretation)
        QWidget.setTabOrder(self.interpretation, self.requiredDocuments)
        QWidget.setTabOrder(self.requiredDocuments, self.languages)
        QWidget.setTabOrder(self.languages, self.phones)
        QWidget.setTabOrder(self.phones, self.contacts)
        QWidget.setTabOrder(self.contacts, self.locations)
        QWidget.setTabOrder(self.locations, self.schedules)

        self.retranslateUi(ServiceDialog)
        self.buttons.accepted.connect(ServiceDialog.accept)
        self.buttons.rejected.connect(ServiceDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ServiceDialog)
    # setupUi

    def retranslateUi(self, ServiceDialog):
        ServiceDialog.setWindowTitle(QCoreApplication.translate("ServiceDialog", u"Service", None))
        self.nameLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Name:", None))
        self.alternateNameLabel.setText(QCoreApplication.translate("ServiceDialog", u"Other na&me:", None))
        self.statusLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Status:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Description:", None))
#if QT_CONFIG(tooltip)
        self.description.setToolTip(QCoreApplication.translate("ServiceDialog", u"What the service offers, in plain words for the guide and the visitor.", None))
#endif // QT_CONFIG(tooltip)
        self.alertLabel.setText(QCoreApplication.translate("ServiceDialog", u"N&otice:", None))
#if QT_CONFIG(tooltip)
        self.alert.setToolTip(QCoreApplication.translate("ServiceDialog", u"Shown at the top of the service for everyone, for example: closed for renovation until 1 March.", None))
#endif // QT_CONFIG(tooltip)
        self.urlLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Website:", None))
        self.url.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"https://www.example.nl", None))
        self.emailLabel.setText(QCoreApplication.translate("ServiceDialog", u"&E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"name@example.nl", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ServiceDialog", u"&General", None))
        self.eligibilityLabel.setText(QCoreApplication.translate("ServiceDialog", u"&For whom:", None))
#if QT_CONFIG(tooltip)
        self.eligibility.setToolTip(QCoreApplication.translate("ServiceDialog", u"Who the service is for, and who not.", None))
#endif // QT_CONFIG(tooltip)
        self.visitorKindsLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Visitors:", None))
        self.visitorKindsHint.setText(QCoreApplication.translate("ServiceDialog", u"None ticked: every visitor.", None))
#if QT_CONFIG(accessibility)
        self.visitorKinds.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Visitors", None))
#endif // QT_CONFIG(accessibility)
        self.municipalitiesLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Municipalities:", None))
        self.municipalitiesHint.setText(QCoreApplication.translate("ServiceDialog", u"None ticked: the whole region.", None))
#if QT_CONFIG(accessibility)
        self.municipalities.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Municipalities", None))
#endif // QT_CONFIG(accessibility)
        self.needsLabel.setText(QCoreApplication.translate("ServiceDialog", u"Nee&ds:", None))
        self.needsHint.setText(QCoreApplication.translate("ServiceDialog", u"What the service helps with.", None))
#if QT_CONFIG(accessibility)
        self.needs.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Needs", None))
#endif // QT_CONFIG(accessibility)
        self.minimumAgeLabel.setText(QCoreApplication.translate("ServiceDialog", u"F&rom age:", None))
        self.minimumAge.setSpecialValueText(QCoreApplication.translate("ServiceDialog", u"any", None))
        self.maximumAgeLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Up to age:", None))
        self.maximumAge.setSpecialValueText(QCoreApplication.translate("ServiceDialog", u"any", None))
        self.tabs.setTabText(self.tabs.indexOf(self.audienceTab), QCoreApplication.translate("ServiceDialog", u"For &whom", None))
        self.howToReferLabel.setText(QCoreApplication.translate("ServiceDialog", u"&How to refer:", None))
#if QT_CONFIG(tooltip)
        self.howToRefer.setToolTip(QCoreApplication.translate("ServiceDialog", u"What the guide does for a warm handover: whom to call, which form to use.", None))
#endif // QT_CONFIG(tooltip)
        self.applicationProcessLabel.setText(QCoreApplication.translate("ServiceDialog", u"How to a&pply:", None))
#if QT_CONFIG(tooltip)
        self.applicationProcess.setToolTip(QCoreApplication.translate("ServiceDialog", u"What the visitor does to apply.", None))
#endif // QT_CONFIG(tooltip)
        self.feesLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Costs:", None))
        self.fees.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"free", None))
        self.interpretationLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Interpreters:", None))
        self.requiredDocumentsLabel.setText(QCoreApplication.translate("ServiceDialog", u"What to &bring:", None))
#if QT_CONFIG(accessibility)
        self.requiredDocuments.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"What to bring", None))
#endif // QT_CONFIG(accessibility)
        self.languagesLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Languages:", None))
#if QT_CONFIG(accessibility)
        self.languages.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.referralTab), QCoreApplication.translate("ServiceDialog", u"&Referral", None))
        self.phonesLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Phone numbers:", None))
#if QT_CONFIG(accessibility)
        self.phones.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Phone numbers", None))
#endif // QT_CONFIG(accessibility)
        self.contactsLabel.setText(QCoreApplication.translate("ServiceDialog", u"C&ontact persons:", None))
        self.contactsHint.setText(QCoreApplication.translate("ServiceDialog", u"Several phone numbers of one person: separate them with a comma.", None))
#if QT_CONFIG(accessibility)
        self.contacts.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Contact persons", None))
#endif // QT_CONFIG(accessibility)
        self.locationsLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Locations:", None))
        self.locationsHint.setText(QCoreApplication.translate("ServiceDialog", u"Where the service receives people: the locations of its organisation.", None))
#if QT_CONFIG(accessibility)
        self.locations.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Locations", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.contactTab), QCoreApplication.translate("ServiceDialog", u"&Contact", None))
        self.schedulesLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Opening hours:", None))
        self.schedulesHint.setText(QCoreApplication.translate("ServiceDialog", u"One row per block of opening hours: tick the days, type the times (9:00). A closure (holidays): tick Closed and type the first and last day (31-12-2026); the days and times stay empty. Dates of a block of hours are optional: from and through when the hours apply.", None))
#if QT_CONFIG(accessibility)
        self.schedules.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Opening hours", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.hoursTab), QCoreApplication.translate("ServiceDialog", u"Opening &hours", None))
    # retranslateUi


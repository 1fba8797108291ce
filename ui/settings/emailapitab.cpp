#include "emailapitab.h"

#include "banner.h"
#include "settingbinding.h"
#include "settings/syncsettings.h"
#include "steps/pagecards.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EmailApiTab::EmailApiTab(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emailApiTab"));
    auto* layout = new QVBoxLayout(this);
    m_availability = new Banner(Banner::Tone::Info, this);
    m_availability->setObjectName(QStringLiteral("apiAvailability"));
    layout->addWidget(m_availability);

    layout->addWidget(PageCards::paragraph(
        tr("Sales emails and calls are logged as Salesforce tasks through the Salesforce API. This needs "
           "Enterprise, Unlimited, Performance or Developer Edition, or Professional Edition with the API "
           "added."),
        this));
    m_logViaApi = new QCheckBox(tr("Log sales email and calls to Salesforce through its &API"), this);
    m_logViaApi->setObjectName(QStringLiteral("logViaApi"));
    layout->addWidget(m_logViaApi);
    m_onOff = new SettingBinding(
        sia::SettingKey::EmailLogViaApi, m_logViaApi, [this] { return QVariant(m_logViaApi->isChecked()); },
        [this](const QVariant& value) { m_logViaApi->setChecked(value.toBool()); }, this);
    connect(m_logViaApi, &QCheckBox::toggled, m_onOff, &SettingBinding::noteEdited);
    layout->addWidget(m_onOff->sourceLine());

    buildPreferences(this);
    layout->addWidget(m_card);

    QVBoxLayout* unsubscribeBody = nullptr;
    QFrame* unsubscribeCard = PageCards::card(this, tr("Unsubscribes"), unsubscribeBody);
    m_unsubscribe
        = new QCheckBox(tr("Check the person's &unsubscribe status in Marketo first"), unsubscribeCard);
    m_unsubscribe->setObjectName(QStringLiteral("checkUnsubscribe"));
    unsubscribeBody->addWidget(m_unsubscribe);
    QLabel* unsubscribeHint = PageCards::paragraph(
        tr("Unsubscribes do not flow from Actions to Marketo; with this on, a seller cannot email a person "
           "Marketo has as unsubscribed."),
        unsubscribeCard);
    Theme::setRole(unsubscribeHint, Theme::Role::Muted);
    unsubscribeBody->addWidget(unsubscribeHint);
    auto* unsubscribe = new SettingBinding(
        sia::SettingKey::EmailCheckMarketoUnsubscribe, m_unsubscribe,
        [this] { return QVariant(m_unsubscribe->isChecked()); },
        [this](const QVariant& value) { m_unsubscribe->setChecked(value.toBool()); }, unsubscribeCard);
    connect(m_unsubscribe, &QCheckBox::toggled, unsubscribe, &SettingBinding::noteEdited);
    unsubscribeBody->addWidget(unsubscribe->sourceLine());

    m_syncUnsubscribes
        = new QCheckBox(tr("S&ync unsubscribes with Salesforce's Email Opt Out, both ways"), unsubscribeCard);
    m_syncUnsubscribes->setObjectName(QStringLiteral("syncUnsubscribes"));
    unsubscribeBody->addWidget(m_syncUnsubscribes);
    QLabel* syncHint = PageCards::paragraph(
        tr("A seller's unsubscribe sets Email Opt Out on the person's lead or contact, and Email Opt Out set "
           "or "
           "cleared in Salesforce is taken into Actions, each time activities are logged (every few minutes "
           "while this window is open, or sia-admin activities log). Whoever opted out, on either side, is "
           "not "
           "emailed by a seller. The first run reads every opt-out Salesforce has."),
        unsubscribeCard);
    Theme::setRole(syncHint, Theme::Role::Muted);
    unsubscribeBody->addWidget(syncHint);
    m_syncBinding = new SettingBinding(
        sia::SettingKey::EmailSyncUnsubscribes, m_syncUnsubscribes,
        [this] { return QVariant(m_syncUnsubscribes->isChecked()); },
        [this](const QVariant& value) { m_syncUnsubscribes->setChecked(value.toBool()); }, unsubscribeCard);
    connect(m_syncUnsubscribes, &QCheckBox::toggled, m_syncBinding, &SettingBinding::noteEdited);
    unsubscribeBody->addWidget(m_syncBinding->sourceLine());
    layout->addWidget(unsubscribeCard);
    layout->addStretch(1);

    m_bindings = { m_onOff, m_cardBinding, unsubscribe, m_syncBinding };
    showChecking();
}

void EmailApiTab::buildPreferences(QWidget* parent)
{
    QVBoxLayout* body = nullptr;
    m_card = PageCards::card(parent, tr("How email activity is logged"), body);
    m_card->setObjectName(QStringLiteral("apiPreferences"));
    auto* editors = new QWidget(m_card);
    auto* editorsLayout = new QVBoxLayout(editors);
    editorsLayout->setContentsMargins(0, 0, 0, 0);
    m_logSent = new QCheckBox(tr("Log &sent sales emails"), editors);
    m_logReplies = new QCheckBox(tr("Log &replies received, each as its own task"), editors);
    m_logCalls = new QCheckBox(tr("Log sales &calls"), editors);
    m_relate = new QCheckBox(
        tr("Relate a contact's task to the contact's &opportunity, else to the account"), editors);
    m_relate->setToolTip(tr("A lead's task is never related: Salesforce refuses a lead together with an "
                            "opportunity or account."));
    for (QCheckBox* box : { m_logSent, m_logReplies, m_logCalls, m_relate }) {
        editorsLayout->addWidget(box);
    }
    auto* form = new QFormLayout;
    m_subtype = new QComboBox(editors);
    m_subtype->addItem(tr("Email"), QStringLiteral("Email"));
    m_subtype->addItem(tr("Task"), QStringLiteral("Task"));
    form->addRow(tr("An email's task &subtype:"), m_subtype);
    m_emailSubject = new QLineEdit(editors);
    m_emailSubject->setObjectName(QStringLiteral("emailSubject"));
    form->addRow(tr("Subject of an &email's task:"), m_emailSubject);
    m_callSubject = new QLineEdit(editors);
    form->addRow(tr("Subject of a ca&ll's task:"), m_callSubject);
    editorsLayout->addLayout(form);
    QLabel* hint = PageCards::paragraph(
        tr("{subject} stands for the email's or the call's own subject. A template holds at most 120 "
           "characters."),
        editors);
    Theme::setRole(hint, Theme::Role::Muted);
    editorsLayout->addWidget(hint);
    body->addWidget(editors);

    m_cardBinding = new SettingBinding(
        sia::SettingKey::EmailApiPreferences, editors, [this] { return preferences(); },
        [this](const QVariant& value) { showPreferences(value); }, m_card);
    for (QCheckBox* box : { m_logSent, m_logReplies, m_logCalls, m_relate }) {
        connect(box, &QCheckBox::toggled, m_cardBinding, &SettingBinding::noteEdited);
    }
    connect(m_subtype, &QComboBox::currentIndexChanged, m_cardBinding, &SettingBinding::noteEdited);
    for (QLineEdit* edit : { m_emailSubject, m_callSubject }) {
        connect(edit, &QLineEdit::textEdited, m_cardBinding, &SettingBinding::noteEdited);
    }
    body->addWidget(m_cardBinding->sourceLine());
}

QVariant EmailApiTab::preferences() const
{
    sia::EmailApiPreferences preferences;
    preferences.logSentEmails = m_logSent->isChecked();
    preferences.logReplies = m_logReplies->isChecked();
    preferences.logCalls = m_logCalls->isChecked();
    preferences.relateToOpportunityOrAccount = m_relate->isChecked();
    preferences.emailSubtype = m_subtype->currentData().toString();
    preferences.emailSubject = m_emailSubject->text();
    preferences.callSubject = m_callSubject->text();
    return preferences.toJson();
}

void EmailApiTab::showPreferences(const QVariant& value)
{
    // What is stored was checked when it was stored; a document the check refuses shows the defaults.
    const sia::Result<sia::EmailApiPreferences> read
        = sia::EmailApiPreferences::fromJson(value.toJsonObject());
    const sia::EmailApiPreferences preferences = read ? *read : sia::EmailApiPreferences {};
    m_logSent->setChecked(preferences.logSentEmails);
    m_logReplies->setChecked(preferences.logReplies);
    m_logCalls->setChecked(preferences.logCalls);
    m_relate->setChecked(preferences.relateToOpportunityOrAccount);
    m_subtype->setCurrentIndex(std::max(0, m_subtype->findData(preferences.emailSubtype)));
    m_emailSubject->setText(preferences.emailSubject);
    m_callSubject->setText(preferences.callSubject);
}

void EmailApiTab::showChecking()
{
    m_availability->clearButtons();
    m_availability->setTone(Banner::Tone::Info);
    m_availability->setTitle(tr("Checking whether the org has API access…"));
    m_availability->setText(tr("The settings below can be changed once Salesforce has answered."));
    m_onOff->setAvailable(false);
    m_cardBinding->setAvailable(false);
    m_syncBinding->setAvailable(false);
}

void EmailApiTab::showAvailability(const sia::EmailApiAvailability& availability)
{
    using State = sia::EmailApiAvailability::State;
    const bool available = availability.isAvailable();
    m_onOff->setAvailable(available);
    m_cardBinding->setAvailable(available);
    m_syncBinding->setAvailable(available); // Email Opt Out is written and read through the same API
    switch (availability.state) {
    case State::Available:
        m_availability->setTone(Banner::Tone::Info);
        m_availability->setTitle(tr("The org has API access"));
        m_availability->setText(availability.edition.isEmpty()
                ? tr("Email can be logged through the Salesforce API.")
                //: %1 the org's edition ("Enterprise Edition")
                : tr("The connected org (%1) has API access: email can be logged through it.")
                      .arg(availability.edition));
        return;
    case State::Unknown:
        m_availability->setTone(Banner::Tone::Info);
        m_availability->setTitle(tr("API access could not be checked"));
        break;
    case State::NotConnected:
        m_availability->setTone(Banner::Tone::Warning);
        m_availability->setTitle(tr("Email through the API needs Salesforce connected"));
        break;
    case State::EditionWithoutApi:
    case State::UserWithoutPermission:
        m_availability->setTone(Banner::Tone::Warning);
        m_availability->setTitle(tr("Email cannot be logged through the API"));
        break;
    }
    //: %1 why email cannot go through the API, %2 what would make it possible
    m_availability->setText(tr("%1\nWhat to do: %2").arg(availability.reason, availability.remedy));
    m_availability->clearButtons();
    QPushButton* again = m_availability->addButton(tr("Check &again"));
    again->setObjectName(QStringLiteral("checkAgain"));
    connect(again, &QPushButton::clicked, this, &EmailApiTab::checkAgainRequested);
}

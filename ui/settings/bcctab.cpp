#include "bcctab.h"

#include "banner.h"
#include "settingbinding.h"
#include "settings/bccchecklist.h"
#include "steps/pagecards.h"
#include "theme.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace {

// A titled group of numbered steps, each its title in bold and what to do below.
QWidget* stepsGroup(const QString& heading, const QList<sia::ChecklistStep>& steps, QWidget* parent)
{
    auto* group = new QWidget(parent);
    auto* layout = new QVBoxLayout(group);
    layout->setContentsMargins(0, 8, 0, 4);
    auto* title = new QLabel(heading, group);
    // Bold, below the card's own title: a part of the checklist, not a card of its own.
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);
    int number = 0;
    for (const sia::ChecklistStep& step : steps) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(12, 0, 0, 0); // under their group's heading
        auto* count = new QLabel(QLocale().toString(++number) + u'.', group);
        count->setAlignment(Qt::AlignRight | Qt::AlignTop);
        count->setMinimumWidth(20);
        row->addWidget(count, 0, Qt::AlignTop);
        auto* text = new QVBoxLayout;
        auto* stepTitle = new QLabel(step.title, group);
        stepTitle->setObjectName(QStringLiteral("checklistStep"));
        stepTitle->setWordWrap(true);
        stepTitle->setFont(bold);
        text->addWidget(stepTitle);
        text->addWidget(PageCards::paragraph(step.detail, group));
        row->addLayout(text, 1);
        layout->addLayout(row);
    }
    return group;
}

} // namespace

BccTab::BccTab(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bccTab"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(PageCards::paragraph(
        tr("Sales emails are sent with a BCC to the sender's Email-to-Salesforce address, and Salesforce "
           "logs them as activities on the opportunities, leads and contacts they concern."),
        this));
    m_logViaBcc = new QCheckBox(tr("Log sales email by &BCC (Email to Salesforce)"), this);
    m_logViaBcc->setObjectName(QStringLiteral("logViaBcc"));
    layout->addWidget(m_logViaBcc);
    auto* onOff = new SettingBinding(
        sia::SettingKey::EmailLogViaBcc, m_logViaBcc, [this] { return QVariant(m_logViaBcc->isChecked()); },
        [this](const QVariant& value) { m_logViaBcc->setChecked(value.toBool()); }, this);
    connect(m_logViaBcc, &QCheckBox::toggled, onOff, &SettingBinding::noteEdited);
    layout->addWidget(onOff->sourceLine());

    m_addressRow = new QWidget(this);
    auto* addressLayout = new QVBoxLayout(m_addressRow);
    addressLayout->setContentsMargins(0, 8, 0, 0);
    auto* addressLabel = new QLabel(tr("Your Email-to-Salesforce &address:"), m_addressRow);
    m_address = new QLineEdit(m_addressRow);
    m_address->setObjectName(QStringLiteral("emailToSalesforceAddress"));
    m_address->setPlaceholderText(tr("emailtosalesforce@….salesforce.com, from My Email to Salesforce"));
    addressLabel->setBuddy(m_address);
    addressLayout->addWidget(addressLabel);
    addressLayout->addWidget(m_address);
    m_addressError = new Banner(Banner::Tone::Error, m_addressRow);
    m_addressError->setObjectName(QStringLiteral("addressError"));
    m_addressError->hide();
    addressLayout->addWidget(m_addressError);
    m_addressWarning = new Banner(Banner::Tone::Warning, m_addressRow);
    m_addressWarning->setObjectName(QStringLiteral("addressWarning"));
    m_addressWarning->hide();
    addressLayout->addWidget(m_addressWarning);
    m_addressBinding = new SettingBinding(
        sia::SettingKey::EmailToSalesforceAddress, m_address,
        [this] { return QVariant(m_address->text().trimmed()); },
        [this](const QVariant& value) { m_address->setText(value.toString()); }, m_addressRow);
    connect(m_address, &QLineEdit::textChanged, this, &BccTab::checkAddress);
    connect(m_address, &QLineEdit::textEdited, m_addressBinding, &SettingBinding::noteEdited);
    addressLayout->addWidget(m_addressBinding->sourceLine());
    layout->addWidget(m_addressRow);
    m_addressInstanceNote = PageCards::paragraph(
        tr("Each user enters their own Email-to-Salesforce address in My account."), this);
    Theme::setRole(m_addressInstanceNote, Theme::Role::Muted);
    layout->addWidget(m_addressInstanceNote);

    QVBoxLayout* body = nullptr;
    QFrame* card = PageCards::card(this, tr("If emails are not logged"), body);
    m_checklist = card;
    m_checklist->setObjectName(QStringLiteral("bccChecklist"));
    m_checklistLayout = body;
    layout->addWidget(card);
    layout->addStretch(1);

    m_bindings = { onOff, m_addressBinding };
    setUserMode(false);
}

void BccTab::setUserMode(bool user)
{
    m_addressRow->setVisible(user);
    m_addressInstanceNote->setVisible(!user);
    showChecklist(user);
    checkAddress();
}

void BccTab::showChecklist(bool user)
{
    // The groups after the card's title: built again for the mode.
    while (m_checklistLayout->count() > 1) {
        QLayoutItem* item = m_checklistLayout->takeAt(1);
        delete item->widget();
        delete item;
    }
    QWidget* own
        = stepsGroup(user ? tr("Your settings in Salesforce") : tr("Each user's settings in Salesforce"),
            sia::BccChecklist::userSetup(), m_checklist);
    QWidget* admin = stepsGroup(user ? tr("If “My Email to Salesforce” is missing, a Salesforce admin first")
                                     : tr("First, in Salesforce Setup (once for the org)"),
        sia::BccChecklist::adminActivation(), m_checklist);
    // A user starts with their own steps; an admin with the activation that comes before everyone's.
    m_checklistLayout->addWidget(user ? own : admin);
    m_checklistLayout->addWidget(user ? admin : own);
    m_checklistLayout->addWidget(
        stepsGroup(tr("If it still does not work"), sia::BccChecklist::otherCauses(), m_checklist));
}

void BccTab::checkAddress()
{
    if (!m_addressRow->isVisibleTo(this)) {
        m_addressError->hide();
        m_addressWarning->hide();
        return;
    }
    const sia::Result<sia::BccChecklist::AddressCheck> check
        = sia::BccChecklist::checkAddress(m_address->text());
    m_addressError->setVisible(!check);
    m_addressWarning->setVisible(check && !check->warning.isEmpty());
    if (!check) {
        m_addressError->setTitle(tr("This is not an email address"));
        m_addressError->setText(check.error().message);
    } else {
        m_addressWarning->setTitle(QString());
        m_addressWarning->setText(check->warning);
    }
}

QString BccTab::problem() const
{
    if (!m_addressBinding->isEditable() || !m_addressRow->isVisibleTo(this)) {
        return {};
    }
    const sia::Result<sia::BccChecklist::AddressCheck> check
        = sia::BccChecklist::checkAddress(m_address->text());
    return check ? QString() : check.error().message;
}

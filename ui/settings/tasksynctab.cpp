#include "tasksynctab.h"

#include "settingbinding.h"
#include "settings/syncsettings.h"
#include "steps/pagecards.h"
#include "theme.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

TaskSyncTab::TaskSyncTab(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("taskSyncTab"));
    auto* layout = new QVBoxLayout(this);
    QVBoxLayout* body = nullptr;
    QFrame* card = PageCards::card(this, tr("Tasks and reminders → Salesforce tasks"), body);
    auto* choices = new QWidget(card);
    auto* choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_options = new QButtonGroup(this);
    for (const sia::TaskSyncOption& option : sia::SyncSettings::taskSyncOptions()) {
        auto* button = new QRadioButton(option.title, choices);
        button->setObjectName(QStringLiteral("taskSync-") + option.key);
        button->setProperty("optionKey", option.key);
        m_options->addButton(button);
        m_buttons.append(button);
        choicesLayout->addWidget(button);
        auto* details = new QVBoxLayout;
        details->setContentsMargins(24, 0, 0, 8);
        QLabel* explanation = PageCards::paragraph(option.explanation, choices);
        Theme::setRole(explanation, Theme::Role::Muted);
        details->addWidget(explanation);
        if (!option.firstRun.isEmpty()) {
            QLabel* firstRun = PageCards::paragraph(option.firstRun, choices);
            Theme::setRole(firstRun, Theme::Role::Muted);
            details->addWidget(firstRun);
        }
        choicesLayout->addLayout(details);
    }
    body->addWidget(choices);
    auto* taskSync = new SettingBinding(
        sia::SettingKey::TaskSync, choices, [this] { return QVariant(chosen()); },
        [this](const QVariant& value) { choose(value.toString()); }, card);
    connect(m_options, &QButtonGroup::buttonToggled, taskSync, [taskSync](QAbstractButton*, bool checked) {
        if (checked) {
            taskSync->noteEdited();
        }
    });
    body->addWidget(taskSync->sourceLine());
    QLabel* rerun = PageCards::paragraph(
        tr("Saving a change of this setting runs the sync at once; its progress shows below."), card);
    Theme::setRole(rerun, Theme::Role::Muted);
    body->addWidget(rerun);
    layout->addWidget(card);

    QVBoxLayout* scheduleBody = nullptr;
    QFrame* schedule = PageCards::card(this, tr("While the sync is on"), scheduleBody);
    const sia::SettingDefinition& definition
        = sia::settingDefinition(sia::SettingKey::TaskSyncIntervalMinutes);
    m_interval = new QSpinBox(schedule);
    m_interval->setObjectName(QStringLiteral("taskSyncInterval"));
    m_interval->setRange(int(definition.minimum), int(definition.maximum));
    m_interval->setSpecialValueText(
        sia::SyncSettings::valueText(sia::SettingKey::TaskSyncIntervalMinutes, 0));
    auto* form = new QFormLayout;
    auto* intervalLabel
        = new QLabel(sia::SyncSettings::label(sia::SettingKey::TaskSyncIntervalMinutes), schedule);
    intervalLabel->setBuddy(m_interval);
    m_interval->setMinimumWidth(160);
    m_interval->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(intervalLabel, m_interval);
    scheduleBody->addLayout(form);
    QLabel* hint = PageCards::paragraph(
        tr("Counted from the start of the last run, from this window or the command line. 0: only when "
           "asked."),
        schedule);
    Theme::setRole(hint, Theme::Role::Muted);
    scheduleBody->addWidget(hint);
    auto* interval = new SettingBinding(
        sia::SettingKey::TaskSyncIntervalMinutes, m_interval,
        [this] { return QVariant(qint64(m_interval->value())); },
        [this](const QVariant& value) { m_interval->setValue(int(value.toLongLong())); }, schedule);
    connect(m_interval, &QSpinBox::valueChanged, interval, &SettingBinding::noteEdited);
    scheduleBody->addWidget(interval->sourceLine());
    layout->addWidget(schedule);
    layout->addStretch(1);

    m_bindings = { taskSync, interval };
}

QRadioButton* TaskSyncTab::optionButton(const QString& key) const
{
    for (QRadioButton* button : m_buttons) {
        if (button->property("optionKey").toString() == key) {
            return button;
        }
    }
    return nullptr;
}

QString TaskSyncTab::chosen() const
{
    QAbstractButton* checked = m_options->checkedButton();
    return checked ? checked->property("optionKey").toString() : QString();
}

void TaskSyncTab::choose(const QString& key)
{
    QRadioButton* button = optionButton(key);
    if (!button) {
        button = m_buttons.value(0); // an option this version does not know reads as the default
    }
    if (button) {
        button->setChecked(true);
    }
}

#include "prerequisitecard.h"

#include "review/displaytime.h"
#include "statusicon.h"
#include "theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PrerequisiteCard::PrerequisiteCard(const sia::PrerequisiteDefinition& definition, QWidget* parent)
    : QFrame(parent)
    , m_key(definition.key)
    , m_confirmed(new QCheckBox(tr("Confirmed"), this))
    , m_who(new QLabel(this))
    , m_note(new QLabel(this))
    , m_check(new QPushButton(tr("Check in Marketo"), this))
    , m_checkProgress(new QLabel(this))
{
    setObjectName(QStringLiteral("prerequisite-") + definition.key);
    Theme::setRole(this, Theme::Role::Card);

    auto* title = new QLabel(definition.title, this);
    title->setWordWrap(true);
    Theme::setRole(title, Theme::Role::SectionTitle);
    auto* explanation = new QLabel(definition.explanation, this);
    explanation->setWordWrap(true);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList steps;
    for (int step : definition.gatesSteps) {
        steps << QString::number(step);
    }
    auto* gates = new QLabel(steps.size() == 1
            ? tr("Needed before step %1 can start.").arg(steps.constFirst())
            : tr("Needed before steps %1 can start.").arg(steps.join(QStringLiteral(", "))),
        this);
    Theme::setRole(gates, Theme::Role::Muted);

    m_confirmed->setAccessibleName(tr("Confirmed: %1").arg(definition.title));
    m_confirmed->setAccessibleDescription(definition.explanation);
    m_confirmed->setEnabled(false);
    m_who->setWordWrap(true);
    Theme::setRole(m_who, Theme::Role::Muted);

    auto* confirmation = new QHBoxLayout;
    confirmation->setSpacing(12);
    confirmation->addWidget(m_confirmed);
    confirmation->addWidget(m_who, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(gates);
    layout->addSpacing(2);
    layout->addWidget(explanation);
    layout->addStretch();
    layout->addSpacing(4);
    layout->addLayout(confirmation);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("prerequisiteNote"));
    m_note->hide();
    layout->addWidget(m_note);
    auto* checkRow = new QHBoxLayout;
    m_check->setAccessibleName(tr("Check from the data: %1").arg(definition.title));
    m_check->hide();
    checkRow->addWidget(m_check);
    m_checkProgress->setWordWrap(true);
    Theme::setRole(m_checkProgress, Theme::Role::Muted);
    checkRow->addWidget(m_checkProgress, 1);
    layout->addLayout(checkRow);
    connect(m_check, &QPushButton::clicked, this, [this] {
        m_checkProgress->setText(tr("Checking…"));
        m_check->setEnabled(false);
        emit checkRequested(m_key);
    });

    // clicked, not toggled: only the admin's own click asks core for a change.
    connect(m_confirmed, &QCheckBox::clicked, this,
        [this](bool checked) { emit confirmationRequested(m_key, checked); });
}

void PrerequisiteCard::setState(const sia::PrerequisiteState& state)
{
    m_hasState = true;
    m_confirmed->setChecked(state.confirmed);
    m_confirmed->setEnabled(!m_readOnly);
    if (!state.changedAt.isValid()) {
        m_who->setText(tr("Not confirmed yet."));
    } else if (state.confirmed) {
        m_who->setText(tr("Confirmed by %1 on %2.").arg(state.changedBy, sia::displayTime(state.changedAt)));
    } else {
        m_who->setText(tr("Confirmation withdrawn by %1 on %2.")
                           .arg(state.changedBy, sia::displayTime(state.changedAt)));
    }
    m_note->setText(state.note);
    m_note->setVisible(!state.note.isEmpty());
}

void PrerequisiteCard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_confirmed->setEnabled(m_hasState && !readOnly);
    m_check->setEnabled(!readOnly);
}

QString PrerequisiteCard::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void PrerequisiteCard::setCheckAvailable(bool available)
{
    m_check->setVisible(available);
    m_check->setEnabled(available && !m_readOnly);
}

void PrerequisiteCard::showCheckProgress(const QString& text)
{
    m_checkProgress->setText(text);
    m_check->setEnabled(!m_readOnly);
}

QString PrerequisiteCard::confirmationText() const
{
    return m_who->text();
}

QString PrerequisiteCard::checkProgressText() const
{
    return m_checkProgress->text();
}

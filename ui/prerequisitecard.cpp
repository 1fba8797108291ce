#include "prerequisitecard.h"

#include "review/displaytime.h"
#include "statusicon.h"
#include "theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

PrerequisiteCard::PrerequisiteCard(const sia::PrerequisiteDefinition& definition, QWidget* parent)
    : QFrame(parent)
    , m_key(definition.key)
    , m_confirmed(new QCheckBox(tr("Confirmed"), this))
    , m_who(new QLabel(this))
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
}

void PrerequisiteCard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_confirmed->setEnabled(m_hasState && !readOnly);
}

QString PrerequisiteCard::confirmationText() const
{
    return m_who->text();
}

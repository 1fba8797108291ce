#include "progresssummary.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

ProgressSummary::ProgressSummary(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(tr("Reading the setup plan…"), this))
    , m_bar(new QProgressBar(this))
    , m_chips(new QHBoxLayout)
{
    Theme::setRole(m_headline, Theme::Role::Headline);
    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    m_bar->setRange(0, sia::PlanDefinition::stepCount);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(10);
    m_bar->setAccessibleName(tr("Setup progress"));
    m_chips->setSpacing(6);
    m_chips->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_headline);
    layout->addWidget(m_bar);
    layout->addLayout(m_chips);
}

void ProgressSummary::setSnapshot(const sia::PlanSnapshot& snapshot)
{
    const int total = int(snapshot.steps.size());
    const int done = snapshot.countWithStatus(sia::StepStatus::Done);
    const int skipped = snapshot.countWithStatus(sia::StepStatus::Skipped);
    const int inProgress = snapshot.countWithStatus(sia::StepStatus::InProgress);
    const int blocked = snapshot.countWithStatus(sia::StepStatus::Blocked);
    int locked = 0;
    for (const sia::StepView& view : snapshot.steps) {
        if (view.isLocked() && view.state.status != sia::StepStatus::Done
            && view.state.status != sia::StepStatus::Skipped) {
            ++locked;
        }
    }

    // Skipped steps count as finished: skipping one is a decision recorded with its reason.
    m_headline->setText(skipped > 0 ? tr("%1 of %2 steps done, %3 skipped").arg(done).arg(total).arg(skipped)
                                    : tr("%1 of %2 steps done").arg(done).arg(total));
    m_bar->setRange(0, total);
    m_bar->setValue(done + skipped);
    m_bar->setAccessibleDescription(m_headline->text());

    for (QLabel* chip : std::as_const(m_chipLabels)) {
        delete chip;
    }
    m_chipLabels.clear();
    const QStringList texts {
        inProgress > 0 ? tr("%n in progress", nullptr, inProgress) : QString(),
        blocked > 0 ? tr("%n blocked", nullptr, blocked) : QString(),
        locked > 0 ? tr("%n locked", nullptr, locked) : QString(),
    };
    for (const QString& text : texts) {
        if (text.isEmpty()) {
            continue;
        }
        auto* chip = new QLabel(text, this);
        Theme::setRole(chip, Theme::Role::Chip);
        chip->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        m_chips->insertWidget(m_chips->count() - 1, chip);
        m_chipLabels.append(chip);
    }
}

QString ProgressSummary::headline() const
{
    return m_headline->text();
}

QStringList ProgressSummary::details() const
{
    QStringList texts;
    for (const QLabel* chip : m_chipLabels) {
        texts << chip->text();
    }
    return texts;
}

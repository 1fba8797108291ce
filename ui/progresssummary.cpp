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
    m_bar->setRange(0, 1);
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
    // Every figure is core's (PlanSnapshot::progress): this widget only words and draws them.
    const sia::PlanProgress& progress = snapshot.progress;
    m_headline->setText(progress.skipped > 0
            ? tr("%1 of %2 steps done, %3 skipped")
                  .arg(progress.done)
                  .arg(progress.total)
                  .arg(progress.skipped)
            : tr("%1 of %2 steps done").arg(progress.done).arg(progress.total));
    m_bar->setRange(0, progress.total);
    m_bar->setValue(progress.finished);
    m_bar->setAccessibleDescription(tr("%1 (%2% finished)").arg(m_headline->text()).arg(progress.percent));

    for (QLabel* chip : std::as_const(m_chipLabels)) {
        delete chip;
    }
    m_chipLabels.clear();
    const QStringList texts {
        progress.inProgress > 0 ? tr("%n in progress", nullptr, progress.inProgress) : QString(),
        progress.blocked > 0 ? tr("%n blocked", nullptr, progress.blocked) : QString(),
        progress.locked > 0 ? tr("%n locked", nullptr, progress.locked) : QString(),
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

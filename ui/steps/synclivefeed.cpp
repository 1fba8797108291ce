#include "synclivefeed.h"

#include "synccountsview.h"
#include "synctext.h"
#include "theme.h"
#include "throughputchart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <limits>

namespace {

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SyncLiveFeed::SyncLiveFeed(QWidget* parent)
    : QWidget(parent)
    , m_heading(wrapped(this))
    , m_phase(wrapped(this))
    , m_bar(new QProgressBar(this))
    , m_processed(wrapped(this))
    , m_rate(new QLabel(this))
    , m_eta(new QLabel(this))
    , m_calls(wrapped(this))
    , m_counts(new SyncCountsView(this))
    , m_chart(new ThroughputChart(this))
{
    setObjectName(QStringLiteral("syncLiveFeed"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_heading->setObjectName(QStringLiteral("syncLiveHeading"));
    Theme::setRole(m_heading, Theme::Role::SectionTitle);
    layout->addWidget(m_heading);
    m_phase->setObjectName(QStringLiteral("syncPhase"));
    layout->addWidget(m_phase);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setTextVisible(false); // the words beside it say it in the locale's digits
    m_bar->setAccessibleName(tr("People processed"));
    layout->addWidget(m_bar);
    auto* figures = new QHBoxLayout;
    figures->setSpacing(18);
    m_processed->setObjectName(QStringLiteral("syncProcessed"));
    figures->addWidget(m_processed, 1);
    m_rate->setObjectName(QStringLiteral("syncRate"));
    figures->addWidget(m_rate);
    m_eta->setObjectName(QStringLiteral("syncEta"));
    figures->addWidget(m_eta);
    layout->addLayout(figures);
    layout->addWidget(m_counts);
    m_calls->setObjectName(QStringLiteral("syncCalls"));
    Theme::setRole(m_calls, Theme::Role::Muted);
    layout->addWidget(m_calls);
    layout->addWidget(m_chart);
    begin(QString());
}

void SyncLiveFeed::begin(const QString& heading)
{
    m_clock.start();
    m_chart->clear();
    m_chart->show();
    setHeading(heading);
    sia::SyncProgress nothing;
    showProgress(nothing);
    m_chart->clear(); // the empty progress above is no sample of the run
}

void SyncLiveFeed::finish(
    const QString& heading, const QString& outcome, const sia::SyncCounts& counts, bool complete)
{
    setHeading(heading);
    m_phase->setText(outcome);
    if (complete) {
        m_bar->setRange(0, 1);
        m_bar->setValue(1);
    } else if (m_bar->maximum() == 0) {
        m_bar->setRange(0, 1); // no longer busy: nothing moves now
        m_bar->setValue(0);
    }
    m_rate->hide();
    m_eta->hide();
    if (counts.processed > 0 || counts.total >= 0) {
        m_processed->setText(SyncText::processedOfTotal(counts));
        m_counts->setCounts(counts);
    }
    m_chart->setVisible(m_chart->sampleCount() >= 2); // a line to look back on, or nothing
}

void SyncLiveFeed::setHeading(const QString& heading)
{
    m_heading->setText(heading);
    m_heading->setVisible(!heading.isEmpty());
}

void SyncLiveFeed::showProgress(const sia::SyncProgress& progress)
{
    const sia::SyncCounts& counts = progress.counts;
    m_phase->setText(SyncText::phase(progress));
    constexpr qint64 barLimit = std::numeric_limits<int>::max();
    if (counts.total < 0) {
        m_bar->setRange(0, 0); // busy: the total is not known yet
    } else {
        m_bar->setRange(0, int(qMin(barLimit, qMax<qint64>(1, counts.total))));
        m_bar->setValue(int(qMin(barLimit, qMin(counts.processed, qMax<qint64>(1, counts.total)))));
    }
    m_processed->setText(SyncText::processedOfTotal(counts));
    m_rate->setText(SyncText::rate(progress.peoplePerSecond));
    m_rate->setVisible(progress.peoplePerSecond > 0);
    m_eta->setVisible(progress.etaSeconds.has_value());
    m_eta->setText(progress.etaSeconds ? SyncText::timeLeft(*progress.etaSeconds) : QString());
    m_counts->setCounts(counts);
    m_counts->setDeletedShown(progress.kind == sia::SyncKind::PeopleIncremental);
    m_counts->setWouldDo(progress.dryRun);
    m_calls->setText(tr("%Ln Marketo calls made by this run", nullptr, int(progress.apiCallsUsed)));
    m_chart->addSample(double(m_clock.elapsed()) / 1000.0, progress.peoplePerSecond);
}

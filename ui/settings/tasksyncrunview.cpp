#include "tasksyncrunview.h"

#include "steps/synctext.h"
#include "sync/tasksyncservice.h"
#include "theme.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

TaskSyncRunView::TaskSyncRunView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("taskSyncRun"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("taskSyncRunTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("taskSyncRunProgress"));
    m_bar->setAccessibleName(tr("Task sync progress"));
    m_bar->setTextVisible(false);
    layout->addWidget(m_bar);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("taskSyncRunDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_detail, Theme::Role::Muted);
    layout->addWidget(m_detail);
    hide();
}

bool TaskSyncRunView::start(sia::TaskSyncService* service)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_service = service;
    show();
    if (!service) {
        m_bar->hide();
        m_title->setText(tr("The task sync did not start"));
        m_detail->setText(tr("The task sync cannot run from this window. Run it with: sia-admin tasks sync"));
        emit finished();
        return false;
    }
    // Connected first: a run may report as soon as it starts.
    m_connections << connect(
        service, &sia::TaskSyncService::progressChanged, this, &TaskSyncRunView::showProgress)
                  << connect(service, &sia::TaskSyncService::runFinished, this, &TaskSyncRunView::showEnd);
    m_following = true;
    m_title->setText(tr("The task sync is starting…"));
    m_detail->clear();
    m_bar->setRange(0, 0); // busy until the first count
    m_bar->show();
    const sia::Result<void> started = service->start();
    if (!started) {
        m_following = false;
        for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
            disconnect(connection);
        }
        m_connections.clear();
        m_bar->hide();
        m_title->setText(tr("The task sync did not start"));
        m_detail->setText(started.error().message);
        emit finished();
        return false;
    }
    return true;
}

void TaskSyncRunView::showProgress(const sia::SyncProgress& progress)
{
    if (!m_following || progress.kind != sia::SyncKind::Tasks) {
        return;
    }
    //: %1 what the sync does now ("Importing new and changed tasks from Salesforce")
    m_title->setText(tr("Task sync running: %1").arg(SyncText::phase(progress)));
    if (progress.counts.total > 0) {
        m_bar->setRange(0, int(std::min<qint64>(progress.counts.total, INT_MAX)));
        m_bar->setValue(int(std::min(progress.counts.processed, progress.counts.total)));
    } else {
        m_bar->setRange(0, 0);
    }
    m_detail->setText(countsText(progress.counts));
}

void TaskSyncRunView::showEnd(const sia::SyncRun& run)
{
    if (!m_following || run.kind != sia::SyncKind::Tasks) {
        return;
    }
    m_following = false;
    m_bar->setRange(0, 1);
    m_bar->setValue(run.state == sia::SyncRunState::Completed ? 1 : 0);
    switch (run.state) {
    case sia::SyncRunState::Completed:
        m_title->setText(tr("The task sync completed"));
        break;
    case sia::SyncRunState::Cancelled:
        m_title->setText(tr("The task sync was cancelled; the next run goes on from there"));
        break;
    default:
        m_title->setText(tr("The task sync failed"));
        break;
    }
    const QString counts = countsText(run.counts);
    m_detail->setText(run.message.isEmpty() ? counts : run.message + u'\n' + counts);
    emit finished();
}

QString TaskSyncRunView::countsText(const sia::SyncCounts& counts)
{
    const int processed = int(counts.processed);
    const int total = int(counts.total);
    const QString seen = counts.total >= 0
        //: %1 the tasks looked at so far, %n all the tasks of the run
        ? tr("%1 of %n task(s) looked at", nullptr, total).arg(SyncText::number(counts.processed))
        : tr("%n task(s) looked at so far", nullptr, processed);
    //: %1 the tasks looked at ("12 of 40 tasks looked at"), then counts of created, updated, removed, failed
    return tr("%1 · created %2 · updated %3 · removed %4 · failed %5")
        .arg(seen, SyncText::number(counts.created), SyncText::number(counts.updated),
            SyncText::number(counts.deleted), SyncText::number(counts.failed));
}

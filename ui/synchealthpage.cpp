#include "synchealthpage.h"

#include "banner.h"
#include "store/storerunner.h"
#include "sync/synchealthbudget.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int filterDelayMs = 300;

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString stateText(sia::SyncRunState state)
{
    switch (state) {
    case sia::SyncRunState::Running:
        return SyncHealthPage::tr("running");
    case sia::SyncRunState::Paused:
        return SyncHealthPage::tr("paused");
    case sia::SyncRunState::Completed:
        return SyncHealthPage::tr("completed");
    case sia::SyncRunState::Failed:
        return SyncHealthPage::tr("failed");
    case sia::SyncRunState::Cancelled:
        return SyncHealthPage::tr("cancelled");
    case sia::SyncRunState::Interrupted:
        return SyncHealthPage::tr("interrupted");
    }
    return {};
}

QString kindText(sia::SyncKind kind)
{
    switch (kind) {
    case sia::SyncKind::PeopleInitial:
        return SyncHealthPage::tr("initial");
    case sia::SyncKind::PeopleIncremental:
        return SyncHealthPage::tr("changes");
    case sia::SyncKind::Tasks:
        return SyncHealthPage::tr("tasks");
    case sia::SyncKind::SalesActivities:
        return SyncHealthPage::tr("activities");
    }
    return {};
}

QTableWidget* makeTable(const QStringList& header, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(header.size()), parent);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace

SyncHealthPage::SyncHealthPage(QWidget* parent)
    : QWidget(parent)
    , m_chooseFile([this](const QString& suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("Export sync errors"), suggested, tr("CSV files (*.csv);;All files (*)"));
    })
    , m_confirm([this](const QString& question) {
        return QMessageBox::question(this, tr("Retry these"), question) == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("syncHealthPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Sync health"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title, 1);
    auto* refreshButton = new QPushButton(tr("&Refresh"), content);
    refreshButton->setObjectName(QStringLiteral("healthRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &SyncHealthPage::refresh);
    header->addWidget(refreshButton);
    layout->addLayout(header);

    m_message = new Banner(Banner::Tone::Error, content);
    m_message->setObjectName(QStringLiteral("healthMessage"));
    m_message->setClosable(true);
    m_message->hide();
    layout->addWidget(m_message);

    // The three areas' last runs, a tab each: side by side their counts would not fit.
    auto* runsBox = new QGroupBox(tr("Last runs"), content);
    auto* runsLayout = new QVBoxLayout(runsBox);
    auto* areaTabs = new QTabWidget(runsBox);
    areaTabs->setObjectName(QStringLiteral("healthAreas"));
    for (const sia::SyncArea area : sia::allValues<sia::SyncArea>()) {
        QTableWidget* runs = makeTable({ tr("Run"), tr("Kind"), tr("Started"), tr("Ended as"), tr("Created"),
                                           tr("Updated"), tr("Failed"), tr("Message") },
            areaTabs);
        runs->setObjectName(QStringLiteral("healthRuns-") + sia::toKey(area));
        runs->setAccessibleName(tr("Last runs of the %1").arg(sia::SyncHealth::title(area)));
        runs->setMinimumHeight(150);
        runs->setColumnHidden(1, sia::SyncHealth::kindsOf(area).size() < 2); // one kind: nothing to tell
        m_runs.append(runs);
        areaTabs->addTab(runs, sia::SyncHealth::title(area));
    }
    runsLayout->addWidget(areaTabs);
    layout->addWidget(runsBox);

    auto* errorsBox = new QGroupBox(tr("Errors of the recent runs"), content);
    auto* errorsLayout = new QVBoxLayout(errorsBox);
    m_groups = new QTreeWidget(errorsBox);
    m_groups->setObjectName(QStringLiteral("healthGroups"));
    m_groups->setAccessibleName(tr("Error groups"));
    m_groups->setHeaderLabels({ tr("Kind of error"), tr("Records"), tr("What to do") });
    m_groups->setRootIsDecorated(true);
    m_groups->setUniformRowHeights(true);
    m_groups->setMinimumHeight(160);
    m_groups->header()->setStretchLastSection(true);
    connect(m_groups, &QTreeWidget::itemSelectionChanged, this, &SyncHealthPage::groupSelected);
    errorsLayout->addWidget(m_groups);

    m_explanation = new QLabel(errorsBox);
    m_explanation->setObjectName(QStringLiteral("healthExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorsLayout->addWidget(m_explanation);

    auto* recordsBar = new QHBoxLayout;
    m_filter = new QLineEdit(errorsBox);
    m_filter->setObjectName(QStringLiteral("healthFilter"));
    m_filter->setPlaceholderText(tr("Filter the records by reference or message"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the records"));
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(filterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { loadRecords(true); });
    recordsBar->addWidget(m_filter, 1);
    m_retry = new QPushButton(tr("Retry these"), errorsBox);
    m_retry->setObjectName(QStringLiteral("healthRetry"));
    m_retry->setToolTip(
        tr("Mark the group's failed records so that the next run of their sync takes them again"));
    connect(m_retry, &QPushButton::clicked, this, &SyncHealthPage::retrySelected);
    recordsBar->addWidget(m_retry);
    m_export = new QPushButton(tr("Export CSV…"), errorsBox);
    m_export->setObjectName(QStringLiteral("healthExport"));
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(m_selected); });
    recordsBar->addWidget(m_export);
    m_exportAll = new QPushButton(tr("Export all errors…"), errorsBox);
    m_exportAll->setObjectName(QStringLiteral("healthExportAll"));
    connect(m_exportAll, &QPushButton::clicked, this, [this] { exportCsv(std::nullopt); });
    recordsBar->addWidget(m_exportAll);
    errorsLayout->addLayout(recordsBar);

    m_retryReason = new QLabel(errorsBox);
    m_retryReason->setObjectName(QStringLiteral("healthRetryReason"));
    m_retryReason->setWordWrap(true);
    errorsLayout->addWidget(m_retryReason);

    m_records = makeTable({ tr("Record"), tr("When"), tr("Outcome"), tr("Message") }, errorsBox);
    m_records->setObjectName(QStringLiteral("healthRecords"));
    m_records->setAccessibleName(tr("Records of the selected group"));
    m_records->setMinimumHeight(200);
    errorsLayout->addWidget(m_records);
    m_more = new QPushButton(tr("Show more records"), errorsBox);
    m_more->setObjectName(QStringLiteral("healthMore"));
    connect(m_more, &QPushButton::clicked, this, [this] { loadRecords(false); });
    errorsLayout->addWidget(m_more, 0, Qt::AlignLeft);
    layout->addWidget(errorsBox, 1);

    auto* budgetBox = new QGroupBox(tr("API budget today"), content);
    auto* budgetLayout = new QVBoxLayout(budgetBox);
    m_budget = new QLabel(budgetBox);
    m_budget->setObjectName(QStringLiteral("healthBudget"));
    m_budget->setWordWrap(true);
    m_budget->setTextInteractionFlags(Qt::TextSelectableByMouse);
    budgetLayout->addWidget(m_budget);
    layout->addWidget(budgetBox);

    showGroupDetails();
}

void SyncHealthPage::setService(sia::SyncHealthService* service)
{
    if (m_service) {
        m_service->disconnect(this);
    }
    m_service = service;
    if (!m_service) {
        return;
    }
    connect(m_service, &sia::SyncHealthService::snapshotReady, this, &SyncHealthPage::showSnapshot);
    connect(m_service, &sia::SyncHealthService::recordsReady, this, &SyncHealthPage::appendRecords);
    connect(m_service, &sia::SyncHealthService::failed, this, [this](const sia::Error& error) {
        showMessage(true, tr("The sync health could not be read or changed"), error.message);
    });
    connect(m_service, &sia::SyncHealthService::exported, this, [this](const QString& path, qint64 rows) {
        const int count = int(rows);
        showMessage(false, tr("Exported"),
            tr("Wrote %n record(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)));
    });
    connect(m_service, &sia::SyncHealthService::retried, this,
        [this](const sia::SyncErrorGroupKey&, qint64 records) {
            const int count = int(records);
            showMessage(false, tr("Marked for retry"),
                tr("%n record(s) will be taken again by the next run of their sync.", nullptr, count));
            refresh();
        });
    refresh();
}

SyncHealthPage::~SyncHealthPage() = default;

void SyncHealthPage::useStore(sia::StoreWorker& worker, const QString& actor)
{
    setService(nullptr);
    m_ownService.reset();
    m_ownRunner = std::make_unique<sia::WorkerStoreRunner>(worker);
    m_ownService = std::make_unique<sia::SyncHealthService>(*m_ownRunner, actor);
    setService(m_ownService.get());
}

void SyncHealthPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        refresh();
    }
}

void SyncHealthPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showGroupDetails();
}

void SyncHealthPage::refresh()
{
    if (m_service) {
        m_service->refresh();
    }
}

QTableWidget* SyncHealthPage::runsTable(sia::SyncArea area) const
{
    return m_runs.value(int(area));
}

void SyncHealthPage::showSnapshot(const sia::SyncHealthSnapshot& snapshot)
{
    m_snapshot = snapshot;
    for (const sia::SyncAreaHealth& area : snapshot.areas) {
        showRuns(area);
    }
    const std::optional<sia::SyncErrorGroupKey> keep = m_selected;
    {
        const QSignalBlocker quiet(m_groups);
        m_groups->clear();
        for (const sia::SyncAreaHealth& area : snapshot.areas) {
            auto* areaItem = new QTreeWidgetItem(m_groups, { sia::SyncHealth::title(area.area) });
            areaItem->setFlags(Qt::ItemIsEnabled);
            if (area.groups.isEmpty()) {
                auto* none = new QTreeWidgetItem(areaItem, { tr("No errors in the recent runs") });
                none->setFlags(Qt::ItemIsEnabled);
            }
            for (const sia::SyncErrorGroup& group : area.groups) {
                auto* item = new QTreeWidgetItem(areaItem,
                    { group.explanation.title, QLocale().toString(group.records),
                        group.explanation.whatToDo });
                item->setData(0, Qt::UserRole, group.key.toString());
                item->setToolTip(0, group.key.code);
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
        m_groups->expandAll();
        m_groups->resizeColumnToContents(0);
    }
    showBudget(snapshot.budgets);
    m_selected.reset();
    if (!keep || !selectGroup(*keep)) {
        groupSelected();
    }
    emit refreshed();
}

void SyncHealthPage::showRuns(const sia::SyncAreaHealth& area)
{
    QTableWidget* table = runsTable(area.area);
    if (!table) {
        return;
    }
    const QLocale locale;
    table->setRowCount(int(area.runs.size()));
    for (int row = 0; row < area.runs.size(); ++row) {
        const sia::SyncRun& run = area.runs.at(row);
        setRow(table, row,
            { QString::number(run.id), kindText(run.kind), when(run.startedAt), stateText(run.state),
                locale.toString(run.counts.created), locale.toString(run.counts.updated),
                locale.toString(run.counts.failed), run.message });
        if (!run.message.isEmpty()) {
            table->item(row, 3)->setToolTip(run.message);
        }
        for (const int count : { 4, 5, 6 }) {
            table->item(row, count)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    table->resizeColumnsToContents();
}

void SyncHealthPage::showBudget(const QList<sia::SyncServiceBudget>& budgets)
{
    const QLocale locale;
    QStringList lines;
    for (const sia::SyncServiceBudget& budget : budgets) {
        const sia::ApiBudgetReport& report = budget.report;
        const QString service = report.service == sia::ConnectionService::Marketo
            ? QStringLiteral("Marketo")
            : QStringLiteral("Salesforce");
        //: %1 the service, %2 SIA Admin's calls today, %3 the calls the cap allows, %4 the cap in percent,
        //: %5 the calls of each sync.
        lines << (report.allowedToUs >= 0
                ? tr("%1: %2 of the %3 calls SIA Admin may make today (cap %4 %) — %5")
                      .arg(service, locale.toString(report.usedByUs), locale.toString(report.allowedToUs))
                      .arg(report.capPercent)
                      .arg(sia::SyncHealthBudget::breakdown(budget))
                : tr("%1: %2 calls by SIA Admin today; the daily limit is not known yet (cap %3 %) — %4")
                      .arg(service, locale.toString(report.usedByUs))
                      .arg(report.capPercent)
                      .arg(sia::SyncHealthBudget::breakdown(budget)));
        if (report.stopped) {
            lines << report.stopMessage;
        }
    }
    lines << sia::SyncHealthBudget::attributionNote();
    m_budget->setText(lines.join(QLatin1Char('\n')));
}

bool SyncHealthPage::selectGroup(const sia::SyncErrorGroupKey& key)
{
    const QString wanted = key.toString();
    for (int top = 0; top < m_groups->topLevelItemCount(); ++top) {
        QTreeWidgetItem* area = m_groups->topLevelItem(top);
        for (int child = 0; child < area->childCount(); ++child) {
            if (area->child(child)->data(0, Qt::UserRole).toString() == wanted) {
                m_groups->setCurrentItem(area->child(child));
                area->child(child)->setSelected(true);
                return true;
            }
        }
    }
    return false;
}

void SyncHealthPage::groupSelected()
{
    const QList<QTreeWidgetItem*> chosen = m_groups->selectedItems();
    const QString key = chosen.isEmpty() ? QString() : chosen.first()->data(0, Qt::UserRole).toString();
    const std::optional<sia::SyncErrorGroupKey> selected = sia::SyncErrorGroupKey::parse(key);
    if (selected == m_selected) {
        return;
    }
    m_selected = selected;
    showGroupDetails();
    loadRecords(true);
}

void SyncHealthPage::showGroupDetails()
{
    const sia::SyncErrorGroup* group = m_selected ? m_snapshot.group(*m_selected) : nullptr;
    m_export->setEnabled(group != nullptr);
    m_filter->setEnabled(group != nullptr);
    m_exportAll->setEnabled(!m_snapshot.areas.isEmpty());
    if (!group) {
        m_explanation->setText(
            tr("Select a kind of error to see what it means, what to do and its records."));
        m_retry->hide();
        m_retryReason->hide();
        return;
    }
    //: %1 what the error means, %2 what to do, %3 the number of records, %4 the error's code.
    const int records = int(group->records);
    m_explanation->setText(
        tr("%1\nWhat to do: %2\n%n record(s) affected (code %3).", nullptr, records)
            .arg(group->explanation.explanation, group->explanation.whatToDo, group->key.code));
    const bool offered = group->retry.offered() && !m_readOnly;
    m_retry->setVisible(offered);
    m_retryReason->setVisible(!offered);
    m_retryReason->setText(m_readOnly ? tr("No retry: this is a read-only review.")
                                      : tr("No retry: %1").arg(group->retry.reason));
}

void SyncHealthPage::loadRecords(bool fromStart)
{
    if (fromStart) {
        m_records->setRowCount(0);
        m_lastRef.clear();
    }
    m_more->setEnabled(false);
    if (!m_service || !m_selected) {
        return;
    }
    m_service->loadRecords(*m_selected, m_filter->text(), m_lastRef, recordPage);
}

void SyncHealthPage::appendRecords(const sia::SyncErrorGroupKey& key, const QString& filter,
    const QString& afterRef, const QList<sia::SyncErrorGroupRecord>& records)
{
    // An answer to a question no longer asked (another group, another filter, a page already shown).
    if (!m_selected || key != *m_selected || filter != m_filter->text() || afterRef != m_lastRef) {
        return;
    }
    int row = m_records->rowCount();
    m_records->setRowCount(row + int(records.size()));
    for (const sia::SyncErrorGroupRecord& record : records) {
        setRow(m_records, row++,
            { record.recordRef, when(record.at),
                record.outcome == sia::SyncErrorOutcome::Failed ? tr("failed") : tr("skipped"),
                record.message });
        m_lastRef = record.recordRef;
    }
    m_more->setEnabled(records.size() >= recordPage);
    emit recordsShown();
}

void SyncHealthPage::retrySelected()
{
    const sia::SyncErrorGroup* group = m_selected ? m_snapshot.group(*m_selected) : nullptr;
    if (!m_service || !group || !group->retry.offered() || m_readOnly) {
        return;
    }
    const int records = int(group->failedRecords);
    //: %1 the kind of error.
    if (!m_confirm(tr("Mark %n failed record(s) of “%1” so that the next run of their sync takes them again?",
            nullptr, records)
                       .arg(group->explanation.title))) {
        return;
    }
    m_service->retry(group->key);
}

void SyncHealthPage::exportCsv(const std::optional<sia::SyncErrorGroupKey>& key)
{
    if (!m_service) {
        return;
    }
    const QString suggested = key
        ? QStringLiteral("sync-errors-%1.csv")
              .arg(QString(key->toString()).replace(QLatin1Char('/'), QLatin1Char('-')))
        : QStringLiteral("sync-errors.csv");
    const QString path = m_chooseFile(suggested);
    if (path.isEmpty()) {
        return;
    }
    m_service->exportCsv(key, path);
}

void SyncHealthPage::showMessage(bool error, const QString& title, const QString& text)
{
    m_message->setTone(error ? Banner::Tone::Error : Banner::Tone::Info);
    m_message->setTitle(title);
    m_message->setText(text);
    m_message->show();
}

#include "peoplesyncpage.h"

#include "apibudgetcard.h"
#include "banner.h"
#include "connections/apibudgetcontrol.h"
#include "marketo/marketoconnectionservice.h"
#include "pagecards.h"
#include "peoplebrowser.h"
#include "recordtable.h"
#include "setup/steps/stepregistry.h"
#include "store/storeworker.h"
#include "synccountsview.h"
#include "syncerrorlist.h"
#include "synclivefeed.h"
#include "syncreportview.h"
#include "synctext.h"
#include "theme.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using PageCards::card;
using PageCards::paragraph;

namespace {

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

// The one action the page suggests most looks it; after a completed initial sync that is no longer Start.
void setPrimary(QPushButton* button, bool primary)
{
    if (button->property("siaRole").toString().isEmpty() != primary) {
        return;
    }
    if (primary) {
        Theme::setRole(button, Theme::Role::PrimaryButton);
    } else {
        button->setProperty("siaRole", QVariant());
    }
    button->style()->unpolish(button);
    button->style()->polish(button);
}

} // namespace

PeopleSyncPage::PeopleSyncPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::PeopleSyncStep>(), parent)
    , m_chooseFile([this](const QString& suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("Export the errors"), suggested, tr("CSV files (*.csv);;All files (*)"));
    })
{
    setControls(buildControls());
    setWideControls(buildWideControls());
    // A run in another SIA Admin (the command line, a colleague's window) sends this window no signal:
    // its state is read again now and then until it has ended.
    m_poll = new QTimer(this);
    m_poll->setObjectName(QStringLiteral("peopleSyncPoll"));
    m_poll->setInterval(pollSeconds * 1000);
    connect(m_poll, &QTimer::timeout, this, &PeopleSyncPage::refresh);
    updateEnabled();
}

void PeopleSyncPage::setSaveFileChooser(std::function<QString(const QString&)> chooser)
{
    m_chooseFile = std::move(chooser);
}

QWidget* PeopleSyncPage::buildControls()
{
    auto* controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("stepControls"));
    auto* layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_error = new Banner(Banner::Tone::Error, controls);
    m_error->setObjectName(QStringLiteral("peopleSyncError"));
    m_error->setClosable(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_notice = new Banner(Banner::Tone::Info, controls);
    m_notice->setObjectName(QStringLiteral("peopleSyncNotice"));
    m_notice->setClosable(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(buildSyncCard());
    return controls;
}

QWidget* PeopleSyncPage::buildWideControls()
{
    // Below both columns, at the page's width: the tables and the report read without a sideways scroll.
    auto* controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("stepWideControls"));
    auto* layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(buildPreviewCard());
    layout->addWidget(buildDryRunCard());
    layout->addWidget(buildErrorsCard());
    layout->addWidget(buildPeopleCard());
    layout->addWidget(buildChangesCard());
    layout->addWidget(buildHistoryCard());
    m_budgetCard = new ApiBudgetCard(controls);
    layout->addWidget(m_budgetCard);
    return controls;
}

QWidget* PeopleSyncPage::buildSyncCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Sync people from Marketo"), body);
    frame->setObjectName(QStringLiteral("peopleSyncCard"));
    m_state = paragraph(QString(), frame);
    m_state->setObjectName(QStringLiteral("peopleSyncState"));
    body->addWidget(m_state);

    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start sync"), frame);
    Theme::setRole(m_start, Theme::Role::PrimaryButton);
    connect(m_start, &QPushButton::clicked, this, &PeopleSyncPage::onStart);
    buttons->addWidget(m_start);
    m_dryRun = new QPushButton(tr("Dry run"), frame);
    m_dryRun->setToolTip(
        tr("Read every person in Marketo and report what a sync would do, writing nothing."));
    connect(m_dryRun, &QPushButton::clicked, this, &PeopleSyncPage::onDryRun);
    buttons->addWidget(m_dryRun);
    m_pause = new QPushButton(tr("Pause"), frame);
    m_pause->setToolTip(tr("Stop at the next checkpoint; Resume goes on from there."));
    connect(m_pause, &QPushButton::clicked, this, &PeopleSyncPage::onPause);
    buttons->addWidget(m_pause);
    m_cancel = new QPushButton(tr("Cancel"), frame);
    connect(m_cancel, &QPushButton::clicked, this, &PeopleSyncPage::onCancel);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    body->addLayout(buttons);

    m_live = new SyncLiveFeed(frame);
    m_live->hide();
    body->addSpacing(6);
    body->addWidget(m_live);
    return frame;
}

QWidget* PeopleSyncPage::buildPreviewCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("The fields that will sync"), body);
    auto* hint = paragraph(tr("Fixed and read-only: each Actions field, the Marketo field it is read from, "
                              "and where Salesforce fills that in, with the values of a few real people "
                              "that have a Sales Owner."),
        frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    m_previewModel = new QStandardItemModel(this);
    m_previewTable
        = new RecordTable(m_previewModel, tr("The fields and their sample values appear here."), frame);
    m_previewTable->setObjectName(QStringLiteral("peopleSyncPreview"));
    m_previewTable->fitHeightToRows(14);
    m_previewTable->view()->setSelectionMode(QAbstractItemView::NoSelection);
    body->addWidget(m_previewTable);
    m_previewNote = paragraph(QString(), frame);
    m_previewNote->setObjectName(QStringLiteral("peopleSyncPreviewNote"));
    Theme::setRole(m_previewNote, Theme::Role::Muted);
    m_previewNote->hide();
    body->addWidget(m_previewNote);
    auto* buttons = new QHBoxLayout;
    m_refreshPreview = new QPushButton(tr("Read the samples again"), frame);
    connect(m_refreshPreview, &QPushButton::clicked, this, &PeopleSyncPage::loadPreview);
    buttons->addWidget(m_refreshPreview);
    buttons->addStretch(1);
    body->addLayout(buttons);
    return frame;
}

QWidget* PeopleSyncPage::buildDryRunCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Dry run: who would sync"), body);
    m_report = new SyncReportView(frame);
    body->addWidget(m_report);
    return frame;
}

QWidget* PeopleSyncPage::buildErrorsCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Errors of the last run"), body);
    m_errorsText = paragraph(tr("No run yet."), frame);
    m_errorsText->setObjectName(QStringLiteral("peopleSyncErrors"));
    body->addWidget(m_errorsText);
    m_errorList = new SyncErrorList(frame);
    m_errorList->hide();
    connect(m_errorList, &SyncErrorList::loaded, this, &PeopleSyncPage::errorsListed);
    body->addWidget(m_errorList);
    auto* buttons = new QHBoxLayout;
    m_exportErrors = new QPushButton(tr("Export CSV…"), frame);
    m_exportErrors->setToolTip(
        tr("Every skipped or failed person of the run, with the reason, as a CSV file."));
    connect(m_exportErrors, &QPushButton::clicked, this, &PeopleSyncPage::onExportErrors);
    buttons->addWidget(m_exportErrors);
    buttons->addStretch(1);
    body->addLayout(buttons);
    return frame;
}

QWidget* PeopleSyncPage::buildChangesCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Changes after the initial sync"), body);
    auto* hint = paragraph(tr("After the initial sync, SIA Admin follows Marketo's changes to the synced "
                              "fields and the owner: people who gain a Sales Owner come in, people who "
                              "lose it are marked no longer eligible, deleted people are marked deleted."),
        frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);

    auto* row = new QHBoxLayout;
    auto* every = new QLabel(tr("Sync changes every"), frame);
    m_interval = new QSpinBox(frame);
    m_interval->setObjectName(QStringLiteral("peopleSyncInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("only on demand"));
    m_interval->setAccessibleName(tr("Minutes between two syncs of the changes; 0: only on demand"));
    every->setBuddy(m_interval);
    m_applyInterval = new QPushButton(tr("Apply"), frame);
    connect(m_applyInterval, &QPushButton::clicked, this, &PeopleSyncPage::onApplyInterval);
    connect(m_interval, &QSpinBox::valueChanged, this, &PeopleSyncPage::updateEnabled);
    m_syncChanges = new QPushButton(tr("Sync changes now"), frame);
    connect(m_syncChanges, &QPushButton::clicked, this, &PeopleSyncPage::onSyncChanges);
    row->addWidget(every);
    row->addWidget(m_interval);
    row->addWidget(m_applyInterval);
    row->addSpacing(18);
    row->addWidget(m_syncChanges);
    row->addStretch(1);
    body->addLayout(row);

    m_changesText = paragraph(QString(), frame);
    m_changesText->setObjectName(QStringLiteral("peopleSyncChanges"));
    body->addWidget(m_changesText);
    m_changesCounts = new SyncCountsView(frame);
    m_changesCounts->setDeletedShown(true);
    m_changesCounts->hide();
    body->addWidget(m_changesCounts);
    return frame;
}

QWidget* PeopleSyncPage::buildHistoryCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Sync history"), body);
    m_runsModel = new QStandardItemModel(0, 5, this);
    m_runsModel->setHorizontalHeaderLabels(
        { tr("Run"), tr("Started"), tr("Ended"), tr("Outcome"), tr("People") });
    m_runs = new RecordTable(m_runsModel, tr("No sync has run yet."), frame);
    m_runs->setObjectName(QStringLiteral("peopleSyncRuns"));
    m_runs->fitHeightToRows(8);
    body->addWidget(m_runs);
    return frame;
}

QWidget* PeopleSyncPage::buildPeopleCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("People in Actions"), body);
    m_peopleText = paragraph(QString(), frame);
    m_peopleText->setObjectName(QStringLiteral("peopleSyncPeople"));
    body->addWidget(m_peopleText);
    auto* hint = paragraph(tr("People are read-only in Actions: they are changed in Marketo or Salesforce, "
                              "and the changes flow in."),
        frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    auto* buttons = new QHBoxLayout;
    m_browse = new QPushButton(tr("Browse people…"), frame);
    connect(m_browse, &QPushButton::clicked, this, &PeopleSyncPage::onBrowse);
    buttons->addWidget(m_browse);
    buttons->addStretch(1);
    body->addLayout(buttons);
    return frame;
}

void PeopleSyncPage::setServices(const StepServices& services)
{
    m_service = services.peopleSync;
    m_store = services.store;
    // The budget of the Marketo calls the sync makes; without Marketo's service there is none to show.
    m_budgetCard->setVisible(services.marketo != nullptr);
    if (services.marketo) {
        m_budgetCard->follow(services.marketo->budget());
    }
    if (m_service) {
        connect(m_service, &sia::PeopleSyncService::runStarted, this, &PeopleSyncPage::onRunStarted);
        connect(m_service, &sia::PeopleSyncService::progressChanged, this, &PeopleSyncPage::onProgress);
        connect(m_service, &sia::PeopleSyncService::runFinished, this, &PeopleSyncPage::onRunFinished);
        connect(m_service, &sia::PeopleSyncService::runningChanged, this, [this](bool nowRunning) {
            if (!nowRunning) {
                m_pausing = false;
                m_cancelling = false;
            }
            updateEnabled();
            showStateLine();
        });
        refresh();
        if (isVisible()) {
            loadPreview();
        }
    }
    showStateLine();
    updateEnabled();
}

void PeopleSyncPage::showEvent(QShowEvent* event)
{
    StepPageBase::showEvent(event);
    // The preview calls Marketo and Salesforce: only once the admin looks at this step.
    if (m_service && !m_previewAsked) {
        loadPreview();
    }
}

void PeopleSyncPage::refresh()
{
    if (!m_service) {
        return;
    }
    m_service->status([this](sia::Result<sia::PeopleSyncStatus> status) {
        if (!status) {
            showError(tr("The sync's state could not be read"), status.error());
            return;
        }
        showStatus(*status);
    });
    m_service->history(historyRows, [this](sia::Result<QList<sia::SyncRun>> runs) {
        if (!runs) {
            showError(tr("The sync history could not be read"), runs.error());
            return;
        }
        showHistory(*runs);
    });
}

void PeopleSyncPage::showStatus(const sia::PeopleSyncStatus& status)
{
    m_status = status;
    {
        const QSignalBlocker quiet(m_interval);
        m_interval->setValue(status.incrementalIntervalMinutes);
    }
    // Two sentences, so that each count takes its own plural.
    m_peopleText->setText(tr("%Ln people are in Actions.", nullptr, int(status.people)) + QLatin1Char(' ')
        + tr("%Ln of them are eligible (they have a Sales Owner).", nullptr, int(status.eligiblePeople)));
    // The errors of the newest run, initial or incremental.
    std::optional<sia::SyncRun> newest = status.initial;
    if (status.incremental && (!newest || status.incremental->startedAt > newest->startedAt)) {
        newest = status.incremental;
    }
    showErrorsOf(newest);
    if (status.running && status.initial && status.initial->state == sia::SyncRunState::Running
        && m_liveRunId != status.initial->id) {
        onRunStarted(*status.initial); // the run was going before this page followed it
    }
    const bool elsewhere
        = !status.running && status.initial && status.initial->state == sia::SyncRunState::Running;
    if (elsewhere != m_poll->isActive()) {
        elsewhere ? m_poll->start() : m_poll->stop();
    }
    showStateLine();
    showChanges();
    updateEnabled();
    emit statusShown();
}

void PeopleSyncPage::showStateLine()
{
    if (!m_service) {
        m_state->setText(tr("The sync is not available here (a review, or no Marketo connection in this "
                            "window)."));
        return;
    }
    if (m_dryRunning) {
        m_state->setText(tr("A dry run is reading every person in Marketo. Nothing is written."));
        return;
    }
    if (m_service->isRunning()) {
        m_state->setText(m_pausing ? tr("Pausing at the next checkpoint…")
                : m_cancelling     ? tr("Cancelling at the next checkpoint…")
                                   : tr("The sync is running. You can keep working; Pause stops it at the "
                                            "next checkpoint and Resume goes on from there."));
        return;
    }
    if (!m_status) {
        m_state->setText(tr("Reading the sync's state…"));
        return;
    }
    const std::optional<sia::SyncRun>& initial = m_status->initial;
    if (!initial) {
        m_state->setText(tr("Nothing has been synced yet. Check the fields and their samples below, run a "
                            "dry run to see who would sync, then start the sync."));
        return;
    }
    //: %1 who started it, %2 when.
    const QString started
        = tr("started by %1 on %2").arg(initial->startedBy, SyncText::when(initial->startedAt));
    switch (initial->state) {
    case sia::SyncRunState::Running:
        //: %1 the process ("host:pid") running it; %2 as "started by … on …".
        m_state->setText(tr("The initial sync is running in another SIA Admin (%1), %2. This page shows its "
                            "outcome once it has ended.")
                             .arg(initial->owner, started));
        break;
    case sia::SyncRunState::Paused:
    case sia::SyncRunState::Interrupted:
        //: %1 "Paused" or "Interrupted"; %2 the people processed; %3 as "started by … on …".
        m_state->setText(
            tr("%1: the initial sync (%3) stopped at its last checkpoint after %2 people. "
               "Resume goes on from there; nothing is lost or doubled.")
                .arg(SyncText::state(initial->state), SyncText::number(initial->counts.processed), started));
        break;
    case sia::SyncRunState::Completed:
        //: %1 when it ended.
        m_state->setText(tr("The initial sync completed on %1. Changes in Marketo now come in as the "
                            "changes card below says.")
                             .arg(SyncText::when(initial->finishedAt)));
        break;
    case sia::SyncRunState::Failed:
        //: %1 what stopped it.
        m_state->setText(tr("The last initial sync failed: %1").arg(initial->message));
        break;
    case sia::SyncRunState::Cancelled:
        m_state->setText(tr("The last initial sync was cancelled; what it had written stays. Start sync "
                            "runs it from the beginning."));
        break;
    }
}

void PeopleSyncPage::showChanges()
{
    if (!m_status) {
        m_changesText->clear();
        return;
    }
    QStringList lines;
    if (const std::optional<sia::SyncRun>& last = m_status->incremental) {
        const QDateTime at = last->finishedAt.isValid() ? last->finishedAt : last->startedAt;
        //: %1 when, %2 its outcome ("Completed", …).
        lines << tr("Last synced changes on %1: %2.").arg(SyncText::when(at), SyncText::state(last->state));
        if (!last->message.isEmpty()) {
            lines << last->message;
        }
        m_changesCounts->setCounts(last->counts);
        m_changesCounts->show();
    } else {
        lines << tr("No changes have been synced yet.");
        m_changesCounts->hide();
    }
    if (m_status->nextIncrementalAt.isValid()) {
        lines << tr("Next: %1.").arg(SyncText::when(m_status->nextIncrementalAt));
    } else if (m_status->incrementalIntervalMinutes == 0) {
        lines << tr("Changes are synced only when you press Sync changes now.");
    }
    m_changesText->setText(lines.join(QLatin1Char('\n')));
}

void PeopleSyncPage::showErrorsOf(const std::optional<sia::SyncRun>& run)
{
    m_errorsRun = run;
    if (!run) {
        m_errorsText->setText(tr("No run yet."));
    } else if (run->counts.failed == 0 && run->counts.skipped == 0) {
        //: %1 the run ("Initial sync", "Changes"), %2 when it started.
        m_errorsText->setText(tr("%1 of %2: no person was skipped or failed.")
                                  .arg(SyncText::kind(run->kind), SyncText::when(run->startedAt)));
    } else {
        //: %1 the run, %2 when it started; %n people who failed. The skipped follow in their own sentence.
        m_errorsText->setText(
            tr("%1 of %2: %Ln people could not be written (they are tried again next time).", nullptr,
                int(run->counts.failed))
                .arg(SyncText::kind(run->kind), SyncText::when(run->startedAt))
            + QLatin1Char(' ')
            + tr(
                "%Ln people were left out on purpose (no Sales Owner, malformed); the CSV says why for each.",
                nullptr, int(run->counts.skipped)));
    }
    // The people themselves, where the store can be read (not in a review of a copy without a worker).
    const bool listed = m_store && run && (run->counts.failed > 0 || run->counts.skipped > 0);
    m_errorList->setVisible(listed);
    m_errorList->load(listed ? m_store.data() : nullptr, listed ? run->id : 0);
    updateEnabled();
}

void PeopleSyncPage::showHistory(const QList<sia::SyncRun>& runs)
{
    m_runsModel->removeRows(0, m_runsModel->rowCount());
    for (const sia::SyncRun& run : runs) {
        QStandardItem* kind = cell(SyncText::kind(run.kind));
        kind->setToolTip(tr("Started by %1").arg(run.startedBy));
        QStandardItem* outcome = cell(SyncText::state(run.state));
        outcome->setToolTip(run.message);
        const sia::SyncCounts& c = run.counts;
        //: A run's counts in the history, each %n a number.
        const QString counts
            = tr("%1 processed: %2 created, %3 updated, %4 unchanged, %5 deleted, %6 skipped, "
                 "%7 failed")
                  .arg(SyncText::number(c.processed), SyncText::number(c.created),
                      SyncText::number(c.updated), SyncText::number(c.unchanged), SyncText::number(c.deleted),
                      SyncText::number(c.skipped), SyncText::number(c.failed));
        m_runsModel->appendRow({ kind, cell(SyncText::when(run.startedAt)),
            cell(SyncText::when(run.finishedAt)), outcome, cell(counts) });
    }
    QTableView* view = m_runs->view();
    view->setWordWrap(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int column = 0; column < 4; ++column) {
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    view->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    emit historyShown();
}

void PeopleSyncPage::loadPreview()
{
    if (!m_service || m_previewLoading) {
        return;
    }
    m_previewAsked = true;
    m_previewLoading = true;
    m_previewNote->setText(tr("Reading the fields from Marketo and a few people from Salesforce…"));
    m_previewNote->show();
    updateEnabled();
    m_service->preview(previewSamples, [this](sia::Result<sia::SyncPreview> preview) {
        m_previewLoading = false;
        updateEnabled();
        if (!preview) {
            if (preview.error().code == QStringLiteral("marketo.not-connected")) {
                // Not a failure: the step waits for step 3, and the page says so without alarm.
                //: %1 core's message, which says where Marketo is connected.
                m_previewNote->setText(tr("The preview is available once Marketo is connected. %1")
                                           .arg(preview.error().message));
            } else {
                m_previewNote->setText(tr("No preview: %1").arg(preview.error().message));
                showError(tr("The preview could not be read"), preview.error());
            }
            emit previewShown();
            return;
        }
        showPreview(*preview);
        emit previewShown();
    });
}

void PeopleSyncPage::showPreview(const sia::SyncPreview& preview)
{
    // Four columns, wrapped, so that the mapping and its samples fit the page's column without a
    // sideways scroll: the samples of one field stand one under the other in their cell.
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels(
        { tr("Actions field"), tr("Marketo field"), tr("Filled in Salesforce from"), tr("Sample values") });
    QStringList notes;
    for (const sia::SyncPreviewField& field : preview.fields) {
        QStandardItem* marketo = cell(field.marketoField.isEmpty() ? tr("(none)") : field.marketoField);
        marketo->setToolTip(field.marketoLabel);
        QStringList samples;
        for (const QString& sample : field.samples) {
            samples << (sample.isEmpty() ? tr("(empty)") : sample);
        }
        QList<QStandardItem*> row { cell(field.actionsField), marketo,
            cell(QString(field.salesforceSource).replace(QStringLiteral(" / "), QStringLiteral(" /\n"))),
            cell(samples.join(QLatin1Char('\n'))) };
        if (!field.note.isEmpty()) {
            //: %1 the Actions field, %2 what is to know about it.
            notes << tr("%1: %2").arg(field.actionsField, field.note);
            for (QStandardItem* item : row) {
                item->setToolTip(field.note);
            }
        }
        m_previewModel->appendRow(row);
    }
    if (!preview.sampledMarketoIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : preview.sampledMarketoIds) {
            ids << QString::number(id); // an ID, not a quantity: no group separators
        }
        //: %1 the Marketo IDs of the sampled people, in the order of the samples.
        m_previewModel->horizontalHeaderItem(3)->setToolTip(
            tr("Of the people with the Marketo IDs %1").arg(ids.join(QStringLiteral(", "))));
    }
    if (!preview.note.isEmpty()) {
        notes << preview.note;
    }
    QTableView* view = m_previewTable->view();
    view->setWordWrap(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->resizeRowsToContents(); // now, not after the header's delayed pass: the card takes its height
    m_previewNote->setText(notes.join(QLatin1Char('\n')));
    m_previewNote->setVisible(!notes.isEmpty());
}

void PeopleSyncPage::onStart()
{
    if (!canAct() || running()) {
        return;
    }
    m_error->hide();
    m_notice->hide();
    const sia::Result<void> started = m_service->start();
    if (!started) {
        showError(tr("The sync did not start"), started.error());
    }
    updateEnabled();
}

void PeopleSyncPage::onDryRun()
{
    if (!canAct() || running()) {
        return;
    }
    m_error->hide();
    m_dryRunning = true;
    m_liveRunId = 0;
    m_live->begin(tr("Dry run: nothing is written"));
    m_live->show();
    showStateLine();
    updateEnabled();
    m_service->dryRun([this](sia::Result<sia::EligibilityReport> report) {
        m_dryRunning = false;
        m_cancelling = false;
        if (!report) {
            m_live->finish(tr("Dry run stopped"), report.error().message, {}, false);
            showError(tr("The dry run did not finish"), report.error());
        } else {
            sia::SyncCounts read = report->wouldDo;
            read.total = report->scanned;
            read.processed = report->scanned;
            m_live->finish(tr("Dry run finished: nothing was written"),
                tr("Its report is below, in “Dry run: who would sync”."), read, true);
            m_report->showReport(*report);
        }
        showStateLine();
        updateEnabled();
        emit dryRunFinished();
    });
}

void PeopleSyncPage::onPause()
{
    if (!m_service || !m_service->isRunning() || m_pausing) {
        return;
    }
    m_pausing = true;
    m_service->pause();
    showStateLine();
    updateEnabled();
}

void PeopleSyncPage::onCancel()
{
    if (!m_service || !running() || m_confirm) {
        return;
    }
    const QString text = m_dryRunning
        ? tr("Cancel the dry run? Nothing has been written; its report is lost.")
        : tr("Cancel the sync? What it has written stays, but the run cannot be resumed: the next Start sync "
             "begins again from the first person. Pause instead keeps the run resumable.");
    m_confirm = new QMessageBox(
        QMessageBox::Question, tr("Cancel"), text, QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("confirmCancelSync"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->button(QMessageBox::Yes)->setText(tr("Cancel the run"));
    m_confirm->button(QMessageBox::No)->setText(tr("Keep it running"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the progress keeps arriving meanwhile.
    connect(m_confirm, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes && m_service && running()) {
            m_cancelling = true;
            m_service->cancel();
            showStateLine();
            updateEnabled();
        }
    });
    m_confirm->open();
}

void PeopleSyncPage::onExportErrors()
{
    if (!m_service || !m_errorsRun) {
        return;
    }
    const QString suggested = QDir::home().filePath(
        QStringLiteral("people-sync-errors-%1.csv").arg(QString::number(m_errorsRun->id)));
    const QString file = m_chooseFile ? m_chooseFile(suggested) : QString();
    if (file.isEmpty()) {
        return;
    }
    m_exportErrors->setEnabled(false);
    m_service->exportErrors(m_errorsRun->id, file, [this, file](sia::Result<qint64> rows) {
        updateEnabled();
        if (!rows) {
            showError(tr("The errors were not exported"), rows.error());
        } else {
            m_notice->setTitle(tr("Errors exported"));
            //: %n the rows written, %1 the file.
            m_notice->setText(
                tr("%Ln errors written to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(file)));
            m_notice->show();
        }
        emit errorsExported();
    });
}

void PeopleSyncPage::onApplyInterval()
{
    if (!canAct()) {
        return;
    }
    const int minutes = m_interval->value();
    m_applyInterval->setEnabled(false);
    m_service->setIncrementalInterval(minutes, [this](sia::Result<void> saved) {
        if (!saved) {
            showError(tr("The interval was not changed"), saved.error());
        }
        refresh();
        emit intervalSaved();
    });
}

void PeopleSyncPage::onSyncChanges()
{
    if (!canAct() || running()) {
        return;
    }
    m_error->hide();
    const sia::Result<void> started = m_service->syncChanges();
    if (!started) {
        showError(tr("The changes were not synced"), started.error());
    }
    updateEnabled();
}

void PeopleSyncPage::onBrowse()
{
    if (!m_store) {
        return;
    }
    // Not modal: the admin may look people up while the sync runs, and open the page's other cards.
    PeopleBrowser* browser = PeopleBrowser::overStore(*m_store, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->show();
    emit browserOpened(browser);
}

void PeopleSyncPage::onRunStarted(const sia::SyncRun& run)
{
    m_liveRunId = run.id;
    //: %1 "Initial sync" or "Changes", %2 who started it, %3 when.
    m_live->begin(tr("%1, started by %2 on %3")
                      .arg(SyncText::kind(run.kind), run.startedBy, SyncText::when(run.startedAt)));
    m_live->show();
    m_notice->hide();
    showStateLine();
    updateEnabled();
}

void PeopleSyncPage::onProgress(const sia::SyncProgress& progress)
{
    const qint64 id = progress.dryRun ? 0 : progress.runId;
    if (id != m_liveRunId) {
        m_liveRunId = id;
        m_live->begin(progress.dryRun ? tr("Dry run: nothing is written") : SyncText::kind(progress.kind));
    }
    m_live->show();
    m_live->showProgress(progress);
}

void PeopleSyncPage::onRunFinished(const sia::SyncRun& run)
{
    m_pausing = false;
    m_cancelling = false;
    if (run.id == m_liveRunId) {
        //: %1 "Initial sync" or "Changes", %2 how it ended ("Paused", "Completed", …).
        const QString heading = tr("%1: %2").arg(SyncText::kind(run.kind), SyncText::state(run.state));
        QString outcome;
        switch (run.state) {
        case sia::SyncRunState::Completed:
            outcome = tr("Finished on %1.").arg(SyncText::when(run.finishedAt));
            break;
        case sia::SyncRunState::Paused:
        case sia::SyncRunState::Interrupted:
            outcome = tr("Stopped at its last checkpoint; Resume goes on from there.");
            break;
        case sia::SyncRunState::Cancelled:
            outcome = tr("Cancelled; what it had written stays.");
            break;
        default:
            outcome = tr("Stopped at its last checkpoint.");
            break;
        }
        m_live->finish(heading, outcome, run.counts, run.state == sia::SyncRunState::Completed);
    }
    // A failure's message is said once, in the state line above the actions (it stays there after a
    // restart, read from the run).
    if (run.state == sia::SyncRunState::Failed) {
        m_notice->hide();
    } else if (run.state == sia::SyncRunState::Paused && !run.message.isEmpty()) {
        // Why it paused when the admin did not ask (Marketo's daily export quota, until when): the state
        // line says only where it stopped.
        m_notice->setTitle(tr("Paused"));
        m_notice->setText(run.message);
        m_notice->show();
    }
    refresh();
    updateEnabled();
}

void PeopleSyncPage::showError(const QString& title, const sia::Error& error)
{
    m_error->setTitle(title);
    m_error->setText(
        error.code.isEmpty() ? error.message : QStringLiteral("%1 [%2]").arg(error.message, error.code));
    m_error->show();
}

bool PeopleSyncPage::canAct() const
{
    return m_service && !isReadOnly();
}

bool PeopleSyncPage::running() const
{
    return m_dryRunning || (m_service && m_service->isRunning());
}

void PeopleSyncPage::updateEnabled()
{
    const bool act = canAct();
    const bool busy = running();
    const bool syncing = m_service && m_service->isRunning();
    const std::optional<sia::SyncRun> initial = m_status ? m_status->initial : std::nullopt;
    const bool elsewhere = initial && initial->state == sia::SyncRunState::Running && !syncing;
    const bool resumable = m_status && m_status->resumable;
    const bool completed = initial && initial->state == sia::SyncRunState::Completed;

    m_start->setText(
        resumable ? tr("Resume sync") : (completed ? tr("Sync everything again") : tr("Start sync")));
    // After a completed run the changes are the usual way: the primary look moves to them.
    setPrimary(m_start, !completed);
    m_start->setVisible(!busy);
    m_start->setEnabled(act && !busy && !elsewhere && m_status.has_value());
    m_dryRun->setVisible(!busy);
    m_dryRun->setEnabled(act && !busy && !elsewhere);
    m_pause->setVisible(syncing);
    m_pause->setEnabled(act && syncing && !m_pausing && !m_cancelling);
    m_pause->setText(m_pausing ? tr("Pausing…") : tr("Pause"));
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(act && busy && !m_cancelling);
    m_cancel->setText(m_cancelling ? tr("Cancelling…") : tr("Cancel"));
    m_refreshPreview->setEnabled(m_service && !m_previewLoading);
    m_exportErrors->setEnabled(
        m_service && m_errorsRun && (m_errorsRun->counts.failed > 0 || m_errorsRun->counts.skipped > 0));
    m_applyInterval->setEnabled(
        act && m_status && m_interval->value() != m_status->incrementalIntervalMinutes);
    m_interval->setReadOnly(!act);
    m_syncChanges->setEnabled(act && !busy && completed);
    m_browse->setEnabled(m_store != nullptr);
}

void PeopleSyncPage::stepViewChanged(const sia::StepView& view)
{
    StepPageBase::stepViewChanged(view);
    updateEnabled(); // read-only may have changed
}

QMessageBox* PeopleSyncPage::confirmation() const
{
    return m_confirm;
}

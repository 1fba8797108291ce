// Step 4's page on the offscreen platform over a scripted PeopleSyncService: the first visit says what
// to do and offers Start; the preview shows the 13 fields with their samples and the opportunity's note;
// the dry run shows its live progress and then its report; a run's every signal moves the live block
// (phase, processed of total in the locale's digits, rate, an ETA only when the service gives one, the
// counts, the chart) and the buttons; Pause, Resume and Cancel call the service; a refusal or a failed
// run says why; the history, the changes card with its interval, the errors' export; a run in another
// process, a review and a page without a service act on nothing. SIA_TOUR_DIR=DIR keeps a picture of
// each state, to look at.
#include "banner.h"
#include "recordtable.h"
#include "review/peopletablemodel.h"
#include "scriptedpeoplesyncservice.h"
#include "setup/steps/stepregistry.h"
#include "steps/peoplebrowser.h"
#include "steps/peoplesyncpage.h"
#include "steps/synccountsview.h"
#include "steps/syncerrorlist.h"
#include "steps/synclivefeed.h"
#include "steps/syncreportview.h"
#include "steps/throughputchart.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "sync/syncrunrepository.h"
#include "theme.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <cmath>

using namespace sia;
using namespace sia::test;

namespace {

const QDateTime startedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

SyncRun run(qint64 id, SyncRunState state, SyncKind kind = SyncKind::PeopleInitial)
{
    SyncRun run;
    run.id = id;
    run.kind = kind;
    run.state = state;
    run.startedBy = QStringLiteral("alice@acme.example");
    run.startedAt = startedAt;
    run.owner = QStringLiteral("alice-laptop:4242");
    if (run.isFinished()) {
        run.finishedAt = startedAt.addSecs(1260);
    }
    return run;
}

SyncProgress progress(qint64 processed, qint64 total, double rate, std::optional<qint64> eta = std::nullopt)
{
    SyncProgress progress;
    progress.runId = 7;
    progress.phase = SyncPhase::Applying;
    progress.windowsDone = 2;
    progress.windowsTotal = 9;
    progress.counts.total = total;
    progress.counts.processed = processed;
    progress.counts.created = processed - 1000;
    progress.counts.unchanged = 900;
    progress.counts.skipped = 97;
    progress.counts.failed = 3;
    progress.peoplePerSecond = rate;
    progress.etaSeconds = eta;
    progress.apiCallsUsed = 1234;
    return progress;
}

SyncPreview preview()
{
    const QStringList actions { QStringLiteral("First Name"), QStringLiteral("Last Name"),
        QStringLiteral("Salesforce Contact ID"), QStringLiteral("Salesforce Lead ID"),
        QStringLiteral("Salesforce Account ID"), QStringLiteral("Salesforce Opportunity ID"),
        QStringLiteral("Marketo ID"), QStringLiteral("Company"), QStringLiteral("Title"),
        QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("LinkedIn URL"),
        QStringLiteral("Source") };
    const QStringList marketo { QStringLiteral("firstName"), QStringLiteral("lastName"),
        QStringLiteral("sfdcContactId"), QStringLiteral("sfdcLeadId"), QStringLiteral("sfdcAccountId"),
        QString(), QStringLiteral("id"), QStringLiteral("company"), QStringLiteral("title"),
        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("linkedInProfileUrl"),
        QStringLiteral("leadSource") };
    SyncPreview preview;
    preview.sampledMarketoIds = { 1001, 1002, 1003 };
    for (int i = 0; i < actions.size(); ++i) {
        SyncPreviewField field;
        field.actionsField = actions.at(i);
        field.marketoField = marketo.at(i);
        field.marketoLabel = actions.at(i);
        field.salesforceSource = marketo.at(i).isEmpty()
            ? QStringLiteral("OpportunityContactRole.OpportunityId")
            : QStringLiteral("Lead.%1 / Contact.%1").arg(actions.at(i));
        for (int sample = 0; sample < 3; ++sample) {
            field.samples << QStringLiteral("%1 %2")
                                 .arg(marketo.at(i).isEmpty() ? QStringLiteral("006") : marketo.at(i))
                                 .arg(sample + 1);
        }
        if (marketo.at(i).isEmpty()) {
            field.note = QStringLiteral("Marketo has no opportunity field: it comes from Salesforce's "
                                        "OpportunityContactRole.");
        }
        preview.fields << field;
    }
    return preview;
}

EligibilityReport report()
{
    EligibilityReport report;
    report.scanned = 123456;
    report.eligible = 100000;
    report.excluded = { { QStringLiteral("people.no-sales-owner"), QStringLiteral("No Sales Owner"), 23000 },
        { QStringLiteral("people.deleted"), QStringLiteral("Deleted in Marketo"), 456 } };
    report.warnings = { { QStringLiteral("people.no-email"), QStringLiteral("No email"), 1200 } };
    report.duplicateEmails = 1500;
    report.peopleWithDuplicateEmail = 3100;
    report.duplicateExamples = { { QStringLiteral("info@acme.example"), 12, { 11, 12, 13 } },
        { QStringLiteral("sales@globex.example"), 4, { 21, 22 } } };
    report.wouldDo.created = 99000;
    report.wouldDo.updated = 800;
    report.wouldDo.unchanged = 200;
    report.wouldDo.skipped = 23456;
    report.finishedAt = startedAt;
    return report;
}

} // namespace

class TestPeopleSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstVisitOffersStartAfterThePreviewAndTheDryRun();
    void previewShowsEveryFieldWithSamplesAndTheOpportunityNote();
    void previewFailureSaysWhy();
    void dryRunShowsItsProgressThenItsReport();
    void liveBlockFollowsEverySignalOfARun();
    void pauseAndResumeCallTheService();
    void cancelAsksFirstThenCallsTheService();
    void refusedStartShowsTheMessage();
    void failedRunSaysWhatStoppedIt();
    void completedSyncShowsHistoryChangesAndErrors();
    void intervalAndSyncChangesNowGoToTheService();
    void exportErrorsWritesTheChosenFile();
    void runInAnotherProcessCannotBeStartedAgain();
    void reviewAndMissingServiceActOnNothing();
    void errorListAndBrowserReadTheStore();

private:
    void openPage();
    void answerPreview();
    void picture(const QString& name);

    std::unique_ptr<ScriptedPeopleSyncService> m_service;
    std::unique_ptr<PeopleSyncPage> m_page;
};

void TestPeopleSyncPage::init()
{
    m_service = std::make_unique<ScriptedPeopleSyncService>();
    m_service->statusAnswer.incrementalIntervalMinutes = 15;
}

void TestPeopleSyncPage::cleanup()
{
    m_page.reset();
    m_service.reset();
}

void TestPeopleSyncPage::openPage()
{
    m_page = std::make_unique<PeopleSyncPage>();
    // The window's size less its navigation, and its look (the main window sets the style sheet).
    m_page->resize(1000, 800);
    m_page->setStyleSheet(Theme::styleSheet());
    QSignalSpy shown(m_page.get(), &PeopleSyncPage::statusShown);
    QSignalSpy history(m_page.get(), &PeopleSyncPage::historyShown);
    StepServices services;
    services.peopleSync = m_service.get();
    m_page->setServices(services);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(shown.size(), 1);
    QTRY_COMPARE(history.size(), 1);
}

void TestPeopleSyncPage::answerPreview()
{
    QTRY_VERIFY(m_service->pendingPreview);
    QSignalSpy shown(m_page.get(), &PeopleSyncPage::previewShown);
    m_service->pendingPreview(preview());
    QCOMPARE(shown.size(), 1);
}

void TestPeopleSyncPage::picture(const QString& name)
{
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        // As the window would before it paints: the views' delayed layouts, then the page's.
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        QVERIFY(m_page->widget()->grab().save(dir + QStringLiteral("/step-4-%1.png").arg(name)));
    }
}

void TestPeopleSyncPage::firstVisitOffersStartAfterThePreviewAndTheDryRun()
{
    openPage();
    QVERIFY2(m_page->stateLabel()->text().startsWith(QStringLiteral("Nothing has been synced yet")),
        qPrintable(m_page->stateLabel()->text()));
    QCOMPARE(m_page->startButton()->text(), QStringLiteral("Start sync"));
    QVERIFY(m_page->startButton()->isVisible() && m_page->startButton()->isEnabled());
    QCOMPARE(m_page->startButton()->property("siaRole").toString(), QStringLiteral("primary"));
    QVERIFY(m_page->dryRunButton()->isEnabled());
    QVERIFY(!m_page->pauseButton()->isVisible());
    QVERIFY(!m_page->cancelButton()->isVisible());
    QVERIFY(!m_page->liveFeed()->isVisible());
    QVERIFY(!m_page->syncChangesButton()->isEnabled()); // no initial sync has completed
    QVERIFY(!m_page->exportErrorsButton()->isEnabled());
    QVERIFY(m_page->runsTable()->isShowingEmptyText());
    QVERIFY(!m_page->reportView()->hasReport());
    // The preview is asked for once, as the page shows, and its wait is said.
    QTRY_COMPARE(m_service->previewsAsked, 1);
    QCOMPARE(m_service->lastPreviewSamples, PeopleSyncPage::previewSamples);
    QVERIFY(m_page->previewNote()->text().startsWith(QStringLiteral("Reading")));
    QVERIFY(!m_page->refreshPreviewButton()->isEnabled());
    picture(QStringLiteral("first-visit"));
    QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
    QCOMPARE(m_service->starts, 1);
}

void TestPeopleSyncPage::previewShowsEveryFieldWithSamplesAndTheOpportunityNote()
{
    openPage();
    answerPreview();
    const QAbstractItemModel* model = m_page->previewTable()->view()->model();
    QCOMPARE(model->rowCount(), 13);
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Sample values"));
    QVERIFY(model->headerData(3, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("1001, 1002, 1003")));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("First Name"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("firstName"));
    QCOMPARE(model->index(0, 3).data().toString().split(QLatin1Char('\n')),
        QStringList(
            { QStringLiteral("firstName 1"), QStringLiteral("firstName 2"), QStringLiteral("firstName 3") }));
    QCOMPARE(model->index(5, 1).data().toString(), QStringLiteral("(none)")); // the opportunity ID
    QCOMPARE(model->index(5, 2).data().toString(), QStringLiteral("OpportunityContactRole.OpportunityId"));
    QVERIFY(
        model->index(5, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no opportunity field")));
    QVERIFY(m_page->previewNote()->isVisible());
    QVERIFY2(m_page->previewNote()->text().contains(QStringLiteral("OpportunityContactRole")),
        qPrintable(m_page->previewNote()->text()));
    QVERIFY(m_page->refreshPreviewButton()->isEnabled());
    QTest::mouseClick(m_page->refreshPreviewButton(), Qt::LeftButton);
    QCOMPARE(m_service->previewsAsked, 2);
}

void TestPeopleSyncPage::previewFailureSaysWhy()
{
    openPage();
    QTRY_VERIFY(m_service->pendingPreview);
    // Marketo not connected yet is the step waiting for step 3, not a failure: said, without alarm.
    m_service->pendingPreview(Error::notFound(QStringLiteral("marketo.not-connected"),
        QStringLiteral("Marketo is not connected: connect it in step 3.")));
    QVERIFY(m_page->errorBanner()->isHidden());
    QVERIFY2(m_page->previewNote()->text().startsWith(QStringLiteral("The preview is available once"))
            && m_page->previewNote()->text().contains(QStringLiteral("step 3")),
        qPrintable(m_page->previewNote()->text()));
    QVERIFY(m_page->refreshPreviewButton()->isEnabled()); // it can be asked again once fixed
    // A real failure is an error, with what to do.
    m_service->pendingPreview = {};
    QTest::mouseClick(m_page->refreshPreviewButton(), Qt::LeftButton);
    QTRY_VERIFY(m_service->pendingPreview);
    m_service->pendingPreview(Error::environment(QStringLiteral("marketo.601"),
        QStringLiteral("Marketo refused the access token (601): connect again in step 3.")));
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY(m_page->errorBanner()->text().contains(QStringLiteral("marketo.601")));
    QVERIFY(m_page->previewNote()->text().startsWith(QStringLiteral("No preview: ")));
    QVERIFY(m_page->refreshPreviewButton()->isEnabled());
}

void TestPeopleSyncPage::dryRunShowsItsProgressThenItsReport()
{
    openPage();
    answerPreview();
    QTest::mouseClick(m_page->dryRunButton(), Qt::LeftButton);
    QCOMPARE(m_service->dryRunsAsked, 1);
    QVERIFY(!m_page->startButton()->isVisible());
    QVERIFY(!m_page->dryRunButton()->isVisible());
    QVERIFY(m_page->cancelButton()->isVisible() && m_page->cancelButton()->isEnabled());
    QVERIFY(!m_page->pauseButton()->isVisible()); // a dry run has no checkpoint to resume from
    QVERIFY(m_page->liveFeed()->isVisible());
    QVERIFY(m_page->liveFeed()->headingLabel()->text().startsWith(QStringLiteral("Dry run")));
    SyncProgress going = progress(40000, 123456, 5210.4);
    going.runId = 0;
    going.dryRun = true;
    m_service->report(going);
    QVERIFY2(m_page->liveFeed()->phaseLabel()->text().contains(QStringLiteral("nothing is written")),
        qPrintable(m_page->liveFeed()->phaseLabel()->text()));
    QCOMPARE(m_page->liveFeed()->progressLabel()->text(), QStringLiteral("40,000 of 123,456 people"));
    QCOMPARE(
        m_page->liveFeed()->countsView()->name(SyncCountsView::Count::Created), QStringLiteral("to create"));
    picture(QStringLiteral("dry-running"));

    QSignalSpy finished(m_page.get(), &PeopleSyncPage::dryRunFinished);
    m_service->pendingDryRun(report());
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_page->reportView()->hasReport());
    QCOMPARE(m_page->liveFeed()->progressLabel()->text(), QStringLiteral("123,456 of 123,456 people"));
    // Nothing on the page is wider than the window gives it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(m_page->widget()->width() <= m_page->viewport()->width(),
        qPrintable(
            QStringLiteral("%1 > %2").arg(m_page->widget()->width()).arg(m_page->viewport()->width())));
    const QString summary = m_page->reportView()->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("123,456 people in Marketo were read"))
            && summary.contains(QStringLiteral("100,000 of them have a Sales Owner")),
        qPrintable(summary));
    const QString exclusions = m_page->reportView()->exclusionsLabel()->text();
    QVERIFY2(exclusions.contains(QStringLiteral("23,456 people would not sync"))
            && exclusions.contains(QStringLiteral("No Sales Owner: 23,000 people"))
            && exclusions.contains(QStringLiteral("Deleted in Marketo: 456 people")),
        qPrintable(exclusions));
    QVERIFY(m_page->reportView()->warningsLabel()->text().contains(QStringLiteral("No email: 1,200 people")));
    const QString duplicates = m_page->reportView()->duplicatesLabel()->text();
    QVERIFY2(duplicates.contains(QStringLiteral("1,500 emails"))
            && duplicates.contains(QStringLiteral("3,100 people"))
            && duplicates.contains(QStringLiteral("separate records, as Marketo does")),
        qPrintable(duplicates));
    const QString examples = m_page->reportView()->duplicateExamplesLabel()->text();
    QVERIFY2(examples.contains(QStringLiteral("info@acme.example: 12 people (Marketo IDs 11, 12, 13)")),
        qPrintable(examples));
    QCOMPARE(m_page->reportView()->wouldDoView()->figure(SyncCountsView::Count::Created),
        QStringLiteral("99,000"));
    QCOMPARE(m_page->reportView()->wouldDoView()->figure(SyncCountsView::Count::Skipped),
        QStringLiteral("23,456"));
    QVERIFY(m_page->startButton()->isVisible() && m_page->startButton()->isEnabled());
    QVERIFY(!m_page->cancelButton()->isVisible());
    QCOMPARE(m_service->starts, 0); // a dry run starts nothing
    picture(QStringLiteral("dry-run-report"));
}

void TestPeopleSyncPage::liveBlockFollowsEverySignalOfARun()
{
    openPage();
    answerPreview();
    QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
    QCOMPARE(m_service->starts, 1);
    QSignalSpy runningSpy(m_service.get(), &PeopleSyncService::runningChanged);
    m_service->beginRun(run(7, SyncRunState::Running));
    QCOMPARE(runningSpy.size(), 1);
    QVERIFY(m_page->liveFeed()->isVisible());
    QVERIFY2(m_page->liveFeed()->headingLabel()->text().contains(QStringLiteral("alice@acme.example")),
        qPrintable(m_page->liveFeed()->headingLabel()->text()));
    QVERIFY(!m_page->startButton()->isVisible());
    QVERIFY(!m_page->dryRunButton()->isVisible());
    QVERIFY(m_page->pauseButton()->isVisible() && m_page->pauseButton()->isEnabled());
    QVERIFY(m_page->cancelButton()->isVisible() && m_page->cancelButton()->isEnabled());
    QVERIFY(!m_page->syncChangesButton()->isEnabled());

    // The total is not known before Marketo has built the first file: a busy bar, no ETA.
    SyncProgress preparing;
    preparing.runId = 7;
    preparing.phase = SyncPhase::Extracting;
    preparing.windowsTotal = 9;
    m_service->report(preparing);
    QCOMPARE(m_page->liveFeed()->progressBar()->maximum(), 0);
    QVERIFY(m_page->liveFeed()->phaseLabel()->text().contains(QStringLiteral("export file 1 of 9")));
    QVERIFY(m_page->liveFeed()->etaLabel()->isHidden());

    // Under way, before the service trusts an ETA: none is shown.
    m_service->report(progress(25000, 100000, 1234.6));
    QCOMPARE(m_page->liveFeed()->progressBar()->maximum(), 100000);
    QCOMPARE(m_page->liveFeed()->progressBar()->value(), 25000);
    QCOMPARE(m_page->liveFeed()->progressLabel()->text(), QStringLiteral("25,000 of 100,000 people"));
    QCOMPARE(m_page->liveFeed()->rateLabel()->text(), QStringLiteral("1,235 people a second"));
    QVERIFY(m_page->liveFeed()->etaLabel()->isHidden());
    QVERIFY(m_page->liveFeed()->phaseLabel()->text().contains(QStringLiteral("export file 3 of 9")));
    QCOMPARE(
        m_page->liveFeed()->countsView()->figure(SyncCountsView::Count::Created), QStringLiteral("24,000"));
    QCOMPARE(m_page->liveFeed()->countsView()->figure(SyncCountsView::Count::Failed), QStringLiteral("3"));
    QVERIFY(m_page->liveFeed()->callsLabel()->text().contains(QStringLiteral("1,234")));

    // Once the service gives one, the ETA shows.
    m_service->report(progress(40000, 100000, 1250, 48));
    QVERIFY(m_page->liveFeed()->etaLabel()->isVisible());
    QCOMPARE(m_page->liveFeed()->etaLabel()->text(), QStringLiteral("Less than a minute left"));
    m_service->report(progress(50000, 100000, 1300, 2 * 3600 + 10 * 60));
    QCOMPARE(m_page->liveFeed()->etaLabel()->text(), QStringLiteral("About 2 hours left"));
    m_service->report(progress(60000, 100000, 1320, 185));
    QCOMPARE(m_page->liveFeed()->etaLabel()->text(), QStringLiteral("About 3 minutes left"));
    QCOMPARE(m_page->liveFeed()->chart()->sampleCount(), 5); // one point per progress signal
    QCOMPARE(int(m_page->liveFeed()->chart()->peak()), 1320);

    SyncProgress downloading = progress(60000, 100000, 1320);
    downloading.phase = SyncPhase::Downloading;
    downloading.bytesDownloaded = 3 * 1024 * 1024;
    downloading.bytesTotal = 12 * 1024 * 1024;
    m_service->report(downloading);
    QVERIFY2(m_page->liveFeed()->phaseLabel()->text().contains(QStringLiteral("3.00 MiB of 12.00 MiB")),
        qPrintable(m_page->liveFeed()->phaseLabel()->text()));
    m_service->report(progress(61000, 100000, 1330, 185));
    if (!qEnvironmentVariableIsEmpty("SIA_TOUR_DIR")) {
        // The signals above came within a moment; a real run's come four a second for minutes.
        ThroughputChart* chart = m_page->liveFeed()->chart();
        chart->clear();
        for (int second = 0; second <= 240; second += 2) {
            chart->addSample(
                second, 1100 + 200 * std::sin(second / 30.0) + (second < 20 ? -60 * (20 - second) : 0));
        }
    }
    picture(QStringLiteral("running"));

    SyncRun done = run(7, SyncRunState::Completed);
    done.counts = progress(100000, 100000, 0).counts;
    m_service->statusAnswer.initial = done;
    QSignalSpy shown(m_page.get(), &PeopleSyncPage::statusShown);
    m_service->endRun(done);
    QVERIFY(m_page->liveFeed()->headingLabel()->text().contains(QStringLiteral("Completed")));
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(!m_page->pauseButton()->isVisible());
    QVERIFY(m_page->syncChangesButton()->isEnabled());
    QCOMPARE(m_page->startButton()->text(), QStringLiteral("Sync everything again"));
    QVERIFY(m_page->startButton()->property("siaRole").toString().isEmpty()); // no longer the first action
}

void TestPeopleSyncPage::pauseAndResumeCallTheService()
{
    openPage();
    answerPreview();
    QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
    m_service->beginRun(run(7, SyncRunState::Running));
    m_service->report(progress(30000, 100000, 1200));
    QTest::mouseClick(m_page->pauseButton(), Qt::LeftButton);
    QCOMPARE(m_service->pauses, 1);
    QVERIFY(!m_page->pauseButton()->isEnabled()); // once: the run stops at its next checkpoint
    QCOMPARE(m_page->pauseButton()->text(), QStringLiteral("Pausing…"));
    QVERIFY(m_page->stateLabel()->text().startsWith(QStringLiteral("Pausing")));
    QTest::mouseClick(m_page->pauseButton(), Qt::LeftButton);
    QCOMPARE(m_service->pauses, 1);

    SyncRun paused = run(7, SyncRunState::Paused);
    paused.counts = progress(30000, 100000, 0).counts;
    m_service->statusAnswer.initial = paused;
    m_service->statusAnswer.resumable = true;
    QSignalSpy shown(m_page.get(), &PeopleSyncPage::statusShown);
    m_service->endRun(paused);
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(m_page->noticeBanner()->isHidden()); // the admin paused it: the state line is enough
    QCOMPARE(m_page->startButton()->text(), QStringLiteral("Resume sync"));
    QVERIFY(m_page->startButton()->isVisible() && m_page->startButton()->isEnabled());
    QVERIFY(!m_page->pauseButton()->isVisible());
    QVERIFY2(m_page->stateLabel()->text().contains(QStringLiteral("30,000 people")),
        qPrintable(m_page->stateLabel()->text()));
    picture(QStringLiteral("paused"));

    QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
    QCOMPARE(m_service->starts, 2); // start() resumes the unfinished run

    // A run that pauses by itself says why.
    m_service->beginRun(paused);
    paused.message
        = QStringLiteral("Marketo's daily export quota is used up: the sync resumes after midnight.");
    m_service->endRun(paused);
    QVERIFY(m_page->noticeBanner()->isVisible());
    QCOMPARE(m_page->noticeBanner()->text(), paused.message);
}

void TestPeopleSyncPage::cancelAsksFirstThenCallsTheService()
{
    openPage();
    m_service->beginRun(run(7, SyncRunState::Running));
    QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->confirmation() && m_page->confirmation()->isVisible());
    QVERIFY(m_page->confirmation()->text().contains(QStringLiteral("Pause instead")));
    m_page->confirmation()->button(QMessageBox::No)->click();
    QTRY_VERIFY(!m_page->confirmation());
    QCOMPARE(m_service->cancels, 0);

    QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->confirmation());
    m_page->confirmation()->button(QMessageBox::Yes)->click();
    QCOMPARE(m_service->cancels, 1);
    QVERIFY(!m_page->cancelButton()->isEnabled());
    QVERIFY(!m_page->pauseButton()->isEnabled());
    m_service->statusAnswer.initial = run(7, SyncRunState::Cancelled);
    m_service->endRun(run(7, SyncRunState::Cancelled));
    QVERIFY(m_page->startButton()->isVisible());
    QTRY_VERIFY(m_page->stateLabel()->text().contains(QStringLiteral("cancelled")));
}

void TestPeopleSyncPage::refusedStartShowsTheMessage()
{
    openPage();
    m_service->refusal = Error::rule(QStringLiteral("sync.marketo-not-connected"),
        QStringLiteral("Marketo is not connected: connect it in step 3, then start the sync."));
    QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY(m_page->errorBanner()->text().contains(QStringLiteral("connect it in step 3")));
    QVERIFY(m_page->errorBanner()->text().contains(QStringLiteral("sync.marketo-not-connected")));
    QVERIFY(m_page->startButton()->isEnabled());
    QVERIFY(!m_page->liveFeed()->isVisible());
    picture(QStringLiteral("refused"));
}

void TestPeopleSyncPage::failedRunSaysWhatStoppedIt()
{
    openPage();
    m_service->beginRun(run(7, SyncRunState::Running));
    m_service->report(progress(5000, 100000, 900));
    SyncRun failed = run(7, SyncRunState::Failed);
    failed.message = QStringLiteral("The disk is full: free some space, then start the sync again.");
    m_service->statusAnswer.initial = failed;
    m_service->endRun(failed);
    QTRY_VERIFY(m_page->stateLabel()->text().contains(failed.message)); // once, above the actions
    QVERIFY(m_page->errorBanner()->isHidden());
    QVERIFY(!m_page->liveFeed()->phaseLabel()->text().contains(failed.message));
    QVERIFY(m_page->liveFeed()->headingLabel()->text().contains(QStringLiteral("Failed")));
    picture(QStringLiteral("failed"));
}

void TestPeopleSyncPage::completedSyncShowsHistoryChangesAndErrors()
{
    SyncRun initial = run(7, SyncRunState::Completed);
    initial.counts = { 1000000, 1000000, 990000, 0, 0, 0, 9990, 10 };
    SyncRun changes = run(9, SyncRunState::Completed, SyncKind::PeopleIncremental);
    changes.startedAt = startedAt.addDays(1);
    changes.finishedAt = changes.startedAt.addSecs(4);
    changes.counts = { -1, 40, 5, 30, 2, 3, 0, 0 };
    SyncRun paused = run(6, SyncRunState::Paused);
    paused.message = QStringLiteral("Paused by alice@acme.example");
    m_service->statusAnswer.initial = initial;
    m_service->statusAnswer.incremental = changes;
    m_service->statusAnswer.people = 1000000;
    m_service->statusAnswer.eligiblePeople = 990000;
    m_service->statusAnswer.nextIncrementalAt = changes.finishedAt.addSecs(15 * 60);
    m_service->historyAnswer = { changes, initial, paused };
    openPage();
    answerPreview();
    const QAbstractItemModel* runs = m_page->runsTable()->view()->model();
    QCOMPARE(runs->rowCount(), 3);
    QCOMPARE(runs->index(0, 0).data().toString(), QStringLiteral("Changes"));
    QCOMPARE(runs->index(1, 3).data().toString(), QStringLiteral("Completed"));
    QCOMPARE(runs->index(1, 4).data().toString(),
        QStringLiteral(
            "1,000,000 processed: 990,000 created, 0 updated, 0 unchanged, 0 deleted, 9,990 skipped, "
            "10 failed"));
    QCOMPARE(runs->index(2, 3).data(Qt::ToolTipRole).toString(), paused.message);
    QVERIFY(
        runs->index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("alice@acme.example")));
    QVERIFY(runs->index(2, 2).data().toString().isEmpty()); // a paused run has not ended
    QVERIFY2(m_page->peopleLabel()->text().contains(QStringLiteral("1,000,000 people are in Actions"))
            && m_page->peopleLabel()->text().contains(QStringLiteral("990,000")),
        qPrintable(m_page->peopleLabel()->text()));
    QVERIFY(m_page->changesLabel()->text().contains(QStringLiteral("Completed")));
    QVERIFY(m_page->changesLabel()->text().contains(QStringLiteral("Next:")));
    QCOMPARE(m_page->changesCounts()->figure(SyncCountsView::Count::Updated), QStringLiteral("30"));
    QCOMPARE(m_page->changesCounts()->figure(SyncCountsView::Count::Deleted), QStringLiteral("3"));
    // The errors card speaks of the newest run (the changes, here: none failed).
    QVERIFY2(m_page->errorsLabel()->text().contains(QStringLiteral("no person was skipped or failed")),
        qPrintable(m_page->errorsLabel()->text()));
    QVERIFY(!m_page->exportErrorsButton()->isEnabled());
    QVERIFY(m_page->stateLabel()->text().startsWith(QStringLiteral("The initial sync completed")));
    QVERIFY(m_page->syncChangesButton()->isEnabled());
    picture(QStringLiteral("completed"));
}

void TestPeopleSyncPage::intervalAndSyncChangesNowGoToTheService()
{
    m_service->statusAnswer.initial = run(7, SyncRunState::Completed);
    openPage();
    QCOMPARE(m_page->intervalSpin()->value(), 15);
    QVERIFY(!m_page->applyIntervalButton()->isEnabled());
    m_page->intervalSpin()->setValue(0);
    QCOMPARE(m_page->intervalSpin()->text(), QStringLiteral("only on demand"));
    QVERIFY(m_page->applyIntervalButton()->isEnabled());
    QSignalSpy saved(m_page.get(), &PeopleSyncPage::intervalSaved);
    QTest::mouseClick(m_page->applyIntervalButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_service->intervalsSet, QList<int> { 0 });
    QTRY_VERIFY(m_page->changesLabel()->text().contains(QStringLiteral("only when you press")));
    QVERIFY(!m_page->applyIntervalButton()->isEnabled());

    QTest::mouseClick(m_page->syncChangesButton(), Qt::LeftButton);
    QCOMPARE(m_service->changesAsked, 1);
    m_service->beginRun(run(10, SyncRunState::Running, SyncKind::PeopleIncremental));
    SyncProgress changes = progress(12, -1, 0);
    changes.runId = 10;
    changes.kind = SyncKind::PeopleIncremental;
    changes.phase = SyncPhase::Changes;
    m_service->report(changes);
    QVERIFY(!m_page->syncChangesButton()->isEnabled());
    QVERIFY(m_page->liveFeed()->headingLabel()->text().startsWith(QStringLiteral("Changes")));
    QVERIFY(m_page->liveFeed()->phaseLabel()->text().contains(QStringLiteral("lead changes")));
    QVERIFY(m_page->liveFeed()->progressLabel()->text().contains(QStringLiteral("12 people processed")));

    m_service->refusal
        = Error::rule(QStringLiteral("sync.already-running"), QStringLiteral("A sync is running."));
    m_service->endRun(run(10, SyncRunState::Completed, SyncKind::PeopleIncremental));
    QTRY_VERIFY(m_page->syncChangesButton()->isEnabled());
    QTest::mouseClick(m_page->syncChangesButton(), Qt::LeftButton);
    QVERIFY(m_page->errorBanner()->text().contains(QStringLiteral("A sync is running.")));
}

void TestPeopleSyncPage::exportErrorsWritesTheChosenFile()
{
    SyncRun initial = run(7, SyncRunState::Completed);
    initial.counts.failed = 3;
    initial.counts.skipped = 1200;
    m_service->statusAnswer.initial = initial;
    openPage();
    QVERIFY2(m_page->errorsLabel()->text().contains(QStringLiteral("3 people could not be written"))
            && m_page->errorsLabel()->text().contains(QStringLiteral("1,200 people were left out")),
        qPrintable(m_page->errorsLabel()->text()));
    QVERIFY(m_page->exportErrorsButton()->isEnabled());
    QString suggestedName;
    m_page->setSaveFileChooser([&suggestedName](const QString& suggested) {
        suggestedName = suggested;
        return QString(); // the admin closed the dialog
    });
    QTest::mouseClick(m_page->exportErrorsButton(), Qt::LeftButton);
    QVERIFY(suggestedName.endsWith(QStringLiteral("people-sync-errors-7.csv")));
    QVERIFY(m_service->exportsAsked.isEmpty());

    const QString file = QDir::temp().filePath(QStringLiteral("errors.csv"));
    m_page->setSaveFileChooser([file](const QString&) { return file; });
    QTest::mouseClick(m_page->exportErrorsButton(), Qt::LeftButton);
    QCOMPARE(m_service->exportsAsked.size(), 1);
    QCOMPARE(m_service->exportsAsked.first().first, 7);
    QCOMPARE(m_service->exportsAsked.first().second, file);
    QVERIFY(!m_page->exportErrorsButton()->isEnabled()); // until the file is written
    QSignalSpy exported(m_page.get(), &PeopleSyncPage::errorsExported);
    m_service->pendingExport(qint64(1203));
    QCOMPARE(exported.size(), 1);
    QVERIFY(m_page->noticeBanner()->isVisible());
    QVERIFY2(m_page->noticeBanner()->text().contains(QStringLiteral("1,203 errors written")),
        qPrintable(m_page->noticeBanner()->text()));
    QVERIFY(m_page->exportErrorsButton()->isEnabled());

    m_service->exportsAsked.clear();
    QTest::mouseClick(m_page->exportErrorsButton(), Qt::LeftButton);
    m_service->pendingExport(
        Error::environment(QStringLiteral("file.write"), QStringLiteral("The file could not be written.")));
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY(m_page->errorBanner()->text().contains(QStringLiteral("could not be written")));
}

void TestPeopleSyncPage::runInAnotherProcessCannotBeStartedAgain()
{
    m_service->statusAnswer.initial = run(7, SyncRunState::Running);
    openPage();
    QVERIFY2(m_page->stateLabel()->text().contains(QStringLiteral("another SIA Admin (alice-laptop:4242)")),
        qPrintable(m_page->stateLabel()->text()));
    QVERIFY(!m_page->startButton()->isEnabled());
    QVERIFY(!m_page->dryRunButton()->isEnabled());
    QVERIFY(!m_page->pauseButton()->isVisible()); // it is not this process's to pause
    picture(QStringLiteral("running-elsewhere"));
    // No signal comes from another process: the page reads the state again until the run has ended.
    auto* poll = m_page->findChild<QTimer*>(QStringLiteral("peopleSyncPoll"));
    QVERIFY(poll && poll->isActive());
    m_service->statusAnswer.initial = run(7, SyncRunState::Completed);
    const int asked = m_service->statusAsked;
    QSignalSpy shown(m_page.get(), &PeopleSyncPage::statusShown);
    QVERIFY(shown.wait((PeopleSyncPage::pollSeconds + 5) * 1000));
    QVERIFY(m_service->statusAsked > asked);
    QVERIFY(!poll->isActive());
    QVERIFY(m_page->stateLabel()->text().startsWith(QStringLiteral("The initial sync completed")));
    QVERIFY(m_page->syncChangesButton()->isEnabled());
}

void TestPeopleSyncPage::reviewAndMissingServiceActOnNothing()
{
    openPage();
    m_page->setReadOnly(true);
    // A review's plan arrives after read-only is set, and the page redraws its controls.
    PlanSnapshot snapshot;
    snapshot.steps.resize(7);
    snapshot.steps[PeopleSyncPage::stepNumber - 1].definition
        = StepRegistry::get<PeopleSyncStep>().definition();
    m_page->setSnapshot(snapshot, {});
    m_page->intervalSpin()->setValue(30);
    QVERIFY(!m_page->startButton()->isEnabled());
    QVERIFY(!m_page->dryRunButton()->isEnabled());
    QVERIFY(!m_page->applyIntervalButton()->isEnabled());
    QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
    QCOMPARE(m_service->starts, 0);

    PeopleSyncPage page;
    page.setServices(StepServices {});
    page.show();
    QVERIFY(!page.startButton()->isEnabled());
    QVERIFY(!page.dryRunButton()->isEnabled());
    QVERIFY(!page.browseButton()->isEnabled());
    QVERIFY(page.stateLabel()->text().contains(QStringLiteral("not available")));
}

void TestPeopleSyncPage::errorListAndBrowserReadTheStore()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    SyncRun seeded;
    {
        Result<std::unique_ptr<Store>> store = database.open();
        QVERIFY2(store.ok(), failureText(store).constData());
        SyncRunRepository runs(**store);
        Result<SyncRun> begun = runs.begin(SyncKind::PeopleInitial, QStringLiteral("alice@acme.example"));
        QVERIFY(begun.ok());
        for (int i = 1; i <= 60; ++i) {
            QVERIFY(runs.recordError(begun->id, QStringLiteral("marketo:%1").arg(7000 + i),
                            i % 3 ? SyncErrorOutcome::Skipped : SyncErrorOutcome::Failed,
                            QStringLiteral("people.no-sales-owner"),
                            QStringLiteral("No Sales Owner in Salesforce."))
                        .ok());
        }
        SyncCounts counts;
        counts.skipped = 40;
        counts.failed = 20;
        QVERIFY(runs.finish(begun->id, SyncRunState::Completed, counts).ok());
        Result<std::optional<SyncRun>> finished = runs.run(begun->id);
        QVERIFY(finished.ok() && finished->has_value());
        seeded = **finished;
    }
    StoreWorker worker(database.options());
    bool opened = false;
    worker.open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);

    m_service->statusAnswer.initial = seeded;
    m_page = std::make_unique<PeopleSyncPage>();
    m_page->resize(1000, 800);
    m_page->setStyleSheet(Theme::styleSheet());
    QSignalSpy listed(m_page.get(), &PeopleSyncPage::errorsListed);
    StepServices services;
    services.peopleSync = m_service.get();
    services.store = &worker;
    m_page->setServices(services);
    m_page->show();
    QTRY_VERIFY(!listed.isEmpty());
    QVERIFY(m_page->errorList()->isVisible());
    const QAbstractItemModel* errors = m_page->errorList()->table()->view()->model();
    QTRY_COMPARE(errors->rowCount(), SyncErrorList::shownErrors);
    QCOMPARE(errors->index(0, 1).data().toString(), QStringLiteral("marketo:7001")); // oldest first
    QCOMPARE(errors->index(0, 2).data().toString(), QStringLiteral("Skipped"));
    QCOMPARE(errors->index(2, 2).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(errors->index(0, 3).data().toString(), QStringLiteral("No Sales Owner in Salesforce."));
    QVERIFY2(m_page->errorList()->countLabel()->text().startsWith(QStringLiteral("The first 50 of 60")),
        qPrintable(m_page->errorList()->countLabel()->text()));
    picture(QStringLiteral("errors"));

    QVERIFY(m_page->browseButton()->isEnabled());
    QSignalSpy browsing(m_page.get(), &PeopleSyncPage::browserOpened);
    QTest::mouseClick(m_page->browseButton(), Qt::LeftButton);
    QCOMPARE(browsing.size(), 1);
    auto* browser = qobject_cast<PeopleBrowser*>(browsing.first().first().value<QDialog*>());
    QVERIFY(browser && browser->isVisible());
    QVERIFY(qobject_cast<PeopleTableModel*>(browser->view()->model()));
    QTRY_VERIFY(browser->emptyLabel()->isVisible()); // nobody synced in this store yet
    browser->close();
}

QTEST_MAIN(TestPeopleSyncPage)
#include "testpeoplesyncpage.moc"

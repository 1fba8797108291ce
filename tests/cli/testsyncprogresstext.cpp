// The text line `sia-admin sync start` prints for a person (SyncProgressText): what a run that waits for
// Marketo's next export says (not "Applying: N of N" again), no rate of 0, no ETA beside it or while
// waiting, and the English plural forms from the product's catalogue (never "minute(s)").
#include "cli/syncrunactions.h"
#include "common/translations.h"

#include <QTest>

using namespace sia;

class TestSyncProgressText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applyingShowsRateAndEta();
    void oneMinuteIsSingular();
    void rateBelowOneShowsNeitherRateNorEta();
    void waitingForTheNextExportIsSaid();
    void etaNotShownOutsideApplying();
};

namespace {

SyncProgress applying(qint64 processed, qint64 total, double rate, std::optional<qint64> eta)
{
    SyncProgress progress;
    progress.phase = SyncPhase::Applying;
    progress.counts.processed = processed;
    progress.counts.total = total;
    progress.windowsDone = 3;
    progress.windowsTotal = 10;
    progress.peoplePerSecond = rate;
    progress.etaSeconds = eta;
    return progress;
}

} // namespace

void TestSyncProgressText::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // digits without grouping, whatever the machine's locale
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSyncProgressText::applyingShowsRateAndEta()
{
    QCOMPARE(SyncProgressText::line(applying(5000, 20000, 2500.4, 150)),
        QStringLiteral("Applying: 5000 of 20000 people (2500 people a second) about 3 minutes left"));
}

void TestSyncProgressText::oneMinuteIsSingular()
{
    QCOMPARE(SyncProgressText::line(applying(19000, 20000, 1000, 20)),
        QStringLiteral("Applying: 19000 of 20000 people (1000 people a second) about 1 minute left"));
}

void TestSyncProgressText::rateBelowOneShowsNeitherRateNorEta()
{
    QCOMPARE(SyncProgressText::line(applying(100, 20000, 0.4, 60)),
        QStringLiteral("Applying: 100 of 20000 people"));
}

void TestSyncProgressText::waitingForTheNextExportIsSaid()
{
    // Every row of the files so far is in; windows remain: the rate of the last seconds and an ETA
    // computed against the files so far mean nothing here.
    const SyncProgress waiting = applying(20000, 20000, 800, 60);
    QVERIFY(SyncProgressText::isWaitingForExport(waiting));
    QCOMPARE(SyncProgressText::line(waiting),
        QStringLiteral("Waiting for Marketo's next export file: 20000 of 20000 people"));
    SyncProgress lastWindow = waiting;
    lastWindow.windowsDone = lastWindow.windowsTotal;
    QVERIFY(!SyncProgressText::isWaitingForExport(lastWindow));
}

void TestSyncProgressText::etaNotShownOutsideApplying()
{
    SyncProgress downloading = applying(5000, 20000, 2500, 150);
    downloading.phase = SyncPhase::Downloading;
    QCOMPARE(SyncProgressText::line(downloading),
        QStringLiteral("Downloading: 5000 of 20000 people (2500 people a second)"));
}

QTEST_GUILESS_MAIN(TestSyncProgressText)
#include "testsyncprogresstext.moc"

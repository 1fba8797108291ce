// The tour renders every page of the window to a PNG of the window's size: the overview, the seven
// steps and the review with each tab, in a folder it creates; a folder it cannot create is an error.
#include "guitestbase.h"
#include "tourrenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace sia;

namespace {

const QStringList expectedFiles {
    QStringLiteral("01-overview.png"),
    QStringLiteral("02-step-1.png"),
    QStringLiteral("03-step-2.png"),
    QStringLiteral("04-step-3.png"),
    QStringLiteral("05-step-4.png"),
    QStringLiteral("06-step-5.png"),
    QStringLiteral("07-step-6.png"),
    QStringLiteral("08-step-7.png"),
    QStringLiteral("09-command-center.png"),
    QStringLiteral("10-sync-health.png"),
    QStringLiteral("11-review.png"),
    QStringLiteral("12-review-step-history.png"),
    QStringLiteral("13-review-audit-log.png"),
    QStringLiteral("14-review-settings.png"),
};

} // namespace

class TestTourRenderer : public GuiTestBase
{
    Q_OBJECT

private slots:
    void writesOnePictureOfEveryPage();
    void picturesHaveTheWindowsSize();
    void createsTheFolder();
    void reportsAFolderThatCannotBeCreated();

private:
    std::optional<Result<QStringList>> runTour(const QString& folder);
    QString tourFolder() const;
};

QString TestTourRenderer::tourFolder() const
{
    // SIA_TOUR_DIR keeps the pictures somewhere to look at them.
    const QString kept = qEnvironmentVariable("SIA_TOUR_DIR");
    return kept.isEmpty() ? QDir(dataDir()).filePath(QStringLiteral("tour/pictures")) : kept;
}

std::optional<Result<QStringList>> TestTourRenderer::runTour(const QString& folder)
{
    if (!seedChanges({ QStringLiteral("prerequisite:actions-enabled"), QStringLiteral("1:start"),
            QStringLiteral("1:done"), QStringLiteral("3:block"), QStringLiteral("5:skip") })
        || !reloadAndWait()) {
        return std::nullopt;
    }
    TourRenderer renderer(*window(), folder);
    std::optional<Result<QStringList>> outcome;
    connect(&renderer, &TourRenderer::finished, this,
        [&outcome](const Result<QStringList>& written) { outcome = written; });
    renderer.start();
    if (!QTest::qWaitFor([&outcome]() { return outcome.has_value(); }, 30000)) {
        qWarning("The tour did not finish");
    }
    return outcome;
}

void TestTourRenderer::writesOnePictureOfEveryPage()
{
    const auto outcome = runTour(tourFolder());
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().message));
    QStringList names;
    for (const QString& file : outcome->value()) {
        names << QFileInfo(file).fileName();
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
    }
    QCOMPARE(names, expectedFiles);
}

void TestTourRenderer::picturesHaveTheWindowsSize()
{
    const auto outcome = runTour(tourFolder());
    QVERIFY(outcome.has_value() && outcome->ok());
    for (const QString& file : outcome->value()) {
        const QImage picture(file);
        QVERIFY2(!picture.isNull(), qPrintable(file));
        QCOMPARE(
            picture.size(), QSize(TourRenderer::width, TourRenderer::height) * window()->devicePixelRatio());
    }
}

void TestTourRenderer::createsTheFolder()
{
    const QString folder = QDir(dataDir()).filePath(QStringLiteral("not/yet/there"));
    const auto outcome = runTour(folder);
    QVERIFY(outcome.has_value() && outcome->ok());
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), expectedFiles.size());
}

void TestTourRenderer::reportsAFolderThatCannotBeCreated()
{
    // A file where the folder should be.
    const QString blocker = QDir(dataDir()).filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto outcome = runTour(QDir(blocker).filePath(QStringLiteral("tour")));
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, QStringLiteral("tour.cannot-create-folder"));
    QCOMPARE(outcome->error().kind, ErrorKind::Environment);
}

QTEST_MAIN(TestTourRenderer)
#include "testtourrenderer.moc"

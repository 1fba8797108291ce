// --review FILE: another instance's database read without changing a byte of it.
#include "sialauncher.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewShowsTheOtherInstanceAndChangesNothing_data();
    void reviewShowsTheOtherInstanceAndChangesNothing();
    void reviewRefusesChanges();
    void reviewOfAMissingFileIsAnEnvironmentError();

private:
    QString databaseFile() const { return m_dir.filePath(QStringLiteral("actions.sqlite")); }
    QStringList filesBeside() const { return QDir(m_dir.path()).entryList(QDir::Files); }

    QTemporaryDir m_dir;
};

void TestCliReview::initTestCase()
{
    SiaLauncher other(m_dir.path());
    QCOMPARE(other
                 .run({ QStringLiteral("prerequisite"), QStringLiteral("actions-enabled"),
                     QStringLiteral("confirm") })
                 .exitCode,
        0);
    QCOMPARE(other
                 .run({ QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("done"),
                     QStringLiteral("--by"), QStringLiteral("kim@example.com") })
                 .exitCode,
        0);
    QCOMPARE(other
                 .run({ QStringLiteral("step"), QStringLiteral("5"), QStringLiteral("block"),
                     QStringLiteral("--reason"), QStringLiteral("Waiting for HR") })
                 .exitCode,
        0);
}

void TestCliReview::reviewShowsTheOtherInstanceAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("status") << QStringList { QStringLiteral("status") } << QStringLiteral("Waiting for HR");
    QTest::newRow("status json") << QStringList { QStringLiteral("status"), QStringLiteral("--json") }
                                 << QStringLiteral("\"readOnly\": true");
    QTest::newRow("audit") << QStringList { QStringLiteral("audit") } << QStringLiteral("Step blocked");
}

void TestCliReview::reviewShowsTheOtherInstanceAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QByteArray before = SiaLauncher::fileHash(databaseFile());
    const QStringList filesBefore = filesBeside();
    const QDateTime modifiedBefore = QFileInfo(databaseFile()).lastModified();

    const SiaRun run
        = SiaLauncher().runRaw(QStringList { QStringLiteral("--review"), databaseFile() } + arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));

    QCOMPARE(SiaLauncher::fileHash(databaseFile()), before);
    QCOMPARE(filesBeside(), filesBefore);
    QCOMPARE(QFileInfo(databaseFile()).lastModified(), modifiedBefore);
}

void TestCliReview::reviewRefusesChanges()
{
    const QByteArray before = SiaLauncher::fileHash(databaseFile());
    const SiaRun run = SiaLauncher().runRaw({ QStringLiteral("--review"), databaseFile(),
        QStringLiteral("step"), QStringLiteral("2"), QStringLiteral("start") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
    QCOMPARE(SiaLauncher::fileHash(databaseFile()), before);
}

void TestCliReview::reviewOfAMissingFileIsAnEnvironmentError()
{
    const QString missing = m_dir.filePath(QStringLiteral("nothing-here.sqlite"));
    const SiaRun run
        = SiaLauncher().runRaw({ QStringLiteral("--review"), missing, QStringLiteral("status") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(missing));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "testclireview.moc"

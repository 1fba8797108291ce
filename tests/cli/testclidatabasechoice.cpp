// `sia-admin database use URL | forget | show`: the machine's saved choice of database, kept in the file
// database.url of its data directory (SIA_DATA_DIR here), read by every later command and by the window,
// below --database and SIA_DATABASE_URL, and ignored by --data-dir. No server is needed: the saved server
// is a loopback port where nothing listens, so that a run that reads the choice fails naming it.
#include "sialauncher.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

class TestCliDatabaseChoice : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void useThenShowThenForget();
    void showSaysWhatComesFirst_data();
    void showSaysWhatComesFirst();
    void refusesAUrlWithAPassword();
    void commandsOpenTheSavedServer();
    void theWindowOpensTheSavedServer();
    void unusableSavedChoiceFailsButCanBeForgotten();

private:
    QString savedFile() const { return m_machine->filePath(QStringLiteral("database.url")); }
    SiaRun run(const QStringList& arguments) const { return m_launcher.runRaw(arguments); }
    static QString closedLoopbackUrl();

    std::unique_ptr<QTemporaryDir> m_machine; // the machine's data directory (SIA_DATA_DIR)
    SiaLauncher m_launcher;
};

void TestCliDatabaseChoice::init()
{
    m_machine = std::make_unique<QTemporaryDir>();
    QVERIFY(m_machine->isValid());
    m_launcher = SiaLauncher();
    m_launcher.setEnvironment(QStringLiteral("SIA_DATA_DIR"), m_machine->path());
    m_launcher.setEnvironment(QStringLiteral("SIA_DATABASE_URL"), QString());
}

// A PostgreSQL URL on a loopback port that was free a moment ago: connecting to it is refused at once.
QString TestCliDatabaseChoice::closedLoopbackUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost)) {
        return {};
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("postgresql://sia@127.0.0.1:%1/actions").arg(port);
}

void TestCliDatabaseChoice::useThenShowThenForget()
{
    const QString url = QStringLiteral("postgresql://sia@db.example.com:5432/actions");
    const SiaRun before = run({ QStringLiteral("database"), QStringLiteral("show") });
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(
        before.out.contains(QDir::toNativeSeparators(m_machine->filePath(QStringLiteral("actions.sqlite")))),
        qPrintable(before.out));

    const SiaRun used = run({ QStringLiteral("database"), QStringLiteral("use"),
        QStringLiteral("postgres://sia@db.example.com/actions") });
    QCOMPARE(used.exitCode, 0);
    QVERIFY2(used.out.contains(url), qPrintable(used.out));
    QFile file(savedFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), url.toUtf8() + '\n');
    file.close();

    const SiaRun shown = run({ QStringLiteral("database"), QStringLiteral("show") });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(
        shown.out.contains(url) && shown.out.contains(QLatin1String("saved choice")), qPrintable(shown.out));

    const SiaRun forgotten = run({ QStringLiteral("database"), QStringLiteral("forget") });
    QCOMPARE(forgotten.exitCode, 0);
    QVERIFY(!QFile::exists(savedFile()));
    QCOMPARE(run({ QStringLiteral("database"), QStringLiteral("show") }).out, before.out);
}

void TestCliDatabaseChoice::showSaysWhatComesFirst_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("says");
    const QString other = QStringLiteral("postgresql://other@db:5432/other");
    QTest::newRow("--database") << QStringList { QStringLiteral("--database"), other } << QString()
                                << QStringLiteral("--database");
    QTest::newRow("SIA_DATABASE_URL") << QStringList() << other << QStringLiteral("SIA_DATABASE_URL");
    QTest::newRow("--data-dir") << QStringList { QStringLiteral("--data-dir"),
        QStringLiteral("/tmp/other-dir") }
                                << other << QStringLiteral("--data-dir");
    QTest::newRow("--review URL") << QStringList { QStringLiteral("--review"), other } << QString()
                                  << QStringLiteral("--review");
}

void TestCliDatabaseChoice::showSaysWhatComesFirst()
{
    QFETCH(QStringList, options);
    QFETCH(QString, environment);
    QFETCH(QString, says);
    QCOMPARE(
        run({ QStringLiteral("database"), QStringLiteral("use"), QStringLiteral("postgresql://saved@db/x") })
            .exitCode,
        0);
    m_launcher.setEnvironment(QStringLiteral("SIA_DATABASE_URL"), environment);

    const SiaRun shown = run(options + QStringList { QStringLiteral("database"), QStringLiteral("show") });

    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(says), qPrintable(shown.out));
    QVERIFY2(!shown.out.contains(QLatin1String("saved@db")), qPrintable(shown.out));
}

void TestCliDatabaseChoice::refusesAUrlWithAPassword()
{
    const SiaRun used = run({ QStringLiteral("database"), QStringLiteral("use"),
        QStringLiteral("postgresql://sia:s3cret@db.example.com/actions") });

    QCOMPARE(used.exitCode, 2);
    QVERIFY2(used.err.contains(QLatin1String("password")), qPrintable(used.err));
    QVERIFY(!used.err.contains(QLatin1String("s3cret")) && !used.out.contains(QLatin1String("s3cret")));
    QVERIFY(!QFile::exists(savedFile()));
}

void TestCliDatabaseChoice::commandsOpenTheSavedServer()
{
    const QString url = closedLoopbackUrl();
    QVERIFY(!url.isEmpty());
    QCOMPARE(run({ QStringLiteral("database"), QStringLiteral("use"), url }).exitCode, 0);

    const SiaRun status = run({ QStringLiteral("status") });

    QCOMPARE(status.exitCode, 3);
    QVERIFY2(status.err.contains(url), qPrintable(status.err));
    QVERIFY(!QFile::exists(m_machine->filePath(QStringLiteral("actions.sqlite"))));

    // --data-dir means its own file, whatever the machine saved.
    QTemporaryDir other;
    const SiaRun onFile = run({ QStringLiteral("--data-dir"), other.path(), QStringLiteral("status") });
    QCOMPARE(onFile.exitCode, 0);
    QVERIFY(QFile::exists(QDir(other.path()).filePath(QStringLiteral("actions.sqlite"))));
}

void TestCliDatabaseChoice::theWindowOpensTheSavedServer()
{
    const QString url = closedLoopbackUrl();
    QVERIFY(!url.isEmpty());
    QCOMPARE(run({ QStringLiteral("database"), QStringLiteral("use"), url }).exitCode, 0);
    QTemporaryDir tour;

    // The tour starts the window exactly as a double-click would, only rendering instead of showing it.
    const SiaRun rendered = run({ QStringLiteral("--tour"), tour.path() });

    QCOMPARE(rendered.exitCode, 3);
    QVERIFY2(rendered.err.contains(url), qPrintable(rendered.err));
    QVERIFY(QDir(tour.path()).entryList(QDir::Files).isEmpty());
    QVERIFY(!QFile::exists(m_machine->filePath(QStringLiteral("actions.sqlite"))));
}

void TestCliDatabaseChoice::unusableSavedChoiceFailsButCanBeForgotten()
{
    QFile file(savedFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("db.example.com\n");
    file.close();

    const SiaRun status = run({ QStringLiteral("status") });
    QCOMPARE(status.exitCode, 3);
    QVERIFY2(status.err.contains(QDir::toNativeSeparators(savedFile())), qPrintable(status.err));
    QVERIFY(!QFile::exists(m_machine->filePath(QStringLiteral("actions.sqlite"))));
    QTemporaryDir tour;
    QCOMPARE(run({ QStringLiteral("--tour"), tour.path() }).exitCode, 3);

    QCOMPARE(run({ QStringLiteral("database"), QStringLiteral("forget") }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("status") }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliDatabaseChoice)
#include "testclidatabasechoice.moc"

// This machine's saved choice of database: the plain file database.url in the data directory, written in
// normal form, never with a password, and read back only when it still holds a usable URL.
#include "store/saveddatabasechoice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sia;

class TestSavedDatabaseChoice : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void nothingSavedReadsEmpty();
    void savesTheUrlInNormalFormBesideTheDatabaseFile();
    void refusesAUrlWithAPasswordAndKeepsThePreviousChoice();
    void forgetRemovesTheFile();
    void unusableFileIsAnEnvironmentError_data();
    void unusableFileIsAnEnvironmentError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSavedDatabaseChoice::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSavedDatabaseChoice::nothingSavedReadsEmpty()
{
    const Result<QString> read = SavedDatabaseChoice(m_dir->path()).read();
    QVERIFY(read.ok());
    QCOMPARE(*read, QString());
}

void TestSavedDatabaseChoice::savesTheUrlInNormalFormBesideTheDatabaseFile()
{
    const SavedDatabaseChoice saved(m_dir->path());
    QCOMPARE(saved.filePath(), m_dir->filePath(QStringLiteral("database.url")));

    const Result<QString> written = saved.save(QStringLiteral(" postgres://sia@db.example.com/actions "));

    QVERIFY(written.ok());
    QCOMPARE(*written, QStringLiteral("postgresql://sia@db.example.com:5432/actions"));
    QFile file(saved.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("postgresql://sia@db.example.com:5432/actions\n"));
    QCOMPARE(*saved.read(), *written);
}

void TestSavedDatabaseChoice::refusesAUrlWithAPasswordAndKeepsThePreviousChoice()
{
    const SavedDatabaseChoice saved(m_dir->path());
    QVERIFY(saved.save(QStringLiteral("postgresql://sia@db/actions")).ok());

    const Result<QString> written = saved.save(QStringLiteral("postgresql://sia:s3cret@db/actions"));

    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("database.invalid-url"));
    QVERIFY(!written.error().message.contains(QLatin1String("s3cret")));
    QCOMPARE(*saved.read(), QStringLiteral("postgresql://sia@db:5432/actions"));
}

void TestSavedDatabaseChoice::forgetRemovesTheFile()
{
    const SavedDatabaseChoice saved(m_dir->path());
    QVERIFY(saved.save(QStringLiteral("postgresql://sia@db/actions")).ok());

    QCOMPARE(*saved.forget(), true);
    QVERIFY(!QFile::exists(saved.filePath()));
    QCOMPARE(*saved.read(), QString());
    QCOMPARE(*saved.forget(), false);
}

void TestSavedDatabaseChoice::unusableFileIsAnEnvironmentError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not a URL") << QByteArray("db.example.com\n");
    QTest::newRow("a password written in by hand") << QByteArray("postgresql://sia:s3cret@db/actions\n");
    QTest::newRow("empty") << QByteArray("\n");
}

void TestSavedDatabaseChoice::unusableFileIsAnEnvironmentError()
{
    QFETCH(QByteArray, content);
    const SavedDatabaseChoice saved(m_dir->path());
    QFile file(saved.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const Result<QString> read = saved.read();

    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("database.saved-choice-invalid"));
    QCOMPARE(read.error().kind, ErrorKind::Environment);
    QVERIFY(read.error().message.contains(QDir::toNativeSeparators(saved.filePath())));
    QVERIFY(!read.error().message.contains(QLatin1String("s3cret")));
}

QTEST_GUILESS_MAIN(TestSavedDatabaseChoice)
#include "testsaveddatabasechoice.moc"

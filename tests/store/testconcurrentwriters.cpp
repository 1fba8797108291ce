// Two writer processes on one database (a file, or a PostgreSQL database), each running read-check-write
// transactions: both succeed within the busy timeout (no update is lost, none is half-applied), or, when one
// holds the write lock past the other's busy timeout, the other gets store.locked and changes nothing.
#include "store/store.h"
#include "storetesthelpers.h"

#include <QProcess>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

constexpr int answerTimeoutMs = 60000;

// One writer process (storewriterprocess.cpp), its output collected as it arrives.
class Writer
{
public:
    Writer(const QString& database, const QString& actor, int count, int busyTimeoutMs, bool hold = false)
    {
        QStringList arguments { QStringLiteral("--database"), database, QStringLiteral("--actor"), actor,
            QStringLiteral("--count"), QString::number(count), QStringLiteral("--busy-timeout"),
            QString::number(busyTimeoutMs) };
        if (hold) {
            arguments << QStringLiteral("--hold");
        }
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
            [this]() { m_output += QString::fromUtf8(m_process.readAllStandardOutput()); });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(SIA_STORE_WRITER), arguments);
    }
    ~Writer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    void proceed() { m_process.write("go\n"); }
    bool said(const QString& line) const { return lines().contains(line); }
    QStringList lines() const { return m_output.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    bool hasFinished() const { return m_process.state() == QProcess::NotRunning; }
    int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
};

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bothWritersSucceedWithinBusyTimeout();
    void secondWriterGetsLockedAndChangesNothing();

private:
    QString m_path; // the file or the URL, as the writers take it
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestConcurrentWriters::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_path = m_database->name();
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened).value();
    for (const QString& statement :
        { QStringLiteral("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE increments (value INTEGER NOT NULL, actor TEXT NOT NULL)") }) {
        Result<QSqlQuery> done = m_store->exec(statement);
        QVERIFY2(done.ok(), failureText(done).constData());
    }
}

void TestConcurrentWriters::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestConcurrentWriters::bothWritersSucceedWithinBusyTimeout()
{
    constexpr int each = 150;
    Writer alice(m_path, QStringLiteral("alice"), each, 20000);
    Writer bob(m_path, QStringLiteral("bob"), each, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        alice.said(QStringLiteral("ready")) && bob.said(QStringLiteral("ready")), answerTimeoutMs);

    alice.proceed();
    bob.proceed();

    QTRY_VERIFY_WITH_TIMEOUT(alice.hasFinished() && bob.hasFinished(), answerTimeoutMs);
    QVERIFY2(alice.exitCode() == 0, qPrintable(alice.output()));
    QVERIFY2(bob.exitCode() == 0, qPrintable(bob.output()));
    // No update lost, none half-applied: one record per increment, each value once, the counter at the end.
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT value FROM counter")).toInt(), 2 * each);
    QCOMPARE(rowCount(*m_store, QStringLiteral("increments")), 2 * each);
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT COUNT(DISTINCT value) FROM increments")).toInt(), 2 * each);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT MAX(value) FROM increments")).toInt(), 2 * each);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM increments WHERE actor = 'bob'")).toInt(),
        each);
}

void TestConcurrentWriters::secondWriterGetsLockedAndChangesNothing()
{
    Writer holder(m_path, QStringLiteral("alice"), 1, 20000, true);
    Writer late(m_path, QStringLiteral("bob"), 1, 300);
    QTRY_VERIFY_WITH_TIMEOUT(
        holder.said(QStringLiteral("ready")) && late.said(QStringLiteral("ready")), answerTimeoutMs);
    holder.proceed();
    QTRY_VERIFY_WITH_TIMEOUT(holder.said(QStringLiteral("holding")), answerTimeoutMs);

    late.proceed();
    QTRY_VERIFY_WITH_TIMEOUT(late.hasFinished(), answerTimeoutMs);
    holder.proceed();
    QTRY_VERIFY_WITH_TIMEOUT(holder.hasFinished(), answerTimeoutMs);

    QCOMPARE(late.exitCode(), 3);
    QVERIFY2(late.said(QStringLiteral("error store.locked")), qPrintable(late.output()));
    QVERIFY2(holder.exitCode() == 0, qPrintable(holder.output()));
    QVERIFY(holder.said(QStringLiteral("ok 1")));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT value FROM counter")).toInt(), 1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("increments")), 1);
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT actor FROM increments")).toString(), QStringLiteral("alice"));
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "testconcurrentwriters.moc"

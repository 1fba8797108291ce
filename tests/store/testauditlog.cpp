// The audit log reads back what was appended: newest first, limited on request, details intact.
#include "store/auditlog.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sia;
using namespace sia::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void entriesAreNewestFirst();
    void limitKeepsTheNewest_data();
    void limitKeepsTheNewest();
    void recordsActorSubjectAndTime();
    void detailsRoundTrip_data();
    void detailsRoundTrip();

private:
    void appendThree();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestAuditLog::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
}

void TestAuditLog::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestAuditLog::appendThree()
{
    AuditLog log(*m_store);
    for (const char* action : { "first", "second", "third" }) {
        Result<void> appended
            = log.append(QStringLiteral("alice"), QLatin1String(action), QStringLiteral("step 1"));
        QVERIFY2(appended.ok(), failureText(appended).constData());
    }
}

void TestAuditLog::entriesAreNewestFirst()
{
    appendThree();

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QStringList actions;
    for (const AuditEntry& entry : *entries) {
        actions << entry.action;
    }
    QCOMPARE(
        actions, QStringList({ QStringLiteral("third"), QStringLiteral("second"), QStringLiteral("first") }));
}

void TestAuditLog::limitKeepsTheNewest_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    const QString third = QStringLiteral("third");
    const QString second = QStringLiteral("second");
    const QString first = QStringLiteral("first");
    QTest::newRow("0 means all") << 0 << QStringList { third, second, first };
    QTest::newRow("1") << 1 << QStringList { third };
    QTest::newRow("2") << 2 << QStringList { third, second };
    QTest::newRow("more than there are") << 10 << QStringList { third, second, first };
}

void TestAuditLog::limitKeepsTheNewest()
{
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    appendThree();

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries(limit);

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QStringList actions;
    for (const AuditEntry& entry : *entries) {
        actions << entry.action;
    }
    QCOMPARE(actions, expected);
}

void TestAuditLog::recordsActorSubjectAndTime()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Result<void> appended = AuditLog(*m_store).append(
        QStringLiteral("bob@example.com"), QStringLiteral("step.done"), QStringLiteral("step 3"));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(appended.ok(), failureText(appended).constData());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 1);
    const AuditEntry& entry = entries->first();
    QVERIFY(entry.id > 0);
    QCOMPARE(entry.actor, QStringLiteral("bob@example.com"));
    QCOMPARE(entry.action, QStringLiteral("step.done"));
    QCOMPARE(entry.subject, QStringLiteral("step 3"));
    QVERIFY2(entry.at >= before && entry.at <= after, qPrintable(entry.at.toString(Qt::ISODateWithMs)));
}

void TestAuditLog::detailsRoundTrip_data()
{
    QTest::addColumn<QJsonObject>("details");
    QTest::newRow("none") << QJsonObject();
    QTest::newRow("flat") << QJsonObject { { QStringLiteral("from"), QStringLiteral("not-started") },
        { QStringLiteral("to"), QStringLiteral("done") } };
    QTest::newRow("nested, typed, non-ASCII") << QJsonObject {
        { QStringLiteral("reason"), QStringLiteral("väntar på 管理员 \"quoted\"\n") },
        { QStringLiteral("count"), 12345678901.0 }, { QStringLiteral("confirmed"), true },
        { QStringLiteral("nothing"), QJsonValue::Null },
        { QStringLiteral("steps"), QJsonArray { 1, 2, QJsonObject { { QStringLiteral("x"), -0.5 } } } }
    };
}

void TestAuditLog::detailsRoundTrip()
{
    QFETCH(QJsonObject, details);
    Result<void> appended = AuditLog(*m_store).append(
        QStringLiteral("alice"), QStringLiteral("a"), QStringLiteral("b"), details);
    QVERIFY2(appended.ok(), failureText(appended).constData());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().details, details);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "testauditlog.moc"

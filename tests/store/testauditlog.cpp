// The audit log reads back what was appended: newest first, limited on request, arguments intact; it
// stores an action key and its arguments (no sentence), and reads a page at a time by keyset, with the
// filter matched in SQL.
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
    void recordsActorKeyAndTime();
    void storesNoSentence();
    void argumentsRoundTrip_data();
    void argumentsRoundTrip();
    void pagesFollowEachOtherByKeyset();
    void aPageStaysPutWhileTheLogGrows();
    void filterMatchesInSql_data();
    void filterMatchesInSql();
    void countFollowsTheFilter();

private:
    void appendThree();
    void appendMany(int count);

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
            = log.append(QStringLiteral("alice"), QLatin1String(action), { { QStringLiteral("step"), 1 } });
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

void TestAuditLog::recordsActorKeyAndTime()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Result<void> appended = AuditLog(*m_store).append(
        QStringLiteral("bob@example.com"), QStringLiteral("step.done"), { { QStringLiteral("step"), 3 } });
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(appended.ok(), failureText(appended).constData());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 1);
    const AuditEntry& entry = entries->first();
    QVERIFY(entry.id > 0);
    QCOMPARE(entry.actor, QStringLiteral("bob@example.com"));
    QCOMPARE(entry.action, QStringLiteral("step.done"));
    QCOMPARE(entry.arguments.value(QStringLiteral("step")).toInt(), 3);
    QVERIFY2(entry.at >= before && entry.at <= after, qPrintable(entry.at.toString(Qt::ISODateWithMs)));
}

void TestAuditLog::storesNoSentence()
{
    QVERIFY(AuditLog(*m_store)
                .append(QStringLiteral("alice"), QStringLiteral("step.block"),
                    { { QStringLiteral("step"), 2 }, { QStringLiteral("reason"), QStringLiteral("no org") } })
                .ok());
    // Only the key and the arguments are kept: the words are the catalogue's, in the reader's language.
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT action FROM audit_log")).toString(),
        QStringLiteral("step.block"));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT details FROM audit_log")).toString(),
        QStringLiteral(R"({"reason":"no org","step":2})"));
}

void TestAuditLog::argumentsRoundTrip_data()
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

void TestAuditLog::argumentsRoundTrip()
{
    QFETCH(QJsonObject, details);
    Result<void> appended = AuditLog(*m_store).append(QStringLiteral("alice"), QStringLiteral("a"), details);
    QVERIFY2(appended.ok(), failureText(appended).constData());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().arguments, details);
}

void TestAuditLog::appendMany(int count)
{
    // One transaction: a few thousand entries in a blink.
    Result<void> written = m_store->transaction([&]() -> Result<void> {
        AuditLog log(*m_store);
        for (int i = 1; i <= count; ++i) {
            const QString actor = i % 2 ? QStringLiteral("alice") : QStringLiteral("bob");
            Result<void> appended
                = log.append(actor, i % 10 ? QStringLiteral("step.done") : QStringLiteral("setting.changed"),
                    { { QStringLiteral("n"), i },
                        { QStringLiteral("note"), QStringLiteral("entry #%1.").arg(i) } });
            if (!appended) {
                return appended;
            }
        }
        return {};
    });
    QVERIFY2(written.ok(), failureText(written).constData());
}

void TestAuditLog::pagesFollowEachOtherByKeyset()
{
    appendMany(25);
    AuditLog log(*m_store);
    QList<qint64> ids;
    qint64 before = 0;
    for (int page = 0; page < 4; ++page) {
        Result<QList<AuditEntry>> rows = log.page(before, 10);
        QVERIFY2(rows.ok(), failureText(rows).constData());
        QCOMPARE(rows->size(), page < 2 ? 10 : (page == 2 ? 5 : 0));
        for (const AuditEntry& entry : *rows) {
            ids << entry.id;
        }
        if (!rows->isEmpty()) {
            before = rows->constLast().id;
        }
    }
    QCOMPARE(ids.size(), 25);
    for (int i = 1; i < ids.size(); ++i) {
        QVERIFY(ids.at(i) < ids.at(i - 1)); // newest first, nothing twice, nothing skipped
    }
    QCOMPARE(ids.constLast(), ids.constFirst() - 24);
}

void TestAuditLog::aPageStaysPutWhileTheLogGrows()
{
    appendMany(20);
    AuditLog log(*m_store);
    Result<QList<AuditEntry>> first = log.page(0, 10);
    QVERIFY(first.ok());
    appendMany(5); // another admin writes meanwhile
    Result<QList<AuditEntry>> second = log.page(first->constLast().id, 10);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 10);
    QCOMPARE(second->constFirst().id, first->constLast().id - 1);
}

void TestAuditLog::filterMatchesInSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("expected");
    QTest::newRow("actor") << QStringLiteral("bob") << QStringList() << 20;
    QTest::newRow("actor, other case") << QStringLiteral("ALICE") << QStringList() << 20;
    QTest::newRow("action key") << QStringLiteral("setting.") << QStringList() << 4;
    // A text argument: how a backend spaces the JSON around it does not matter.
    QTest::newRow("argument") << QStringLiteral("#7.") << QStringList() << 1;
    QTest::newRow("LIKE wildcards are literal") << QStringLiteral("%") << QStringList() << 0;
    QTest::newRow("underscore is literal") << QStringLiteral("a_ice") << QStringList() << 0;
    QTest::newRow("action keys of a translated title")
        << QStringLiteral("nothing stored matches this") << QStringList { QStringLiteral("setting.changed") }
        << 4;
    QTest::newRow("nothing") << QStringLiteral("nobody") << QStringList() << 0;
}

void TestAuditLog::filterMatchesInSql()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QFETCH(int, expected);
    appendMany(40);
    const AuditFilter filter { text, keys };

    Result<QList<AuditEntry>> rows = AuditLog(*m_store).page(0, 100, filter);

    QVERIFY2(rows.ok(), failureText(rows).constData());
    QCOMPARE(rows->size(), expected);
    Result<qint64> counted = AuditLog(*m_store).count(filter);
    QVERIFY2(counted.ok(), failureText(counted).constData());
    QCOMPARE(*counted, qint64(expected));
}

void TestAuditLog::countFollowsTheFilter()
{
    appendMany(30);
    QCOMPARE(*AuditLog(*m_store).count(), qint64(30));
    QCOMPARE(*AuditLog(*m_store).count({ QStringLiteral("bob"), {} }), qint64(15));
    QCOMPARE(*AuditLog(*m_store).count({ QStringLiteral("  "), {} }), qint64(30)); // blank: no filter
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "testauditlog.moc"

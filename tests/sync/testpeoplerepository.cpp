// The people as the browser and the command line read them, on both backends: counts by state, one person
// by Marketo ID, keyset pages in the browser's order that neither skip nor repeat a row (also across
// missing names and names that differ only in case), the search by name, email, company or ID, and the
// duplicate emails among the eligible; and, on a million SQLite rows, the page and search queries seek their
// indexes (read from EXPLAIN QUERY PLAN, not timed).
#include "storetesthelpers.h"
#include "sync/peoplerepository.h"
#include "sync/peoplewriter.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

PersonRecord person(qint64 id, const QByteArray& last, const QByteArray& first, const QByteArray& email = {},
    const QByteArray& company = {})
{
    PersonRecord r;
    r.marketoId = id;
    r.lastName = last;
    r.firstName = first;
    r.email = email;
    r.company = company;
    r.salesOwnerId = "005000000000001";
    return r;
}

QList<qint64> idsOf(const QList<PersonRow>& rows)
{
    QList<qint64> ids;
    for (const PersonRow& row : rows) {
        ids << row.marketoId;
    }
    return ids;
}

} // namespace

class TestPeopleRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void countsByState();
    void byMarketoIdReadsEveryColumn();
    void pagesFollowTheBrowsersOrderWithoutGapsOrRepeats();
    void browseCountsOnTheFirstPageOnly();
    void search_data();
    void search();
    void duplicateEmailsAmongTheEligible();
    void aMillionRowsPageAndSearchThroughIndexes();

private:
    void write(const QList<PersonRecord>& records);
    QStringList plan(const PeopleRepository::Statement& statement);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestPeopleRepository::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
}

void TestPeopleRepository::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestPeopleRepository::write(const QList<PersonRecord>& records)
{
    Result<PeopleWriter> writer = PeopleWriter::prepare(*m_store, 0);
    QVERIFY2(writer.ok(), failureText(writer).constData());
    Result<void> done = m_store->transaction([&]() -> Result<void> {
        Result<SyncCounts> applied = writer->apply(records);
        return applied ? Result<void>() : Result<void>(applied.error());
    });
    QVERIFY2(done.ok(), failureText(done).constData());
}

QStringList TestPeopleRepository::plan(const PeopleRepository::Statement& statement)
{
    QStringList details;
    Result<QSqlQuery> query
        = m_store->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.bindings);
    while (query && query->next()) {
        details << query->value(3).toString();
    }
    return details;
}

void TestPeopleRepository::countsByState()
{
    write({ person(1, "A", "a"), person(2, "B", "b"), person(3, "C", "c"), person(4, "D", "d") });
    PersonRecord lost = person(2, "B", "b");
    lost.salesOwnerId.clear();
    write({ lost });
    Result<PeopleWriter> writer = PeopleWriter::prepare(*m_store, 0);
    QCOMPARE(writer->markDeleted({ 3 }, QDateTime::currentDateTimeUtc()).value(), 1);

    Result<PeopleCounts> counts = PeopleRepository(*m_store).counts();

    QVERIFY2(counts.ok(), failureText(counts).constData());
    QCOMPARE(counts->total, 4);
    QCOMPARE(counts->eligible, 2);
    QCOMPARE(counts->ineligible, 1);
    QCOMPARE(counts->deleted, 1);
}

void TestPeopleRepository::byMarketoIdReadsEveryColumn()
{
    PersonRecord r = person(77, "Müller", "Zoë", "zoe@example.com", "Acme");
    r.title = "VP";
    r.phone = "+1";
    r.linkedInUrl = "https://linkedin.example/zoe";
    r.source = "Web";
    r.sfdcLeadId = "00Q1";
    r.sfdcContactId = "0031";
    r.sfdcAccountId = "0011";
    r.sfdcType = "Contact";
    r.salesOwnerEmail = "seller@example.com";
    r.unsubscribed = true;
    r.createdAt = "2024-01-15T10:00:00Z";
    write({ r });
    QVERIFY(PeopleWriter::prepare(*m_store, 0)->setOpportunities({ { "0031", "0061" } }, false).ok());

    Result<std::optional<PersonRow>> found = PeopleRepository(*m_store).byMarketoId(77);

    QVERIFY2(found.ok(), failureText(found).constData());
    QVERIFY(found->has_value());
    const PersonRow& row = **found;
    QCOMPARE(row.lastName, QStringLiteral("Müller"));
    QCOMPARE(row.firstName, QStringLiteral("Zoë"));
    QCOMPARE(row.email, QStringLiteral("zoe@example.com"));
    QCOMPARE(row.company, QStringLiteral("Acme"));
    QCOMPARE(row.title, QStringLiteral("VP"));
    QCOMPARE(row.phone, QStringLiteral("+1"));
    QCOMPARE(row.linkedInUrl, QStringLiteral("https://linkedin.example/zoe"));
    QCOMPARE(row.source, QStringLiteral("Web"));
    QCOMPARE(row.sfdcLeadId, QStringLiteral("00Q1"));
    QCOMPARE(row.sfdcContactId, QStringLiteral("0031"));
    QCOMPARE(row.sfdcAccountId, QStringLiteral("0011"));
    QCOMPARE(row.sfdcOpportunityId, QStringLiteral("0061"));
    QCOMPARE(row.sfdcType, QStringLiteral("Contact"));
    QCOMPARE(row.salesOwnerId, QStringLiteral("005000000000001"));
    QCOMPARE(row.salesOwnerEmail, QStringLiteral("seller@example.com"));
    QVERIFY(row.eligible);
    QVERIFY(row.unsubscribed);
    QCOMPARE(row.marketoCreatedAt, QDateTime(QDate(2024, 1, 15), QTime(10, 0), Qt::UTC));
    QVERIFY(row.syncedAt.isValid());
    QVERIFY(!row.deletedAt.isValid());
    QVERIFY(!PeopleRepository(*m_store).byMarketoId(78).value().has_value());
}

void TestPeopleRepository::pagesFollowTheBrowsersOrderWithoutGapsOrRepeats()
{
    // Missing names sort first (as empty), case is ignored, and equal names fall back to the id.
    write({ person(1, "smith", "Ann"), person(2, "Smith", "ann"), person(3, "Adams", "Zed"),
        person(4, {}, "Nameless"), person(5, "SMITH", "Bob"), person(6, "Brown", {}),
        person(7, "adams", "amy"), person(8, {}, {}), person(9, "Smith", "Ann") });
    const QList<qint64> expected { 8, 4, 7, 3, 6, 1, 2, 9, 5 };
    PeopleRepository people(*m_store);

    for (int size : { 1, 2, 4, 9, 20 }) {
        QList<qint64> seen;
        PeopleCursor after;
        for (int pages = 0; pages < 20; ++pages) {
            Result<QList<PersonRow>> page = people.page({}, after, size);
            QVERIFY2(page.ok(), failureText(page).constData());
            if (page->isEmpty()) {
                break;
            }
            seen << idsOf(*page);
            after = PeopleCursor::after(page->constLast());
        }
        QCOMPARE(seen, expected);
    }
}

void TestPeopleRepository::browseCountsOnTheFirstPageOnly()
{
    QList<PersonRecord> records;
    for (qint64 id = 1; id <= 25; ++id) {
        records << person(id, "Name" + QByteArray::number(100 + id), "x",
            "p" + QByteArray::number(id) + "@x.example", id <= 5 ? "Acme" : "Other");
    }
    write(records);
    PeopleRepository people(*m_store);

    Result<RecordPage<PersonRow>> first = people.browse({}, {}, 10);
    QVERIFY2(first.ok(), failureText(first).constData());
    QCOMPARE(first->rows.size(), 10);
    QVERIFY(first->hasMore);
    QCOMPARE(first->total, 25);
    QCOMPARE(first->unfiltered, 25);
    Result<RecordPage<PersonRow>> last = people.browse({}, PeopleCursor::after(first->rows.constLast()), 20);
    QCOMPARE(last->rows.size(), 15);
    QVERIFY(!last->hasMore);
    QCOMPARE(last->total, -1);

    Result<RecordPage<PersonRow>> acme = people.browse({ QStringLiteral("acm"), false }, {}, 10);
    QCOMPARE(acme->rows.size(), 5);
    QVERIFY(!acme->hasMore);
    QCOMPARE(acme->total, 5);
    QCOMPARE(acme->unfiltered, 25);
}

void TestPeopleRepository::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected"); // in the browser's order
    QTest::newRow("last name prefix, any case") << QStringLiteral("MÜL") << QList<qint64>({});
    QTest::newRow("last name prefix") << QStringLiteral("mül") << QList<qint64>({ 1 });
    QTest::newRow("ascii last name") << QStringLiteral("OK") << QList<qint64>({ 3, 2 });
    QTest::newRow("first name") << QStringLiteral("zo") << QList<qint64>({ 1 });
    QTest::newRow("company") << QStringLiteral("globex") << QList<qint64>({ 4 });
    QTest::newRow("email with an at") << QStringLiteral("KIM@") << QList<qint64>({ 4 });
    QTest::newRow("email prefix without an at") << QStringLiteral("lee.o") << QList<qint64>({ 2 });
    QTest::newRow("Marketo ID") << QStringLiteral("3") << QList<qint64>({ 3 });
    QTest::newRow("wildcards are literal") << QStringLiteral("o%") << QList<qint64>({});
    QTest::newRow("underscore is literal") << QStringLiteral("ok_") << QList<qint64>({ 2 });
    QTest::newRow("inside a word does not match") << QStringLiteral("ller") << QList<qint64>({});
    QTest::newRow("surrounding spaces") << QStringLiteral("  globex ") << QList<qint64>({ 4 });
    QTest::newRow("nothing") << QStringLiteral("zzz") << QList<qint64>({});
}

void TestPeopleRepository::search()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    write({ person(1, "Müller", "Zoë", "zoe@initech.example", "Initech"),
        person(2, "Ok_Lee", "Ann", "lee.ok@acme.example", "Acme"),
        person(3, "ok", "Bo", "bo@acme.example", "Acme"),
        person(4, "Park", "Kim", "kim@globex.example", "Globex Corp") });

    Result<QList<PersonRow>> found = PeopleRepository(*m_store).page({ text, false }, {}, 50);
    Result<qint64> count = PeopleRepository(*m_store).count({ text, false });

    QVERIFY2(found.ok(), failureText(found).constData());
    QCOMPARE(idsOf(*found), expected);
    QCOMPARE(*count, expected.size());
}

void TestPeopleRepository::duplicateEmailsAmongTheEligible()
{
    QList<PersonRecord> records { person(1, "A", "a", "Dup@x.example"), person(2, "B", "b", "dup@X.example"),
        person(3, "C", "c", "dup@x.example"), person(4, "D", "d", "two@x.example"),
        person(5, "E", "e", "two@x.example"), person(6, "F", "f", "one@x.example"),
        person(7, "G", "g", "gone@x.example"), person(8, "H", "h", "gone@x.example"), person(9, "I", "i"),
        person(10, "J", "j") };
    write(records);
    PersonRecord lost = person(5, "E", "e", "two@x.example");
    lost.salesOwnerId.clear();
    write({ lost });
    QVERIFY(PeopleWriter::prepare(*m_store, 0)->markDeleted({ 8 }, {}).ok());

    Result<StoredDuplicates> duplicates = PeopleRepository(*m_store).duplicateEmails(5, 2);

    QVERIFY2(duplicates.ok(), failureText(duplicates).constData());
    QCOMPARE(duplicates->emails, 1); // the ineligible and the deleted do not count
    QCOMPARE(duplicates->people, 3);
    QCOMPARE(duplicates->examples.size(), 1);
    QCOMPARE(duplicates->examples.at(0).email.toLower(), QStringLiteral("dup@x.example"));
    QCOMPARE(duplicates->examples.at(0).count, 3);
    QCOMPARE(duplicates->examples.at(0).marketoIds, QList<qint64>({ 1, 2 }));
}

void TestPeopleRepository::aMillionRowsPageAndSearchThroughIndexes()
{
    if (m_database->backend() != TestBackend::Sqlite) {
        QSKIP("The plans are SQLite's; PostgreSQL's planner chooses by its own statistics");
    }
    // A million rows written directly (the writer's speed is the benchmark's business, not a test's).
    Result<QSqlQuery> filled = m_store->exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
        " INSERT INTO people (marketo_id, first_name, last_name, email, company, synced_at)"
        " SELECT i, 'F' || (i % 977), CASE WHEN i % 50 = 0 THEN NULL ELSE 'L' || (i % 1013) END,"
        " 'p' || i || '@x.example', 'C' || (i % 300), '2026-12-01T00:00:00.000Z' FROM n"));
    QVERIFY2(filled.ok(), failureText(filled).constData());
    QVERIFY(m_store->exec(QStringLiteral("ANALYZE")).ok());
    PeopleRepository people(*m_store);
    const QRegularExpression fullScan(QStringLiteral("^SCAN people\\b"));
    const QRegularExpression sorts(QStringLiteral("TEMP B-TREE"));

    Result<QList<PersonRow>> first = people.page({}, {}, 200);
    QVERIFY2(first.ok(), failureText(first).constData());
    QCOMPARE(first->size(), 200);
    const PeopleCursor middle { QStringLiteral("L500"), QStringLiteral("F3"), 123456 };
    for (const PeopleCursor& after : { PeopleCursor(), PeopleCursor::after(first->constLast()), middle }) {
        const QStringList details = plan(people.pageStatement({}, after, 200));
        QVERIFY2(details.filter(QStringLiteral("SEARCH people USING INDEX people_by_name")).size() == 1,
            qPrintable(details.join(QStringLiteral("; "))));
        QVERIFY2(details.filter(fullScan).isEmpty() && details.filter(sorts).isEmpty(),
            qPrintable(details.join(QStringLiteral("; "))));
    }
    const QList<QPair<QString, QString>> searches { { QStringLiteral("p12345@"),
                                                        QStringLiteral("people_by_email") },
        { QStringLiteral("654321"), QStringLiteral("people_by_marketo_id") } };
    for (const auto& [text, index] : searches) {
        const QStringList details = plan(people.pageStatement({ text, false }, {}, 200));
        QVERIFY2(
            !details.filter(QRegularExpression(
                                QStringLiteral("^SEARCH people USING (COVERING )?INDEX %1\\b").arg(index)))
                    .isEmpty()
                && details.filter(fullScan).isEmpty(),
            qPrintable(details.join(QStringLiteral("; "))));
    }
    // and the rows are the right ones
    QCOMPARE(
        idsOf(people.page({ QStringLiteral("654321"), false }, {}, 10).value()), QList<qint64>({ 654321 }));
    QCOMPARE(people.page({ QStringLiteral("p12345@"), false }, {}, 10).value().size(), 1);
    Result<QList<PersonRow>> later = people.page({}, middle, 3);
    QCOMPARE(later->size(), 3);
    QVERIFY(later->at(0).lastName.compare(QStringLiteral("L500"), Qt::CaseInsensitive) >= 0);
}

QTEST_GUILESS_MAIN(TestPeopleRepository)
#include "testpeoplerepository.moc"

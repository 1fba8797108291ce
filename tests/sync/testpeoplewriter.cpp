// The one place a PersonRecord becomes a row, on both backends: what each record becomes (created,
// updated, unchanged, skipped with its reason, failed), exactly counted, the same in a dry run that writes
// nothing; every field stored as it came; people who lose their Sales Owner kept and marked; tombstones;
// opportunities; and all of it inside the caller's transaction.
#include "common/timestamps.h"
#include "storetesthelpers.h"
#include "sync/eligibilityrule.h"
#include "sync/peoplewriter.h"
#include "sync/syncrunrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

PersonRecord person(qint64 id, bool owned = true)
{
    PersonRecord r;
    r.marketoId = id;
    const QByteArray n = QByteArray::number(id);
    r.firstName = "Zoë " + n;
    r.lastName = "Müller-" + n;
    r.email = "zoe." + n + "@example.com";
    r.company = "Acme, \"Inc\" " + n;
    r.title = "VP";
    r.phone = "+1 555 " + n;
    r.linkedInUrl = "https://www.linkedin.com/in/zoe-" + n;
    r.source = "Web form";
    r.sfdcLeadId = "00Q" + n;
    r.sfdcContactId = "003" + n;
    r.sfdcAccountId = "001" + n;
    r.sfdcType = "Contact";
    if (owned) {
        r.salesOwnerId = "005000000000001";
        r.salesOwnerEmail = "seller@example.com";
    }
    r.createdAt = "2024-01-15T10:00:00Z";
    r.updatedAt = "2025-06-30T23:59:59Z";
    return r;
}

QList<PersonRecord> people(qint64 from, qint64 count, bool owned = true)
{
    QList<PersonRecord> list;
    for (qint64 id = from; id < from + count; ++id) {
        list.append(person(id, owned));
    }
    return list;
}

SyncCounts counts(qint64 created, qint64 updated, qint64 unchanged, qint64 skipped, qint64 failed)
{
    SyncCounts c;
    c.processed = created + updated + unchanged + skipped + failed;
    c.created = created;
    c.updated = updated;
    c.unchanged = unchanged;
    c.skipped = skipped;
    c.failed = failed;
    return c;
}

} // namespace

class TestPeopleWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsTheEligibleAndSkipsTheRestWithTheirReason();
    void storesEveryFieldAsItCame();
    void reapplyingWritesNothing();
    void changedContentIsAnUpdate();
    void losingTheSalesOwnerKeepsThePersonMarked();
    void regainingTheSalesOwnerIsAnUpdate();
    void aTombstonedPersonComesBack();
    void duplicatesInABatchCountOnceTheLastWins();
    void batchesLargerThanALookupStayExact();
    void dryRunCountsEqualTheRealApplyAndWriteNothing_data();
    void dryRunCountsEqualTheRealApplyAndWriteNothing();
    void malformedValuesFailAloneAndAreRecorded_data();
    void malformedValuesFailAloneAndAreRecorded();
    void aRowTheDatabaseRefusesFailsAlone();
    void everythingIsInsideTheCallersTransaction();
    void markDeletedTombstonesOnce();
    void setOpportunitiesSetsClearsAndCounts();
    void contentHashCoversTheFieldsNotTheOpportunity();
    void aReviewIsRefused();

private:
    Result<SyncCounts> apply(const QList<PersonRecord>& records, bool dryRun = false);
    QVariant column(qint64 marketoId, const char* name);
    // Everything the writer could have changed, to compare before and after a dry run.
    QStringList snapshot();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    qint64 m_runId = 0;
};

void TestPeopleWriter::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    Result<SyncRun> run = SyncRunRepository(*m_store).begin(SyncKind::PeopleInitial, QStringLiteral("t"));
    QVERIFY2(run.ok(), failureText(run).constData());
    m_runId = run->id;
}

void TestPeopleWriter::cleanup()
{
    m_store.reset();
    m_database.reset();
}

Result<SyncCounts> TestPeopleWriter::apply(const QList<PersonRecord>& records, bool dryRun)
{
    Result<PeopleWriter> writer = PeopleWriter::prepare(*m_store, m_runId);
    if (!writer) {
        return writer.error();
    }
    std::optional<SyncCounts> counts;
    Result<void> done = m_store->transaction([&]() -> Result<void> {
        Result<SyncCounts> applied = writer->apply(records, dryRun);
        if (!applied) {
            return applied.error();
        }
        counts = *applied;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *counts;
}

QVariant TestPeopleWriter::column(qint64 marketoId, const char* name)
{
    Result<QSqlQuery> query = m_store->exec(
        QStringLiteral("SELECT %1 FROM people WHERE marketo_id = :id").arg(QLatin1String(name)),
        { { QStringLiteral("id"), marketoId } });
    if (!query || !query->next()) {
        return QStringLiteral("<no row>");
    }
    return query->value(0);
}

QStringList TestPeopleWriter::snapshot()
{
    QStringList rows;
    for (const QString& sql :
        { QStringLiteral("SELECT marketo_id, content_hash, eligible, ineligible_reason,"
                         " deleted_at, synced_at, sfdc_opportunity_id, title FROM people"
                         " ORDER BY marketo_id"),
            QStringLiteral("SELECT id, record_ref, outcome, code FROM sync_errors ORDER BY id") }) {
        Result<QSqlQuery> query = m_store->exec(sql);
        while (query && query->next()) {
            QStringList cells;
            for (int i = 0; i < query->record().count(); ++i) {
                cells << query->value(i).toString();
            }
            rows << cells.join(u'|');
        }
    }
    return rows;
}

void TestPeopleWriter::createsTheEligibleAndSkipsTheRestWithTheirReason()
{
    QList<PersonRecord> batch = people(1, 3);
    batch << people(10, 2, false);
    batch[4].salesOwnerId = "00G000000000001"; // a queue

    Result<SyncCounts> applied = apply(batch);

    QVERIFY2(applied.ok(), failureText(applied).constData());
    QCOMPARE(*applied, counts(3, 0, 0, 2, 0));
    QCOMPARE(rowCount(*m_store, QStringLiteral("people")), 3);
    Result<QList<SyncErrorRecord>> errors = SyncRunRepository(*m_store).errors(m_runId, 0, 10);
    QVERIFY2(errors.ok(), failureText(errors).constData());
    QCOMPARE(errors->size(), 2);
    QCOMPARE(errors->at(0).recordRef, QStringLiteral("marketo:10"));
    QCOMPARE(errors->at(0).outcome, SyncErrorOutcome::Skipped);
    QCOMPARE(errors->at(0).code, EligibilityRule::noSalesOwner);
    QCOMPARE(errors->at(0).message, EligibilityRule::text(EligibilityRule::noSalesOwner));
    QCOMPARE(errors->at(1).code, EligibilityRule::ownerIsQueue);
    QCOMPARE(column(1, "sync_run_id").toLongLong(), m_runId);
    QCOMPARE(column(1, "eligible").toBool(), true);
}

void TestPeopleWriter::storesEveryFieldAsItCame()
{
    PersonRecord full = person(42);
    full.unsubscribed = true;
    PersonRecord sparse;
    sparse.marketoId = 43;
    sparse.lastName = "Ng";
    sparse.salesOwnerId = "005000000000002";

    QVERIFY(apply({ full, sparse }).ok());

    const QList<QPair<const char*, QByteArray>> fields { { "first_name", full.firstName },
        { "last_name", full.lastName }, { "email", full.email }, { "company", full.company },
        { "title", full.title }, { "phone", full.phone }, { "linkedin_url", full.linkedInUrl },
        { "source", full.source }, { "sfdc_lead_id", full.sfdcLeadId },
        { "sfdc_contact_id", full.sfdcContactId }, { "sfdc_account_id", full.sfdcAccountId },
        { "sfdc_type", full.sfdcType }, { "sales_owner_id", full.salesOwnerId },
        { "sales_owner_email", full.salesOwnerEmail }, { "content_hash", PeopleWriter::contentHash(full) } };
    for (const auto& [name, value] : fields) {
        QCOMPARE(column(42, name).toString(), QString::fromUtf8(value));
    }
    QCOMPARE(column(42, "unsubscribed").toBool(), true);
    QCOMPARE(m_store->dialect().timestampFrom(column(42, "marketo_created_at")),
        QDateTime(QDate(2024, 1, 15), QTime(10, 0), Qt::UTC));
    QCOMPARE(m_store->dialect().timestampFrom(column(42, "marketo_updated_at")),
        QDateTime(QDate(2025, 6, 30), QTime(23, 59, 59), Qt::UTC));
    QVERIFY(column(42, "deleted_at").isNull());
    QVERIFY(column(42, "sfdc_opportunity_id").isNull());
    // Marketo's null is no value
    QVERIFY(column(43, "first_name").isNull());
    QVERIFY(column(43, "email").isNull());
    QVERIFY(column(43, "marketo_created_at").isNull());
    QCOMPARE(column(43, "unsubscribed").toBool(), false);
}

void TestPeopleWriter::reapplyingWritesNothing()
{
    const QList<PersonRecord> batch = people(1, 5) + people(100, 2, false);
    QVERIFY(apply(batch).ok());
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE people SET synced_at = :at"),
                    { { QStringLiteral("at"), QStringLiteral("2020-01-01T00:00:00.000Z") } })
                .ok());

    Result<SyncCounts> again = apply(batch);

    QVERIFY2(again.ok(), failureText(again).constData());
    QCOMPARE(*again, counts(0, 0, 5, 2, 0));
    QCOMPARE(toStoredTimestamp(m_store->dialect().timestampFrom(column(3, "synced_at"))),
        QStringLiteral("2020-01-01T00:00:00.000Z"));
}

void TestPeopleWriter::changedContentIsAnUpdate()
{
    QList<PersonRecord> batch = people(1, 3);
    QVERIFY(apply(batch).ok());
    batch[1].title = "CEO";
    batch[2].salesOwnerId = "005000000000009"; // a new owner is a change too

    Result<SyncCounts> again = apply(batch);

    QCOMPARE(*again, counts(0, 2, 1, 0, 0));
    QCOMPARE(column(2, "title").toString(), QStringLiteral("CEO"));
    QCOMPARE(column(3, "sales_owner_id").toString(), QStringLiteral("005000000000009"));
}

void TestPeopleWriter::losingTheSalesOwnerKeepsThePersonMarked()
{
    QVERIFY(apply(people(1, 2)).ok());
    PersonRecord lost = person(2, false);

    Result<SyncCounts> applied = apply({ person(1), lost });

    QCOMPARE(*applied, counts(0, 1, 1, 0, 0));
    QCOMPARE(rowCount(*m_store, QStringLiteral("people")), 2);
    QCOMPARE(column(2, "eligible").toBool(), false);
    QCOMPARE(column(2, "ineligible_reason").toString(), EligibilityRule::noSalesOwner);
    QVERIFY(column(2, "sales_owner_id").isNull());
    // once marked, it is left out like anyone without an owner
    QCOMPARE(*apply({ lost }), counts(0, 0, 0, 1, 0));
}

void TestPeopleWriter::regainingTheSalesOwnerIsAnUpdate()
{
    QVERIFY(apply(people(1, 1)).ok());
    QVERIFY(apply({ person(1, false) }).ok());

    Result<SyncCounts> back = apply({ person(1) });

    QCOMPARE(*back, counts(0, 1, 0, 0, 0));
    QCOMPARE(column(1, "eligible").toBool(), true);
    QVERIFY(column(1, "ineligible_reason").isNull());
}

void TestPeopleWriter::aTombstonedPersonComesBack()
{
    QVERIFY(apply(people(1, 2)).ok());
    Result<PeopleWriter> writer = PeopleWriter::prepare(*m_store, m_runId);
    QCOMPARE(writer->markDeleted({ 1 }, QDateTime::currentDateTimeUtc()).value(), 1);

    Result<SyncCounts> back = apply(people(1, 2));

    QCOMPARE(*back, counts(0, 1, 1, 0, 0));
    QVERIFY(column(1, "deleted_at").isNull());
}

void TestPeopleWriter::duplicatesInABatchCountOnceTheLastWins()
{
    PersonRecord first = person(7);
    PersonRecord last = person(7);
    last.title = "Last";

    Result<SyncCounts> applied = apply({ first, person(8), last });

    QCOMPARE(*applied, counts(2, 0, 0, 0, 0));
    QCOMPARE(column(7, "title").toString(), QStringLiteral("Last"));
}

void TestPeopleWriter::batchesLargerThanALookupStayExact()
{
    const QList<PersonRecord> batch = people(1, 2600) + people(5000, 900, false);
    QCOMPARE(*apply(batch), counts(2600, 0, 0, 900, 0));

    QList<PersonRecord> again = people(1, 2600);
    again[2599].title = "changed"; // in the third lookup chunk
    QCOMPARE(*apply(again + people(3000, 10)), counts(10, 1, 2599, 0, 0));
    QCOMPARE(rowCount(*m_store, QStringLiteral("people")), 2610);
}

void TestPeopleWriter::dryRunCountsEqualTheRealApplyAndWriteNothing_data()
{
    QTest::addColumn<QList<PersonRecord>>("before");
    QTest::addColumn<QList<PersonRecord>>("batch");
    QTest::addColumn<SyncCounts>("expected");
    QList<PersonRecord> changed = people(1, 4);
    changed[0].title = "CEO";
    changed[1] = person(2, false);
    PersonRecord broken = person(99);
    broken.email = QByteArray("a\0b", 3);
    changed << broken << person(50) << person(51, false);
    QTest::newRow("empty store") << QList<PersonRecord>() << (people(1, 6) + people(20, 3, false))
                                 << counts(6, 0, 0, 3, 0);
    QTest::newRow("every outcome") << people(1, 4) << changed << counts(1, 2, 2, 1, 1);
}

void TestPeopleWriter::dryRunCountsEqualTheRealApplyAndWriteNothing()
{
    QFETCH(QList<PersonRecord>, before);
    QFETCH(QList<PersonRecord>, batch);
    QFETCH(SyncCounts, expected);
    if (!before.isEmpty()) {
        QVERIFY(apply(before).ok());
    }
    const QStringList untouched = snapshot();

    Result<SyncCounts> dry = apply(batch, true);

    QVERIFY2(dry.ok(), failureText(dry).constData());
    QCOMPARE(*dry, expected);
    QCOMPARE(snapshot(), untouched);

    Result<SyncCounts> real = apply(batch);

    QVERIFY2(real.ok(), failureText(real).constData());
    QCOMPARE(*real, *dry);
    QVERIFY(snapshot() != untouched);
}

void TestPeopleWriter::malformedValuesFailAloneAndAreRecorded_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("NUL in a name") << QByteArray("lastName") << QByteArray("Ng\0x", 4)
                                   << QStringLiteral("people.invalid-text");
    QTest::newRow("invalid UTF-8") << QByteArray("company") << QByteArray("Caf\xe9")
                                   << QStringLiteral("people.invalid-text");
    QTest::newRow("overlong UTF-8") << QByteArray("title") << QByteArray("\xc0\xaf")
                                    << QStringLiteral("people.invalid-text");
    QTest::newRow("cut UTF-8") << QByteArray("title") << QByteArray("x\xe2\x82")
                               << QStringLiteral("people.invalid-text");
    QTest::newRow("not a time") << QByteArray("createdAt") << QByteArray("yesterday")
                                << QStringLiteral("people.invalid-timestamp");
}

void TestPeopleWriter::malformedValuesFailAloneAndAreRecorded()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    PersonRecord bad = person(2);
    if (field == "lastName") {
        bad.lastName = value;
    } else if (field == "company") {
        bad.company = value;
    } else if (field == "title") {
        bad.title = value;
    } else {
        bad.createdAt = value;
    }

    Result<SyncCounts> applied = apply({ person(1), bad, person(3) });

    QVERIFY2(applied.ok(), failureText(applied).constData());
    QCOMPARE(*applied, counts(2, 0, 0, 0, 1));
    QCOMPARE(column(2, "id").toString(), QStringLiteral("<no row>"));
    Result<QList<SyncErrorRecord>> errors = SyncRunRepository(*m_store).errors(m_runId, 0, 10);
    QCOMPARE(errors->size(), 1);
    QCOMPARE(errors->at(0).outcome, SyncErrorOutcome::Failed);
    QCOMPARE(errors->at(0).code, code);
    QCOMPARE(errors->at(0).recordRef, QStringLiteral("marketo:2"));
    QVERIFY(!errors->at(0).message.isEmpty());
}

void TestPeopleWriter::aRowTheDatabaseRefusesFailsAlone()
{
    // Another program's trigger stands for a value the database refuses that the writer could not foresee.
    const QString problem = m_database->backend() == TestBackend::Sqlite
        ? m_database->runDirectly(
            { QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON people"
                             " WHEN NEW.marketo_id = 666 BEGIN SELECT RAISE(ABORT, 'refused'); END") })
        : m_database->runDirectly(
            { QStringLiteral(
                  "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                  " IF NEW.marketo_id = 666 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$"),
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON people FOR EACH ROW EXECUTE FUNCTION "
                               "refuse()") });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    Result<SyncCounts> applied = apply({ person(1), person(666), person(3) });

    QVERIFY2(applied.ok(), failureText(applied).constData());
    QCOMPARE(*applied, counts(2, 0, 0, 0, 1));
    QCOMPARE(rowCount(*m_store, QStringLiteral("people")), 2);
    Result<QList<SyncErrorRecord>> errors = SyncRunRepository(*m_store).errors(m_runId, 0, 10);
    QCOMPARE(errors->size(), 1);
    QCOMPARE(errors->at(0).recordRef, QStringLiteral("marketo:666"));
    QCOMPARE(errors->at(0).outcome, SyncErrorOutcome::Failed);
}

void TestPeopleWriter::everythingIsInsideTheCallersTransaction()
{
    Result<PeopleWriter> writer = PeopleWriter::prepare(*m_store, m_runId);
    QVERIFY2(writer.ok(), failureText(writer).constData());

    Result<void> failed = m_store->transaction([&]() -> Result<void> {
        Result<SyncCounts> applied = writer->apply(people(1, 3) + people(10, 2, false));
        if (!applied) {
            return applied.error();
        }
        Result<qint64> opportunities = writer->setOpportunities({ { "0031", "0061" } }, false);
        if (!opportunities) {
            return opportunities.error();
        }
        return Error::environment(
            QStringLiteral("test.after-the-batch"), QStringLiteral("the checkpoint failed"));
    });

    QVERIFY(!failed.ok());
    QCOMPARE(rowCount(*m_store, QStringLiteral("people")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("sync_errors")), 0);
    // and the writer goes on after the rollback
    QCOMPARE(*apply(people(1, 3)), counts(3, 0, 0, 0, 0));
}

void TestPeopleWriter::markDeletedTombstonesOnce()
{
    QVERIFY(apply(people(1, 3)).ok());
    Result<PeopleWriter> writer = PeopleWriter::prepare(*m_store, m_runId);
    const QDateTime at(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

    QCOMPARE(writer->markDeleted({ 1, 2, 999 }, at, true).value(), 2);
    QVERIFY(column(1, "deleted_at").isNull());
    QCOMPARE(writer->markDeleted({ 1, 2, 999 }, at).value(), 2);
    QCOMPARE(writer->markDeleted({ 1, 2 }, at).value(), 0);

    QCOMPARE(m_store->dialect().timestampFrom(column(1, "deleted_at")), at);
    QVERIFY(column(3, "deleted_at").isNull());
    QCOMPARE(rowCount(*m_store, QStringLiteral("people")), 3); // the rows stay
}

void TestPeopleWriter::setOpportunitiesSetsClearsAndCounts()
{
    QList<PersonRecord> batch = people(1, 4);
    batch[3].sfdcContactId = batch[0].sfdcContactId; // two Marketo records of one contact
    QVERIFY(apply(batch).ok());
    Result<PeopleWriter> writer = PeopleWriter::prepare(*m_store, m_runId);

    QCOMPARE(
        writer
            ->setOpportunities({ { "0031", "006A" }, { "0032", "006B" }, { "003none", "006C" } }, false, true)
            .value(),
        3);
    QVERIFY(column(1, "sfdc_opportunity_id").isNull());
    QCOMPARE(writer->setOpportunities({ { "0031", "006A" }, { "0032", "006B" } }, false).value(), 3);
    QCOMPARE(column(4, "sfdc_opportunity_id").toString(), QStringLiteral("006A"));
    QCOMPARE(writer->setOpportunities({ { "0031", "006A" } }, false).value(), 0); // nothing changes

    // an empty opportunity clears; the full list clears everyone else's
    QCOMPARE(writer->setOpportunities({ { "0032", "" } }, false).value(), 1);
    QVERIFY(column(2, "sfdc_opportunity_id").isNull());
    QCOMPARE(writer->setOpportunities({ { "0033", "006D" } }, true).value(), 3);
    QVERIFY(column(1, "sfdc_opportunity_id").isNull());
    QCOMPARE(column(3, "sfdc_opportunity_id").toString(), QStringLiteral("006D"));

    // the opportunity is not content: a re-sync of the person keeps it and is unchanged
    QCOMPARE(*apply({ person(3) }), counts(0, 0, 1, 0, 0));
    QCOMPARE(column(3, "sfdc_opportunity_id").toString(), QStringLiteral("006D"));
}

void TestPeopleWriter::contentHashCoversTheFieldsNotTheOpportunity()
{
    const PersonRecord base = person(1);
    QCOMPARE(PeopleWriter::contentHash(base), PeopleWriter::contentHash(person(1)));
    QCOMPARE(PeopleWriter::contentHash(base).size(), 16);

    PersonRecord moved = base; // the same bytes in other fields
    moved.firstName = base.firstName + base.lastName;
    moved.lastName.clear();
    PersonRecord owner = base;
    owner.salesOwnerId = "005000000000002";
    PersonRecord unsubscribed = base;
    unsubscribed.unsubscribed = true;
    PersonRecord empty = base;
    empty.title = "";
    PersonRecord null = base;
    null.title = QByteArray();
    for (const PersonRecord& other : { moved, owner, unsubscribed, empty }) {
        QVERIFY(PeopleWriter::contentHash(other) != PeopleWriter::contentHash(base));
    }
    QVERIFY(PeopleWriter::contentHash(empty) != PeopleWriter::contentHash(null));
}

void TestPeopleWriter::aReviewIsRefused()
{
    m_store.reset();
    Result<std::unique_ptr<Store>> review = m_database->openForReview();
    QVERIFY2(review.ok(), failureText(review).constData());

    Result<PeopleWriter> writer = PeopleWriter::prepare(**review, 0);

    QVERIFY(!writer.ok());
}

QTEST_GUILESS_MAIN(TestPeopleWriter)
#include "testpeoplewriter.moc"

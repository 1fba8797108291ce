// What the live page is told: SyncProgress survives its trip through JSON field for field, the throughput
// meter's rate follows the samples, and its ETA stays silent until 10 s, 5 % and a steady rate; and the
// field table resolves Marketo's spellings from describe.
#include "sync/personfields.h"
#include "sync/syncprogress.h"
#include "sync/throughputmeter.h"

#include <QJsonArray>
#include <QtTest>

using namespace sia;

class TestSyncProgress : public QObject
{
    Q_OBJECT

private slots:
    void progressRoundTripsThroughJson();
    void etaIsAbsentInJsonWhenNotTrusted();
    void rateFollowsTheSamples();
    void etaWaitsForTenSecondsAndFivePercent();
    void etaWaitsForASteadyRate();
    void fieldsResolveFromDescribe();
    void missingRequiredFieldIsAnError();
    void leadJsonBecomesARecord();
};

void TestSyncProgress::progressRoundTripsThroughJson()
{
    SyncProgress progress;
    progress.runId = 42;
    progress.kind = SyncKind::PeopleIncremental;
    progress.dryRun = true;
    progress.phase = SyncPhase::Downloading;
    progress.counts = { 100000, 5000, 4000, 500, 300, 2, 190, 8 };
    progress.windowsDone = 3;
    progress.windowsTotal = 17;
    progress.bytesDownloaded = 123456789;
    progress.bytesTotal = 987654321;
    progress.peoplePerSecond = 1234.5;
    progress.etaSeconds = 77;
    progress.apiCallsUsed = 31;
    const SyncProgress back = SyncProgress::fromJson(progress.toJson());
    QCOMPARE(back.runId, progress.runId);
    QCOMPARE(back.kind, progress.kind);
    QCOMPARE(back.dryRun, progress.dryRun);
    QCOMPARE(back.phase, progress.phase);
    QCOMPARE(back.counts, progress.counts);
    QCOMPARE(back.windowsDone, progress.windowsDone);
    QCOMPARE(back.windowsTotal, progress.windowsTotal);
    QCOMPARE(back.bytesDownloaded, progress.bytesDownloaded);
    QCOMPARE(back.bytesTotal, progress.bytesTotal);
    QCOMPARE(back.peoplePerSecond, progress.peoplePerSecond);
    QCOMPARE(back.etaSeconds, progress.etaSeconds);
    QCOMPARE(back.apiCallsUsed, progress.apiCallsUsed);
    QCOMPARE(progress.toJson().value(QStringLiteral("phase")).toString(), QStringLiteral("downloading"));
}

void TestSyncProgress::etaIsAbsentInJsonWhenNotTrusted()
{
    SyncProgress progress;
    QVERIFY(!progress.toJson().contains(QStringLiteral("etaSeconds")));
    QVERIFY(!SyncProgress::fromJson(progress.toJson()).etaSeconds.has_value());
    QCOMPARE(SyncProgress::fromJson(progress.toJson()).counts.total, -1);
}

void TestSyncProgress::rateFollowsTheSamples()
{
    ThroughputMeter meter;
    QCOMPARE(meter.perSecond(), 0.0);
    for (int second = 0; second <= 60; ++second) {
        meter.record(second * 1000, second * 500); // 500 a second
    }
    QVERIFY(qAbs(meter.perSecond() - 500.0) < 0.01);
    // It speeds up to 2,000 a second: after a full window the rate says so.
    qint64 done = 60 * 500;
    for (int second = 61; second <= 90; ++second) {
        done += 2000;
        meter.record(second * 1000, done);
    }
    QVERIFY2(qAbs(meter.perSecond() - 2000.0) < 0.01, qPrintable(QString::number(meter.perSecond())));
}

void TestSyncProgress::etaWaitsForTenSecondsAndFivePercent()
{
    ThroughputMeter meter;
    const qint64 total = 100000;
    // 1,000 a second: 5 % is reached at 5 s, 10 s at 10 s.
    for (int second = 0; second < 10; ++second) {
        meter.record(second * 1000, second * 1000);
        QVERIFY(!meter.etaSeconds(total));
    }
    meter.record(10000, 10000);
    QCOMPARE(meter.etaSeconds(total), std::optional<qint64>(90));
    QVERIFY(!meter.etaSeconds(-1)); // the total unknown: no ETA

    ThroughputMeter slow; // 10 s pass, but far below 5 % of a large total
    for (int second = 0; second <= 20; ++second) {
        slow.record(second * 1000, second * 100);
    }
    QVERIFY(!slow.etaSeconds(1'000'000));
    QVERIFY(slow.etaSeconds(10'000));
}

void TestSyncProgress::etaWaitsForASteadyRate()
{
    ThroughputMeter meter;
    const qint64 total = 100000;
    qint64 done = 0;
    // Ten seconds at 1,000/s, then ten at 100/s: the two halves of the window disagree.
    for (int second = 0; second <= 20; ++second) {
        meter.record(second * 1000, done);
        done += second < 10 ? 1000 : 100;
    }
    QVERIFY(!meter.etaSeconds(total));
    // Steady again for a full window: trusted.
    for (int second = 21; second <= 45; ++second) {
        meter.record(second * 1000, done);
        done += 100;
    }
    QVERIFY(meter.etaSeconds(total).has_value());
}

void TestSyncProgress::fieldsResolveFromDescribe()
{
    // describe2's shape, with the LinkedIn field spelt as this subscription spells it.
    QList<QJsonObject> describe;
    for (const char* name : { "id", "firstName", "lastName", "email", "company", "title", "phone",
             "leadSource", "sfdcLeadId", "sfdcContactId", "sfdcAccountId", "sfdcLeadOwnerId",
             "leadOwnerEmailAddress", "sfdcType", "unsubscribed", "createdAt", "updatedAt" }) {
        describe.append({ { QStringLiteral("name"), QLatin1String(name) },
            { QStringLiteral("displayName"), QLatin1String(name).toString().toUpper() } });
    }
    describe.append({ { QStringLiteral("name"), QStringLiteral("LinkedInProfileURL") },
        { QStringLiteral("displayName"), QStringLiteral("LinkedIn") } });
    // As describe2.json answers it: one object holding the fields.
    QJsonArray wrapped;
    for (const QJsonObject& field : std::as_const(describe)) {
        wrapped.append(field);
    }
    Result<PersonFieldResolution> resolved = PersonFields::resolve({ QJsonObject {
        { QStringLiteral("name"), QStringLiteral("API Lead") }, { QStringLiteral("fields"), wrapped } } });
    QVERIFY(resolved);
    QCOMPARE(resolved->restName(PersonField::LinkedInUrl), QStringLiteral("LinkedInProfileURL"));
    QCOMPARE(resolved->labels.value(PersonField::LinkedInUrl), QStringLiteral("LinkedIn"));
    QVERIFY(resolved->missing.isEmpty());
    QVERIFY(resolved->exportFields().contains(QStringLiteral("LinkedInProfileURL")));
    QVERIFY(resolved->restName(PersonField::SfdcOpportunityId).isEmpty()); // Salesforce's, not Marketo's

    // describe.json's shape (rest.name), without any LinkedIn field: optional, reported missing.
    QList<QJsonObject> older;
    for (const QJsonObject& field : std::as_const(describe)) {
        if (!field.value(QStringLiteral("name")).toString().startsWith(u'L')) {
            older.append({ { QStringLiteral("rest"),
                QJsonObject { { QStringLiteral("name"), field.value(QStringLiteral("name")) } } } });
        }
    }
    Result<PersonFieldResolution> withoutLinkedIn = PersonFields::resolve(older);
    QVERIFY(withoutLinkedIn);
    QCOMPARE(withoutLinkedIn->missing, QList<PersonField> { PersonField::LinkedInUrl });
    QCOMPARE(withoutLinkedIn->restName(PersonField::SalesOwnerId), QStringLiteral("sfdcLeadOwnerId"));
    // The 13 synced fields, in SPEC's order.
    int synced = 0;
    for (const PersonFieldInfo& info : PersonFields::all()) {
        synced += info.synced ? 1 : 0;
        QCOMPARE(&PersonFields::info(info.field), &info);
    }
    QCOMPARE(synced, 13);
}

void TestSyncProgress::missingRequiredFieldIsAnError()
{
    Result<PersonFieldResolution> resolved
        = PersonFields::resolve({ { { QStringLiteral("name"), QStringLiteral("id") } },
            { { QStringLiteral("name"), QStringLiteral("email") } } });
    QVERIFY(!resolved);
    QCOMPARE(resolved.error().code, QStringLiteral("sync.field-missing"));
    QVERIFY(resolved.error().message.contains(QStringLiteral("sfdcLeadOwnerId")));
}

void TestSyncProgress::leadJsonBecomesARecord()
{
    const QJsonObject lead { { QStringLiteral("id"), 77 },
        { QStringLiteral("email"), QStringLiteral("a@x.example") },
        { QStringLiteral("phone"), QJsonValue::Null }, { QStringLiteral("unsubscribed"), true },
        { QStringLiteral("sfdcLeadOwnerId"), QStringLiteral("005X") } };
    const PersonRecord record = PersonFields::fromJson(lead, PersonFields::documented());
    QCOMPARE(record.marketoId, 77);
    QCOMPARE(record.email, QByteArray("a@x.example"));
    QVERIFY(record.phone.isNull());
    QVERIFY(record.unsubscribed);
    QVERIFY(record.hasSalesOwner());
}

QTEST_GUILESS_MAIN(TestSyncProgress)
#include "testsyncprogress.moc"

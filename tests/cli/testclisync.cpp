// sia-admin sync on the sandbox of each run (--sandbox) with the real keychain (tests/with-keyring.sh).
// preview: with Marketo and Salesforce connected, the 13 fields with their REST names and N sample people
// whose values are real (each sampled person's Salesforce ID, email and Marketo ID present); with Marketo
// only, the mapping and a note that says why there are no samples; without Marketo, a clear refusal; a bad
// --sample is a usage error that touches nothing. status, history and errors read the runs a sync wrote
// (written here through SyncRunRepository, as the engine writes them), also under --review.
#include "clisalesforcelogin.h"
#include "store/store.h"
#include "sync/syncrunrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace salesforcetest;

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void previewShowsTheFieldsWithRealSamples();
    void previewWithoutSalesforceSaysWhyThereAreNoSamples();
    void previewWithoutMarketoIsRefused();
    void badSampleCountIsAUsageError();
    void statusHistoryAndErrorsReadTheRuns();
    void statusBeforeAnySync();

private:
    SiaLauncher launcher() const;
    QStringList sandboxArguments() const;
    SiaRun connectSalesforce();

    QString m_username;
    QString m_password;
    QUrl m_callback;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliSync::initTestCase()
{
    auto sandbox = startOrg({ callbackAt(freePort()) });
    QVERIFY(sandbox);
    m_username = info(*sandbox, "username");
    m_password = info(*sandbox, "password");
}

void TestCliSync::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_callback = callbackAt(freePort());
}

SiaLauncher TestCliSync::launcher() const
{
    SiaLauncher sia;
    sia.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    sia.setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
    return sia;
}

QStringList TestCliSync::sandboxArguments() const
{
    return { QStringLiteral("--sandbox"), QStringLiteral("--sandbox-option"), QStringLiteral("people=300"),
        QStringLiteral("--sandbox-option"), QStringLiteral("sf-callback=") + m_callback.toString() };
}

SiaRun TestCliSync::connectSalesforce()
{
    ScriptedBrowser browser;
    browser.username = m_username;
    browser.password = m_password;
    return connectSalesforceFromCli(launcher(), sandboxArguments(), browser);
}

void TestCliSync::previewShowsTheFieldsWithRealSamples()
{
    const SiaRun marketo = launcher().run(
        sandboxArguments() + QStringList { QStringLiteral("connect"), QStringLiteral("marketo") });
    QVERIFY2(marketo.exitCode == 0, qPrintable(marketo.err + marketo.out));
    const SiaRun salesforce = connectSalesforce();
    QVERIFY2(salesforce.exitCode == 0, qPrintable(salesforce.err + salesforce.out));

    const SiaRun preview = launcher().run(sandboxArguments()
        + QStringList { QStringLiteral("sync"), QStringLiteral("preview"), QStringLiteral("--json"),
            QStringLiteral("--sample"), QStringLiteral("4") });
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    const QJsonObject document = preview.json().object();
    QVERIFY2(document.value(QStringLiteral("note")).toString().isEmpty(), qPrintable(preview.out));
    const QJsonArray ids = document.value(QStringLiteral("sampledMarketoIds")).toArray();
    QCOMPARE(ids.size(), 4);
    const QJsonArray fields = document.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 13);
    QHash<QString, QJsonObject> byColumn;
    for (const QJsonValue& value : fields) {
        const QJsonObject field = value.toObject();
        byColumn.insert(field.value(QStringLiteral("actionsColumn")).toString(), field);
        QCOMPARE(field.value(QStringLiteral("samples")).toArray().size(), 4);
    }
    QCOMPARE(byColumn.value(QStringLiteral("linkedin_url")).value(QStringLiteral("marketoField")).toString(),
        QStringLiteral("linkedInProfileURL"));
    QVERIFY(byColumn.value(QStringLiteral("sfdc_opportunity_id"))
                .value(QStringLiteral("note"))
                .toString()
                .contains(QStringLiteral("OpportunityContactRole")));
    const QJsonArray marketoIds
        = byColumn.value(QStringLiteral("marketo_id")).value(QStringLiteral("samples")).toArray();
    const QJsonArray emails
        = byColumn.value(QStringLiteral("email")).value(QStringLiteral("samples")).toArray();
    const QJsonArray leads
        = byColumn.value(QStringLiteral("sfdc_lead_id")).value(QStringLiteral("samples")).toArray();
    const QJsonArray contacts
        = byColumn.value(QStringLiteral("sfdc_contact_id")).value(QStringLiteral("samples")).toArray();
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(marketoIds.at(i).toString(), QString::number(ids.at(i).toInteger()));
        QVERIFY(emails.at(i).toString().contains(u'@'));
        // Two leads, then two contacts.
        QVERIFY((i < 2 ? leads : contacts).at(i).toString().startsWith(i < 2 ? u"00Q" : u"003"));
    }

    const SiaRun text = launcher().run(sandboxArguments()
        + QStringList { QStringLiteral("sync"), QStringLiteral("preview"), QStringLiteral("--sample"),
            QStringLiteral("2") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QStringLiteral("Samples (2 people)")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("linkedInProfileURL")));
    QVERIFY(text.out.contains(QStringLiteral("OpportunityContactRole.OpportunityId")));
}

void TestCliSync::previewWithoutSalesforceSaysWhyThereAreNoSamples()
{
    const SiaRun marketo = launcher().run(
        sandboxArguments() + QStringList { QStringLiteral("connect"), QStringLiteral("marketo") });
    QVERIFY2(marketo.exitCode == 0, qPrintable(marketo.err + marketo.out));
    const SiaRun preview = launcher().run(sandboxArguments()
        + QStringList { QStringLiteral("sync"), QStringLiteral("preview"), QStringLiteral("--json") });
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    const QJsonObject document = preview.json().object();
    QCOMPARE(document.value(QStringLiteral("fields")).toArray().size(), 13);
    QVERIFY(document.value(QStringLiteral("sampledMarketoIds")).toArray().isEmpty());
    QVERIFY2(document.value(QStringLiteral("note")).toString().contains(QStringLiteral("Salesforce")),
        qPrintable(preview.out));
}

void TestCliSync::previewWithoutMarketoIsRefused()
{
    const SiaRun preview = launcher().run(
        sandboxArguments() + QStringList { QStringLiteral("sync"), QStringLiteral("preview") });
    QVERIFY(preview.exitCode != 0);
    QVERIFY2(preview.err.contains(QStringLiteral("Marketo")), qPrintable(preview.err));
    QVERIFY(preview.out.isEmpty());
}

void TestCliSync::badSampleCountIsAUsageError()
{
    for (const QString& bad : { QStringLiteral("-1"), QStringLiteral("many"), QStringLiteral("51") }) {
        const SiaRun run = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("sync"),
            QStringLiteral("preview"), QStringLiteral("--sample"), bad });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--sample")), qPrintable(run.err));
    }
    const SiaRun unknown = launcher().run({ QStringLiteral("sync"), QStringLiteral("sideways") });
    QCOMPARE(unknown.exitCode, 2);
}

void TestCliSync::statusHistoryAndErrorsReadTheRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("actions.sqlite"));
    qint64 initialId = 0;
    qint64 changesId = 0;
    {
        sia::StoreOptions options;
        options.databasePath = database;
        sia::Result<std::unique_ptr<sia::Store>> store = sia::Store::open(options);
        QVERIFY(store.ok());
        sia::SyncRunRepository runs(**store);
        sia::Result<sia::SyncRun> initial
            = runs.begin(sia::SyncKind::PeopleInitial, QStringLiteral("alice"), 1000);
        QVERIFY(initial.ok());
        initialId = initial->id;
        sia::SyncCounts counts;
        counts.total = 1000;
        counts.processed = 600;
        counts.created = 550;
        counts.skipped = 48;
        counts.failed = 2;
        QVERIFY(runs.saveProgress(initialId, counts).ok());
        QVERIFY(runs.recordError(initialId, QStringLiteral("marketo:17"), sia::SyncErrorOutcome::Failed,
                        QStringLiteral("people.too-long"), QStringLiteral("The title is too long."))
                    .ok());
        QVERIFY(runs.recordError(initialId, QStringLiteral("marketo:23"), sia::SyncErrorOutcome::Skipped,
                        QStringLiteral("people.no-sales-owner"), QStringLiteral("=HYPERLINK(\"x\")"))
                    .ok());
        QVERIFY(runs.finish(initialId, sia::SyncRunState::Paused, counts).ok());
        sia::Result<sia::SyncRun> changes
            = runs.begin(sia::SyncKind::PeopleIncremental, QStringLiteral("bob"));
        QVERIFY(changes.ok());
        changesId = changes->id;
        sia::SyncCounts changed;
        changed.processed = 3;
        changed.updated = 3;
        QVERIFY(runs.finish(changesId, sia::SyncRunState::Completed, changed).ok());
    }
    SiaLauncher sia(dir.path());

    const SiaRun status
        = sia.run({ QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    const QJsonObject state = status.json().object();
    QVERIFY(state.value(QStringLiteral("resumable")).toBool());
    const QJsonObject initial = state.value(QStringLiteral("initial")).toObject();
    QCOMPARE(initial.value(QStringLiteral("id")).toInteger(), initialId);
    QCOMPARE(initial.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QCOMPARE(
        initial.value(QStringLiteral("counts")).toObject().value(QStringLiteral("created")).toInt(), 550);
    QCOMPARE(initial.value(QStringLiteral("counts")).toObject().value(QStringLiteral("total")).toInt(), 1000);
    QCOMPARE(state.value(QStringLiteral("incremental")).toObject().value(QStringLiteral("id")).toInteger(),
        changesId);

    // The text, in a read-only review of the same file.
    const SiaRun text = sia.runRaw(
        { QStringLiteral("--review"), database, QStringLiteral("sync"), QStringLiteral("status") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QStringLiteral("paused")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("600 of 1,000 people processed")));
    QVERIFY(text.out.contains(QStringLiteral("sia-admin sync resume")));
    QVERIFY(text.out.contains(QStringLiteral("Last people changes")));

    const SiaRun history
        = sia.run({ QStringLiteral("sync"), QStringLiteral("history"), QStringLiteral("--json") });
    QVERIFY2(history.exitCode == 0, qPrintable(history.err));
    const QJsonArray listed = history.json().object().value(QStringLiteral("runs")).toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("id")).toInteger(), changesId); // newest first
    QCOMPARE(listed.at(1).toObject().value(QStringLiteral("id")).toInteger(), initialId);
    const SiaRun limited = sia.run({ QStringLiteral("sync"), QStringLiteral("history"),
        QStringLiteral("--limit"), QStringLiteral("1") });
    QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
    QVERIFY(limited.out.contains(QStringLiteral("people changes")));
    QVERIFY(!limited.out.contains(QStringLiteral("initial people sync")));

    const QString csv = dir.filePath(QStringLiteral("errors.csv"));
    const SiaRun errors
        = sia.run({ QStringLiteral("sync"), QStringLiteral("errors"), QStringLiteral("--csv"), csv });
    QVERIFY2(errors.exitCode == 0, qPrintable(errors.err));
    QVERIFY2(errors.out.contains(QStringLiteral("2 errors of run")), qPrintable(errors.out));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QCOMPARE(content.trimmed().split(u'\n').size(), 3); // the header and two rows
    QVERIFY(content.contains(QStringLiteral("marketo:17"))
        && content.contains(QStringLiteral("people.too-long")));
    QVERIFY2(!content.contains(QStringLiteral(",=HYPERLINK")), qPrintable(content)); // neutralised

    const SiaRun noRun = sia.run({ QStringLiteral("sync"), QStringLiteral("errors"), QStringLiteral("--run"),
        QStringLiteral("999"), QStringLiteral("--csv"), csv });
    QCOMPARE(noRun.exitCode, 2);
    QVERIFY2(noRun.err.contains(QStringLiteral("999")), qPrintable(noRun.err));
    QCOMPARE(sia.run({ QStringLiteral("sync"), QStringLiteral("errors") }).exitCode, 2); // no --csv
}

void TestCliSync::statusBeforeAnySync()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SiaLauncher sia(dir.path());
    const SiaRun status = sia.run({ QStringLiteral("sync"), QStringLiteral("status") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(QStringLiteral("has not started yet")), qPrintable(status.out));
    const SiaRun history
        = sia.run({ QStringLiteral("sync"), QStringLiteral("history"), QStringLiteral("--json") });
    QVERIFY(history.json().object().value(QStringLiteral("runs")).toArray().isEmpty());
    const SiaRun errors = sia.run({ QStringLiteral("sync"), QStringLiteral("errors"), QStringLiteral("--csv"),
        dir.filePath(QStringLiteral("e.csv")) });
    QCOMPARE(errors.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("e.csv"))));
}

QTEST_MAIN(TestCliSync)
#include "testclisync.moc"

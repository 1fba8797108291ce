// sia-admin sync on the sandbox of each run (--sandbox) with the real keychain (tests/with-keyring.sh).
// preview: with Marketo and Salesforce connected, the 13 fields with their REST names and N sample people
// whose values are real (each sampled person's Salesforce ID, email and Marketo ID present); with Marketo
// only, the mapping and a note that says why there are no samples; without Marketo, a clear refusal; a bad
// --sample is a usage error that touches nothing.
#include "salesforcetestsupport.h"
#include "sialauncher.h"

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

// connect salesforce --no-browser, the printed link followed by the test's browser (as testclisalesforce).
SiaRun TestCliSync::connectSalesforce()
{
    std::unique_ptr<QProcess> process = launcher().start(sandboxArguments()
        + QStringList {
            QStringLiteral("connect"), QStringLiteral("salesforce"), QStringLiteral("--no-browser") });
    QString err;
    QUrl link;
    ScriptedBrowser browser;
    browser.username = m_username;
    browser.password = m_password;
    SiaRun run;
    const bool printed = QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(process->readAllStandardError());
            for (const QString& line : err.split(u'\n')) {
                if (line.startsWith(QStringLiteral("http"))
                    && line.contains(QStringLiteral("/services/oauth2/authorize"))) {
                    link = QUrl(line.trimmed(), QUrl::StrictMode);
                    return true;
                }
            }
            return process->state() == QProcess::NotRunning;
        },
        60'000);
    if (!printed || !link.isValid()) {
        run.err = err;
        return run;
    }
    browser.visit(link);
    if (!QTest::qWaitFor([&process] { return process->state() == QProcess::NotRunning; }, 60'000)) {
        return run;
    }
    run.exitCode = process->exitCode();
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = err + QString::fromUtf8(process->readAllStandardError());
    return run;
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

QTEST_MAIN(TestCliSync)
#include "testclisync.moc"

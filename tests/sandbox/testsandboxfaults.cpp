// Injected faults, over HTTP: HTTP 500/503, Marketo's codes in its envelope, slow answers, a connection reset
// mid-body, malformed JSON, a truncated CSV file; scripted per call, random with a seed, set by the control
// API.
#include "sandboxclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtTest>

using namespace sia::sandbox;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void httpStatusesOnTheScriptedCalls();
    void marketoCodesInTheEnvelope_data();
    void marketoCodesInTheEnvelope();
    void injected413IsTheHttpStatus();
    void slowAnswerArrivesLate();
    void resetCutsTheConnectionMidBody();
    void malformedJsonDoesNotParse();
    void truncatedCsvFailsItsChecksum();
    void controlApiSetsAndClearsFaults();
    void controlApiRefusesCodesAVendorCannotAnswer();
    void randomFaultsRepeatWithTheSeed();
    void salesforceFaultsInSalesforcesShape();
    void htmlAnswersAnErrorPageOnEveryVendor_data();
    void htmlAnswersAnErrorPageOnEveryVendor();
    void oauthCodesReachOnlySalesforce();

private:
    QString completedExport();
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxFaults::init()
{
    SandboxOptions options;
    options.people = 5000;
    options.seed = 77;
    options.limits.marketoCallsPerWindow = 100000;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_client->marketoToken();
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QString TestSandboxFaults::completedExport()
{
    const QJsonObject body {
        { QStringLiteral("fields"),
            QJsonArray { QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("company") } },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("createdAt"),
                QJsonObject { { QStringLiteral("startAt"), QStringLiteral("2024-01-01T00:00:00Z") },
                    { QStringLiteral("endAt"), QStringLiteral("2024-01-31T00:00:00Z") } } } } }
    };
    const QString id
        = m_client
              ->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), QJsonDocument(body).toJson())
              .result()
              .first()
              .toObject()
              .value(QStringLiteral("exportId"))
              .toString();
    m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {});
    m_sandbox->clock().advance(600'000);
    return id;
}

void TestSandboxFaults::httpStatusesOnTheScriptedCalls()
{
    QVERIFY(
        m_sandbox->configureFaults(QStringLiteral("marketo.describe=http500@1,marketo.describe=http503@2"))
            .ok());
    QCOMPARE(m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).status, 500);
    QCOMPARE(m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).status, 503);
    QVERIFY(m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).success());
    QVERIFY(m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe2.json"))
                .success()); // another endpoint: untouched
    QCOMPARE(m_sandbox->faults().firedCount(), 2);
}

void TestSandboxFaults::marketoCodesInTheEnvelope_data()
{
    QTest::addColumn<QString>("code");
    for (const char* code : { "502", "601", "602", "604", "605", "606", "607", "608", "611", "612", "615" }) {
        QTest::newRow(code) << QString::fromLatin1(code);
    }
}

void TestSandboxFaults::marketoCodesInTheEnvelope()
{
    QFETCH(QString, code);
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.leads=%1@1").arg(code)).ok());
    const HttpResult answer
        = m_client->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=1001"));
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.success());
    QCOMPARE(answer.errorCode(), code);
    QVERIFY(m_client->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=1001"))
                .success());
}

void TestSandboxFaults::injected413IsTheHttpStatus()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.bulkCreate=413@1")).ok());
    const HttpResult refused
        = m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), "{}");
    QCOMPARE(refused.status, 413);
    QCOMPARE(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), "{}").status, 200);
    // Salesforce has no 413 in its vocabulary: a rule that reaches it is refused.
    QVERIFY(!m_sandbox->configureFaults(QStringLiteral("*=413")).ok());
}

void TestSandboxFaults::slowAnswerArrivesLate()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe=slow:400@1")).ok());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).success());
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxFaults::resetCutsTheConnectionMidBody()
{
    const QString id = completedExport();
    const qint64 size = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/status.json").arg(id))
                            .result()
                            .first()
                            .toObject()
                            .value(QStringLiteral("fileSize"))
                            .toInteger();
    QVERIFY(size > 1000);
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.bulkFile=reset@1")).ok());
    const HttpResult cut = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id));
    QVERIFY2(cut.error != QNetworkReply::NoError, qPrintable(QString::number(cut.error)));
    QVERIFY(cut.body.size() < size);
    const HttpResult whole
        = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id));
    QCOMPARE(whole.error, QNetworkReply::NoError);
    QCOMPARE(whole.body.size(), size);
}

void TestSandboxFaults::malformedJsonDoesNotParse()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.leads=malformed@1")).ok());
    const HttpResult answer
        = m_client->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=1001,1002"));
    QCOMPARE(answer.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(answer.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::truncatedCsvFailsItsChecksum()
{
    const QString id = completedExport();
    const QJsonObject done
        = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/status.json").arg(id))
              .result()
              .first()
              .toObject();
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.bulkFile=truncate@1")).ok());
    const HttpResult file
        = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id));
    QCOMPARE(file.error, QNetworkReply::NoError); // HTTP-wise a complete answer…
    QVERIFY(file.body.size() < done.value(QStringLiteral("fileSize")).toInteger()); // …of a file cut short
    QVERIFY(QStringLiteral("sha256:")
            + QString::fromLatin1(QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex())
        != done.value(QStringLiteral("fileChecksum")).toString());
}

void TestSandboxFaults::controlApiSetsAndClearsFaults()
{
    const QJsonObject set = m_client->control("POST", QStringLiteral("/sandbox/faults"),
        { { QStringLiteral("spec"), QStringLiteral("marketo.describe=608") } });
    QCOMPARE(set.value(QStringLiteral("rules")).toArray().size(), 1);
    QCOMPARE(m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).errorCode(),
        QStringLiteral("608"));
    QCOMPARE(m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).errorCode(),
        QStringLiteral("608"));
    const QJsonObject listed = m_client->control("GET", QStringLiteral("/sandbox/faults"));
    QCOMPARE(listed.value(QStringLiteral("fired")).toInt(), 2);
    m_client->control("DELETE", QStringLiteral("/sandbox/faults"));
    QVERIFY(m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).success());
    const HttpResult bad = m_client->post(
        QStringLiteral("/sandbox/faults"), R"({"spec":"marketo.describe=explode"})", "application/json");
    QCOMPARE(bad.status, 400);
}

void TestSandboxFaults::controlApiRefusesCodesAVendorCannotAnswer()
{
    const HttpResult bad = m_client->post(QStringLiteral("/sandbox/faults"),
        R"({"spec":"marketo.describe=REQUEST_LIMIT_EXCEEDED"})", "application/json");
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("marketo")));
}

void TestSandboxFaults::randomFaultsRepeatWithTheSeed()
{
    auto run = [](quint64 seed) {
        SandboxOptions options;
        options.people = 100;
        options.seed = seed;
        options.faults = QStringLiteral("marketo.describe=http503@~0.3");
        const auto sandbox = startSandbox(options);
        QString statuses;
        if (!sandbox) {
            return statuses;
        }
        SandboxClient client(sandbox->baseUrl());
        for (int call = 0; call < 40; ++call) {
            statuses += client.marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).status == 503
                ? u'x'
                : u'.';
        }
        return statuses;
    };
    const QString first = run(5);
    QCOMPARE(run(5), first);
    QVERIFY(first.contains(u'x') && first.contains(u'.'));
}

void TestSandboxFaults::salesforceFaultsInSalesforcesShape()
{
    const bool hasSalesforce = std::any_of(m_sandbox->apis().cbegin(), m_sandbox->apis().cend(),
        [](const auto& api) { return api->vendor() == u"salesforce"; });
    if (!hasSalesforce) {
        QSKIP("the Salesforce module is not in this build yet");
    }
    QVERIFY(
        m_sandbox->configureFaults(QStringLiteral("salesforce.*=REQUEST_LIMIT_EXCEEDED@1,salesforce.*=401@2"))
            .ok());
    const HttpResult limit = m_client->get(QStringLiteral("/services/data/"));
    QCOMPARE(limit.status, 403);
    QCOMPARE(limit.array().first().toObject().value(QStringLiteral("errorCode")).toString(),
        QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    const HttpResult session = m_client->get(QStringLiteral("/services/data/"));
    QCOMPARE(session.status, 401);
}

// "html": a proxy's or a maintenance page's answer, HTML with 503, where a client expects JSON.
void TestSandboxFaults::htmlAnswersAnErrorPageOnEveryVendor_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("path");
    QTest::newRow("marketo") << "marketo.describe"
                             << "/rest/v1/leads/describe.json";
    QTest::newRow("salesforce") << "salesforce.versions"
                                << "/services/data/";
    QTest::newRow("salesforce oauth") << "salesforce.token"
                                      << "/services/oauth2/token";
}

void TestSandboxFaults::htmlAnswersAnErrorPageOnEveryVendor()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, path);
    QVERIFY(m_sandbox->configureFaults(endpoint + QStringLiteral("=html@1")).ok());
    const HttpResult page = path.startsWith(u"/services/oauth2/")
        ? m_client->post(path, "grant_type=password", "application/x-www-form-urlencoded")
        : m_client->marketoGet(path);
    QCOMPARE(page.status, 503);
    QVERIFY2(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type").constData());
    QVERIFY(page.body.startsWith("<html>"));
    QVERIFY(QJsonDocument::fromJson(page.body).isNull());
    QCOMPARE(m_sandbox->faults().firedCount(), 1);
    QVERIFY(m_sandbox->faults().rules().first().toText().endsWith(QLatin1String("=html@1")));
}

// The token endpoint's OAuth codes are Salesforce's: a rule that can reach Marketo with them is refused.
void TestSandboxFaults::oauthCodesReachOnlySalesforce()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("salesforce.token=invalid_grant@1")).ok());
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("salesforce.*=INVALID_SESSION_REST")).ok());
    QVERIFY(!m_sandbox->configureFaults(QStringLiteral("marketo.*=invalid_client")).ok());
    QVERIFY(!m_sandbox->configureFaults(QStringLiteral("*=unsupported_grant_type")).ok());
    QVERIFY(!FaultInjector::parse(QStringLiteral("salesforce.token=invalidgrant")).ok()); // a typo
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "testsandboxfaults.moc"

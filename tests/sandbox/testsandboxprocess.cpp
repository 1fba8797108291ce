// sia-sandbox as a process of its own (QProcess): its one ready line, answers identical to an in-process
// sandbox with the same options, a clean stop on SIGTERM, and its exit codes for bad command lines.
#include "sandbox/marketo/marketotokens.h"
#include "sandboxclient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace sia::sandbox;

namespace {

// Answers that differ only in what must differ between two sandboxes (request ids, job ids, the port).
QJsonValue normalized(const QJsonValue& value, const QString& baseUrl)
{
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            if (it.key() == u"requestId" || it.key() == u"exportId" || it.key() == u"certificatePem") {
                continue;
            }
            object.insert(it.key(), normalized(it.value(), baseUrl));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(normalized(item, baseUrl));
        }
        return array;
    }
    if (value.isString() && !baseUrl.isEmpty()) {
        return QJsonValue(QString(value.toString()).replace(baseUrl, QStringLiteral("BASE")));
    }
    return value;
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void printsOneReadyLine();
    void answersLikeTheInProcessSandbox();
    void streamsTheSameBulkFile();
    void servesTlsWithTheCertificateInTheReadyLine();
    void stopsCleanlyOnSigterm();
    void refusesBadCommandLines_data();
    void refusesBadCommandLines();
    void busyPortIsExitCode3();

private:
    static QStringList arguments()
    {
        return { QStringLiteral("--people"), QStringLiteral("5000"), QStringLiteral("--seed"),
            QStringLiteral("3") };
    }
    std::unique_ptr<QProcess> launch(const QStringList& arguments, QJsonObject* ready);
    QJsonValue compare(SandboxClient& process, SandboxClient& inProcess, const QString& path);

    std::unique_ptr<QProcess> m_process;
    QJsonObject m_ready;
    std::unique_ptr<Sandbox> m_inProcess;
    std::unique_ptr<SandboxClient> m_processClient;
    std::unique_ptr<SandboxClient> m_inProcessClient;
};

std::unique_ptr<QProcess> TestSandboxProcess::launch(const QStringList& arguments, QJsonObject* ready)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(SIA_SANDBOX_BINARY));
    process->setArguments(arguments);
    process->start();
    if (!process->waitForStarted(10000)) {
        return nullptr;
    }
    QDeadlineTimer deadline(30000);
    while (!process->canReadLine() && process->state() == QProcess::Running && !deadline.hasExpired()) {
        process->waitForReadyRead(100);
    }
    if (!process->canReadLine()) {
        return nullptr;
    }
    *ready = QJsonDocument::fromJson(process->readLine()).object();
    return process;
}

void TestSandboxProcess::initTestCase()
{
    m_process = launch(arguments(), &m_ready);
    QVERIFY(m_process);
    SandboxOptions options;
    options.people = 5000;
    options.seed = 3;
    m_inProcess = startSandbox(options);
    QVERIFY(m_inProcess);
    m_processClient
        = std::make_unique<SandboxClient>(QUrl(m_ready.value(QStringLiteral("baseUrl")).toString()));
    m_inProcessClient = std::make_unique<SandboxClient>(m_inProcess->baseUrl());
    // Both on the same frozen instant, so that every time in an answer is the same too.
    for (SandboxClient* client : { m_processClient.get(), m_inProcessClient.get() }) {
        client->control("POST", QStringLiteral("/sandbox/clock"),
            { { QStringLiteral("set"), QStringLiteral("2025-03-01T09:00:00Z") },
                { QStringLiteral("frozen"), true } });
    }
}

void TestSandboxProcess::cleanupTestCase()
{
    m_processClient.reset();
    m_inProcessClient.reset();
    m_inProcess.reset();
    if (m_process) {
        m_process->terminate();
        m_process->waitForFinished(10000);
    }
}

QJsonValue TestSandboxProcess::compare(SandboxClient& process, SandboxClient& inProcess, const QString& path)
{
    const HttpResult a = process.marketoGet(path);
    const HttpResult b = inProcess.marketoGet(path);
    if (a.status != b.status) {
        qWarning("%s: status %d vs %d", qPrintable(path), a.status, b.status);
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonDocument da = QJsonDocument::fromJson(a.body);
    const QJsonDocument db = QJsonDocument::fromJson(b.body);
    const QJsonValue na = normalized(
        da.isArray() ? QJsonValue(da.array()) : QJsonValue(da.object()), process.url(QString()).toString());
    const QJsonValue nb = normalized(
        db.isArray() ? QJsonValue(db.array()) : QJsonValue(db.object()), inProcess.url(QString()).toString());
    if (na != nb) {
        qWarning("%s differs:\n%s\n%s", qPrintable(path), a.body.left(400).constData(),
            b.body.left(400).constData());
        return QJsonValue(QJsonValue::Undefined);
    }
    return na;
}

void TestSandboxProcess::printsOneReadyLine()
{
    QVERIFY(
        m_ready.value(QStringLiteral("baseUrl")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    const QJsonObject marketo = m_ready.value(QStringLiteral("marketo")).toObject();
    for (const char* key : { "restUrl", "identityUrl", "bulkUrl", "clientId", "clientSecret" }) {
        QVERIFY2(!marketo.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QVERIFY(marketo.value(QStringLiteral("restUrl")).toString().endsWith(QStringLiteral("/rest")));
    QCOMPARE(normalized(m_ready, m_ready.value(QStringLiteral("baseUrl")).toString()),
        normalized(m_inProcess->readyInfo(), m_inProcess->baseUrl().toString()));
    QVERIFY(!m_process->canReadLine()); // one line, nothing more
}

void TestSandboxProcess::answersLikeTheInProcessSandbox()
{
    const QString fields
        = QStringLiteral("firstName,lastName,email,company,title,phone,linkedInProfileURL,leadSource,"
                         "sfdcLeadId,sfdcContactId,sfdcAccountId,sfdcLeadOwnerId,createdAt,updatedAt");
    const QJsonValue page = compare(*m_processClient, *m_inProcessClient,
        QStringLiteral("/rest/v1/leads.json?filterType=leadPartitionId&filterValues=1&batchSize=300&fields=")
            + fields);
    QVERIFY(!page.isUndefined());
    const QString token = page.toObject().value(QStringLiteral("nextPageToken")).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(!compare(*m_processClient, *m_inProcessClient,
        QStringLiteral(
            "/rest/v1/"
            "leads.json?filterType=leadPartitionId&filterValues=1&batchSize=300&fields=%1&nextPageToken=%2")
            .arg(fields, token))
                 .isUndefined());
    const QString email = page.toObject()
                              .value(QStringLiteral("result"))
                              .toArray()
                              .at(7)
                              .toObject()
                              .value(QStringLiteral("email"))
                              .toString();
    for (const QString& path :
        { QString(QStringLiteral("/rest/v1/leads.json?filterType=email&filterValues=") + email),
            QStringLiteral("/rest/v1/leads.json?filterType=shoeSize&filterValues=1"),
            QStringLiteral("/rest/v1/leads/describe.json"), QStringLiteral("/rest/v1/leads/describe2.json"),
            QStringLiteral("/rest/v1/activities/types.json"),
            QStringLiteral("/userservice/management/v1/users/allusers.json?pageSize=200"),
            QStringLiteral("/rest/v1/nothing.json") }) {
        QVERIFY2(!compare(*m_processClient, *m_inProcessClient, path).isUndefined(), qPrintable(path));
    }
    // Mutations follow the seed too, and the change feed shows them alike.
    QString changesToken;
    for (SandboxClient* client : { m_processClient.get(), m_inProcessClient.get() }) {
        changesToken = client
                           ->marketoGet(QStringLiteral(
                               "/rest/v1/activities/pagingtoken.json?sinceDatetime=2025-03-01T00:00:00Z"))
                           .object()
                           .value(QStringLiteral("nextPageToken"))
                           .toString();
        client->control("POST", QStringLiteral("/sandbox/mutate"),
            { { QStringLiteral("kind"), QStringLiteral("people") }, { QStringLiteral("count"), 20 } });
    }
    QVERIFY(!compare(*m_processClient, *m_inProcessClient,
        QStringLiteral(
            "/rest/v1/activities/leadchanges.json?fields=title,phone,company,leadSource&nextPageToken=")
            + changesToken)
                 .isUndefined());
    const QJsonObject a = m_processClient->control("GET", QStringLiteral("/sandbox/counters"));
    const QJsonObject b = m_inProcessClient->control("GET", QStringLiteral("/sandbox/counters"));
    QCOMPARE(a.value(QStringLiteral("eligiblePeople")), b.value(QStringLiteral("eligiblePeople")));
    QCOMPARE(a.value(QStringLiteral("calls")), b.value(QStringLiteral("calls")));
}

void TestSandboxProcess::streamsTheSameBulkFile()
{
    const QByteArray body
        = R"({"fields":["id","firstName","lastName","email","company","sfdcLeadOwnerId"],"format":"CSV",
        "filter":{"createdAt":{"startAt":"2024-03-01T00:00:00Z","endAt":"2024-03-31T00:00:00Z"}}})";
    QList<QByteArray> files;
    QList<QJsonObject> states;
    for (SandboxClient* client : { m_processClient.get(), m_inProcessClient.get() }) {
        const QString id = client->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), body)
                               .result()
                               .first()
                               .toObject()
                               .value(QStringLiteral("exportId"))
                               .toString();
        client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {});
        client->control(
            "POST", QStringLiteral("/sandbox/clock"), { { QStringLiteral("advanceSeconds"), 600 } });
        client->setMarketoCredentials(
            QString(client == m_processClient.get() ? m_ready.value(QStringLiteral("marketo"))
                                                          .toObject()
                                                          .value(QStringLiteral("clientId"))
                                                          .toString()
                                                    : marketo::MarketoCredentials().clientId),
            marketo::MarketoCredentials().clientSecret);
        states.append(normalized(
            client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/status.json").arg(id)).object(), {})
                          .toObject());
        files.append(client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id)).body);
    }
    QCOMPARE(states.at(0), states.at(1));
    QCOMPARE(states.at(0)
                 .value(QStringLiteral("result"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("Completed"));
    QVERIFY(files.at(0).size() > 1000);
    QCOMPARE(files.at(0), files.at(1));
}

void TestSandboxProcess::servesTlsWithTheCertificateInTheReadyLine()
{
    QJsonObject ready;
    const auto process
        = launch({ QStringLiteral("--people"), QStringLiteral("100"), QStringLiteral("--tls") }, &ready);
    QVERIFY(process);
    QVERIFY(
        ready.value(QStringLiteral("baseUrl")).toString().startsWith(QStringLiteral("https://127.0.0.1:")));
    SandboxClient client(QUrl(ready.value(QStringLiteral("baseUrl")).toString()));
    client.trustCertificate(
        QSslCertificate(ready.value(QStringLiteral("certificatePem")).toString().toLatin1()));
    QVERIFY(client.marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).success());
    process->terminate();
    QVERIFY(process->waitForFinished(10000));
}

void TestSandboxProcess::stopsCleanlyOnSigterm()
{
    QJsonObject ready;
    const auto process = launch({ QStringLiteral("--people"), QStringLiteral("100") }, &ready);
    QVERIFY(process);
    process->terminate(); // SIGTERM
    QVERIFY(process->waitForFinished(10000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
}

void TestSandboxProcess::refusesBadCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("people not a number")
        << QStringList { QStringLiteral("--people"), QStringLiteral("many") } << QStringLiteral("--people");
    QTest::newRow("port too big") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
                                  << QStringLiteral("--port");
    QTest::newRow("bad fault") << QStringList { QStringLiteral("--faults"),
        QStringLiteral("marketo.leads=explode") }
                               << QStringLiteral("explode");
    QTest::newRow("bad limit") << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("speed=9") }
                               << QStringLiteral("speed");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--colour") } << QStringLiteral("colour");
    QTest::newRow("extra argument") << QStringList { QStringLiteral("now") } << QStringLiteral("now");
}

void TestSandboxProcess::refusesBadCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess process;
    process.start(QStringLiteral(SIA_SANDBOX_BINARY), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no ready line
}

void TestSandboxProcess::busyPortIsExitCode3()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost));
    QProcess process;
    process.start(
        QStringLiteral(SIA_SANDBOX_BINARY), { QStringLiteral("--port"), QString::number(busy.serverPort()) });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardError().contains("in use"));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "testsandboxprocess.moc"

// sia-sandbox as a process of its own (QProcess): its one ready line, answers identical to an in-process
// sandbox with the same options (Marketo and Salesforce), a clean stop on SIGTERM, its exit codes for bad
// command lines, and a --help that shows every flag with its default.
#include "salesforcetestsession.h"
#include "sandbox/marketo/marketotokens.h"
#include "sandbox/salesforce/pkce.h"
#include "sandboxclient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace sia::sandbox;

namespace {

// The options both sandboxes of the comparison share: sia-sandbox's flags and the in-process equivalent.
const QString callbackUrl = QStringLiteral("http://localhost:4321/sia/callback");
constexpr qint64 taskCount = 40;
const QString verifier = QStringLiteral("process-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz");

// Answers that differ only in what must differ between two sandboxes (request ids, job ids, tokens and
// what is signed with them, the ports of the main listener and of the Salesforce instance).
QJsonValue normalized(const QJsonValue& value, const QString& baseUrl, const QString& instanceUrl = {})
{
    static const QStringList differing { QStringLiteral("requestId"), QStringLiteral("exportId"),
        QStringLiteral("certificatePem"), QStringLiteral("access_token"), QStringLiteral("refresh_token"),
        QStringLiteral("signature") };
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            if (differing.contains(it.key())) {
                continue;
            }
            object.insert(it.key(), normalized(it.value(), baseUrl, instanceUrl));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(normalized(item, baseUrl, instanceUrl));
        }
        return array;
    }
    if (value.isString() && !baseUrl.isEmpty()) {
        // The longer URL first: one may be the other's prefix ("…:4580" and "…:45807").
        QString text = value.toString();
        if (instanceUrl.size() > baseUrl.size()) {
            text.replace(instanceUrl, QStringLiteral("INSTANCE"));
        }
        text.replace(baseUrl, QStringLiteral("BASE"));
        if (!instanceUrl.isEmpty()) {
            text.replace(instanceUrl, QStringLiteral("INSTANCE"));
        }
        return QJsonValue(text);
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
    void theReadyLineNamesTheLoginHostAndTheInstance();
    void theInstancePortCanBeFixed();
    void answersLikeTheInProcessSandbox();
    void answersSalesforceLikeTheInProcessSandbox();
    void streamsTheSameBulkFile();
    void servesTlsWithTheCertificateInTheReadyLine();
    void stopsCleanlyOnSigterm();
    void refusesBadCommandLines_data();
    void refusesBadCommandLines();
    void busyPortIsExitCode3();
    void helpListsEveryFlagWithItsDefault();

private:
    static QStringList arguments()
    {
        return { QStringLiteral("--people"), QStringLiteral("5000"), QStringLiteral("--seed"),
            QStringLiteral("3"), QStringLiteral("--sf-callback"), callbackUrl, QStringLiteral("--sf-tasks"),
            QString::number(taskCount) };
    }
    std::unique_ptr<QProcess> launch(const QStringList& arguments, QJsonObject* ready);
    QJsonValue compare(SandboxClient& process, SandboxClient& inProcess, const QString& path);
    QJsonValue compareAnswers(
        const HttpResult& a, const HttpResult& b, const QString& what, const SandboxClient* clients[2]);

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
    options.salesforceCallbackUrl = callbackUrl;
    options.salesforceTaskCount = taskCount;
    m_inProcess = startSandbox(options);
    QVERIFY(m_inProcess);
    m_processClient
        = std::make_unique<SandboxClient>(QUrl(m_ready.value(QStringLiteral("baseUrl")).toString()));
    m_processClient->setSalesforceInstanceUrl(QUrl(m_ready.value(QStringLiteral("salesforce"))
                                                       .toObject()
                                                       .value(QStringLiteral("instanceUrl"))
                                                       .toString()));
    m_inProcessClient = std::make_unique<SandboxClient>(*m_inProcess);
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
    const SandboxClient* clients[2] { &process, &inProcess };
    return compareAnswers(process.marketoGet(path), inProcess.marketoGet(path), path, clients);
}

// The normalized JSON body both answers share, or undefined (with a warning) when they differ.
QJsonValue TestSandboxProcess::compareAnswers(
    const HttpResult& a, const HttpResult& b, const QString& what, const SandboxClient* clients[2])
{
    if (a.status != b.status) {
        qWarning("%s: status %d vs %d", qPrintable(what), a.status, b.status);
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonDocument da = QJsonDocument::fromJson(a.body);
    const QJsonDocument db = QJsonDocument::fromJson(b.body);
    if (da.isNull() || db.isNull()) {
        qWarning("%s: not JSON:\n%s\n%s", qPrintable(what), a.body.left(400).constData(),
            b.body.left(400).constData());
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonValue na = normalized(da.isArray() ? QJsonValue(da.array()) : QJsonValue(da.object()),
        clients[0]->url(QString()).toString(), clients[0]->salesforceInstanceUrl().toString());
    const QJsonValue nb = normalized(db.isArray() ? QJsonValue(db.array()) : QJsonValue(db.object()),
        clients[1]->url(QString()).toString(), clients[1]->salesforceInstanceUrl().toString());
    if (na != nb) {
        qWarning("%s differs:\n%s\n%s", qPrintable(what), a.body.left(400).constData(),
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
    QCOMPARE(normalized(m_ready, m_ready.value(QStringLiteral("baseUrl")).toString(),
                 m_processClient->salesforceInstanceUrl().toString()),
        normalized(m_inProcess->readyInfo(), m_inProcess->baseUrl().toString(),
            m_inProcess->salesforceInstanceUrl().toString()));
    QCOMPARE(m_ready.value(QStringLiteral("salesforce")).toObject().value(QStringLiteral("callbackUrl")),
        QJsonValue(callbackUrl));
    QVERIFY(!m_process->canReadLine()); // one line, nothing more
}

// Salesforce's login host is the main listener; its instance (the REST API) another port on 127.0.0.1.
void TestSandboxProcess::theReadyLineNamesTheLoginHostAndTheInstance()
{
    const QJsonObject salesforce = m_ready.value(QStringLiteral("salesforce")).toObject();
    const QUrl base(m_ready.value(QStringLiteral("baseUrl")).toString());
    const QUrl login(salesforce.value(QStringLiteral("loginUrl")).toString());
    const QUrl instance(salesforce.value(QStringLiteral("instanceUrl")).toString());
    QCOMPARE(login, base);
    QCOMPARE(instance.scheme(), base.scheme());
    QCOMPARE(instance.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(instance.port() > 0 && instance.port() != base.port());
    QVERIFY(instance.path().isEmpty());
    // Each answers its own; the in-process sandbox alike (the comparisons of calls stay even).
    for (const auto& [loginUrl, instanceUrl] : { std::pair { login, instance },
             std::pair { m_inProcess->baseUrl(), m_inProcess->salesforceInstanceUrl() } }) {
        QCOMPARE(SandboxClient(instanceUrl).get(QStringLiteral("/services/data")).status, 200);
        QCOMPARE(SandboxClient(loginUrl).get(QStringLiteral("/services/data")).status, 404);
    }
}

// --sf-instance-port fixes the instance's port; a busy one, or --port's own, is refused.
void TestSandboxProcess::theInstancePortCanBeFixed()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QJsonObject ready;
    const auto process = launch({ QStringLiteral("--people"), QStringLiteral("100"),
                                    QStringLiteral("--sf-instance-port"), QString::number(port) },
        &ready);
    QVERIFY(process);
    const QString instance = ready.value(QStringLiteral("salesforce"))
                                 .toObject()
                                 .value(QStringLiteral("instanceUrl"))
                                 .toString();
    QCOMPARE(instance, QStringLiteral("http://127.0.0.1:%1").arg(port));
    process->terminate();
    QVERIFY(process->waitForFinished(10000));

    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost));
    QProcess refused;
    refused.start(QStringLiteral(SIA_SANDBOX_BINARY),
        { QStringLiteral("--sf-instance-port"), QString::number(busy.serverPort()) });
    QVERIFY(refused.waitForFinished(10000));
    QCOMPARE(refused.exitCode(), 3);
    QVERIFY(refused.readAllStandardError().contains("in use"));
}

void TestSandboxProcess::answersLikeTheInProcessSandbox()
{
    const QString fields
        = QStringLiteral("firstName,lastName,email,company,title,phone,linkedInProfileURL,leadSource,"
                         "sfdcLeadId,sfdcContactId,sfdcAccountId,sfdcLeadOwnerId,createdAt,updatedAt");
    // A lookup of 300 ids in pages of 150 (a partition of 5,000 people is too many for leads.json).
    QStringList ids;
    for (int id = 1001; id < 1301; ++id) {
        ids.append(QString::number(id));
    }
    const QString lookup
        = QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=%1&batchSize=150&fields=%2")
              .arg(ids.join(u','), fields);
    const QJsonValue page = compare(*m_processClient, *m_inProcessClient, lookup);
    QVERIFY(!page.isUndefined());
    const QString token = page.toObject().value(QStringLiteral("nextPageToken")).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(!compare(*m_processClient, *m_inProcessClient, lookup + QStringLiteral("&nextPageToken=") + token)
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

void TestSandboxProcess::answersSalesforceLikeTheInProcessSandbox()
{
    using namespace salesforcetest;
    const QJsonObject infos[2] { m_ready.value(QStringLiteral("salesforce")).toObject(),
        credentials(*m_inProcess) };
    SandboxClient* clients[2] { m_processClient.get(), m_inProcessClient.get() };
    const SandboxClient* constClients[2] { clients[0], clients[1] };
    const auto same = [&](const HttpResult& a, const HttpResult& b, const QString& what) {
        return compareAnswers(a, b, what, constClients);
    };

    // The username-password grant (instance_url and identity URL differ by the port only).
    const HttpResult grants[2] { passwordGrant(*clients[0], infos[0]), passwordGrant(*clients[1], infos[1]) };
    QCOMPARE(grants[0].status, 200);
    QVERIFY(!same(grants[0], grants[1], QStringLiteral("password grant")).isUndefined());
    const Session sessions[2] { Session::fromTokenAnswer(*clients[0], grants[0]),
        Session::fromTokenAnswer(*clients[1], grants[1]) };

    const QJsonValue versions = same(clients[0]->get(QStringLiteral("/services/data")),
        clients[1]->get(QStringLiteral("/services/data")), QStringLiteral("versions"));
    QVERIFY(versions.isArray() && !versions.toArray().isEmpty());

    // SOQL: the same records with the same owners, the same Organization, the same refusals.
    const QString queries[] {
        QStringLiteral(
            "SELECT Id, FirstName, LastName, Email, Company, Status, LeadSource, OwnerId, Owner.Name, "
            "Owner.Type, CreatedDate, LastModifiedDate FROM Lead ORDER BY Id LIMIT 300"),
        QStringLiteral(
            "SELECT Id, Name, Email, Title, AccountId, Account.Name, OwnerId, Owner.Name, "
            "Owner.Email, Owner.IsActive FROM Contact WHERE Email != null ORDER BY Email, Id LIMIT 200"),
        QStringLiteral("SELECT ContactId, Contact.Email, OpportunityId, Opportunity.Name, Role, IsPrimary "
                       "FROM OpportunityContactRole ORDER BY Id LIMIT 100"),
        QStringLiteral("SELECT Id, Name, OrganizationType, IsSandbox, InstanceName, TimeZoneSidKey, "
                       "LanguageLocaleKey FROM Organization"),
        QStringLiteral(
            "SELECT Id, Username, Name, Email, IsActive, Profile.Name FROM User ORDER BY Username"),
        QStringLiteral("SELECT COUNT() FROM Lead WHERE CreatedDate = LAST_N_DAYS:90"),
        QStringLiteral("SELECT COUNT() FROM Task"),
        QStringLiteral("SELECT LeadSource FROM Lead GROUP BY LeadSource"),
        QStringLiteral("SELECT Shoe FROM Contact"),
    };
    QList<QJsonObject> answers;
    for (const QString& soql : queries) {
        const QJsonValue answer = same(sessions[0].query(soql), sessions[1].query(soql), soql);
        QVERIFY2(!answer.isUndefined(), qPrintable(soql));
        answers.append(answer.toObject());
    }
    for (int i : { 0, 1 }) { // leads and contacts, with their owners' names
        const QJsonArray records = answers.at(i).value(QStringLiteral("records")).toArray();
        QVERIFY(records.size() > 100);
        QVERIFY(!records.first()
                     .toObject()
                     .value(QStringLiteral("Owner"))
                     .toObject()
                     .value(QStringLiteral("Name"))
                     .toString()
                     .isEmpty());
    }
    QCOMPARE(answers.at(3).value(QStringLiteral("totalSize")).toInt(), 1); // the Organization
    // --sf-tasks: that many generated, some of them already in the recycle bin (queryAll counts those too).
    const QString tasks = QStringLiteral("SELECT COUNT() FROM Task");
    const QJsonValue allTasks = same(sessions[0].query(tasks, QStringLiteral("/queryAll")),
        sessions[1].query(tasks, QStringLiteral("/queryAll")), tasks);
    QCOMPARE(allTasks.toObject().value(QStringLiteral("totalSize")).toInteger(), taskCount);
    const QString tooling = QStringLiteral(
        "SELECT SubscriberPackage.Name, SubscriberPackage.NamespacePrefix FROM InstalledSubscriberPackage");
    QVERIFY(!same(sessions[0].query(tooling, QStringLiteral("/tooling/query")),
        sessions[1].query(tooling, QStringLiteral("/tooling/query")), tooling)
                 .isUndefined());

    // Paging: the second batch through nextRecordsUrl is the same too.
    const RawHeaders batch { { "Sforce-Query-Options", "batchSize=200" } };
    const QString paged = QStringLiteral("SELECT Id, Email, Owner.Name FROM Contact ORDER BY Id");
    const QJsonValue first = same(sessions[0].query(paged, QStringLiteral("/query"), batch),
        sessions[1].query(paged, QStringLiteral("/query"), batch), paged);
    const QString next = first.toObject().value(QStringLiteral("nextRecordsUrl")).toString();
    QVERIFY2(next.startsWith(QLatin1String("/services/data/")), qPrintable(next));
    QVERIFY(!same(sessions[0].follow(next, batch), sessions[1].follow(next, batch), next).isUndefined());

    // OAuth: a code for the callback of the command line, exchanged with a wrong PKCE verifier.
    QString redirects[2];
    HttpResult refusals[2];
    for (int i = 0; i < 2; ++i) {
        SandboxClient browser(clients[i]->url(QString()));
        browser.network().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        const auto value = [&](const char* key) {
            return infos[i].value(QLatin1String(key)).toString();
        };
        const HttpResult approved = browser.post(QStringLiteral("/services/oauth2/authorize"),
            form({ { QStringLiteral("response_type"), QStringLiteral("code") },
                { QStringLiteral("client_id"), value("consumerKey") },
                { QStringLiteral("redirect_uri"), value("callbackUrl") },
                { QStringLiteral("scope"), QStringLiteral("api refresh_token") },
                { QStringLiteral("state"), QStringLiteral("s1") },
                { QStringLiteral("code_challenge"), sia::sandbox::salesforce::Pkce::challengeFor(verifier) },
                { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
                { QStringLiteral("username"), value("username") },
                { QStringLiteral("password"), value("password") },
                { QStringLiteral("action"), QStringLiteral("allow") } }),
            "application/x-www-form-urlencoded");
        QCOMPARE(approved.status, 302);
        QUrl location(QString::fromUtf8(approved.header("Location")));
        QUrlQuery query(location);
        const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        query.removeQueryItem(QStringLiteral("code"));
        location.setQuery(query);
        redirects[i] = location.toString();
        refusals[i] = browser.post(QStringLiteral("/services/oauth2/token"),
            form({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                { QStringLiteral("code"), code }, { QStringLiteral("client_id"), value("consumerKey") },
                { QStringLiteral("redirect_uri"), value("callbackUrl") },
                { QStringLiteral("code_verifier"), QString(verifier).replace(0, 1, QLatin1Char('x')) } }),
            "application/x-www-form-urlencoded");
    }
    QCOMPARE(redirects[0], redirects[1]);
    QCOMPARE(redirects[0], callbackUrl + QStringLiteral("?state=s1"));
    QCOMPARE(refusals[0].status, 400);
    QCOMPARE(refusals[0].body, refusals[1].body);
    QCOMPARE(refusals[0].object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    // Both counted the same calls against the daily allowance.
    QVERIFY(!same(sessions[0].get(QStringLiteral("/limits")), sessions[1].get(QStringLiteral("/limits")),
        QStringLiteral("/limits"))
                 .isUndefined());
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
    // The Salesforce instance is HTTPS too, with the same certificate.
    const QUrl instance(
        ready.value(QStringLiteral("salesforce")).toObject().value(QStringLiteral("instanceUrl")).toString());
    QCOMPARE(instance.scheme(), QStringLiteral("https"));
    SandboxClient rest(instance);
    rest.trustCertificate(
        QSslCertificate(ready.value(QStringLiteral("certificatePem")).toString().toLatin1()));
    QCOMPARE(rest.get(QStringLiteral("/services/data")).status, 200);
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
    const auto row = [](const char* name, const char* flag, const char* value) {
        QTest::newRow(name) << QStringList { QString::fromLatin1(flag), QString::fromLatin1(value) }
                            << QString::fromLatin1(flag);
    };
    row("token lifetime zero", "--token-lifetime", "0");
    row("export seconds negative", "--export-seconds", "-1");
    row("export seconds per 1000 not a number", "--export-seconds-per-1000", "slow");
    row("empty edition", "--edition", " ");
    row("callback not absolute", "--sf-callback", "/OauthRedirect");
    row("callback without host", "--sf-callback", "http:///OauthRedirect");
    row("callback with fragment", "--sf-callback", "http://localhost:1717/cb#x");
    row("session timeout zero", "--sf-session-timeout", "0");
    row("session timeout over a day", "--sf-session-timeout", "86401");
    row("tasks negative", "--sf-tasks", "-1");
    row("tasks too many", "--sf-tasks", "100001");
    row("instance port too big", "--sf-instance-port", "70000");
    QTest::newRow("instance port is --port's")
        << QStringList { QStringLiteral("--port=47001"), QStringLiteral("--sf-instance-port=47001") }
        << QStringLiteral("--sf-instance-port");
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

void TestSandboxProcess::helpListsEveryFlagWithItsDefault()
{
    QProcess process;
    process.start(QStringLiteral(SIA_SANDBOX_BINARY), { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    const QStringList lines = help.split(u'\n'); // indexOf(QRegularExpression) wants a whole line
    for (const char* flag : { "--port", "--people", "--seed", "--tls", "--faults", "--rate-limit",
             "--auto-approve", "--token-lifetime", "--no-updated-at-filter", "--no-user-api-permission",
             "--export-seconds", "--export-seconds-per-1000", "--edition", "--no-salesforce-api",
             "--no-installed-package", "--sf-callback", "--sf-session-timeout", "--sf-rotate-refresh",
             "--sf-tasks", "--sf-instance-port" }) {
        // The flag's entry: from its line to the next flag's (a description may wrap).
        const QString name = QString::fromLatin1(flag);
        const qsizetype at = lines.indexOf(
            QRegularExpression(QStringLiteral("^\\s+%1(\\s.*)?$").arg(QRegularExpression::escape(name))));
        QVERIFY2(at >= 0, flag);
        QString entry = lines.at(at);
        for (qsizetype i = at + 1;
             i < lines.size() && !lines.at(i).trimmed().startsWith(u'-') && !lines.at(i).trimmed().isEmpty();
             ++i) {
            entry += lines.at(i);
        }
        QVERIFY2(entry.contains(QLatin1String("(default: ")), qPrintable(entry));
    }
    QVERIFY(help.contains(QLatin1String("http://localhost:1717/OauthRedirect")));
    QVERIFY(help.contains(QLatin1String("calls=100/20s")));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "testsandboxprocess.moc"

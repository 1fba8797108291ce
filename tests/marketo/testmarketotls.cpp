// The Marketo client over HTTPS: certificate verification is on, so the sandbox's --tls certificate is
// refused with an explanation until it is trusted explicitly as an extra CA; then everything works.
#include "marketo/marketoclient.h"
#include "marketo/marketorequest.h"
#include "marketotestsupport.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace sia;
using namespace sia::sandbox;

class TestMarketoTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void untrustedCertificateIsRefusedWithAnExplanation();
    void extraCaMakesTheSandboxTrusted();

private:
    Result<MarketoResponse> describe(const MarketoConnection& connection);
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestMarketoTls::initTestCase()
{
    SandboxOptions options;
    options.people = 100;
    options.tls = true;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
}

void TestMarketoTls::cleanupTestCase()
{
    m_sandbox.reset();
}

Result<MarketoResponse> TestMarketoTls::describe(const MarketoConnection& connection)
{
    MarketoClient client(connection);
    Outcomes<MarketoResponse> outcomes;
    client.send(MarketoRequest::get(MarketoRequest::Api::Rest, QStringLiteral("/v1/leads/describe2.json")),
        this, outcomes.callback());
    if (!QTest::qWaitFor([&outcomes]() { return outcomes.size() == 1; }, 30000)) {
        return Error::internal(QStringLiteral("test.timeout"), QStringLiteral("no answer within 30 s"));
    }
    return outcomes.first();
}

void TestMarketoTls::untrustedCertificateIsRefusedWithAnExplanation()
{
    const qint64 before = m_sandbox->counters().calls(QStringLiteral("marketo.identity"));
    const Result<MarketoResponse> outcome = describe(sandboxConnection(*m_sandbox));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, QStringLiteral("marketo.tls"));
    QVERIFY(outcome.error().message.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(outcome.error().message.contains(QStringLiteral("certificate")));
    // The handshake failed: the credentials never reached the server, and nothing was retried.
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("marketo.identity")), before);
}

void TestMarketoTls::extraCaMakesTheSandboxTrusted()
{
    MarketoConnection connection = sandboxConnection(*m_sandbox);
    connection.extraCaCertificates = QSslCertificate::fromData(m_sandbox->certificatePem(), QSsl::Pem);
    QCOMPARE(connection.extraCaCertificates.size(), 1);
    const Result<MarketoResponse> outcome = describe(connection);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QVERIFY(!outcome->result().isEmpty());
}

QTEST_GUILESS_MAIN(TestMarketoTls)
#include "testmarketotls.moc"

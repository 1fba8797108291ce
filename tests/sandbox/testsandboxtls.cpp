// --tls: HTTPS with a certificate made at start, for loopback only; refused by a client that does not
// trust it, accepted by one told to trust exactly this certificate.
#include "sandbox/tlscertificate.h"
#include "sandboxclient.h"

#include <QSslCertificateExtension>
#include <QtTest>

using namespace sia::sandbox;

class TestSandboxTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void servesHttps();
    void untrustedCertificateIsRefused();
    void trustedCertificateIsAccepted();
    void certificateNamesTheLoopbackAndIsCurrent();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxTls::initTestCase()
{
    SandboxOptions options;
    options.people = 100;
    options.tls = true;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

void TestSandboxTls::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandboxTls::servesHttps()
{
    QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_sandbox->salesforceInstanceUrl().scheme(), QStringLiteral("https")); // both listeners
    QVERIFY(m_sandbox->readyInfo()
                .value(QStringLiteral("certificatePem"))
                .toString()
                .startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
}

void TestSandboxTls::untrustedCertificateIsRefused()
{
    SandboxClient client(m_sandbox->baseUrl());
    const HttpResult answer = client.get(QStringLiteral("/rest/v1/leads/describe.json"));
    QCOMPARE(answer.status, 0);
    QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxTls::trustedCertificateIsAccepted()
{
    SandboxClient client(m_sandbox->baseUrl());
    client.trustCertificate(QSslCertificate(m_sandbox->certificatePem()));
    QVERIFY(!client.marketoToken().isEmpty());
    QVERIFY(client.marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).success());
    // The Salesforce instance, a listener of its own, has the same certificate.
    SandboxClient instance(m_sandbox->salesforceInstanceUrl());
    instance.trustCertificate(QSslCertificate(m_sandbox->certificatePem()));
    QCOMPARE(instance.get(QStringLiteral("/services/data/")).status, 200);
}

void TestSandboxTls::certificateNamesTheLoopbackAndIsCurrent()
{
    const QSslCertificate certificate(m_sandbox->certificatePem());
    const auto names = certificate.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(certificate.effectiveDate() <= QDateTime::currentDateTimeUtc());
    QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(7));
    // Each start makes a new certificate.
    const sia::Result<TlsIdentity> another = generateTlsIdentity();
    QVERIFY(another.ok());
    QVERIFY(another->certificate != certificate);
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "testsandboxtls.moc"

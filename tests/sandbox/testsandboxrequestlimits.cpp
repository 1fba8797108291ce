// Both vendors' front ends refuse a request whose URI plus headers exceed 16,384 bytes: a URI over the
// limit is 414, a URI and headers over it together 431, before any routing or authentication.
#include "sandboxclient.h"

#include <QtTest>

using namespace sia::sandbox;

class TestSandboxRequestLimits : public QObject
{
    Q_OBJECT

private slots:
    void oversizedRequestsAreRefusedOnBothVendors_data();
    void oversizedRequestsAreRefusedOnBothVendors();
    void aRequestJustUnderTheLimitIsServed();
};

void TestSandboxRequestLimits::oversizedRequestsAreRefusedOnBothVendors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("queryBytes");
    QTest::addColumn<int>("headerBytes");
    QTest::addColumn<int>("status");
    const QString marketo = QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=");
    const QString salesforce = QStringLiteral("/services/data/v59.0/query?q=");
    QTest::newRow("marketo long uri") << marketo << 16400 << 0 << 414;
    QTest::newRow("marketo long headers") << marketo << 8000 << 9000 << 431;
    QTest::newRow("salesforce long uri") << salesforce << 16400 << 0 << 414;
    QTest::newRow("salesforce long headers") << salesforce << 8000 << 9000 << 431;
}

void TestSandboxRequestLimits::oversizedRequestsAreRefusedOnBothVendors()
{
    QFETCH(QString, path);
    QFETCH(int, queryBytes);
    QFETCH(int, headerBytes);
    QFETCH(int, status);
    SandboxOptions options;
    options.people = 50;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxClient client(*sandbox);
    RawHeaders headers;
    if (headerBytes > 0) {
        headers.append({ "X-Padding", QByteArray(headerBytes, 'h') });
    }
    const HttpResult refused = client.get(path + QString(queryBytes, u'1'), headers);
    QCOMPARE(refused.status, status);
    QCOMPARE(sandbox->counters().value(QStringLiteral("http.") + QString::number(status)), qint64(1));
}

void TestSandboxRequestLimits::aRequestJustUnderTheLimitIsServed()
{
    SandboxOptions options;
    options.people = 50;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxClient client(*sandbox);
    // Under the limit the request reaches Marketo, which answers in its envelope (here: no token, 601).
    const HttpResult served
        = client.get(QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=") + QString(12000, u'1'),
            { { "X-Padding", QByteArray(2000, 'h') } });
    QCOMPARE(served.status, 200);
    QVERIFY(!served.errorCode().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxRequestLimits)
#include "testsandboxrequestlimits.moc"

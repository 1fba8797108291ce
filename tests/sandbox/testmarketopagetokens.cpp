// Marketo's paging tokens as the vendor writes them: 56 characters of upper-case base32 ending in "====",
// from leads.json, activities/pagingtoken.json, leadchanges.json and activities.json alike; a token
// encoded once (or sent raw) continues the listing, and one that was cut, stripped of its padding,
// re-cased, encoded twice or altered is refused.
#include "sandboxclient.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sia::sandbox;

class TestMarketoPageTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokensHaveTheVendorsLengthAndShape_data();
    void tokensHaveTheVendorsLengthAndShape();
    void tokenEncodedOnceOrSentRawContinues_data();
    void tokenEncodedOnceOrSentRawContinues();
    void damagedLeadsTokenIsRefused_data();
    void damagedLeadsTokenIsRefused();
    void damagedActivityTokenIsRefused_data();
    void damagedActivityTokenIsRefused();
    void todaysShortTokensAreForeign();

private:
    static constexpr const char* lookup = "/rest/v1/leads.json?filterType=id&batchSize=2&fields=email"
                                          "&filterValues=1001,1002,1003,1004,1005";
    QString leadsToken();
    QString activityToken();
    static void addDamagedTokens();

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestMarketoPageTokens::initTestCase()
{
    SandboxOptions options;
    options.people = 300;
    options.seed = 5;
    options.limits.marketoCallsPerWindow = 100000; // this class is about tokens, not rate limits
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestMarketoPageTokens::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

QString TestMarketoPageTokens::leadsToken()
{
    return m_client->marketoGet(QString::fromLatin1(lookup))
        .object()
        .value(QStringLiteral("nextPageToken"))
        .toString();
}

QString TestMarketoPageTokens::activityToken()
{
    return m_client
        ->marketoGet(QStringLiteral("/rest/v1/activities/pagingtoken.json?sinceDatetime=2020-01-01"))
        .object()
        .value(QStringLiteral("nextPageToken"))
        .toString();
}

void TestMarketoPageTokens::tokensHaveTheVendorsLengthAndShape_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("leads.json") << QStringLiteral("leads");
    QTest::newRow("leads.json by partition") << QStringLiteral("partition");
    QTest::newRow("activities/pagingtoken.json") << QStringLiteral("pagingtoken");
    QTest::newRow("leadchanges.json") << QStringLiteral("leadchanges");
    QTest::newRow("activities.json") << QStringLiteral("activities");
}

void TestMarketoPageTokens::tokensHaveTheVendorsLengthAndShape()
{
    QFETCH(QString, kind);
    QString token;
    if (kind == u"leads") {
        token = leadsToken();
    } else if (kind == u"partition") {
        token = m_client
                    ->marketoGet(QStringLiteral(
                        "/rest/v1/leads.json?filterType=leadPartitionId&filterValues=1&batchSize=2"))
                    .object()
                    .value(QStringLiteral("nextPageToken"))
                    .toString();
    } else if (kind == u"pagingtoken") {
        token = activityToken();
    } else {
        const QString path = kind == u"leadchanges"
            ? QStringLiteral("/rest/v1/activities/leadchanges.json?fields=title&nextPageToken=")
            : QStringLiteral("/rest/v1/activities.json?activityTypeIds=13&nextPageToken=");
        const HttpResult page
            = m_client->marketoGet(path + QString::fromLatin1(QUrl::toPercentEncoding(activityToken())));
        QVERIFY2(page.success(), page.body.constData());
        token = page.object().value(QStringLiteral("nextPageToken")).toString();
    }
    static const QRegularExpression shape(QStringLiteral("^[A-Z2-7]{52}====$"));
    QCOMPARE(token.size(), 56);
    QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
}

void TestMarketoPageTokens::tokenEncodedOnceOrSentRawContinues_data()
{
    QTest::addColumn<bool>("encoded");
    QTest::newRow("percent-encoded once") << true;
    QTest::newRow("sent raw (the padding unencoded)") << false;
}

void TestMarketoPageTokens::tokenEncodedOnceOrSentRawContinues()
{
    QFETCH(bool, encoded);
    const QString token = leadsToken();
    const QString sent = encoded ? QString::fromLatin1(QUrl::toPercentEncoding(token)) : token;
    QVERIFY(!encoded || sent.contains(QStringLiteral("%3D")));
    const HttpResult page
        = m_client->marketoGet(QString::fromLatin1(lookup) + QStringLiteral("&nextPageToken=") + sent);
    QVERIFY2(page.success(), page.body.constData());
    QCOMPARE(page.result().first().toObject().value(QStringLiteral("id")).toInteger(), 1003);
}

void TestMarketoPageTokens::addDamagedTokens()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("padding stripped") << QStringLiteral("strip");
    QTest::newRow("cut to 32 characters (a short column)") << QStringLiteral("cut");
    QTest::newRow("lower case") << QStringLiteral("lower");
    QTest::newRow("percent-encoded twice") << QStringLiteral("twice");
    QTest::newRow("one character changed") << QStringLiteral("change");
    QTest::newRow("a space appended") << QStringLiteral("space");
}

static QString damaged(const QString& token, const QString& damage)
{
    if (damage == u"strip") {
        return QString(token).remove(u'=');
    }
    if (damage == u"cut") {
        return token.left(32);
    }
    if (damage == u"lower") {
        return token.toLower();
    }
    if (damage == u"twice") {
        return QString::fromLatin1(
            QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(token))));
    }
    QString changed = token;
    if (damage == u"change") {
        changed[10] = changed.at(10) == u'A' ? u'B' : u'A';
        return QString::fromLatin1(QUrl::toPercentEncoding(changed));
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(QString(token + u' ')));
}

void TestMarketoPageTokens::damagedLeadsTokenIsRefused_data()
{
    addDamagedTokens();
}

void TestMarketoPageTokens::damagedLeadsTokenIsRefused()
{
    QFETCH(QString, damage);
    const HttpResult answer = m_client->marketoGet(
        QString::fromLatin1(lookup) + QStringLiteral("&nextPageToken=") + damaged(leadsToken(), damage));
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.success());
    QCOMPARE(answer.errorCode(), QStringLiteral("1003"));
}

void TestMarketoPageTokens::damagedActivityTokenIsRefused_data()
{
    addDamagedTokens();
}

void TestMarketoPageTokens::damagedActivityTokenIsRefused()
{
    QFETCH(QString, damage);
    const HttpResult answer = m_client->marketoGet(
        QStringLiteral("/rest/v1/activities/leadchanges.json?fields=title&nextPageToken=")
        + damaged(activityToken(), damage));
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.success());
    QCOMPARE(answer.errorCode(), QStringLiteral("1003"));
}

void TestMarketoPageTokens::todaysShortTokensAreForeign()
{
    // The shape the sandbox used to write, base32 of "A|<fingerprint>|<position>" (8 characters here):
    // accepted until tokens took the vendor's shape, foreign since.
    const QByteArray plain = "A|0|0";
    QString old;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : plain) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            old += QLatin1Char("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    const HttpResult answer = m_client->marketoGet(
        QStringLiteral("/rest/v1/activities/leadchanges.json?fields=title&nextPageToken=") + old);
    QVERIFY(!answer.success());
    QCOMPARE(answer.errorCode(), QStringLiteral("1003"));
}

QTEST_GUILESS_MAIN(TestMarketoPageTokens)
#include "testmarketopagetokens.moc"

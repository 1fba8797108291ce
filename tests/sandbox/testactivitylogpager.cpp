// The one pager of Marketo's activity log: a call scans one block after the token, answers at most
// batchSize of what matched there in id order, and says moreResult until the end of the log, so pages
// are short or empty while moreResult is true; when the batch fills inside a block the next token goes
// on after the last id answered (nothing lost, nothing repeated).
#include "sandbox/marketo/activitylogpager.h"
#include "sandbox/marketo/marketoparameters.h"
#include "sandbox/marketo/pagetoken.h"

#include <QJsonDocument>
#include <QtTest>

using namespace sia::sandbox;
using namespace sia::sandbox::marketo;

class TestActivityLogPager : public QObject
{
    Q_OBJECT

private slots:
    void answersWhatMatchedInTheBlockInIdOrder();
    void anEmptyBlockAnswersNoResultWithMoreResult();
    void aFullBatchGoesOnAfterTheLastIdAnswered();
    void theEndOfTheLogSaysNoMoreResult();
    void readsTheTokenAndTheBatchSize_data();
    void readsTheTokenAndTheBatchSize();

private:
    static QJsonObject pageOf(ActivityLogPager& pager)
    {
        return QJsonDocument::fromJson(pager.page(QStringLiteral("r#1")).body()).object();
    }
    static qint64 positionOf(const QJsonObject& page)
    {
        return PageToken::decode(page.value(QStringLiteral("nextPageToken")).toString())->position;
    }
    static QJsonObject item(qint64 id) { return QJsonObject { { QStringLiteral("id"), id } }; }
};

void TestActivityLogPager::answersWhatMatchedInTheBlockInIdOrder()
{
    ActivityLogPager pager(1000, 300, 5000);
    QVERIFY(!pager.scans(1000));
    QVERIFY(pager.scans(1001));
    QVERIFY(pager.scans(1000 + ActivityLogPager::scanBlock));
    QVERIFY(!pager.scans(1001 + ActivityLogPager::scanBlock));
    for (const qint64 id : { 1300, 1005, 1200 }) {
        pager.add(id, item(id));
    }
    const QJsonObject page = pageOf(pager);
    const QJsonArray result = page.value(QStringLiteral("result")).toArray();
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(0).toObject().value(QStringLiteral("id")).toInteger(), 1005);
    QCOMPARE(result.at(2).toObject().value(QStringLiteral("id")).toInteger(), 1300);
    QCOMPARE(positionOf(page), 1000 + ActivityLogPager::scanBlock); // short page: the block is read
    QCOMPARE(page.value(QStringLiteral("moreResult")).toBool(), true);
}

void TestActivityLogPager::anEmptyBlockAnswersNoResultWithMoreResult()
{
    ActivityLogPager pager(0, 300, 2000);
    const QJsonObject page = pageOf(pager);
    QVERIFY(!page.contains(QStringLiteral("result"))); // Marketo leaves an empty result out
    QCOMPARE(page.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(page.value(QStringLiteral("moreResult")).toBool(), true);
    QCOMPARE(positionOf(page), ActivityLogPager::scanBlock);
}

void TestActivityLogPager::aFullBatchGoesOnAfterTheLastIdAnswered()
{
    ActivityLogPager pager(0, 2, 10000);
    for (const qint64 id : { 30, 10, 20 }) {
        pager.add(id, item(id));
    }
    const QJsonObject page = pageOf(pager);
    QCOMPARE(page.value(QStringLiteral("result")).toArray().size(), 2);
    QCOMPARE(positionOf(page), 20);
    QCOMPARE(page.value(QStringLiteral("moreResult")).toBool(), true);
}

void TestActivityLogPager::theEndOfTheLogSaysNoMoreResult()
{
    ActivityLogPager pager(900, 300, 1000);
    QCOMPARE(pager.lastScanned(), 1000);
    pager.add(950, item(950));
    const QJsonObject page = pageOf(pager);
    QCOMPARE(positionOf(page), 1000);
    QCOMPARE(page.value(QStringLiteral("moreResult")).toBool(), false);
    ActivityLogPager atTheEnd(1000, 300, 1000);
    QCOMPARE(pageOf(atTheEnd).value(QStringLiteral("moreResult")).toBool(), false);
}

void TestActivityLogPager::readsTheTokenAndTheBatchSize_data()
{
    QTest::addColumn<QString>("token"); // empty: none sent
    QTest::addColumn<QString>("batchSize"); // empty: none sent
    QTest::addColumn<QString>("cursorRefusal");
    QTest::addColumn<QString>("batchRefusal");
    QTest::addColumn<int>("batch");
    const QString token = PageToken { 'A', 0, 42 }.encode();
    QTest::newRow("token, no batch size") << token << QString() << QString() << QString() << 300;
    QTest::newRow("batch size 10") << token << QStringLiteral("10") << QString() << QString() << 10;
    QTest::newRow("no token") << QString() << QStringLiteral("10")
                              << QStringLiteral("nextPageToken cannot be blank") << QString() << 10;
    QTest::newRow("a leads token") << PageToken { 'L', 0, 42 }.encode() << QString()
                                   << QStringLiteral("Invalid nextPageToken") << QString() << 300;
    QTest::newRow("batch size 301") << token << QStringLiteral("301") << QString()
                                    << QStringLiteral("Invalid batchSize") << 0;
    QTest::newRow("batch size 0") << token << QStringLiteral("0") << QString()
                                  << QStringLiteral("Invalid batchSize") << 0;
    QTest::newRow("batch size not a number")
        << token << QStringLiteral("ten") << QString() << QStringLiteral("Invalid batchSize") << 0;
}

void TestActivityLogPager::readsTheTokenAndTheBatchSize()
{
    QFETCH(QString, token);
    QFETCH(QString, batchSize);
    QFETCH(QString, cursorRefusal);
    QFETCH(QString, batchRefusal);
    QFETCH(int, batch);
    SandboxRequest request;
    request.method = "GET";
    if (!token.isEmpty()) {
        request.query.addQueryItem(
            QStringLiteral("nextPageToken"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    }
    if (!batchSize.isEmpty()) {
        request.query.addQueryItem(QStringLiteral("batchSize"), batchSize);
    }
    const MarketoParameters params(request);
    const std::variant<qint64, QString> cursor = ActivityLogPager::cursorOf(params);
    if (cursorRefusal.isEmpty()) {
        QCOMPARE(std::get<qint64>(cursor), 42);
    } else {
        QCOMPARE(std::get<QString>(cursor), cursorRefusal);
    }
    const std::variant<int, QString> size = ActivityLogPager::batchSizeOf(params, 300);
    if (batchRefusal.isEmpty()) {
        QCOMPARE(std::get<int>(size), batch);
    } else {
        QCOMPARE(std::get<QString>(size), batchRefusal);
    }
}

QTEST_GUILESS_MAIN(TestActivityLogPager)
#include "testactivitylogpager.moc"

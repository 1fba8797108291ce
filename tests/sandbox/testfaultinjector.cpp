// FaultInjector: the SPEC grammar, which calls a rule hits, and seeded randomness.
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxlimits.h"

#include <QtTest>

using namespace sia::sandbox;

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryFaultKind_data();
    void parsesEveryFaultKind();
    void refusesMalformedRules_data();
    void refusesMalformedRules();
    void firesOnTheNthCallOnly();
    void firesOnARangeAndFromACallOn();
    void matchesEndpointPatterns();
    void randomFaultsRepeatWithTheSeed();
    void parsesRateLimitSpec();
    void refusesUnknownLimit();
};

void TestFaultInjector::parsesEveryFaultKind_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("http500") << QStringLiteral("marketo.leads=http500") << int(Fault::Kind::HttpStatus)
                             << QStringLiteral("500") << 0;
    QTest::newRow("http503") << QStringLiteral("*=http503") << int(Fault::Kind::HttpStatus)
                             << QStringLiteral("503") << 0;
    QTest::newRow("marketo 606") << QStringLiteral("marketo.*=606") << int(Fault::Kind::VendorError)
                                 << QStringLiteral("606") << 0;
    QTest::newRow("salesforce") << QStringLiteral("salesforce.query=REQUEST_LIMIT_EXCEEDED")
                                << int(Fault::Kind::VendorError) << QStringLiteral("REQUEST_LIMIT_EXCEEDED")
                                << 0;
    QTest::newRow("slow default") << QStringLiteral("marketo.leads=slow") << int(Fault::Kind::Slow)
                                  << QStringLiteral("slow") << 3000;
    QTest::newRow("slow given") << QStringLiteral("marketo.leads=slow:250") << int(Fault::Kind::Slow)
                                << QStringLiteral("slow:250") << 250;
    QTest::newRow("reset") << QStringLiteral("marketo.bulkFile=reset") << int(Fault::Kind::ResetMidBody)
                           << QStringLiteral("reset") << 0;
    QTest::newRow("malformed") << QStringLiteral("marketo.leads=malformed") << int(Fault::Kind::MalformedBody)
                               << QStringLiteral("malformed") << 0;
    QTest::newRow("truncate") << QStringLiteral("marketo.bulkFile=truncate")
                              << int(Fault::Kind::TruncatedBody) << QStringLiteral("truncate") << 0;
}

void TestFaultInjector::parsesEveryFaultKind()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(int, delayMs);
    const sia::Result<QList<FaultRule>> rules = FaultInjector::parse(spec);
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
    QCOMPARE(rules->size(), 1);
    QCOMPARE(int(rules->first().fault.kind), kind);
    QCOMPARE(rules->first().fault.code, code);
    QCOMPARE(rules->first().fault.delayMs, delayMs);
}

void TestFaultInjector::refusesMalformedRules_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("no equals") << QStringLiteral("marketo.leads");
    QTest::newRow("unknown fault") << QStringLiteral("marketo.leads=explode");
    QTest::newRow("call zero") << QStringLiteral("marketo.leads=606@0");
    QTest::newRow("range backwards") << QStringLiteral("marketo.leads=606@5-2");
    QTest::newRow("probability too big") << QStringLiteral("marketo.leads=606@~1.5");
    QTest::newRow("bad when") << QStringLiteral("marketo.leads=606@soon");
}

void TestFaultInjector::refusesMalformedRules()
{
    QFETCH(QString, spec);
    FaultInjector faults;
    QVERIFY(!faults.configure(spec).ok());
}

void TestFaultInjector::firesOnTheNthCallOnly()
{
    FaultInjector faults;
    QVERIFY(faults.configure(QStringLiteral("marketo.leads=606@3")).ok());
    QList<int> fired;
    for (int call = 1; call <= 5; ++call) {
        if (!faults.faultsFor(QStringLiteral("marketo.leads")).isEmpty()) {
            fired.append(call);
        }
    }
    QCOMPARE(fired, QList<int> { 3 });
    QCOMPARE(faults.firedCount(), 1);
}

void TestFaultInjector::firesOnARangeAndFromACallOn()
{
    FaultInjector faults;
    QVERIFY(faults.configure(QStringLiteral("a=http500@2-3,b=http503@4+")).ok());
    QList<int> a;
    QList<int> b;
    for (int call = 1; call <= 6; ++call) {
        if (!faults.faultsFor(QStringLiteral("a")).isEmpty()) {
            a.append(call);
        }
        if (!faults.faultsFor(QStringLiteral("b")).isEmpty()) {
            b.append(call);
        }
    }
    QCOMPARE(a, (QList<int> { 2, 3 }));
    QCOMPARE(b, (QList<int> { 4, 5, 6 }));
}

void TestFaultInjector::matchesEndpointPatterns()
{
    FaultInjector faults;
    QVERIFY(faults.configure(QStringLiteral("marketo.*=608")).ok());
    QCOMPARE(faults.faultsFor(QStringLiteral("marketo.leads")).size(), 1);
    QCOMPARE(faults.faultsFor(QStringLiteral("marketo.bulkFile")).size(), 1);
    QCOMPARE(faults.faultsFor(QStringLiteral("salesforce.query")).size(), 0);
}

void TestFaultInjector::randomFaultsRepeatWithTheSeed()
{
    auto pattern = [](quint64 seed) {
        FaultInjector faults;
        faults.setSeed(seed);
        if (!faults.configure(QStringLiteral("*=http503@~0.3")).ok()) {
            return QString();
        }
        QString hits;
        for (int call = 0; call < 200; ++call) {
            hits += faults.faultsFor(QStringLiteral("marketo.leads")).isEmpty() ? u'.' : u'x';
        }
        return hits;
    };
    QCOMPARE(pattern(42), pattern(42));
    QVERIFY(pattern(42) != pattern(43));
    const qsizetype hits = pattern(42).count(u'x');
    QVERIFY2(hits > 30 && hits < 90, qPrintable(QString::number(hits))); // about 60 of 200
}

void TestFaultInjector::parsesRateLimitSpec()
{
    const sia::Result<SandboxLimits> limits = SandboxLimits::parse(
        QStringLiteral("calls=5/2s,concurrent=3,daily=40,batch=50,exportMB=1,sfDaily=77"));
    QVERIFY(limits.ok());
    QCOMPARE(limits->marketoCallsPerWindow, 5);
    QCOMPARE(limits->marketoWindowSeconds, 2);
    QCOMPARE(limits->marketoConcurrent, 3);
    QCOMPARE(limits->marketoDailyCalls, 40);
    QCOMPARE(limits->marketoBatchSize, 50);
    QCOMPARE(limits->marketoExportDailyBytes, 1024 * 1024);
    QCOMPARE(limits->salesforceDailyRequests, 77);
}

void TestFaultInjector::refusesUnknownLimit()
{
    QVERIFY(!SandboxLimits::parse(QStringLiteral("speed=9")).ok());
    QVERIFY(!SandboxLimits::parse(QStringLiteral("calls=100")).ok());
    QVERIFY(!SandboxLimits::parse(QStringLiteral("batch=0")).ok());
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "testfaultinjector.moc"

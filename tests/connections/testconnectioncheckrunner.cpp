// The named checks' runner, over checks that answer when the test says so: checks whose needs passed run
// together, a failed or skipped need skips what depends on it (and what depends on that), the report keeps
// the declared order with each check's time, fix and code, a check that answers twice counts once, and a
// runner destroyed mid-press stays silent.
#include "connections/connectioncheckrunner.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sia;

namespace {

// A check whose answer the test gives by hand.
class ManualCheck final : public ConnectionCheck
{
public:
    ManualCheck(QString key, QStringList needs, QStringList* started)
        : m_key(std::move(key))
        , m_needs(std::move(needs))
        , m_started(started)
    { }
    QString key() const override { return m_key; }
    QString name() const override { return m_key.toUpper(); }
    QStringList needs() const override { return m_needs; }
    void run(Done done) override
    {
        m_done = std::move(done);
        m_started->append(m_key);
        if (escaped) {
            *escaped = m_done; // a callback that outlives the check, as a late network answer would
        }
    }
    ConnectionCheck::Done* escaped = nullptr;
    void answer(CheckFinding finding) { m_done(std::move(finding)); }

private:
    QString m_key;
    QStringList m_needs;
    QStringList* m_started;
    Done m_done;
};

} // namespace

class TestConnectionCheckRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void independentChecksRunTogether();
    void failedNeedSkipsItsDependentsTransitively();
    void reportKeepsTheDeclaredOrderWithFixAndCode();
    void secondAnswerOfACheckIsIgnored();
    void destroyedRunnerStaysSilent();

private:
    std::unique_ptr<ConnectionCheckRunner> makeRunner();
    ManualCheck* check(const QString& key) const { return m_checks.value(key); }

    QStringList m_started;
    QHash<QString, ManualCheck*> m_checks;
};

void TestConnectionCheckRunner::init()
{
    m_started.clear();
    m_checks.clear();
}

std::unique_ptr<ConnectionCheckRunner> TestConnectionCheckRunner::makeRunner()
{
    // reachable → credentials → {api, quota}; proxy independent of all.
    const QString keys[] = { QStringLiteral("proxy"), QStringLiteral("reachable"),
        QStringLiteral("credentials"), QStringLiteral("api"), QStringLiteral("quota") };
    const QStringList needs[] = { {}, {}, { keys[1] }, { keys[2] }, { keys[2] } };
    QList<QPair<QString, QStringList>> shape;
    for (int index = 0; index < 5; ++index) {
        shape.append({ keys[index], needs[index] });
    }
    ConnectionCheckList checks;
    for (const auto& [key, needs] : shape) {
        auto manual = std::make_unique<ManualCheck>(key, needs, &m_started);
        m_checks.insert(key, manual.get());
        checks.push_back(std::move(manual));
    }
    return std::make_unique<ConnectionCheckRunner>(std::move(checks), QStringLiteral("alice"));
}

void TestConnectionCheckRunner::independentChecksRunTogether()
{
    auto runner = makeRunner();
    runner->start();
    QCOMPARE(m_started, QStringList({ QStringLiteral("proxy"), QStringLiteral("reachable") }));
    check(QStringLiteral("reachable"))->answer(CheckFinding::passed(QStringLiteral("up")));
    QCOMPARE(m_started.last(), QStringLiteral("credentials"));
    check(QStringLiteral("credentials"))->answer(CheckFinding::passed(QStringLiteral("token")));
    // Both dependents start at once, while proxy is still running.
    QCOMPARE(m_started.mid(3), QStringList({ QStringLiteral("api"), QStringLiteral("quota") }));
    QVERIFY(runner->isRunning());
}

void TestConnectionCheckRunner::failedNeedSkipsItsDependentsTransitively()
{
    auto runner = makeRunner();
    QSignalSpy finished(runner.get(), &ConnectionCheckRunner::finished);
    runner->start();
    check(QStringLiteral("proxy"))->answer(CheckFinding::passed(QStringLiteral("direct")));
    check(QStringLiteral("reachable"))
        ->answer(CheckFinding::failed(
            QStringLiteral("net.refused"), QStringLiteral("refused"), QStringLiteral("fix it")));
    QCOMPARE(finished.size(), 1);
    const ConnectionTestReport report = finished.first().first().value<ConnectionTestReport>();
    QCOMPARE(report.checks.at(2).outcome, CheckOutcome::Skipped);
    QCOMPARE(report.checks.at(3).outcome, CheckOutcome::Skipped);
    QCOMPARE(report.checks.at(4).outcome, CheckOutcome::Skipped);
    QVERIFY(report.checks.at(2).message.contains(QStringLiteral("REACHABLE")));
    QVERIFY(report.checks.at(3).message.contains(QStringLiteral("CREDENTIALS")));
    QCOMPARE(m_started.size(), 2); // nothing that needed reachable ran
    QCOMPARE(report.failedKeys(), QStringList { QStringLiteral("reachable") });
}

void TestConnectionCheckRunner::reportKeepsTheDeclaredOrderWithFixAndCode()
{
    auto runner = makeRunner();
    QSignalSpy finished(runner.get(), &ConnectionCheckRunner::finished);
    runner->start();
    check(QStringLiteral("reachable"))->answer(CheckFinding::passed(QStringLiteral("up")));
    check(QStringLiteral("credentials"))->answer(CheckFinding::passed(QStringLiteral("token")));
    check(QStringLiteral("quota"))
        ->answer(
            CheckFinding::failed(QStringLiteral("q.607"), QStringLiteral("used up"), QStringLiteral("wait")));
    check(QStringLiteral("api"))->answer(CheckFinding::passed(QStringLiteral("reads")));
    QCOMPARE(finished.size(), 0); // proxy still runs
    check(QStringLiteral("proxy"))
        ->answer(CheckFinding::passed(QStringLiteral("direct"), QStringLiteral("http://p:3128")));
    QCOMPARE(finished.size(), 1);
    const ConnectionTestReport& report = runner->report();
    QStringList keys;
    for (const NamedCheck& named : report.checks) {
        keys << named.key;
        QVERIFY(named.elapsedMs >= 0);
    }
    QCOMPARE(keys.join(u','), QStringLiteral("proxy,reachable,credentials,api,quota"));
    QCOMPARE(report.checks.at(0).proxy, QStringLiteral("http://p:3128"));
    QCOMPARE(report.checks.at(4).code, QStringLiteral("q.607"));
    QCOMPARE(report.checks.at(4).fix, QStringLiteral("wait"));
    QCOMPARE(report.ranBy, QStringLiteral("alice"));
    QVERIFY(report.ranAt.isValid());
    QVERIFY(!report.passed());
}

void TestConnectionCheckRunner::secondAnswerOfACheckIsIgnored()
{
    auto runner = makeRunner();
    QSignalSpy each(runner.get(), &ConnectionCheckRunner::checkFinished);
    runner->start();
    check(QStringLiteral("proxy"))->answer(CheckFinding::passed(QStringLiteral("direct")));
    check(QStringLiteral("proxy"))
        ->answer(CheckFinding::failed(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")));
    QCOMPARE(each.size(), 1);
}

void TestConnectionCheckRunner::destroyedRunnerStaysSilent()
{
    ConnectionCheck::Done late;
    auto runner = makeRunner();
    check(QStringLiteral("proxy"))->escaped = &late;
    QSignalSpy each(runner.get(), &ConnectionCheckRunner::checkFinished);
    runner->start();
    QVERIFY(late);
    runner.reset(); // the press is abandoned: its checks go with it
    late(CheckFinding::passed(QStringLiteral("too late"))); // must reach nothing
    QCOMPARE(each.size(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionCheckRunner)
#include "testconnectioncheckrunner.moc"

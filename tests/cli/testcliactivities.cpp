// sia-admin activities on the sandbox of each run, with the real keychain (tests/with-keyring.sh): a sales
// email and an open are recorded for a person the people sync brought, listed as waiting, logged to Marketo
// by `activities log` (Salesforce not connected: the run says so and the email's task waits); with
// Marketo's unsubscribe checked, an email to an unsubscribed person is refused (Marketo asked then and
// there) while a call is not; a type or a person that does not exist is a usage error.
#include "clisyncrunsupport.h"
#include "store/store.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace sia;

class TestCliActivities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordListAndLogToMarketo();
    void anUnsubscribedPersonMayNotBeEmailedWhenChecked();
    void badInputIsAUsageError();
    void anUnsubscribeOptsOutAndIsListed();

private:
    qint64 marketoIdWhere(const QString& condition);
    CliSyncRunFixture m_sandbox { 60 };
};

void TestCliActivities::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    const SiaRun connected = m_sandbox.run({ QStringLiteral("connect"), QStringLiteral("marketo") });
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
    const SiaRun synced = m_sandbox.run({ QStringLiteral("sync"), QStringLiteral("start") });
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
}

qint64 TestCliActivities::marketoIdWhere(const QString& condition)
{
    const SiaRun where = m_sandbox.run({ QStringLiteral("status"), QStringLiteral("--json") });
    const QString path = where.json().object().value(QStringLiteral("database")).toString();
    StoreOptions options;
    options.databasePath = path;
    Result<std::unique_ptr<Store>> store = Store::open(options);
    if (!store) {
        qWarning() << test::failureText(store) << where.out << where.err;
        return 0;
    }
    Result<QSqlQuery> found = (*store)->exec(
        QStringLiteral("SELECT marketo_id FROM people WHERE %1 ORDER BY marketo_id LIMIT 1").arg(condition));
    return found && found->next() ? found->value(0).toLongLong() : 0;
}

void TestCliActivities::recordListAndLogToMarketo()
{
    const qint64 person = marketoIdWhere(QStringLiteral("unsubscribed = false"));
    QVERIFY(person != 0);
    const QString id = QString::number(person);
    const SiaRun email = m_sandbox.run(
        { QStringLiteral("activities"), QStringLiteral("record"), QStringLiteral("send-sales-email"),
            QStringLiteral("--marketo-id"), id, QStringLiteral("--subject"), QStringLiteral("Pricing") });
    QVERIFY2(email.exitCode == 0, qPrintable(email.err));
    QVERIFY(email.out.contains(QLatin1String("activities log")));
    const SiaRun open = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("record"),
        QStringLiteral("open-sales-email"), QStringLiteral("--marketo-id"), id });
    QVERIFY2(open.exitCode == 0, qPrintable(open.err));

    const SiaRun waiting = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("list"),
        QStringLiteral("--waiting"), QStringLiteral("--json") });
    QVERIFY2(waiting.exitCode == 0, qPrintable(waiting.err));
    QCOMPARE(waiting.json().object().value(QStringLiteral("activities")).toArray().size(), 2);

    const SiaRun logged = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("log") });
    QVERIFY2(logged.exitCode == 0, qPrintable(logged.err));
    QVERIFY2(logged.out.contains(QLatin1String("Activity logging run")), qPrintable(logged.out));
    QVERIFY2(logged.out.contains(QLatin1String("Salesforce is not connected")), qPrintable(logged.out));

    const SiaRun after
        = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray all = after.json().object().value(QStringLiteral("activities")).toArray();
    QCOMPARE(all.size(), 2);
    for (const QJsonValue& activity : all) {
        QVERIFY2(!activity[QStringLiteral("marketoLoggedAt")].isNull(), qPrintable(after.out));
    }
    const SiaRun stillWaiting = m_sandbox.run(
        { QStringLiteral("activities"), QStringLiteral("list"), QStringLiteral("--waiting") });
    QVERIFY2(stillWaiting.out.contains(QLatin1String("Pricing")), qPrintable(stillWaiting.out)); // its task
    QVERIFY(!stillWaiting.out.contains(QLatin1String("open-sales-email")));
}

void TestCliActivities::anUnsubscribedPersonMayNotBeEmailedWhenChecked()
{
    const qint64 person = marketoIdWhere(QStringLiteral("unsubscribed = true"));
    if (person == 0) {
        QFAIL("none of the sandbox's first 60 people is unsubscribed: the dataset changed; choose a larger "
              "people count");
    }
    QCOMPARE(m_sandbox
                 .run({ QStringLiteral("settings"), QStringLiteral("set"),
                     QStringLiteral("email.check-marketo-unsubscribe"), QStringLiteral("on") })
                 .exitCode,
        0);
    const QString id = QString::number(person);
    const SiaRun email = m_sandbox.run(
        { QStringLiteral("activities"), QStringLiteral("record"), QStringLiteral("send-sales-email"),
            QStringLiteral("--marketo-id"), id, QStringLiteral("--subject"), QStringLiteral("Hi") });
    QCOMPARE(email.exitCode, 1);
    QVERIFY2(email.err.contains(QLatin1String("unsubscribed in Marketo")), qPrintable(email.err));
    const SiaRun call = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("record"),
        QStringLiteral("sales-call"), QStringLiteral("--marketo-id"), id });
    QVERIFY2(call.exitCode == 0, qPrintable(call.err));
    QCOMPARE(m_sandbox
                 .run({ QStringLiteral("settings"), QStringLiteral("set"),
                     QStringLiteral("email.check-marketo-unsubscribe"), QStringLiteral("off") })
                 .exitCode,
        0);
}

void TestCliActivities::badInputIsAUsageError()
{
    const SiaRun type = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("record"),
        QStringLiteral("fax"), QStringLiteral("--person"), QStringLiteral("x@example.com") });
    QCOMPARE(type.exitCode, 2);
    QVERIFY(type.err.contains(QLatin1String("send-sales-email")));
    const SiaRun nobody = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("record"),
        QStringLiteral("sales-call"), QStringLiteral("--person"), QStringLiteral("nobody@nowhere.example") });
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains(QLatin1String("nobody@nowhere.example")), qPrintable(nobody.err));
    const SiaRun both = m_sandbox.run(
        { QStringLiteral("activities"), QStringLiteral("record"), QStringLiteral("sales-call") });
    QCOMPARE(both.exitCode, 2);
}

void TestCliActivities::anUnsubscribeOptsOutAndIsListed()
{
    const qint64 person = marketoIdWhere(QStringLiteral("unsubscribed = false AND NOT email_opt_out"));
    QVERIFY(person != 0);
    const QString id = QString::number(person);
    const SiaRun none = m_sandbox.run(
        { QStringLiteral("activities"), QStringLiteral("opt-outs"), QStringLiteral("--json") });
    QVERIFY2(none.exitCode == 0, qPrintable(none.err));
    QCOMPARE(none.json().object().value(QStringLiteral("optOuts")).toArray().size(), 0);

    const SiaRun unsubscribed = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("record"),
        QStringLiteral("unsubscribe"), QStringLiteral("--marketo-id"), id });
    QVERIFY2(unsubscribed.exitCode == 0, qPrintable(unsubscribed.err));
    QVERIFY2(unsubscribed.out.contains(QLatin1String("opted out of email in Actions")),
        qPrintable(unsubscribed.out));
    QVERIFY2(unsubscribed.out.contains(QLatin1String("email.sync-unsubscribes is off")),
        qPrintable(unsubscribed.out));

    const SiaRun listed = m_sandbox.run(
        { QStringLiteral("activities"), QStringLiteral("opt-outs"), QStringLiteral("--json") });
    const QJsonArray optOuts = listed.json().object().value(QStringLiteral("optOuts")).toArray();
    QCOMPARE(optOuts.size(), 1);
    QCOMPARE(optOuts.first()[QStringLiteral("source")].toString(), QStringLiteral("actions"));
    QVERIFY(optOuts.first()[QStringLiteral("waitingForSalesforce")].toBool());
    QVERIFY(optOuts.first()[QStringLiteral("optedOut")].toBool());
    const QString email = optOuts.first()[QStringLiteral("email")].toString();
    QVERIFY(!email.isEmpty());
    const SiaRun waiting = m_sandbox.run(
        { QStringLiteral("activities"), QStringLiteral("opt-outs"), QStringLiteral("--waiting") });
    QVERIFY2(waiting.out.contains(email) && waiting.out.contains(QLatin1String("Actions")),
        qPrintable(waiting.out));

    // Whatever the unsubscribe check says (off here), the person is not emailed.
    const SiaRun refused = m_sandbox.run({ QStringLiteral("activities"), QStringLiteral("record"),
        QStringLiteral("send-sales-email"), QStringLiteral("--marketo-id"), id, QStringLiteral("--subject"),
        QStringLiteral("Still there?") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("unsubscribed in Actions")), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCliActivities)
#include "testcliactivities.moc"

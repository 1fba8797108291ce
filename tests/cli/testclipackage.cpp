// sia-admin package and checklist (steps 6 and 7), run as an admin would. Without a Salesforce connection
// the API cannot tell, so the package and each checklist item are confirmed by hand (who and when, shown
// and audited) and withdrawn again; an unknown item and a malformed command line are usage errors.
#include "sialauncher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliPackage : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void notConnectedThePackageAsksForAConfirmationByHand();
    void packageConfirmedByHandKeepsWhoAndWhen();
    void packageConfirmationIsWithdrawn();
    void checklistItemsAreConfirmedOneByOne();
    void malformedCommandLines_data();
    void malformedCommandLines();

private:
    SiaRun sia(const QStringList& arguments) const { return m_sia->run(arguments); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiaLauncher> m_sia;
};

void TestCliPackage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sia = std::make_unique<SiaLauncher>(m_dir->path());
    m_sia->setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("sam@acme.example"));
}

void TestCliPackage::notConnectedThePackageAsksForAConfirmationByHand()
{
    const SiaRun text = sia({ QStringLiteral("package") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QStringLiteral("cannot tell")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("sia-admin package confirm")));
    const SiaRun json = sia({ QStringLiteral("package"), QStringLiteral("--json") });
    const QJsonObject report = json.json().object();
    QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("confirm-by-hand"));
    QCOMPARE(report.value(QStringLiteral("satisfied")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("namespace")).toString(), QStringLiteral("mkto_si"));
    QCOMPARE(report.value(QStringLiteral("supportedVersion")).toString(), QStringLiteral("1.44"));
    QCOMPARE(report.value(QStringLiteral("apiProblem")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("salesforce.not-connected"));
}

void TestCliPackage::packageConfirmedByHandKeepsWhoAndWhen()
{
    const SiaRun confirmed = sia({ QStringLiteral("package"), QStringLiteral("confirm"),
        QStringLiteral("--note"), QStringLiteral("1.44 in Setup"), QStringLiteral("--json") });
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    const QJsonObject report = confirmed.json().object();
    QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("confirmed-by-hand"));
    QVERIFY(report.value(QStringLiteral("satisfied")).toBool());
    const QJsonObject by = report.value(QStringLiteral("confirmation")).toObject();
    QCOMPARE(by.value(QStringLiteral("by")).toString(), QStringLiteral("sam@acme.example"));
    QCOMPARE(by.value(QStringLiteral("note")).toString(), QStringLiteral("1.44 in Setup"));
    QVERIFY(!by.value(QStringLiteral("at")).toString().isEmpty());

    const SiaRun shown = sia({ QStringLiteral("package") });
    QVERIFY2(
        shown.out.contains(QStringLiteral("Confirmed by hand by sam@acme.example")), qPrintable(shown.out));
    const SiaRun audit = sia({ QStringLiteral("audit") });
    QVERIFY2(audit.out.contains(QStringLiteral("Confirmed by hand")), qPrintable(audit.out));
}

void TestCliPackage::packageConfirmationIsWithdrawn()
{
    QCOMPARE(sia({ QStringLiteral("package"), QStringLiteral("confirm") }).exitCode, 0);
    const SiaRun withdrawn
        = sia({ QStringLiteral("package"), QStringLiteral("withdraw"), QStringLiteral("--json") });
    QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
    QCOMPARE(withdrawn.json().object().value(QStringLiteral("verdict")).toString(),
        QStringLiteral("confirm-by-hand"));
    // Nothing left to withdraw: said so, and not a success.
    const SiaRun again = sia({ QStringLiteral("package"), QStringLiteral("withdraw") });
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(QStringLiteral("nothing to withdraw")), qPrintable(again.err));
}

void TestCliPackage::checklistItemsAreConfirmedOneByOne()
{
    SiaRun run = sia({ QStringLiteral("checklist"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray items = run.json().object().value(QStringLiteral("items")).toArray();
    QStringList keys;
    for (const QJsonValue& item : items) {
        keys << item.toObject().value(QStringLiteral("key")).toString();
        QCOMPARE(
            item.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("needs-confirmation"));
    }
    QCOMPARE(keys,
        (QStringList { QStringLiteral("package"), QStringLiteral("api-enabled"),
            QStringLiteral("task-access"), QStringLiteral("email-to-salesforce") }));
    QVERIFY(!run.json().object().value(QStringLiteral("complete")).toBool(true));
    for (const QString& key : keys) {
        run = sia({ QStringLiteral("checklist"), QStringLiteral("confirm"), key });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    QVERIFY2(run.out.contains(QStringLiteral("The checklist is complete.")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("by sam@acme.example")));
    run = sia({ QStringLiteral("checklist"), QStringLiteral("withdraw"),
        QStringLiteral("email-to-salesforce"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.json().object().value(QStringLiteral("complete")).toBool(true));
}

void TestCliPackage::malformedCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown item") << QStringList { QStringLiteral("checklist"), QStringLiteral("confirm"),
        QStringLiteral("layouts") }
                                  << QStringLiteral("email-to-salesforce");
    QTest::newRow("confirm without item") << QStringList { QStringLiteral("checklist"),
        QStringLiteral("confirm") } << QStringLiteral("checklist [confirm ITEM");
    QTest::newRow("package with an item")
        << QStringList { QStringLiteral("package"), QStringLiteral("confirm"), QStringLiteral("x") }
        << QStringLiteral("package [confirm | withdraw]");
    QTest::newRow("unknown verb") << QStringList { QStringLiteral("package"), QStringLiteral("install") }
                                  << QStringLiteral("package [confirm | withdraw]");
}

void TestCliPackage::malformedCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const SiaRun run = sia(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliPackage)
#include "testclipackage.moc"

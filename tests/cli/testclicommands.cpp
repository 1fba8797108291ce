// The commands that change and show the setup plan, run as an admin would run them.
#include "sialauncher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void statusListsThePersonaTableOfAFreshInstance();
    void statusTextShowsEveryStepAndThePrerequisites();
    void stepOneWaitsForTheActionsPrerequisite();
    void walkingTheFirstStepRecordsWhoAndWhen();
    void lockedStepIsRefusedWithItsReason();
    void blockAndSkipNeedAReason_data();
    void blockAndSkipNeedAReason();
    void skippingAStepOthersNeedIsRefused();
    void reopenOfADoneStepIsRecorded();
    void auditListsEveryChangeNewestFirst();
    void dataDirectoryComesFromTheEnvironment();

private:
    QJsonObject stepJson(int number);
    void confirmActionsAndFinishStepOne();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiaLauncher> m_sia;
};

void TestCliCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sia = std::make_unique<SiaLauncher>(m_dir->path());
}

QJsonObject TestCliCommands::stepJson(int number)
{
    const SiaRun status = m_sia->run({ QStringLiteral("status"), QStringLiteral("--json") });
    if (status.exitCode != 0) {
        qWarning() << status.err;
        return {};
    }
    return status.json().object().value(QStringLiteral("steps")).toArray().at(number - 1).toObject();
}

void TestCliCommands::confirmActionsAndFinishStepOne()
{
    QCOMPARE(m_sia
                 ->run({ QStringLiteral("prerequisite"), QStringLiteral("actions-enabled"),
                     QStringLiteral("confirm") })
                 .exitCode,
        0);
    QCOMPARE(m_sia->run({ QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("done") }).exitCode, 0);
}

void TestCliCommands::statusListsThePersonaTableOfAFreshInstance()
{
    const SiaRun status = m_sia->run({ QStringLiteral("status"), QStringLiteral("--json") });
    QCOMPARE(status.exitCode, 0);
    const QJsonObject document = status.json().object();
    const QJsonArray steps = document.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 7);
    const QStringList expectedPersonas { QStringLiteral("marketo-admin"),
        QStringLiteral("marketo-admin,salesforce-admin"), QStringLiteral("marketo-admin"),
        QStringLiteral("marketo-admin"), QStringLiteral("marketo-admin"), QStringLiteral("salesforce-admin"),
        QStringLiteral("salesforce-admin") };
    for (int i = 0; i < 7; ++i) {
        const QJsonObject step = steps.at(i).toObject();
        QCOMPARE(step.value(QStringLiteral("number")).toInt(), i + 1);
        QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("not-started"));
        QStringList personas;
        for (const QJsonValue& persona : step.value(QStringLiteral("personas")).toArray()) {
            personas << persona.toString();
        }
        QCOMPARE(personas.join(QLatin1Char(',')), expectedPersonas.at(i));
    }
    QCOMPARE(document.value(QStringLiteral("prerequisites")).toArray().size(), 2);
    QVERIFY(document.value(QStringLiteral("database")).toString().startsWith(m_dir->path()));
}

void TestCliCommands::statusTextShowsEveryStepAndThePrerequisites()
{
    const SiaRun status = m_sia->run({ QStringLiteral("status") });
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.contains(QStringLiteral("Set up the Actions account")));
    QVERIFY(status.out.contains(QStringLiteral("Configure Actions in Salesforce")));
    QVERIFY(status.out.contains(QStringLiteral("Marketo admin or Salesforce admin")));
    QVERIFY(status.out.contains(QStringLiteral("actions-enabled")));
    QVERIFY(status.out.contains(QStringLiteral("0 of 7 steps done.")));
}

void TestCliCommands::stepOneWaitsForTheActionsPrerequisite()
{
    const SiaRun refused
        = m_sia->run({ QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("start") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Actions is enabled")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("plan.locked")));
    QCOMPARE(stepJson(1).value(QStringLiteral("status")).toString(), QStringLiteral("not-started"));
}

void TestCliCommands::walkingTheFirstStepRecordsWhoAndWhen()
{
    QCOMPARE(m_sia
                 ->run({ QStringLiteral("prerequisite"), QStringLiteral("actions-enabled"),
                     QStringLiteral("confirm") })
                 .exitCode,
        0);
    const SiaRun started = m_sia->run({ QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("start"),
        QStringLiteral("--by"), QStringLiteral("jane@example.com") });
    QCOMPARE(started.exitCode, 0);
    QVERIFY(started.out.contains(QStringLiteral("in progress")));
    QCOMPARE(m_sia->run({ QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("done") }).exitCode, 0);

    const QJsonObject step = stepJson(1);
    QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(step.value(QStringLiteral("owner")).toString(), QStringLiteral("jane@example.com"));
    QCOMPARE(step.value(QStringLiteral("changedBy")).toString(), QStringLiteral("cli-test"));
    QVERIFY(QDateTime::fromString(step.value(QStringLiteral("changedAt")).toString(), Qt::ISODateWithMs)
                .isValid());
    // Step 1 done unlocks the steps that only needed it.
    QCOMPARE(stepJson(3).value(QStringLiteral("locked")).toBool(), false);
    QCOMPARE(stepJson(4).value(QStringLiteral("locked")).toBool(), true);
}

void TestCliCommands::lockedStepIsRefusedWithItsReason()
{
    confirmActionsAndFinishStepOne();
    const SiaRun refused
        = m_sia->run({ QStringLiteral("step"), QStringLiteral("4"), QStringLiteral("done") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Step 2")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("Step 3")));
    QCOMPARE(stepJson(4).value(QStringLiteral("status")).toString(), QStringLiteral("not-started"));
}

void TestCliCommands::blockAndSkipNeedAReason_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("block without --reason")
        << QStringList { QStringLiteral("step"), QStringLiteral("5"), QStringLiteral("block") };
    QTest::newRow("block with an empty reason") << QStringList { QStringLiteral("step"), QStringLiteral("5"),
        QStringLiteral("block"), QStringLiteral("--reason"), QString() };
    QTest::newRow("skip with a blank reason") << QStringList { QStringLiteral("step"), QStringLiteral("5"),
        QStringLiteral("skip"), QStringLiteral("--reason"), QStringLiteral("   ") };
}

void TestCliCommands::blockAndSkipNeedAReason()
{
    QFETCH(QStringList, arguments);
    const SiaRun refused = m_sia->run(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("with a reason")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("plan.reason-required")));
    QCOMPARE(stepJson(5).value(QStringLiteral("status")).toString(), QStringLiteral("not-started"));

    QCOMPARE(m_sia
                 ->run({ QStringLiteral("step"), QStringLiteral("5"), arguments.at(2),
                     QStringLiteral("--reason"), QStringLiteral("Waiting for the list of sellers") })
                 .exitCode,
        0);
    QCOMPARE(stepJson(5).value(QStringLiteral("reason")).toString(),
        QStringLiteral("Waiting for the list of sellers"));
}

void TestCliCommands::skippingAStepOthersNeedIsRefused()
{
    const SiaRun refused = m_sia->run({ QStringLiteral("step"), QStringLiteral("2"), QStringLiteral("skip"),
        QStringLiteral("--reason"), QStringLiteral("no Salesforce") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("4, 6, 7")), qPrintable(refused.err));
}

void TestCliCommands::reopenOfADoneStepIsRecorded()
{
    confirmActionsAndFinishStepOne();
    QCOMPARE(m_sia
                 ->run({ QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("reopen"),
                     QStringLiteral("--reason"), QStringLiteral("Invited the wrong admin") })
                 .exitCode,
        0);
    QCOMPARE(stepJson(1).value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
    const QJsonArray entries = m_sia->run({ QStringLiteral("audit"), QStringLiteral("--json") })
                                   .json()
                                   .object()
                                   .value(QStringLiteral("entries"))
                                   .toArray();
    const QJsonObject newest = entries.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("step.reopen"));
    QCOMPARE(newest.value(QStringLiteral("arguments")).toObject().value(QStringLiteral("from")).toString(),
        QStringLiteral("done"));
}

void TestCliCommands::auditListsEveryChangeNewestFirst()
{
    confirmActionsAndFinishStepOne();
    const SiaRun audit = m_sia->run({ QStringLiteral("audit"), QStringLiteral("--json") });
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray entries = audit.json().object().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(
        entries.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("step.done"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(),
        QStringLiteral("prerequisite.confirmed"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("cli-test"));

    const SiaRun limited
        = m_sia->run({ QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1") });
    QCOMPARE(limited.exitCode, 0);
    QVERIFY(limited.out.contains(QStringLiteral("Step done")));
    QVERIFY(!limited.out.contains(QStringLiteral("Prerequisite confirmed")));
}

void TestCliCommands::dataDirectoryComesFromTheEnvironment()
{
    SiaLauncher fromEnvironment;
    fromEnvironment.setEnvironment(QStringLiteral("SIA_DATA_DIR"), m_dir->path());
    QCOMPARE(fromEnvironment
                 .runRaw({ QStringLiteral("prerequisite"), QStringLiteral("actions-enabled"),
                     QStringLiteral("confirm") })
                 .exitCode,
        0);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("actions.sqlite"))));
    const QJsonObject document
        = m_sia->run({ QStringLiteral("status"), QStringLiteral("--json") }).json().object();
    QCOMPARE(document.value(QStringLiteral("prerequisites"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("confirmed"))
                 .toBool(),
        true);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "testclicommands.moc"

// sia-admin teams list|create|rename|delete: Everyone is there from the start and cannot be renamed or
// deleted; a team is created, renamed (its members follow) and deleted (its members stay users); a name
// taken twice is refused and changes nothing; bad command lines are usage errors (exit 2).
#include "cliuserssupport.h"

class TestCliTeams : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void everyoneExistsFromTheStart();
    void createRenameDelete();
    void everyoneCannotBeRenamedOrDeleted();
    void usageErrors();

private:
    QStringList teamNames();
    CliUsersFixture m_fixture;
};

void TestCliTeams::init()
{
    QVERIFY(m_fixture.setUp());
}

QStringList TestCliTeams::teamNames()
{
    QStringList names;
    const SiaRun run
        = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue& team : run.json().object()[QStringLiteral("teams")].toArray()) {
        names << team[QStringLiteral("name")].toString();
    }
    return names;
}

void TestCliTeams::everyoneExistsFromTheStart()
{
    const SiaRun list
        = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray teams = list.json().object()[QStringLiteral("teams")].toArray();
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Everyone"));
    QVERIFY(teams.at(0)[QStringLiteral("default")].toBool());
    QCOMPARE(teams.at(0)[QStringLiteral("members")].toInt(), 1); // ada
    const SiaRun text = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("list") });
    QVERIFY2(text.out.contains(QStringLiteral("Everyone (everyone is in it)")), qPrintable(text.out));
}

void TestCliTeams::createRenameDelete()
{
    SiaRun run
        = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("create"), QStringLiteral("Sales") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Created the team “Sales”")));
    QCOMPARE(teamNames(), (QStringList { QStringLiteral("Everyone"), QStringLiteral("Sales") }));

    const SiaRun twice
        = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("create"), QStringLiteral("Sales") });
    QVERIFY(twice.exitCode != 0);
    QVERIFY2(twice.err.contains(QStringLiteral("teams.exists")), qPrintable(twice.err));
    QCOMPARE(teamNames().size(), 2);

    // A member (through step 1's invite-admin, which sends nothing, so that no mail is involved here).
    QCOMPARE(
        m_fixture.run({ QStringLiteral("invite-admin"), QStringLiteral("sam@acme.example") }).exitCode, 0);
    QCOMPARE(m_fixture
                 .run({ QStringLiteral("users"), QStringLiteral("set-teams"),
                     QStringLiteral("sam@acme.example"), QStringLiteral("Sales") })
                 .exitCode,
        0);
    run = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("rename"), QStringLiteral("Sales"),
        QStringLiteral("Field sales"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().object()[QStringLiteral("team")][QStringLiteral("name")].toString(),
        QStringLiteral("Field sales"));
    QCOMPARE(teamNames(), (QStringList { QStringLiteral("Everyone"), QStringLiteral("Field sales") }));
    QVERIFY(m_fixture.user(QStringLiteral("sam@acme.example"))[QStringLiteral("teams")].toArray().contains(
        QStringLiteral("Field sales")));

    run = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("delete"), QStringLiteral("Field sales") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(teamNames(), QStringList { QStringLiteral("Everyone") });
    QCOMPARE(m_fixture.user(QStringLiteral("sam@acme.example"))[QStringLiteral("teams")].toArray(),
        QJsonArray { QStringLiteral("Everyone") });
    QVERIFY(
        m_fixture.run({ QStringLiteral("teams"), QStringLiteral("delete"), QStringLiteral("Field sales") })
            .exitCode
        != 0);
    const SiaRun audit = m_fixture.run({ QStringLiteral("audit"), QStringLiteral("--json") });
    QVERIFY(audit.out.contains(QStringLiteral("Field sales")));
}

void TestCliTeams::everyoneCannotBeRenamedOrDeleted()
{
    const SiaRun rename = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("rename"),
        QStringLiteral("Everyone"), QStringLiteral("All") });
    QVERIFY(rename.exitCode != 0);
    QVERIFY2(rename.err.contains(QStringLiteral("Everyone")), qPrintable(rename.err));
    const SiaRun remove
        = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("delete"), QStringLiteral("Everyone") });
    QVERIFY(remove.exitCode != 0);
    QVERIFY2(remove.err.contains(QStringLiteral("teams.everyone")), qPrintable(remove.err));
    QCOMPARE(teamNames(), QStringList { QStringLiteral("Everyone") });
}

void TestCliTeams::usageErrors()
{
    const QList<QStringList> bad { { QStringLiteral("teams") },
        { QStringLiteral("teams"), QStringLiteral("merge") },
        { QStringLiteral("teams"), QStringLiteral("create") },
        { QStringLiteral("teams"), QStringLiteral("rename"), QStringLiteral("Sales") },
        { QStringLiteral("teams"), QStringLiteral("delete") },
        { QStringLiteral("teams"), QStringLiteral("list"), QStringLiteral("extra") } };
    for (const QStringList& arguments : bad) {
        const SiaRun run = m_fixture.run(arguments);
        QVERIFY2(
            run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    QCOMPARE(teamNames(), QStringList { QStringLiteral("Everyone") });
}

QTEST_GUILESS_MAIN(TestCliTeams)
#include "testcliteams.moc"

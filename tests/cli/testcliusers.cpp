// sia-admin users invite|list|set-role|set-teams|revoke|resend|retry: an invitation says what was sent to
// whom and is delivered at once (here to the outbox: the .eml file exists and names the invitee); repeated
// --team options put the invitee in Everyone and each of them, and an unknown team refuses the invitation
// whole; an address already invited is sent nothing twice and exits 0; the list shows email, name, role,
// status, teams and the delivery, and filters; a delivery that fails (an outbox folder that cannot be made)
// ends with exit 3, shows under --failed and goes out with users retry once the folder is fixed; bad command
// lines are usage errors (exit 2) that change nothing.
#include "cliuserssupport.h"
#include "parsedmail.h"

class TestCliUsers : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void inviteSaysWhatWasSentToWhom();
    void inviteJsonGivesTheDelivery();
    void inviteWithRepeatedTeamsJoinsEachOfThem();
    void inviteToAnUnknownTeamIsRefusedAndInvitesNobody();
    void alreadyInvitedSendsNothingTwice();
    void listShowsTheTableAndFilters();
    void roleTeamsAndRevoke();
    void resendSendsTheInvitationAgain();
    void failedDeliveryIsReportedAndRetried();
    void usageErrorsChangeNothing();

private:
    void createTeam(const QString& name);
    CliUsersFixture m_fixture;
};

void TestCliUsers::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestCliUsers::createTeam(const QString& name)
{
    const SiaRun created = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("create"), name });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
}

void TestCliUsers::inviteSaysWhatWasSentToWhom()
{
    createTeam(QStringLiteral("Sales"));
    const SiaRun invited = m_fixture.run({ QStringLiteral("users"), QStringLiteral("invite"),
        QStringLiteral("sam@acme.example"), QStringLiteral("--name"), QStringLiteral("Sam Lee"),
        QStringLiteral("--team"), QStringLiteral("Sales") });
    QVERIFY2(invited.exitCode == 0, qPrintable(invited.err + invited.out));
    QVERIFY2(
        invited.out.contains(QStringLiteral("Invited sam@acme.example as a user")), qPrintable(invited.out));
    QVERIFY2(invited.out.contains(QStringLiteral("Everyone, Sales")), qPrintable(invited.out));
    QVERIFY2(invited.out.contains(
                 QStringLiteral("The invitation to sam@acme.example was written to the outbox: ")),
        qPrintable(invited.out));
    const QStringList files = m_fixture.emlFilesTo(QStringLiteral("sam@acme.example"));
    QCOMPARE(files.size(), 1);
    QVERIFY(invited.out.contains(files.first()));
    const QJsonObject sam = m_fixture.user(QStringLiteral("sam@acme.example"));
    QCOMPARE(sam[QStringLiteral("firstName")].toString(), QStringLiteral("Sam"));
    QCOMPARE(sam[QStringLiteral("lastName")].toString(), QStringLiteral("Lee"));
    QCOMPARE(
        sam[QStringLiteral("invitation")][QStringLiteral("delivery")].toString(), QStringLiteral("outbox"));
}

void TestCliUsers::inviteJsonGivesTheDelivery()
{
    const SiaRun invited = m_fixture.run({ QStringLiteral("users"), QStringLiteral("invite"),
        QStringLiteral("kim@acme.example"), QStringLiteral("--first-name"), QStringLiteral("Min-ji"),
        QStringLiteral("--last-name"), QStringLiteral("Kim"), QStringLiteral("--role"),
        QStringLiteral("admin"), QStringLiteral("--json") });
    QVERIFY2(invited.exitCode == 0, qPrintable(invited.err));
    const QJsonObject json = invited.json().object();
    QCOMPARE(json[QStringLiteral("outcome")].toString(), QStringLiteral("invited"));
    QCOMPARE(json[QStringLiteral("user")][QStringLiteral("role")].toString(), QStringLiteral("admin"));
    const QJsonObject delivery = json[QStringLiteral("delivery")].toObject();
    QCOMPARE(delivery[QStringLiteral("transport")].toString(), QStringLiteral("outbox"));
    QVERIFY(delivery[QStringLiteral("complete")].toBool());
    bool found = false;
    for (const QJsonValue& item : delivery[QStringLiteral("invitations")].toArray()) {
        if (item[QStringLiteral("email")].toString() == u"kim@acme.example") {
            found = true;
            QCOMPARE(item[QStringLiteral("state")].toString(), QStringLiteral("outbox"));
            QVERIFY(QFile::exists(item[QStringLiteral("file")].toString()));
        }
    }
    QVERIFY2(found, qPrintable(invited.out));
}

void TestCliUsers::inviteWithRepeatedTeamsJoinsEachOfThem()
{
    createTeam(QStringLiteral("Sales"));
    createTeam(QStringLiteral("Support Desk"));
    createTeam(QStringLiteral("Marketing")); // one that is not named: sam must not join it
    // One named twice: joined once. The sentence lists them as given, the user's record Everyone first, then
    // by name.
    const SiaRun invited = m_fixture.run(
        { QStringLiteral("users"), QStringLiteral("invite"), QStringLiteral("sam@acme.example"),
            QStringLiteral("--team"), QStringLiteral("Support Desk"), QStringLiteral("--team"),
            QStringLiteral("Sales"), QStringLiteral("--team"), QStringLiteral("Sales") });
    QVERIFY2(invited.exitCode == 0, qPrintable(invited.err + invited.out));
    QVERIFY2(invited.out.contains(QStringLiteral("in the teams Everyone, Support Desk, Sales.")),
        qPrintable(invited.out));

    const QJsonObject sam = m_fixture.user(QStringLiteral("sam@acme.example"));
    QCOMPARE(sam[QStringLiteral("teams")].toArray(),
        (QJsonArray { QStringLiteral("Everyone"), QStringLiteral("Sales"), QStringLiteral("Support Desk") }));
    // Each team's own member list says so too.
    for (const QString& team : { QStringLiteral("Everyone"), QStringLiteral("Sales"),
             QStringLiteral("Support Desk"), QStringLiteral("Marketing") }) {
        const SiaRun members = m_fixture.run({ QStringLiteral("users"), QStringLiteral("list"),
            QStringLiteral("--team"), team, QStringLiteral("--json") });
        QVERIFY2(members.exitCode == 0, qPrintable(members.err));
        QStringList emails;
        for (const QJsonValue& user : members.json().object()[QStringLiteral("users")].toArray()) {
            emails << user[QStringLiteral("email")].toString();
        }
        QCOMPARE(emails.contains(QStringLiteral("sam@acme.example")), team != u"Marketing");
    }
    // The invitation names the teams.
    const QStringList files = m_fixture.emlFilesTo(QStringLiteral("sam@acme.example"));
    QCOMPARE(files.size(), 1);
    QFile eml(QDir(m_fixture.outbox()).filePath(files.first()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const sia::test::ParsedMail parsed = sia::test::ParsedMail::parse(eml.readAll());
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    const qsizetype at = parsed.plainText.indexOf(QStringLiteral("Your teams: Everyone, "));
    QVERIFY2(at >= 0, qPrintable(parsed.plainText));
    const QString sentence = parsed.plainText.mid(at).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(sentence.contains(QStringLiteral("Sales")) && sentence.contains(QStringLiteral("Support Desk"))
            && !sentence.contains(QStringLiteral("Marketing")),
        qPrintable(sentence));
}

void TestCliUsers::inviteToAnUnknownTeamIsRefusedAndInvitesNobody()
{
    createTeam(QStringLiteral("Sales"));
    const QStringList before = m_fixture.emlFiles();
    const SiaRun refused = m_fixture.run({ QStringLiteral("users"), QStringLiteral("invite"),
        QStringLiteral("sam@acme.example"), QStringLiteral("--team"), QStringLiteral("Sales"),
        QStringLiteral("--team"), QStringLiteral("Nowhere") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("There is no team “Nowhere”")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("sia-admin teams create")), qPrintable(refused.err));
    QVERIFY2(!refused.out.contains(QStringLiteral("Invited")), qPrintable(refused.out));

    // Nobody invited, nothing sent, no team made, Sales still empty.
    QVERIFY(m_fixture.user(QStringLiteral("sam@acme.example")).isEmpty());
    QCOMPARE(m_fixture.emlFiles(), before);
    const SiaRun teams = m_fixture.run({ QStringLiteral("teams"), QStringLiteral("list") });
    QVERIFY2(teams.exitCode == 0, qPrintable(teams.err));
    QVERIFY2(!teams.out.contains(QStringLiteral("Nowhere")), qPrintable(teams.out));
    const SiaRun sales = m_fixture.run({ QStringLiteral("users"), QStringLiteral("list"),
        QStringLiteral("--team"), QStringLiteral("Sales"), QStringLiteral("--json") });
    QCOMPARE(sales.json().object()[QStringLiteral("users")].toArray().size(), 0);
    const SiaRun audit = m_fixture.run({ QStringLiteral("audit") });
    QVERIFY2(!audit.out.contains(QStringLiteral("sam@acme.example")), qPrintable(audit.out));
}

void TestCliUsers::alreadyInvitedSendsNothingTwice()
{
    const QStringList invite { QStringLiteral("users"), QStringLiteral("invite"),
        QStringLiteral("sam@acme.example") };
    QCOMPARE(m_fixture.run(invite).exitCode, 0);
    const QStringList before = m_fixture.emlFiles();
    const SiaRun again = m_fixture.run(invite);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("already invited")), qPrintable(again.out));
    QVERIFY(again.out.contains(QStringLiteral("nothing was sent")));
    QCOMPARE(m_fixture.emlFiles(), before);
    const SiaRun json = m_fixture.run(invite + QStringList { QStringLiteral("--json") });
    QCOMPARE(json.json().object()[QStringLiteral("outcome")].toString(), QStringLiteral("already-invited"));
    QVERIFY(!json.json().object().contains(QStringLiteral("delivery")));
    QCOMPARE(m_fixture.emlFiles(), before);
}

void TestCliUsers::listShowsTheTableAndFilters()
{
    createTeam(QStringLiteral("Sales"));
    QCOMPARE(m_fixture
                 .run({ QStringLiteral("users"), QStringLiteral("invite"), QStringLiteral("sam@acme.example"),
                     QStringLiteral("--name"), QStringLiteral("Sam Lee"), QStringLiteral("--team"),
                     QStringLiteral("Sales") })
                 .exitCode,
        0);
    const SiaRun list = m_fixture.run({ QStringLiteral("users"), QStringLiteral("list") });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    for (const char* header : { "Email", "Name", "Role", "Status", "Teams", "Invitation email" }) {
        QVERIFY2(list.out.contains(QLatin1String(header)), header);
    }
    const QString samLine
        = list.out.split(QLatin1Char('\n')).filter(QStringLiteral("sam@acme.example")).value(0);
    QVERIFY2(samLine.contains(QStringLiteral("Sam Lee")) && samLine.contains(QStringLiteral("invited"))
            && samLine.contains(QStringLiteral("Everyone, Sales"))
            && samLine.contains(QStringLiteral("in the outbox")),
        qPrintable(list.out));
    QVERIFY(list.out.contains(QStringLiteral("ada@acme.example (original)")));

    auto emails = [this](const QStringList& filter) {
        QStringList found;
        const SiaRun run = m_fixture.run(
            QStringList { QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json") }
            + filter);
        for (const QJsonValue& user : run.json().object()[QStringLiteral("users")].toArray()) {
            found << user[QStringLiteral("email")].toString();
        }
        return found;
    };
    QCOMPARE(emails({ QStringLiteral("--team"), QStringLiteral("Sales") }),
        QStringList { QStringLiteral("sam@acme.example") });
    QCOMPARE(emails({ QStringLiteral("--role"), QStringLiteral("admin") }),
        QStringList { QStringLiteral("ada@acme.example") });
    QCOMPARE(emails({ QStringLiteral("--search"), QStringLiteral("lee") }),
        QStringList { QStringLiteral("sam@acme.example") });
    QCOMPARE(emails({ QStringLiteral("--status"), QStringLiteral("revoked") }), QStringList());
    QCOMPARE(emails({ QStringLiteral("--failed") }), QStringList());
    QCOMPARE(emails({}).size(), 2);
}

void TestCliUsers::roleTeamsAndRevoke()
{
    createTeam(QStringLiteral("Sales"));
    createTeam(QStringLiteral("Support"));
    // Through step 1's invite-admin (no email is sent there), so that only the changes are tested here.
    QCOMPARE(
        m_fixture.run({ QStringLiteral("invite-admin"), QStringLiteral("sam@acme.example") }).exitCode, 0);

    SiaRun run = m_fixture.run({ QStringLiteral("users"), QStringLiteral("set-role"),
        QStringLiteral("sam@acme.example"), QStringLiteral("user") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("sam@acme.example is now a user")));
    run = m_fixture.run({ QStringLiteral("users"), QStringLiteral("set-role"),
        QStringLiteral("sam@acme.example"), QStringLiteral("admin") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("sam@acme.example is now an admin")));
    QCOMPARE(m_fixture.user(QStringLiteral("sam@acme.example"))[QStringLiteral("role")].toString(),
        QStringLiteral("admin"));

    run = m_fixture.run({ QStringLiteral("users"), QStringLiteral("set-teams"),
        QStringLiteral("sam@acme.example"), QStringLiteral("Sales"), QStringLiteral("Support") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_fixture.user(QStringLiteral("sam@acme.example"))[QStringLiteral("teams")].toArray().size(), 3);
    run = m_fixture.run(
        { QStringLiteral("users"), QStringLiteral("set-teams"), QStringLiteral("sam@acme.example") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_fixture.user(QStringLiteral("sam@acme.example"))[QStringLiteral("teams")].toArray(),
        QJsonArray { QStringLiteral("Everyone") });
    QVERIFY(m_fixture
                .run({ QStringLiteral("users"), QStringLiteral("set-teams"),
                    QStringLiteral("sam@acme.example"), QStringLiteral("Nowhere") })
                .exitCode
        != 0);

    run = m_fixture.run({ QStringLiteral("users"), QStringLiteral("revoke"),
        QStringLiteral("sam@acme.example"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().object()[QStringLiteral("user")][QStringLiteral("status")].toString(),
        QStringLiteral("revoked"));
    const SiaRun audit = m_fixture.run({ QStringLiteral("audit") });
    QVERIFY(audit.out.contains(QStringLiteral("alice@acme.example")));
}

void TestCliUsers::resendSendsTheInvitationAgain()
{
    QCOMPARE(
        m_fixture.run({ QStringLiteral("invite-admin"), QStringLiteral("sam@acme.example") }).exitCode, 0);
    SiaRun run;
    const int before = m_fixture.emlFilesTo(QStringLiteral("sam@acme.example")).size();
    run = m_fixture.run(
        { QStringLiteral("users"), QStringLiteral("resend"), QStringLiteral("sam@acme.example") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("The invitation to sam@acme.example was written to the outbox")),
        qPrintable(run.out));
    QCOMPARE(m_fixture.emlFilesTo(QStringLiteral("sam@acme.example")).size(), before + 1);
}

void TestCliUsers::failedDeliveryIsReportedAndRetried()
{
    // A file where the outbox folder should be: no folder can be made there, as root or not.
    QVERIFY(m_fixture.writeFile(QStringLiteral("blocked"), "not a folder"));
    QCOMPARE(m_fixture
                 .run({ QStringLiteral("mail"), QStringLiteral("--outbox-folder"),
                     m_fixture.path(QStringLiteral("blocked")) })
                 .exitCode,
        0);
    const SiaRun failed = m_fixture.run(
        { QStringLiteral("users"), QStringLiteral("invite"), QStringLiteral("sam@acme.example") });
    QCOMPARE(failed.exitCode, 3);
    // An outbox that cannot be written would fail every invitation alike: the round stops and the
    // invitation stays queued (not marked sent, not marked failed one by one), to go out with the next.
    QVERIFY2(failed.err.contains(QStringLiteral("stay queued")), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QStringLiteral("users retry")), qPrintable(failed.err));
    QVERIFY(failed.err.contains(QStringLiteral("users.delivery-failed")));
    QCOMPARE(m_fixture
                 .user(QStringLiteral(
                     "sam@acme.example"))[QStringLiteral("invitation")][QStringLiteral("delivery")]
                 .toString(),
        QStringLiteral("queued"));
    QCOMPARE(m_fixture.emlFilesTo(QStringLiteral("sam@acme.example")).size(), 0);

    QCOMPARE(m_fixture.run({ QStringLiteral("mail"), QStringLiteral("--outbox-folder"), m_fixture.outbox() })
                 .exitCode,
        0);
    const SiaRun retried = m_fixture.run({ QStringLiteral("users"), QStringLiteral("retry") });
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err + retried.out));
    QVERIFY2(
        retried.out.contains(QStringLiteral("The invitation to sam@acme.example was written to the outbox")),
        qPrintable(retried.out));
    QCOMPARE(m_fixture.emlFilesTo(QStringLiteral("sam@acme.example")).size(), 1);
    QCOMPARE(m_fixture
                 .user(QStringLiteral(
                     "sam@acme.example"))[QStringLiteral("invitation")][QStringLiteral("delivery")]
                 .toString(),
        QStringLiteral("outbox"));
}

void TestCliUsers::usageErrorsChangeNothing()
{
    const QList<QStringList> bad {
        { QStringLiteral("users") },
        { QStringLiteral("users"), QStringLiteral("frob") },
        { QStringLiteral("users"), QStringLiteral("invite") },
        { QStringLiteral("users"), QStringLiteral("invite"), QStringLiteral("x@acme.example"),
            QStringLiteral("--role"), QStringLiteral("boss") },
        { QStringLiteral("users"), QStringLiteral("invite"), QStringLiteral("x@acme.example"),
            QStringLiteral("--name"), QStringLiteral("X Y"), QStringLiteral("--first-name"),
            QStringLiteral("X") },
        { QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--status"),
            QStringLiteral("asleep") },
        { QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("extra") },
        { QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("ada@acme.example"),
            QStringLiteral("boss") },
        { QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("ada@acme.example") },
        { QStringLiteral("users"), QStringLiteral("retry"), QStringLiteral("now") },
        { QStringLiteral("users"), QStringLiteral("import") },
    };
    for (const QStringList& arguments : bad) {
        const SiaRun run = m_fixture.run(arguments);
        QVERIFY2(
            run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    // A malformed address is refused by the directory, with exit 2, and nothing is recorded.
    const SiaRun malformed = m_fixture.run(
        { QStringLiteral("users"), QStringLiteral("invite"), QStringLiteral("two@@acme.example") });
    QCOMPARE(malformed.exitCode, 2);
    QCOMPARE(m_fixture.run({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json") })
                 .json()
                 .object()[QStringLiteral("users")]
                 .toArray()
                 .size(),
        1);
    QVERIFY(m_fixture.emlFiles().size() <= 1); // at most ada's, from the first delivery round
}

QTEST_GUILESS_MAIN(TestCliUsers)
#include "testcliusers.moc"

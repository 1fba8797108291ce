// sia-admin invite-admin (step 1), run as an admin would: the instance is created with --instance when
// there is none, the first admin invited is the original user, the invitation is recorded as pending and
// the output says plainly that no email was sent; malformed and duplicate addresses are refused with their
// exit codes, and nothing of a refused batch is saved.
#include "sialauncher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliAccount : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void invitingWithoutAnInstanceSaysHowToCreateIt();
    void firstInvitedAdminIsTheOriginalUser();
    void jsonSaysNoEmailWasSent();
    void refusedAddresses_data();
    void refusedAddresses();
    void invitationsAreAudited();

private:
    SiaRun invite(const QStringList& arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiaLauncher> m_sia;
};

void TestCliAccount::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sia = std::make_unique<SiaLauncher>(m_dir->path());
    m_sia->setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
}

SiaRun TestCliAccount::invite(const QStringList& arguments) const
{
    return m_sia->run(QStringList { QStringLiteral("invite-admin") } + arguments);
}

void TestCliAccount::invitingWithoutAnInstanceSaysHowToCreateIt()
{
    const SiaRun run = invite({ QStringLiteral("ada@acme.example") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--instance")), qPrintable(run.err));
}

void TestCliAccount::firstInvitedAdminIsTheOriginalUser()
{
    const SiaRun first = invite({ QStringLiteral("--instance"), QStringLiteral("Acme"),
        QStringLiteral("ada@acme.example"), QStringLiteral("bob@acme.example") });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(
        first.out.contains(QStringLiteral("Created the Actions instance “Acme”")), qPrintable(first.out));
    const QStringList lines = first.out.split(u'\n');
    QVERIFY2(lines.at(1).contains(QStringLiteral("ada@acme.example"))
            && lines.at(1).contains(QStringLiteral("original user")),
        qPrintable(first.out));
    QVERIFY2(lines.at(2).contains(QStringLiteral("bob@acme.example"))
            && !lines.at(2).contains(QStringLiteral("original")),
        qPrintable(first.out));
    // The command records them; their emails wait for a delivery round (users retry, or step 5).
    QVERIFY2(first.out.contains(QStringLiteral("emails queued"))
            && first.out.contains(QStringLiteral("users retry")),
        qPrintable(first.out));
    const SiaRun listed
        = m_sia->run({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(listed.out.contains(QStringLiteral("queued")), qPrintable(listed.out));

    // The instance exists now: no --instance needed, and the original user stays the first one.
    const SiaRun later = invite({ QStringLiteral("cy@acme.example") });
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
    QVERIFY2(!later.out.contains(QStringLiteral("original")), qPrintable(later.out));
}

void TestCliAccount::jsonSaysNoEmailWasSent()
{
    const SiaRun run = invite({ QStringLiteral("--instance"), QStringLiteral("Acme"),
        QStringLiteral("--json"), QStringLiteral("ada@acme.example") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json().object();
    QCOMPARE(json.value(QStringLiteral("emailSent")).toBool(true), false);
    const QJsonObject ada = json.value(QStringLiteral("invited")).toArray().first().toObject();
    QCOMPARE(ada.value(QStringLiteral("email")).toString(), QStringLiteral("ada@acme.example"));
    QVERIFY(ada.value(QStringLiteral("original")).toBool());
    QCOMPARE(ada.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(ada.value(QStringLiteral("source")).toString(), QStringLiteral("single"));
    QCOMPARE(ada.value(QStringLiteral("invitedBy")).toString(), QStringLiteral("alice@acme.example"));
}

void TestCliAccount::refusedAddresses_data()
{
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    // ada@acme.example is invited before each row.
    QTest::newRow("malformed") << QStringList { QStringLiteral("new@acme.example"),
        QStringLiteral("not-an-address") }
                               << 2 << QStringLiteral("not-an-address");
    QTest::newRow("already invited") << QStringList { QStringLiteral("new@acme.example"),
        QStringLiteral("ADA@acme.example") }
                                     << 1 << QStringLiteral("already invited");
    QTest::newRow("twice") << QStringList { QStringLiteral("new@acme.example"),
        QStringLiteral("new@acme.example") }
                           << 2 << QStringLiteral("twice");
    QTest::newRow("none") << QStringList {} << 2 << QStringLiteral("at least one email address");
}

void TestCliAccount::refusedAddresses()
{
    QFETCH(QStringList, emails);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QCOMPARE(
        invite({ QStringLiteral("--instance"), QStringLiteral("Acme"), QStringLiteral("ada@acme.example") })
            .exitCode,
        0);

    const SiaRun run = invite(emails);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    // Nothing of the refused batch was saved: new@ can still be invited.
    if (!emails.isEmpty()) {
        QCOMPARE(invite({ QStringLiteral("new@acme.example") }).exitCode, 0);
    }
}

void TestCliAccount::invitationsAreAudited()
{
    QCOMPARE(
        invite({ QStringLiteral("--instance"), QStringLiteral("Acme"), QStringLiteral("ada@acme.example") })
            .exitCode,
        0);
    const SiaRun audit = m_sia->run({ QStringLiteral("audit"), QStringLiteral("--json") });
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
    QStringList actions;
    const QJsonValue entries = audit.json().isArray()
        ? QJsonValue(audit.json().array())
        : audit.json().object().value(QStringLiteral("entries"));
    for (const QJsonValue& entry : entries.toArray()) {
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    }
    QVERIFY2(actions.contains(QStringLiteral("instance.created")), qPrintable(actions.join(u',')));
    QVERIFY2(actions.contains(QStringLiteral("user.invited")), qPrintable(actions.join(u',')));
}

QTEST_GUILESS_MAIN(TestCliAccount)
#include "testcliaccount.moc"

// sia-admin mail: by default invitations go to the outbox beside the database; `mail test EMAIL` writes an
// .eml file there that parses as a MIME message to that address. SMTP settings are checked before anything
// is stored (a user without encryption, a port out of range, a server without a sender); with --user the
// password is read from standard input into the keychain (tests/with-keyring.sh), and it never appears in
// the output, the settings or the database; --outbox goes back and forgets the password. `mail test` over
// SMTP reaches a real server (aiosmtpd, STARTTLS and AUTH with the keychain's password, its CA trusted as
// the network settings' extra CA file) and what arrives is the test message.
#include "cliuserssupport.h"
#include "parsedmail.h"
#include "smtptestserver.h"
#include "testtlsfiles.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>

class TestCliMail : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void outboxByDefault();
    void testMessageGoesToTheOutboxAndParses();
    void smtpSettingsAreCheckedFirst();
    void passwordOnlyInTheKeychain();
    void testMessageArrivesThroughARealSmtpServer();
    void usageErrors();

private:
    SiaRun runWithInput(const QStringList& arguments, const QByteArray& input);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiaLauncher> m_sia;
};

void TestCliMail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sia = std::make_unique<SiaLauncher>(m_dir->path());
    m_sia->setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
}

SiaRun TestCliMail::runWithInput(const QStringList& arguments, const QByteArray& input)
{
    std::unique_ptr<QProcess> process = m_sia->start(arguments);
    process->write(input);
    process->closeWriteChannel();
    return SiaLauncher::finish(*process);
}

void TestCliMail::outboxByDefault()
{
    const SiaRun json = m_sia->run({ QStringLiteral("mail"), QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject settings = json.json().object();
    QCOMPARE(settings[QStringLiteral("transport")].toString(), QStringLiteral("outbox"));
    QCOMPARE(QDir::cleanPath(settings[QStringLiteral("outboxFolder")].toString()),
        QDir::cleanPath(m_dir->filePath(QStringLiteral("outbox"))));
    QVERIFY(settings[QStringLiteral("smtpHost")].isNull());
    const SiaRun text = m_sia->run({ QStringLiteral("mail") });
    QVERIFY2(text.out.contains(QStringLiteral("written as .eml files to the outbox")), qPrintable(text.out));
}

void TestCliMail::testMessageGoesToTheOutboxAndParses()
{
    const SiaRun sent = m_sia->run({ QStringLiteral("mail"), QStringLiteral("test"),
        QStringLiteral("ana@acme.example"), QStringLiteral("--json") });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    const QString path = sent.json().object()[QStringLiteral("file")].toString();
    QVERIFY2(QFile::exists(path), qPrintable(sent.out));
    QCOMPARE(QDir::cleanPath(QFileInfo(path).absolutePath()),
        QDir::cleanPath(m_dir->filePath(QStringLiteral("outbox"))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray message = file.readAll();
    const QByteArray headers = CliUsersFixture::headers(message);
    QVERIFY2(!headers.isEmpty(), message.left(200).constData());
    QVERIFY(headers.contains("To: ana@acme.example") || headers.contains("<ana@acme.example>"));
    QVERIFY(headers.contains("Subject: "));
    QVERIFY(headers.contains("Message-ID: <") || headers.contains("Message-Id: <"));
    QVERIFY(headers.contains("Date: "));
    QVERIFY(headers.toLower().contains("multipart/alternative"));
    for (const QByteArray& line : message.split('\n')) {
        QVERIFY2(line.size() <= 1000, "a line over RFC 5322's limit");
    }
    const SiaRun text
        = m_sia->run({ QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("bo@acme.example") });
    QVERIFY2(
        text.out.contains(QStringLiteral("The test message to bo@acme.example was written to the outbox")),
        qPrintable(text.out));
    QVERIFY(m_sia->run({ QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("not an address") })
                .exitCode
        != 0);
}

void TestCliMail::smtpSettingsAreCheckedFirst()
{
    // A user over an unencrypted connection: refused before any password is read.
    const SiaRun clear = runWithInput(
        { QStringLiteral("mail"), QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--user"),
            QStringLiteral("bob"), QStringLiteral("--from"), QStringLiteral("admin@acme.example") },
        "never-read\n");
    QVERIFY(clear.exitCode != 0);
    QVERIFY(!clear.out.contains(QStringLiteral("never-read"))
        && !clear.err.contains(QStringLiteral("never-read")));
    // A server without a sender.
    QVERIFY(m_sia
                ->run({ QStringLiteral("mail"), QStringLiteral("--smtp-host"),
                    QStringLiteral("mail.acme.example") })
                .exitCode
        != 0);
    const QJsonObject unchanged
        = m_sia->run({ QStringLiteral("mail"), QStringLiteral("--json") }).json().object();
    QCOMPARE(unchanged[QStringLiteral("transport")].toString(), QStringLiteral("outbox"));

    // A relay without authentication is stored as asked, and --outbox goes back.
    const SiaRun relay = m_sia->run({ QStringLiteral("mail"), QStringLiteral("--smtp-host"),
        QStringLiteral("relay.acme.example"), QStringLiteral("--port"), QStringLiteral("25"),
        QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
        QStringLiteral("admin@acme.example"), QStringLiteral("--from-name"), QStringLiteral("Acme IT"),
        QStringLiteral("--language"), QStringLiteral("ko"), QStringLiteral("--json") });
    QVERIFY2(relay.exitCode == 0, qPrintable(relay.err));
    const QJsonObject smtp = relay.json().object();
    QCOMPARE(smtp[QStringLiteral("transport")].toString(), QStringLiteral("smtp"));
    QCOMPARE(smtp[QStringLiteral("smtpPort")].toInt(), 25);
    QCOMPARE(smtp[QStringLiteral("security")].toString(), QStringLiteral("none"));
    QCOMPARE(smtp[QStringLiteral("fromName")].toString(), QStringLiteral("Acme IT"));
    QCOMPARE(smtp[QStringLiteral("language")].toString(), QStringLiteral("ko"));
    const SiaRun back
        = m_sia->run({ QStringLiteral("mail"), QStringLiteral("--outbox"), QStringLiteral("--json") });
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QCOMPARE(back.json().object()[QStringLiteral("transport")].toString(), QStringLiteral("outbox"));
}

void TestCliMail::passwordOnlyInTheKeychain()
{
    const QByteArray password = "Sm7p-pa55word-xyz";
    const SiaRun stored = runWithInput(
        { QStringLiteral("mail"), QStringLiteral("--smtp-host"), QStringLiteral("mail.acme.example"),
            QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("--from"),
            QStringLiteral("admin@acme.example") },
        password + '\n');
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    QVERIFY(!stored.out.contains(QString::fromLatin1(password))
        && !stored.err.contains(QString::fromLatin1(password)));
    QVERIFY2(stored.out.contains(QStringLiteral("the password is in this computer's keychain")),
        qPrintable(stored.out));
    const SiaRun json = m_sia->run({ QStringLiteral("mail"), QStringLiteral("--json") });
    QVERIFY(json.json().object()[QStringLiteral("passwordStored")].toBool());
    QVERIFY(!json.out.contains(QString::fromLatin1(password)));
    const SiaRun audit = m_sia->run({ QStringLiteral("audit"), QStringLiteral("--json") });
    QVERIFY(!audit.out.contains(QString::fromLatin1(password)));
    // Nowhere in the database's files (the database, its journal and WAL) nor elsewhere in the data
    // directory.
    QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password), qPrintable(file.fileName()));
    }

    // Without a password on standard input nothing is half-stored.
    const SiaRun empty = runWithInput(
        { QStringLiteral("mail"), QStringLiteral("--smtp-host"), QStringLiteral("other.acme.example"),
            QStringLiteral("--user"), QStringLiteral("carol") },
        QByteArray());
    QVERIFY(empty.exitCode != 0);
    QVERIFY2(empty.err.contains(QStringLiteral("standard input")), qPrintable(empty.err));
    QCOMPARE(m_sia->run({ QStringLiteral("mail"), QStringLiteral("--json") })
                 .json()
                 .object()[QStringLiteral("smtpUser")]
                 .toString(),
        QStringLiteral("bob"));

    // Back to the outbox: the user and the keychain's password go.
    QCOMPARE(m_sia->run({ QStringLiteral("mail"), QStringLiteral("--outbox") }).exitCode, 0);
    const QJsonObject outbox
        = m_sia->run({ QStringLiteral("mail"), QStringLiteral("--json") }).json().object();
    QCOMPARE(outbox[QStringLiteral("transport")].toString(), QStringLiteral("outbox"));
    QVERIFY(outbox[QStringLiteral("smtpUser")].isNull());
}

void TestCliMail::testMessageArrivesThroughARealSmtpServer()
{
    const sia::test::TestTlsFiles tls = sia::test::TestTlsFiles::make(m_dir->path(), QStringLiteral("cli"));
    QVERIFY2(tls.isValid(), qPrintable(tls.problem));
    const QString user = QStringLiteral("invites@acme.example");
    const QByteArray password = "Cli-Sm7p-word";
    sia::test::SmtpTestServer server({ sia::test::SmtpTestServer::Mode::StartTls, tls.serverCertificate,
        tls.serverKey, user, QString::fromLatin1(password), {}, 60 });
    QVERIFY2(server.start(), server.problem().constData());

    const SiaRun ca
        = m_sia->run({ QStringLiteral("network"), QStringLiteral("--extra-ca"), tls.caCertificate });
    QVERIFY2(ca.exitCode == 0, qPrintable(ca.err));
    const SiaRun stored
        = runWithInput({ QStringLiteral("mail"), QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--user"),
                           user, QStringLiteral("--from"), QStringLiteral("invites@acme.example") },
            password + '\n');
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));

    const SiaRun sent = m_sia->run({ QStringLiteral("mail"), QStringLiteral("test"),
        QStringLiteral("ana@acme.example"), QStringLiteral("--json") });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    QCOMPARE(sent.json().object()[QStringLiteral("transport")].toString(), QStringLiteral("smtp"));
    QVERIFY2(sent.json().object()[QStringLiteral("reply")].toString().contains(QStringLiteral("queued as")),
        qPrintable(sent.out));
    QVERIFY(server.waitForMessages(1));
    const sia::test::ReceivedMail mail = server.received().constFirst();
    QVERIFY(mail.tls);
    QCOMPARE(mail.login, user);
    QCOMPARE(mail.rcptTos, QStringList { QStringLiteral("ana@acme.example") });
    const sia::test::ParsedMail parsed = sia::test::ParsedMail::parse(mail.bytes);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QCOMPARE(parsed.toAddress, QStringLiteral("ana@acme.example"));
    QCOMPARE(parsed.subject(), QStringLiteral("SIA Admin: a test message"));
}

void TestCliMail::usageErrors()
{
    const QList<QStringList> bad { { QStringLiteral("mail"), QStringLiteral("--port"), QStringLiteral("0") },
        { QStringLiteral("mail"), QStringLiteral("--port"), QStringLiteral("smtp") },
        { QStringLiteral("mail"), QStringLiteral("--security"), QStringLiteral("ssl3") },
        { QStringLiteral("mail"), QStringLiteral("--outbox"), QStringLiteral("--smtp-host"),
            QStringLiteral("h") },
        { QStringLiteral("mail"), QStringLiteral("--smtp-host"), QStringLiteral("") },
        { QStringLiteral("mail"), QStringLiteral("send") },
        { QStringLiteral("mail"), QStringLiteral("test") },
        { QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("a@acme.example"),
            QStringLiteral("--port"), QStringLiteral("25") } };
    for (const QStringList& arguments : bad) {
        const SiaRun run = m_sia->run(arguments);
        QVERIFY2(
            run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
}

QTEST_GUILESS_MAIN(TestCliMail)
#include "testclimail.moc"

// SmtpTransport against a real SMTP server (aiosmtpd, tests/support/smtpserver.py) on 127.0.0.1: STARTTLS
// with AUTH and implicit TLS deliver a message whose bytes, read back by Python's email parser, carry the
// headers, the recipient, the subject and the body that were sent; a relay without TLS takes a message
// without a user; every refusal has its own code (a wrong password, a refused recipient with the server's
// own words, a certificate from an unknown CA, a closed port, a server that never answers, a server without
// STARTTLS while STARTTLS is required), and in each nothing arrives. Certificates are made at test time by
// the openssl command line (TestTlsFiles) and trusted through the extra-CA-file parameter only.
#undef QT_NO_CAST_FROM_ASCII

#include "mail/mailmessage.h"
#include "mail/mailsettings.h"
#include "mail/smtptransport.h"
#include "parsedmail.h"
#include "smtptestserver.h"
#include "testtlsfiles.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString user = "invites@acme.example";
const QString password = "s3cret-smtp-Pass";

MailMessage koreanMessage()
{
    MailMessage message;
    message.from = { "invites@acme.example", "SIA Admin" };
    message.to = { "jiwoo@acme.example", "김지우" };
    message.subject = "안나 님이 Acme Marketing에 초대했습니다";
    message.plainText = "안녕하세요 지우 님,\n\nLine two.\n.A line that starts with a dot.\n";
    message.html = "<p>안녕하세요 지우 님,</p>\n<p>Line two.</p>\n";
    return message;
}

} // namespace

class TestSmtpTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deliversOverStartTlsWithAuth();
    void deliversOverImplicitTls();
    void deliversThroughARelayWithoutTlsOrUser();
    void refusesAWrongPassword();
    void reportsARefusedRecipientWithTheServersWords();
    void refusesACertificateFromAnUnknownCa();
    void reportsAClosedPort();
    void timesOutOnAServerThatNeverAnswers();
    void neverSendsInClearWhenStartTlsIsMissing();
    void refusesAnAddressThatCannotGoIntoTheEnvelope();

private:
    MailSettings settingsFor(const SmtpTestServer& server, SmtpSecurity security, const QString& login) const;

    QTemporaryDir m_dir;
    TestTlsFiles m_tls; // the CA the client trusts, and the server certificate it signed
    TestTlsFiles m_stranger; // another CA, unknown to the client
};

void TestSmtpTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tls = TestTlsFiles::make(m_dir.path(), "trusted");
    QVERIFY2(m_tls.isValid(), qPrintable(m_tls.problem));
    m_stranger = TestTlsFiles::make(m_dir.path(), "stranger");
    QVERIFY2(m_stranger.isValid(), qPrintable(m_stranger.problem));
}

MailSettings TestSmtpTransport::settingsFor(
    const SmtpTestServer& server, SmtpSecurity security, const QString& login) const
{
    MailSettings settings;
    settings.smtpHost = "127.0.0.1";
    settings.smtpPort = server.port();
    settings.security = security;
    settings.smtpUser = login;
    settings.fromAddress = "invites@acme.example";
    return settings;
}

void TestSmtpTransport::deliversOverStartTlsWithAuth()
{
    SmtpTestServer server(
        { SmtpTestServer::Mode::StartTls, m_tls.serverCertificate, m_tls.serverKey, user, password, {}, 60 });
    QVERIFY2(server.start(), server.problem().constData());

    SmtpTransport transport(
        settingsFor(server, SmtpSecurity::StartTls, user), password.toUtf8(), m_tls.caCertificate);
    const MailMessage message = koreanMessage();
    const Result<MailDelivery> sent = transport.send(message);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().code + ": " + sent.error().message));
    // The server's answer to the message itself, not to QUIT.
    QVERIFY2(sent->where.contains("queued as SIA001"), qPrintable(sent->where));

    QVERIFY(server.waitForMessages(1));
    const ReceivedMail mail = server.received().constFirst();
    QVERIFY(mail.tls);
    QCOMPARE(mail.login, user);
    QCOMPARE(mail.mailFrom, "invites@acme.example");
    QCOMPARE(mail.rcptTos, QStringList { "jiwoo@acme.example" });

    const ParsedMail parsed = ParsedMail::parse(mail.bytes);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QVERIFY2(parsed.defects.isEmpty(), qPrintable(parsed.defects.join(", ")));
    QCOMPARE(parsed.toAddress, "jiwoo@acme.example");
    QCOMPARE(parsed.toName, "김지우");
    QCOMPARE(parsed.fromAddress, "invites@acme.example");
    QCOMPARE(parsed.subject(), message.subject);
    QVERIFY(!parsed.header("Date").isEmpty());
    QVERIFY(!parsed.header("Message-ID").isEmpty());
    QCOMPARE(parsed.contentType, "multipart/alternative");
    // The body as written, line ends aside; the dot that starts a line survived SMTP's dot-stuffing.
    QCOMPARE(QString(parsed.plainText).replace("\r\n", "\n"), message.plainText);
    QVERIFY2(parsed.html.contains("<p>안녕하세요 지우 님,</p>"), qPrintable(parsed.html));
}

void TestSmtpTransport::deliversOverImplicitTls()
{
    SmtpTestServer server(
        { SmtpTestServer::Mode::Tls, m_tls.serverCertificate, m_tls.serverKey, user, password, {}, 60 });
    QVERIFY2(server.start(), server.problem().constData());

    SmtpTransport transport(
        settingsFor(server, SmtpSecurity::Tls, user), password.toUtf8(), m_tls.caCertificate);
    const Result<MailDelivery> sent = transport.send(koreanMessage());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().code + ": " + sent.error().message));
    QVERIFY(server.waitForMessages(1));
    const ReceivedMail mail = server.received().constFirst();
    QVERIFY(mail.tls);
    QCOMPARE(mail.login, user);
    const ParsedMail parsed = ParsedMail::parse(mail.bytes);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QCOMPARE(parsed.subject(), koreanMessage().subject);
}

void TestSmtpTransport::deliversThroughARelayWithoutTlsOrUser()
{
    SmtpTestServer server({ SmtpTestServer::Mode::Plain });
    QVERIFY2(server.start(), server.problem().constData());

    SmtpTransport transport(settingsFor(server, SmtpSecurity::None, QString()), {}, QString());
    const Result<MailDelivery> sent = transport.send(koreanMessage());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().code + ": " + sent.error().message));
    QVERIFY(server.waitForMessages(1));
    QVERIFY(!server.received().constFirst().tls);
    QVERIFY(server.received().constFirst().login.isEmpty());
}

void TestSmtpTransport::refusesAWrongPassword()
{
    SmtpTestServer server(
        { SmtpTestServer::Mode::StartTls, m_tls.serverCertificate, m_tls.serverKey, user, password, {}, 60 });
    QVERIFY2(server.start(), server.problem().constData());

    SmtpTransport transport(
        settingsFor(server, SmtpSecurity::StartTls, user), "not-the-password", m_tls.caCertificate);
    const Result<MailDelivery> sent = transport.send(koreanMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, "smtp.auth");
    QCOMPARE(sent.error().kind, ErrorKind::Environment);
    QVERIFY2(sent.error().message.contains(user), qPrintable(sent.error().message));
    QVERIFY2(!sent.error().message.contains("not-the-password"), qPrintable(sent.error().message));
    QVERIFY(server.received().isEmpty());
}

void TestSmtpTransport::reportsARefusedRecipientWithTheServersWords()
{
    SmtpTestServer server({ SmtpTestServer::Mode::StartTls, m_tls.serverCertificate, m_tls.serverKey, user,
        password, { "nobody@acme.example" }, 60 });
    QVERIFY2(server.start(), server.problem().constData());

    SmtpTransport transport(
        settingsFor(server, SmtpSecurity::StartTls, user), password.toUtf8(), m_tls.caCertificate);
    MailMessage message = koreanMessage();
    message.to = { "nobody@acme.example", {} };
    const Result<MailDelivery> sent = transport.send(message);
    QVERIFY(!sent.ok());
    QVERIFY2(sent.error().code == "smtp.recipient-refused",
        qPrintable(sent.error().code + ": " + sent.error().message));
    QCOMPARE(sent.error().kind, ErrorKind::RuleViolation); // this invitation fails, the others go on
    QVERIFY2(sent.error().message.contains("nobody@acme.example"), qPrintable(sent.error().message));
    QVERIFY2(sent.error().message.contains("550 5.1.1"), qPrintable(sent.error().message));
    QVERIFY2(sent.error().message.contains("Recipient address rejected"), qPrintable(sent.error().message));

    // The same transport goes on with the next invitation.
    const Result<MailDelivery> next = transport.send(koreanMessage());
    QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
    QVERIFY(server.waitForMessages(1));
    QCOMPARE(server.received().size(), 1);
    QCOMPARE(server.received().constFirst().rcptTos, QStringList { "jiwoo@acme.example" });
}

void TestSmtpTransport::refusesACertificateFromAnUnknownCa()
{
    SmtpTestServer server(
        { SmtpTestServer::Mode::StartTls, m_tls.serverCertificate, m_tls.serverKey, user, password, {}, 60 });
    QVERIFY2(server.start(), server.problem().constData());

    for (const QString& extraCa : { m_stranger.caCertificate, QString() }) {
        SmtpTransport transport(
            settingsFor(server, SmtpSecurity::StartTls, user), password.toUtf8(), extraCa);
        const Result<MailDelivery> sent = transport.send(koreanMessage());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, "smtp.tls");
        QVERIFY2(sent.error().message.contains("extra CA file"), qPrintable(sent.error().message));
    }
    SmtpTestServer tls(
        { SmtpTestServer::Mode::Tls, m_tls.serverCertificate, m_tls.serverKey, {}, {}, {}, 60 });
    QVERIFY2(tls.start(), tls.problem().constData());
    SmtpTransport transport(settingsFor(tls, SmtpSecurity::Tls, QString()), {}, m_stranger.caCertificate);
    const Result<MailDelivery> sent = transport.send(koreanMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, "smtp.tls");
    QVERIFY(server.received().isEmpty());
    QVERIFY(tls.received().isEmpty());
}

void TestSmtpTransport::reportsAClosedPort()
{
    // A port that was free a moment ago and that nothing listens on now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    MailSettings settings;
    settings.smtpHost = "127.0.0.1";
    settings.smtpPort = port;
    settings.fromAddress = "invites@acme.example";
    SmtpTransport transport(settings, {}, QString());
    transport.setTimeouts(3, 5);
    const Result<MailDelivery> sent = transport.send(koreanMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, "smtp.connect");
    QVERIFY2(
        sent.error().message.contains(QString("127.0.0.1:%1").arg(port)), qPrintable(sent.error().message));
}

void TestSmtpTransport::timesOutOnAServerThatNeverAnswers()
{
    // The kernel accepts the connection into the listen queue; nothing ever says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    MailSettings settings;
    settings.smtpHost = "127.0.0.1";
    settings.smtpPort = silent.serverPort();
    settings.fromAddress = "invites@acme.example";
    SmtpTransport transport(settings, {}, QString());
    transport.setTimeouts(1, 2);
    QElapsedTimer timer;
    timer.start();
    const Result<MailDelivery> sent = transport.send(koreanMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, "smtp.timeout");
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
}

void TestSmtpTransport::neverSendsInClearWhenStartTlsIsMissing()
{
    // A server that offers neither STARTTLS nor anything else but clear text.
    SmtpTestServer server({ SmtpTestServer::Mode::Plain });
    QVERIFY2(server.start(), server.problem().constData());

    for (const QString& login : { user, QString() }) {
        SmtpTransport transport(
            settingsFor(server, SmtpSecurity::StartTls, login), password.toUtf8(), m_tls.caCertificate);
        const Result<MailDelivery> sent = transport.send(koreanMessage());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, "smtp.starttls-refused");
        QVERIFY2(sent.error().message.contains("STARTTLS"), qPrintable(sent.error().message));
    }
    QTest::qWait(200); // a message sent anyway would have been written by now
    QVERIFY(server.received().isEmpty());
}

void TestSmtpTransport::refusesAnAddressThatCannotGoIntoTheEnvelope()
{
    SmtpTestServer server({ SmtpTestServer::Mode::Plain });
    QVERIFY2(server.start(), server.problem().constData());
    SmtpTransport transport(settingsFor(server, SmtpSecurity::None, QString()), {}, QString());

    // A line break would end RCPT TO and start a command of its own.
    MailMessage message = koreanMessage();
    message.to.address = "jiwoo@acme.example>\r\nRCPT TO:<victim@evil.example";
    const Result<MailDelivery> recipient = transport.send(message);
    QVERIFY(!recipient.ok());
    QCOMPARE(recipient.error().code, "mail.invalid-recipient");
    QCOMPARE(recipient.error().kind, ErrorKind::RuleViolation); // this invitation alone

    // The sender's as the message gives it (the settings' own check refuses it too).
    message = koreanMessage();
    message.from.address = "invites@acme.example\nRSET";
    const Result<MailDelivery> sender = transport.send(message);
    QVERIFY(!sender.ok());
    QCOMPARE(sender.error().code, "mail.invalid-from");
    QTest::qWait(200);
    QVERIFY(server.received().isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpTransport)
#include "testsmtptransport.moc"

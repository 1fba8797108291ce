#include "smtptestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace sia::test {

namespace {

// Debian's python3 with python3-aiosmtpd: named by its path, so that another python on PATH (pyenv's, a
// virtualenv's) without aiosmtpd is never picked up.
const QString python = QStringLiteral("/usr/bin/python3");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray ReceivedMail::headerBlock() const
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? bytes : bytes.left(end + 2);
}

QByteArray ReceivedMail::body() const
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : bytes.mid(end + 4);
}

QByteArray ReceivedMail::header(const QByteArray& name) const
{
    const QList<QByteArray> lines = headerBlock().split('\n');
    const QByteArray wanted = name.toLower() + ':';
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).toLower().startsWith(wanted)) {
            continue;
        }
        QByteArray value = lines.at(i).mid(wanted.size()).trimmed();
        // Folded continuation lines start with white space (RFC 5322 §2.2.3).
        for (qsizetype j = i + 1;
             j < lines.size() && (lines.at(j).startsWith(' ') || lines.at(j).startsWith('\t')); ++j) {
            value += ' ' + lines.at(j).trimmed();
        }
        return value;
    }
    return {};
}

SmtpTestServer::SmtpTestServer(Options options)
    : m_options(std::move(options))
{ }

SmtpTestServer::~SmtpTestServer()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.closeWriteChannel(); // the server's cue to end
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool SmtpTestServer::start()
{
    if (!m_folder.isValid()) {
        m_problem = QStringLiteral("no temporary folder for the received messages");
        return false;
    }
    QStringList arguments { QStringLiteral(SIA_SMTP_SERVER_SCRIPT), QStringLiteral("--folder"),
        m_folder.path(), QStringLiteral("--timeout"), QString::number(m_options.timeoutSeconds),
        QStringLiteral("--mode") };
    switch (m_options.mode) {
    case Mode::Plain:
        arguments << QStringLiteral("plain");
        break;
    case Mode::StartTls:
        arguments << QStringLiteral("starttls");
        break;
    case Mode::Tls:
        arguments << QStringLiteral("tls");
        break;
    }
    if (m_options.mode != Mode::Plain) {
        arguments << QStringLiteral("--certificate") << m_options.certificate << QStringLiteral("--key")
                  << m_options.key;
    }
    if (!m_options.user.isEmpty()) {
        arguments << QStringLiteral("--user") << m_options.user << QStringLiteral("--password")
                  << m_options.password;
    }
    for (const QString& refused : m_options.refusedRecipients) {
        arguments << QStringLiteral("--refuse") << refused;
    }
    m_process.setProgram(python);
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_problem = QStringLiteral("%1 cannot be started (%2): installer/dev.sh installs python3 and "
                                   "python3-aiosmtpd")
                        .arg(python, m_process.errorString());
        return false;
    }
    static const QRegularExpression portLine(QStringLiteral("^PORT (\\d+)$"));
    QDeadlineTimer deadline(10000);
    QByteArray output;
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const QRegularExpressionMatch match = portLine.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
            output += line.toUtf8() + '\n';
        }
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_process.waitForFinished(1000);
    m_problem = QStringLiteral("the test SMTP server did not start (is python3-aiosmtpd installed? "
                               "installer/dev.sh installs it): %1 %2")
                    .arg(QString::fromUtf8(output), QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

QList<ReceivedMail> SmtpTestServer::received() const
{
    QList<ReceivedMail> messages;
    const QDir dir(m_folder.path());
    const QStringList files = dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        ReceivedMail mail;
        mail.bytes = readAll(dir.filePath(file));
        const QString details = dir.filePath(file.chopped(4) + QStringLiteral(".json"));
        const QJsonObject envelope = QJsonDocument::fromJson(readAll(details)).object();
        mail.mailFrom = envelope.value(QStringLiteral("mailFrom")).toString();
        for (const QJsonValue& to : envelope.value(QStringLiteral("rcptTos")).toArray()) {
            mail.rcptTos << to.toString();
        }
        mail.tls = envelope.value(QStringLiteral("tls")).toBool();
        mail.login = envelope.value(QStringLiteral("login")).toString();
        messages << mail;
    }
    return messages;
}

bool SmtpTestServer::waitForMessages(int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return received().size() >= count; }, timeoutMs);
}

} // namespace sia::test

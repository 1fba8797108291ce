// A real SMTP server for a test: tests/support/smtpserver.py (aiosmtpd, Debian's python3-aiosmtpd) run by
// /usr/bin/python3 through QProcess, on 127.0.0.1 at a port it chooses at run time. Plain, STARTTLS
// (required) or implicit TLS; AUTH required with one user and password when given; recipients it refuses
// with 550. It writes what it receives to a folder of its own, which received() reads back. It ends when this
// object goes (its standard input closes), and by itself after a timeout should the test die first.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sia::test {

// One message as the server received it.
struct ReceivedMail
{
    QByteArray bytes; // what followed DATA, as sent (CRLF line ends)
    QString mailFrom; // the envelope's MAIL FROM
    QStringList rcptTos; // the envelope's accepted RCPT TO
    bool tls = false; // the message came over TLS (STARTTLS or implicit)
    QString login; // the AUTH user, empty without AUTH

    // The value of the first header of that name (case-insensitive), unfolded; empty when absent.
    QByteArray header(const QByteArray& name) const;
    QByteArray headerBlock() const; // everything before the first empty line
    QByteArray body() const; // everything after it
};

class SmtpTestServer
{
public:
    enum class Mode
    {
        Plain, // no TLS, no STARTTLS offered
        StartTls, // STARTTLS offered and required before MAIL
        Tls // TLS from the first byte
    };

    struct Options
    {
        Mode mode = Mode::Plain;
        QString certificate; // PEM, for StartTls and Tls (TestTlsFiles::serverCertificate)
        QString key;
        QString user; // AUTH required when set
        QString password;
        QStringList refusedRecipients; // answered 550
        int timeoutSeconds = 60; // the server ends by itself after this long
    };

    explicit SmtpTestServer(Options options);
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    // Starts the server and waits (at most 10 s) for its port. False with problem() saying why.
    bool start();
    quint16 port() const { return m_port; }
    QByteArray problem() const { return m_problem.toUtf8(); }
    QString folder() const { return m_folder.path(); }

    // Every whole message received so far, in the order they came.
    QList<ReceivedMail> received() const;
    // Waits until count messages came (at most timeoutMs), processing this thread's events meanwhile.
    bool waitForMessages(int count, int timeoutMs = 5000) const;

private:
    Options m_options;
    QTemporaryDir m_folder;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_problem;
};

} // namespace sia::test

#include "mail/smtptransport.h"

#include "network/extracafile.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <algorithm>
#include <curl/curl.h>
#include <iterator>
#include <memory>
#include <mutex>

namespace sia {

namespace {

// curl_global_init is not thread-safe in every libcurl: once, before the first handle, whatever thread
// sends first. Never cleaned up (the process ends with it).
void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray aceAddress(const QString& address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return trimmed.toUtf8();
    }
    const QByteArray ace = QUrl::toAce(trimmed.mid(at + 1));
    return trimmed.left(at).toUtf8() + '@' + (ace.isEmpty() ? trimmed.mid(at + 1).toUtf8() : ace);
}

// An address as the envelope may carry it: no control character (a CR/LF would end the command and start
// another), no white space, no angle brackets.
bool isEnvelopeAddress(const QString& address)
{
    if (address.isEmpty()) {
        return false;
    }
    for (const QChar c : address) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == u'<' || c == u'>') {
            return false;
        }
    }
    return true;
}

// What one transfer heard, gathered by the callbacks.
struct Transfer
{
    QByteArray body;
    qsizetype sent = 0;
    QByteArray lastCommand; // the verb only ("MAIL", "RCPT", "AUTH"): never the command's arguments
    QByteArray replyToCommand; // the server's latest reply line to lastCommand
    QByteArray acceptedReply; // the reply that took the message ("250 2.0.0 Ok: queued as …")
    bool quitting = false; // QUIT was sent: what follows says nothing about the message
};

// The commands libcurl's SMTP sends. Any other line it sends is an AUTH continuation (LOGIN's user and
// password, base64), which must neither count as a command nor be kept in any part.
bool isSmtpVerb(const QByteArray& verb)
{
    static const QByteArray verbs[] = { "EHLO", "HELO", "STAR", "AUTH", "MAIL", "RCPT", "DATA", "RSET",
        "QUIT", "NOOP", "VRFY", "EXPN", "HELP" };
    return std::find(std::begin(verbs), std::end(verbs), verb) != std::end(verbs);
}

size_t readBody(char* buffer, size_t size, size_t count, void* userData)
{
    auto* transfer = static_cast<Transfer*>(userData);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = transfer->body.size() - transfer->sent;
    const qsizetype n = std::min(room, left);
    memcpy(buffer, transfer->body.constData() + transfer->sent, size_t(n));
    transfer->sent += n;
    return size_t(n);
}

// The protocol's lines as they pass: what the server said, and the verb of what we said. What we send is
// never kept past its first word: AUTH PLAIN's argument is the password.
int watch(CURL*, curl_infotype type, char* data, size_t size, void* userData)
{
    auto* transfer = static_cast<Transfer*>(userData);
    if (transfer->quitting) {
        return 0; // QUIT's "221 Bye" would hide the reply that said what became of the message
    }
    if (type == CURLINFO_HEADER_OUT) {
        const QByteArray verb = QByteArray(data, qsizetype(std::min<size_t>(size, 4))).toUpper();
        if (!isSmtpVerb(verb)) {
            return 0; // an AUTH continuation: the reply still answers AUTH
        }
        if (verb == "QUIT") {
            transfer->quitting = true; // the last command and its reply stay the ones that mattered
            return 0;
        }
        transfer->lastCommand = verb;
    } else if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        if (!line.isEmpty()) {
            transfer->replyToCommand = line;
            // After DATA's 354 the body goes out; the 2xx that follows it is the server taking the message.
            if (transfer->lastCommand == "DATA" && line.startsWith('2')) {
                transfer->acceptedReply = line;
            }
        }
    }
    return 0;
}

// System CAs and the extra file's, as one PEM blob: libcurl's CA file would replace the system's, not add.
Result<QByteArray> trustedCertificates(const QString& extraCaFile)
{
    QByteArray pem;
    for (const QSslCertificate& certificate : QSslConfiguration::systemCaCertificates()) {
        pem += certificate.toPem();
    }
    Result<QList<QSslCertificate>> extra = ExtraCaFile::load(extraCaFile, QDateTime::currentDateTimeUtc());
    if (!extra) {
        return extra.error();
    }
    for (const QSslCertificate& certificate : *extra) {
        pem += certificate.toPem();
    }
    return pem;
}

struct CurlDeleter
{
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct ListDeleter
{
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpTransport::SmtpTransport(const MailSettings& settings, QByteArray password, QString extraCaFile)
    : m_settings(settings)
    , m_password(std::move(password))
    , m_extraCaFile(std::move(extraCaFile))
{ }

SmtpTransport::~SmtpTransport()
{
    m_password.fill('\0'); // not left in freed memory longer than needed
}

void SmtpTransport::setTimeouts(int connectSeconds, int totalSeconds)
{
    m_connectSeconds = connectSeconds;
    m_totalSeconds = totalSeconds;
}

Result<MailDelivery> SmtpTransport::send(const MailMessage& message)
{
    if (Result<void> checked = m_settings.check(); !checked) {
        return checked.error();
    }
    if (m_settings.usesOutbox()) {
        return Error::input(QStringLiteral("smtp.no-host"),
            tr("No SMTP server is set: set one in the mail settings, or use the outbox."));
    }
    // An address that cannot go into the envelope: the sender's fails every message, the recipient's only
    // this one (as a refused recipient does).
    if (const QString from = message.from.address.trimmed(); !isEnvelopeAddress(from)) {
        return Error::input(QStringLiteral("mail.invalid-from"),
            tr("The sender “%1” is not an email address that can be sent from, so nothing was sent: check "
               "the sender's address in the mail settings (no spaces, line breaks or angle brackets).")
                .arg(from));
    }
    if (const QString to = message.to.address.trimmed(); !isEnvelopeAddress(to)) {
        return Error::rule(QStringLiteral("mail.invalid-recipient"),
            tr("“%1” is not an email address that can be sent to, so this message was not sent (no spaces, "
               "line breaks or angle brackets).")
                .arg(to));
    }
    Result<QByteArray> trusted = trustedCertificates(m_extraCaFile);
    if (!trusted) {
        return trusted.error();
    }

    QByteArray host = QUrl::toAce(m_settings.smtpHost.trimmed());
    if (host.isEmpty()) {
        host = m_settings.smtpHost.trimmed().toUtf8();
    }
    if (host.contains(':') && !host.startsWith('[')) {
        host = '[' + host + ']'; // an IPv6 address
    }
    const QString where = QStringLiteral("%1:%2").arg(m_settings.smtpHost.trimmed()).arg(m_settings.smtpPort);
    const bool implicitTls = m_settings.security == SmtpSecurity::Tls;
    const QByteArray url = QByteArray(implicitTls ? "smtps://" : "smtp://") + host + ':'
        + QByteArray::number(m_settings.smtpPort);

    // Everything the handle points at (the transfer its callbacks fill, the error buffer, the recipients)
    // is declared before it, so that none of it is gone while the handle still lives.
    Transfer transfer;
    transfer.body = message.toMime();
    const QByteArray from = '<' + aceAddress(message.from.address) + '>';
    const QByteArray to = '<' + aceAddress(message.to.address) + '>';
    std::unique_ptr<curl_slist, ListDeleter> recipients(curl_slist_append(nullptr, to.constData()));
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray user = m_settings.smtpUser.toUtf8();
    initCurlOnce();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        return Error::internal(QStringLiteral("smtp.init"), tr("The mail library could not start."));
    }
    CURL* handle = curl.get();

    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L); // a worker thread: no SIGALRM for timeouts
    // One connection per message, closed (QUIT) before curl_easy_perform returns: nothing of it is left
    // for the handle's cleanup to finish later.
    curl_easy_setopt(handle, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(handle, CURLOPT_PROXY, ""); // SMTP goes direct, whatever *_proxy says
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(m_connectSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(m_totalSeconds));
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(handle, CURLOPT_READDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(transfer.body.size()));
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L); // for the debug callback only: nothing goes to stderr
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, watch);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &transfer);

    if (m_settings.security != SmtpSecurity::None) {
        // STARTTLS must succeed (never a fallback to clear text); smtps:// is TLS from the first byte.
        curl_easy_setopt(handle, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(handle, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
        curl_blob blob { trusted->data(), size_t(trusted->size()), CURL_BLOB_NOCOPY };
        curl_easy_setopt(handle, CURLOPT_CAINFO_BLOB, &blob);
    } else {
        curl_easy_setopt(handle, CURLOPT_USE_SSL, long(CURLUSESSL_NONE));
    }
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, m_password.constData());
    }

    const CURLcode code = curl_easy_perform(handle);
    // libcurl copied the password into the handle; it goes with the handle at the end of this call.
    const QString detail = QString::fromUtf8(errorBuffer).trimmed();
    const QString reply = QString::fromUtf8(transfer.replyToCommand);
    const QByteArray& verb = transfer.lastCommand;
    switch (code) {
    case CURLE_OK:
        return MailDelivery { QString::fromUtf8(
            transfer.acceptedReply.isEmpty() ? transfer.replyToCommand : transfer.acceptedReply) };
    case CURLE_COULDNT_RESOLVE_HOST:
        return Error::environment(QStringLiteral("smtp.connect"),
            tr("The SMTP server %1 is not known (the name does not resolve): check the server's name in the "
               "mail settings.")
                .arg(m_settings.smtpHost));
    case CURLE_COULDNT_CONNECT:
        return Error::environment(QStringLiteral("smtp.connect"),
            tr("The SMTP server %1 cannot be reached (%2): check the server and port in the mail settings, "
               "and that a firewall lets this computer reach it.")
                .arg(where, detail));
    case CURLE_OPERATION_TIMEDOUT:
        return Error::environment(QStringLiteral("smtp.timeout"),
            tr("The SMTP server %1 stopped answering (%2): try again later, or check the server and port.")
                .arg(where, detail));
    case CURLE_USE_SSL_FAILED:
        return Error::environment(QStringLiteral("smtp.starttls-refused"),
            tr("The SMTP server %1 does not offer STARTTLS, so nothing was sent (the message and password "
               "never go in clear): choose TLS (usually port 465) in the mail settings, or ask the server's "
               "administrator.")
                .arg(where));
    case CURLE_PEER_FAILED_VERIFICATION:
#if CURLE_SSL_CACERT != CURLE_PEER_FAILED_VERIFICATION
    case CURLE_SSL_CACERT:
#endif
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return Error::environment(QStringLiteral("smtp.tls"),
            tr("The SMTP server %1's certificate cannot be trusted (%2), so nothing was sent. If your "
               "organisation uses its own certificate authority, name its certificate in the network "
               "settings (extra CA file).")
                .arg(where, detail));
    case CURLE_SSL_CONNECT_ERROR:
        return Error::environment(QStringLiteral("smtp.tls"),
            tr("The TLS handshake with the SMTP server %1 failed (%2): check the security choice and port "
               "(STARTTLS is usually 587, TLS 465).")
                .arg(where, detail));
    case CURLE_LOGIN_DENIED:
        return Error::environment(QStringLiteral("smtp.auth"),
            tr("The SMTP server %1 refused the user %2 or its password (%3): check both in the mail "
               "settings.")
                .arg(where, m_settings.smtpUser, reply.isEmpty() ? detail : reply));
    default:
        break;
    }
    // The server refused a command: which one says what failed. Its reply is quoted as it came.
    const bool refused = reply.size() >= 3 && (reply.at(0) == u'5' || reply.at(0) == u'4');
    if (refused && verb == "RCPT") {
        return Error::rule(QStringLiteral("smtp.recipient-refused"),
            tr("The SMTP server refused the recipient %1: %2").arg(message.to.address.trimmed(), reply));
    }
    if (refused && verb == "MAIL") {
        if (reply.startsWith(QLatin1String("530"))) {
            return Error::environment(QStringLiteral("smtp.auth"),
                tr("The SMTP server %1 requires authentication (%2): set the user and password in the mail "
                   "settings.")
                    .arg(where, reply));
        }
        return Error::environment(QStringLiteral("smtp.sender-refused"),
            tr("The SMTP server refused the sender %1 (%2): check the sender's address in the mail settings; "
               "the server may only accept the user's own address.")
                .arg(message.from.address.trimmed(), reply));
    }
    if (refused && verb == "AUTH") {
        return Error::environment(QStringLiteral("smtp.auth"),
            tr("The SMTP server %1 refused the user %2 or its password (%3): check both in the mail "
               "settings.")
                .arg(where, m_settings.smtpUser, reply));
    }
    if (refused) {
        return Error::environment(QStringLiteral("smtp.refused"),
            tr("The SMTP server %1 refused the message: %2").arg(where, reply));
    }
    return Error::environment(QStringLiteral("smtp.connect"),
        tr("The connection to the SMTP server %1 failed (%2): check the server, port and security in the "
           "mail "
           "settings.")
            .arg(where, detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail));
}

} // namespace sia

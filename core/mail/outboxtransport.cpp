#include "mail/outboxtransport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sia {

OutboxTransport::OutboxTransport(QString folder)
    : m_folder(std::move(folder))
{ }

QString OutboxTransport::fileNameOf(const MailMessage& message)
{
    QString safe;
    for (const QChar c : message.to.address.trimmed().toLower()) {
        const bool plain
            = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'+';
        safe += plain ? c : QChar(u'_');
    }
    return safe.left(64);
}

Result<MailDelivery> OutboxTransport::send(const MailMessage& message)
{
    const QString folder = QDir::cleanPath(QFileInfo(m_folder).absoluteFilePath());
    if (m_folder.trimmed().isEmpty() || !QDir().mkpath(folder)) {
        return Error::environment(QStringLiteral("outbox.write"),
            tr("The outbox folder %1 cannot be created: choose a folder you may write to in the mail "
               "settings.")
                .arg(QDir::toNativeSeparators(folder)));
    }
    MailMessage written = message;
    if (!written.date.isValid()) {
        written.date = QDateTime::currentDateTime();
    }
    QByteArray mime = written.toMime();
    // The Message-ID toMime made (or was given) goes into the name: two messages to the same address in the
    // same second never overwrite each other.
    QByteArray id = written.messageId;
    if (id.isEmpty()) {
        const qsizetype start = mime.indexOf("\r\nMessage-ID: <");
        const qsizetype end = mime.indexOf('@', start);
        id = start < 0 || end < 0 ? QByteArray() : mime.mid(start + 15, end - start - 15);
    }
    QString idPart;
    for (const char c : id) {
        if (QChar::isLetterOrNumber(uchar(c)) || c == '-') {
            idPart += QLatin1Char(c);
        }
    }
    const QString name = written.date.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
        + fileNameOf(written) + QLatin1Char('-') + idPart.left(36) + QStringLiteral(".eml");
    const QString path = QDir(folder).absoluteFilePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mime) != mime.size() || !file.commit()) {
        return Error::environment(QStringLiteral("outbox.write"),
            tr("The invitation could not be written to %1 (%2): check that the outbox folder may be written "
               "to and the disk is not full.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return MailDelivery { path };
}

} // namespace sia

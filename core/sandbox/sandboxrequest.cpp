#include "sandbox/sandboxrequest.h"

namespace sia::sandbox {

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString SandboxRequest::queryValue(const QString& key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QUrlQuery SandboxRequest::formBody() const
{
    // A form encodes spaces as '+', which QUrlQuery leaves alone: turn them back into spaces first.
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

QString SandboxRequest::bearerToken() const
{
    const QByteArray value = header("Authorization").trimmed();
    static const QByteArray scheme = "bearer ";
    if (value.size() <= scheme.size() || !value.toLower().startsWith(scheme)) {
        return {};
    }
    return QString::fromLatin1(value.mid(scheme.size()).trimmed());
}

} // namespace sia::sandbox

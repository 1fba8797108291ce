#include "parsedmail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace sia::test {

QString ParsedMail::header(const QString& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QStringList ParsedMail::headerNames() const
{
    QStringList names;
    for (const auto& header : headers) {
        names << header.first;
    }
    return names;
}

ParsedMail ParsedMail::parse(const QByteArray& message)
{
    ParsedMail parsed;
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral(SIA_MIME_PARSE_SCRIPT) });
    if (!python.waitForStarted(5000)) {
        parsed.problem = QStringLiteral("/usr/bin/python3 cannot be started: %1").arg(python.errorString());
        return parsed;
    }
    python.write(message);
    python.closeWriteChannel();
    if (!python.waitForFinished(10000) || python.exitCode() != 0) {
        parsed.problem = QStringLiteral("the MIME parser failed: %1")
                             .arg(QString::fromUtf8(python.readAllStandardError()));
        return parsed;
    }
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        parsed.problem = QStringLiteral("the MIME parser's answer is no JSON: %1").arg(error.errorString());
        return parsed;
    }
    for (const QJsonValue& header : result.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        parsed.headers.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    const QJsonArray from = result.value(QStringLiteral("from")).toArray();
    if (!from.isEmpty()) {
        parsed.fromName = from.at(0).toObject().value(QStringLiteral("name")).toString();
        parsed.fromAddress = from.at(0).toObject().value(QStringLiteral("address")).toString();
    }
    const QJsonArray to = result.value(QStringLiteral("to")).toArray();
    parsed.toCount = int(to.size());
    if (!to.isEmpty()) {
        parsed.toName = to.at(0).toObject().value(QStringLiteral("name")).toString();
        parsed.toAddress = to.at(0).toObject().value(QStringLiteral("address")).toString();
    }
    parsed.contentType = result.value(QStringLiteral("contentType")).toString();
    for (const QJsonValue& value : result.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject part = value.toObject();
        const QString type = part.value(QStringLiteral("type")).toString();
        if (type == u"text/plain" && parsed.plainText.isEmpty()) {
            parsed.plainText = part.value(QStringLiteral("text")).toString();
        } else if (type == u"text/html" && parsed.html.isEmpty()) {
            parsed.html = part.value(QStringLiteral("text")).toString();
        }
        parsed.transferEncodings << part.value(QStringLiteral("encoding")).toString();
        parsed.charsets << part.value(QStringLiteral("charset")).toString();
    }
    for (const QJsonValue& defect : result.value(QStringLiteral("defects")).toArray()) {
        parsed.defects << defect.toString();
    }
    return parsed;
}

} // namespace sia::test

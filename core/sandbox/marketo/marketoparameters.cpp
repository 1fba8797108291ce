#include "sandbox/marketo/marketoparameters.h"

namespace sia::sandbox::marketo {

MarketoParameters::MarketoParameters(const SandboxRequest& request)
    : m_query(request.query)
{
    if (request.method == "POST" && !request.header("Content-Type").toLower().contains("json")) {
        m_form = request.formBody();
    }
}

bool MarketoParameters::has(const QString& key) const
{
    return m_form.hasQueryItem(key) || m_query.hasQueryItem(key);
}

QString MarketoParameters::value(const QString& key) const
{
    if (m_form.hasQueryItem(key)) {
        return m_form.queryItemValue(key, QUrl::FullyDecoded);
    }
    return m_query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList MarketoParameters::list(const QString& key) const
{
    QStringList values;
    for (const QString& part : value(key).split(u',')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty()) {
            values.append(trimmed);
        }
    }
    return values;
}

bool isReadCall(const SandboxRequest& request)
{
    if (request.method == "GET") {
        return true;
    }
    return request.method == "POST"
        && MarketoParameters(request).value(QStringLiteral("_method")).compare(u"GET", Qt::CaseInsensitive)
        == 0;
}

} // namespace sia::sandbox::marketo

// A Marketo call's parameters: the query string, and for "POST …?_method=GET" the form body too (how a
// client sends a query too long for a URL).
#pragma once

#include "sandbox/sandboxrequest.h"

#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace sia::sandbox::marketo {

class MarketoParameters
{
public:
    explicit MarketoParameters(const SandboxRequest& request);

    bool has(const QString& key) const;
    QString value(const QString& key) const; // the body wins over the query
    QStringList list(const QString& key) const; // comma-separated values, trimmed, empty ones dropped

private:
    QUrlQuery m_query;
    QUrlQuery m_form;
};

// True for GET, and for POST with _method=GET (in the query or the form).
bool isReadCall(const SandboxRequest& request);

} // namespace sia::sandbox::marketo

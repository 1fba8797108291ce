// The failures of a connection itself, worded once for every client of the product (Marketo, Salesforce):
// a certificate that cannot be verified, a server that does not answer in time, a failing proxy, any other
// network error. Each client adds its own code prefix ("marketo.", "salesforce.") and words what only it
// knows (a host not found: which URL to check).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace sia {

class TransportErrors
{
    Q_DECLARE_TR_FUNCTIONS(sia::TransportErrors)

public:
    // code: the stable code ("marketo.tls").
    static Error tls(const QString& code, const QList<QSslError>& errors, const QString& host);
    // Timeouts, proxies and the rest; code: the stable code ("salesforce.network.5").
    static Error network(const QString& code, QNetworkReply::NetworkError error, const QString& host);
};

} // namespace sia

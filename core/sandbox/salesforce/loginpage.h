// The small HTML pages of the authorize endpoint: the login and consent form (username, password, Allow,
// Deny; the authorize request rides along in hidden fields) and the page Salesforce shows, instead of
// redirecting, when the client or its callback cannot be trusted.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace sia::sandbox::salesforce::LoginPage {

QByteArray form(const QUrlQuery& authorizeRequest, const QString& appName, const QString& username,
    const QString& problem);
QByteArray error(const QString& error, const QString& description);

} // namespace sia::sandbox::salesforce::LoginPage

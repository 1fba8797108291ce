// The REST API versions the sandbox answers, as GET /services/data/ lists them ({label, url, version},
// oldest first); a request under any other "vXX.X" is answered 404 NOT_FOUND, as Salesforce answers it.
#pragma once

#include <QJsonArray>
#include <QString>

namespace sia::sandbox::salesforce::ApiVersions {

inline constexpr int oldest = 31; // Summer '14: the first with sObject Get Updated on REST
inline constexpr int newest = 62; // Winter '25

QJsonArray list();
bool isSupported(const QString& segment); // "v59.0"
QString releaseLabel(int major); // "Winter '24" for 59

} // namespace sia::sandbox::salesforce::ApiVersions

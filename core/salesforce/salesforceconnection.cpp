#include "salesforce/salesforceconnection.h"

#include <QRegularExpression>

namespace sia {

Result<QUrl> SalesforceLoginHost::myDomain(const QString& domain)
{
    QString host = domain.trimmed();
    if (host.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)) {
        host = QUrl(host).host();
    }
    host = host.toLower();
    if (!host.contains(u'.')) {
        host += QStringLiteral(".my.salesforce.com");
    }
    static const QRegularExpression shape(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:--[a-z0-9]+)?(?:\\.sandbox|\\.develop|\\.scratch)?"
                       "\\.my\\.salesforce\\.com$"));
    if (!shape.match(host).hasMatch()) {
        return Error::input(QStringLiteral("salesforce.my-domain"),
            tr("'%1' is not a My Domain of Salesforce. Enter the name before .my.salesforce.com, as shown "
               "in Salesforce under Setup, My Domain (for example acme or acme.my.salesforce.com).")
                .arg(domain));
    }
    return QUrl(QStringLiteral("https://") + host);
}

} // namespace sia

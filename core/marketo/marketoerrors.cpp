#include "marketo/marketoerrors.h"

#include "network/transporterrors.h"
#include "network/verifiedhttps.h"

#include <QLocale>

namespace sia {

MarketoErrors::Remedy MarketoErrors::remedyFor(const QString& vendorCode)
{
    // 604 timed out, 606 rate window, 608 temporarily unavailable, 611 system error, 615 concurrency,
    // 713 transient, 502 bad gateway inside the envelope: the same call can succeed later.
    static const QStringList transient { QStringLiteral("502"), QStringLiteral("604"), QStringLiteral("606"),
        QStringLiteral("608"), QStringLiteral("611"), QStringLiteral("615"), QStringLiteral("713") };
    if (transient.contains(vendorCode)) {
        return Remedy::Retry;
    }
    if (vendorCode == u"601" || vendorCode == u"602") {
        return Remedy::RenewToken;
    }
    if (vendorCode == u"607") {
        return Remedy::WaitForQuotaReset;
    }
    return Remedy::None;
}

MarketoErrors::Remedy MarketoErrors::remedyForHttpStatus(int status)
{
    return status >= 500 && status <= 599 ? Remedy::Retry : Remedy::None;
}

MarketoErrors::Remedy MarketoErrors::remedyForNetwork(QNetworkReply::NetworkError error)
{
    return VerifiedHttps::transient(error) ? Remedy::Retry : Remedy::None;
}

MarketoErrors::Remedy MarketoErrors::remedyFor(const Error& error)
{
    const QString& code = error.code;
    if (code.startsWith(QStringLiteral("marketo.http"))) {
        return remedyForHttpStatus(code.mid(12).toInt());
    }
    if (code.startsWith(QStringLiteral("marketo.identity.")) || code == u"marketo.not-json") {
        return Remedy::None;
    }
    if (code.startsWith(QStringLiteral("marketo.network."))) {
        return remedyForNetwork(QNetworkReply::NetworkError(code.mid(16).toInt()));
    }
    if (code.startsWith(QStringLiteral("marketo."))) {
        return remedyFor(code.mid(8));
    }
    return Remedy::None;
}

Error MarketoErrors::fromVendorCode(const QString& vendorCode, const QString& vendorMessage)
{
    const QString code = QStringLiteral("marketo.") + vendorCode;
    const int number = vendorCode.toInt();
    switch (number) {
    case 601:
    case 602:
        return Error::environment(code,
            tr("Marketo did not accept the access token even after a new one was fetched (Marketo code %1: "
               "%2). Check that the API user is still active and its custom service still exists, then "
               "test the connection again.")
                .arg(vendorCode, vendorMessage));
    case 603:
        return Error::rule(code,
            tr("Marketo refused the call: the API user's role lacks a permission it needs (Marketo code "
               "603: %1). In Marketo, open Admin, Users & Roles, Roles, give the API user's role the "
               "permission named there, then try again.")
                .arg(vendorMessage));
    case 604:
    case 608:
    case 611:
    case 713:
    case 502:
        return Error::environment(code,
            tr("Marketo is temporarily unable to answer and kept failing after several attempts (Marketo "
               "code %1: %2). Try again in a few minutes; if it persists, check Marketo's status page.")
                .arg(vendorCode, vendorMessage));
    case 606:
        return Error::environment(code,
            tr("Marketo's limit of calls per 20 seconds was reached, also after waiting (Marketo code 606). "
               "Another integration probably uses the same subscription heavily: try again later."));
    case 607:
        return Error::environment(code,
            tr("Marketo's daily API quota is used up (Marketo code 607). Calls resume after midnight US "
               "Central time; to have more, ask Marketo support to raise the quota or reduce other "
               "integrations' use."));
    case 615:
        return Error::environment(code,
            tr("Too many calls to Marketo were running at once, also after waiting (Marketo code 615). "
               "Another integration probably uses the same subscription: try again later."));
    case 609:
    case 612:
    case 605:
        return Error::internal(code,
            tr("Marketo could not read the request SIA Admin sent (Marketo code %1: %2). This is a defect "
               "of SIA Admin: please report it with this code.")
                .arg(vendorCode, vendorMessage));
    case 610:
        return Error::notFound(code,
            tr("Marketo does not know the requested resource (Marketo code 610: %1). Check that the REST "
               "endpoint URL is the one shown in Marketo under Admin, Web Services.")
                .arg(vendorMessage));
    case 1004:
        return Error::notFound(
            code, tr("Marketo has no such person (Marketo code 1004: %1).").arg(vendorMessage));
    case 1006:
        return Error::input(code,
            tr("Marketo has no field of that name (Marketo code 1006: %1). Check the field's REST API name "
               "in Marketo under Admin, Field Management.")
                .arg(vendorMessage));
    case 1035:
        return Error::rule(code,
            tr("This Marketo subscription does not support that filter (Marketo code 1035: %1).")
                .arg(vendorMessage));
    case 1029:
        return Error::environment(code,
            tr("Marketo's bulk export queue is full or today's export quota is used up (Marketo code 1029: "
               "%1). Wait for running exports to finish, or until midnight US Central time for the quota.")
                .arg(vendorMessage));
    case 1003:
        return Error::input(
            code, tr("Marketo refused a value of the request (Marketo code 1003: %1).").arg(vendorMessage));
    default:
        return Error::environment(code,
            tr("Marketo refused the call (Marketo code %1: %2). If this persists, contact support with "
               "this code.")
                .arg(vendorCode, vendorMessage));
    }
}

Error MarketoErrors::fromHttpStatus(int status, bool answeredHtml)
{
    const QString code = QStringLiteral("marketo.http%1").arg(status);
    if (answeredHtml) {
        return Error::environment(code,
            tr("The Marketo endpoint answered with a web page instead of Marketo's API (HTTP %1). A proxy, "
               "a maintenance page or a wrong URL is in the way: check the REST endpoint and identity URLs "
               "shown in Marketo under Admin, Web Services, and any proxy settings.")
                .arg(status));
    }
    if (status == 413) {
        return Error::internal(code,
            tr("Marketo refused a request larger than 1 MB (HTTP 413). This is a defect of SIA Admin: "
               "please report it with this code."));
    }
    if (status >= 500) {
        return Error::environment(code,
            tr("Marketo's server kept failing after several attempts (HTTP %1). Try again in a few minutes; "
               "if it persists, check Marketo's status page.")
                .arg(status));
    }
    return Error::environment(code,
        tr("Marketo answered with an unexpected HTTP status %1. Check the REST endpoint URL (Admin, Web "
           "Services in Marketo); if it is right, contact support with this code.")
            .arg(status));
}

Error MarketoErrors::fromNetwork(QNetworkReply::NetworkError error, const QString& host)
{
    const QString code = QStringLiteral("marketo.network.%1").arg(int(error));
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Error::environment(code,
            tr("The Marketo host %1 could not be found. Check the REST endpoint and identity URLs (Admin, "
               "Web Services in Marketo) and this computer's network connection.")
                .arg(host));
    case QNetworkReply::ConnectionRefusedError:
        return Error::environment(code,
            tr("%1 refused the connection, also after several attempts. Check the URL's port and any "
               "firewall or proxy between this computer and Marketo.")
                .arg(host));
    default:
        return TransportErrors::network(code, error, host);
    }
}

Error MarketoErrors::fromTls(const QList<QSslError>& errors, const QString& host)
{
    return TransportErrors::tls(QStringLiteral("marketo.tls"), errors, host);
}

Error MarketoErrors::badCredentials(const QString& description)
{
    return Error::input(QStringLiteral("marketo.credentials"),
        tr("Marketo did not accept the client ID and secret (%1). Copy both again from Marketo, Admin, "
           "LaunchPoint, the API user's custom service, View Details.")
            .arg(description));
}

Error MarketoErrors::identityRefused(int status, const QString& oauthError)
{
    return Error::environment(QStringLiteral("marketo.identity.%1").arg(status),
        tr("Marketo's identity endpoint refused to issue an access token (HTTP %1, %2). Check the "
           "identity URL (Admin, Web Services in Marketo).")
            .arg(status)
            .arg(oauthError));
}

Error MarketoErrors::notMarketo(const QString& host)
{
    return Error::environment(QStringLiteral("marketo.not-json"),
        tr("%1 answered something that is not Marketo's API. Check the REST endpoint and identity URLs "
           "shown in Marketo under Admin, Web Services, and any proxy in between.")
            .arg(host));
}

Error MarketoErrors::dailyQuotaUsed(const QDateTime& resumesAt)
{
    return Error::environment(QStringLiteral("marketo.quota"),
        tr("The Marketo calls allowed for today are used up. Calls resume at %1 (midnight US Central "
           "time).")
            .arg(QLocale().toString(resumesAt.toLocalTime(), QLocale::ShortFormat)));
}

Error MarketoErrors::notConfigured()
{
    return Error::input(QStringLiteral("marketo.not-configured"),
        tr("The Marketo connection lacks its REST endpoint, identity URL, client ID or client secret. "
           "Enter all four in step 3."));
}

} // namespace sia

#include "salesforce/salesforceerrors.h"

#include "network/transporterrors.h"
#include "network/verifiedhttps.h"

#include <algorithm>

namespace sia {
namespace {

const QString prefix = QStringLiteral("salesforce.");
// The one 401 that a refreshed session cures (API-NOTES corrections: other 401s must not loop).
const QString expiredSession = QStringLiteral("salesforce.INVALID_SESSION_ID");

} // namespace

SalesforceErrors::Remedy SalesforceErrors::remedyFor(const Error& error)
{
    const QString& code = error.code;
    if (code == expiredSession) {
        return Remedy::RefreshSession;
    }
    if (code.startsWith(QStringLiteral("salesforce.http"))) {
        return code.mid(15).toInt() >= 500 ? Remedy::Retry : Remedy::None;
    }
    if (code.startsWith(QStringLiteral("salesforce.network."))) {
        return VerifiedHttps::transient(QNetworkReply::NetworkError(code.mid(19).toInt())) ? Remedy::Retry
                                                                                           : Remedy::None;
    }
    // Transient on Salesforce's side; REQUEST_LIMIT_EXCEEDED is not: the day's allowance is spent.
    static const QStringList transient { QStringLiteral("salesforce.SERVER_UNAVAILABLE"),
        QStringLiteral("salesforce.UNKNOWN_EXCEPTION"), QStringLiteral("salesforce.UNABLE_TO_LOCK_ROW") };
    return transient.contains(code) ? Remedy::Retry : Remedy::None;
}

Error SalesforceErrors::fromRestError(int httpStatus, const QString& errorCode, const QString& message)
{
    const QString code = prefix + errorCode;
    if (errorCode == u"INVALID_SESSION_ID") {
        if (message.contains(QStringLiteral("Session expired or invalid"), Qt::CaseInsensitive)) {
            return Error::environment(code,
                tr("Salesforce ended the session and refused the refreshed one too (INVALID_SESSION_ID: "
                   "%1). Connect to Salesforce again in step 2.")
                    .arg(message));
        }
        return Error::rule(QStringLiteral("salesforce.session-not-for-rest"),
            tr("Salesforce refused this session for its REST API (INVALID_SESSION_ID: %1). The connected "
               "app must grant the scope \"api\" (Manage user data via APIs): add it to the app's OAuth "
               "scopes in Salesforce, then connect again.")
                .arg(message));
    }
    if (errorCode == u"API_DISABLED_FOR_ORG") {
        return Error::rule(code,
            tr("Salesforce refused API access (API_DISABLED_FOR_ORG: %1). Either the org's edition has no "
               "API access (Professional Edition needs the API add-on; Enterprise, Unlimited, Performance "
               "and Developer include it), or the connected user's profile or permission sets lack the "
               "\"API Enabled\" permission. Ask a Salesforce administrator to enable it for this user, or "
               "connect as a user who has it.")
                .arg(message));
    }
    if (errorCode == u"API_CURRENTLY_DISABLED") {
        return Error::rule(code,
            tr("Salesforce has the API switched off for this org or user at the moment "
               "(API_CURRENTLY_DISABLED: %1). A Salesforce administrator must re-enable API access (the "
               "\"API Enabled\" permission, or the org's API access), then try again.")
                .arg(message));
    }
    if (errorCode == u"REQUEST_LIMIT_EXCEEDED") {
        return Error::environment(code,
            tr("The org's daily Salesforce API requests are used up (REQUEST_LIMIT_EXCEEDED: %1). Calls "
               "work again as earlier requests drop out of the rolling 24 hours; Setup, Company "
               "Information shows the usage, and Salesforce can raise the limit.")
                .arg(message));
    }
    if (errorCode == u"INSUFFICIENT_ACCESS_OR_READONLY"
        || errorCode == u"INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY") {
        return Error::rule(code,
            tr("The connected Salesforce user may not change this record (%1: %2). Give the user "
               "create and edit access to the object (and sharing access to the related record), or "
               "connect as a user who has it.")
                .arg(errorCode, message));
    }
    if (errorCode == u"CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY") {
        return Error::rule(code,
            tr("A trigger, flow or validation in the Salesforce org refused the change "
               "(CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: %1). Ask the Salesforce administrator to look at "
               "the automation named in the message.")
                .arg(message));
    }
    if (errorCode == u"SERVER_UNAVAILABLE" || errorCode == u"UNKNOWN_EXCEPTION"
        || errorCode == u"UNABLE_TO_LOCK_ROW") {
        return Error::environment(code,
            tr("Salesforce could not serve the request and kept failing after several attempts (%1: %2). "
               "Try again in a few minutes; if it persists, check trust.salesforce.com.")
                .arg(errorCode, message));
    }
    if (errorCode == u"NOT_FOUND" || errorCode == u"ENTITY_IS_DELETED") {
        return Error::notFound(
            code, tr("Salesforce has no such record, or it was deleted (%1: %2).").arg(errorCode, message));
    }
    if (errorCode == u"MALFORMED_QUERY" || errorCode == u"INVALID_FIELD" || errorCode == u"INVALID_TYPE"
        || errorCode == u"INVALID_QUERY_FILTER_OPERATOR" || errorCode == u"JSON_PARSER_ERROR") {
        return Error::internal(code,
            tr("Salesforce could not read the request SIA Admin sent (%1: %2). If the message names a "
               "field or object, check that the connected user can see it; otherwise this is a defect of "
               "SIA Admin: please report it with this code.")
                .arg(errorCode, message));
    }
    if (errorCode == u"INVALID_REPLICATION_DATE") {
        return Error::input(code,
            tr("Salesforce refused the time window of changes asked for (INVALID_REPLICATION_DATE: %1): "
               "changes are kept for 30 days. Run a full read instead.")
                .arg(message));
    }
    if (errorCode == u"FIELD_INTEGRITY_EXCEPTION" || errorCode == u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"
        || errorCode == u"REQUIRED_FIELD_MISSING" || errorCode == u"STRING_TOO_LONG") {
        return Error::input(code,
            tr("Salesforce refused a value of the record (%1: %2). Check the value named in the message "
               "against the field in Salesforce (its picklist values, length or relation).")
                .arg(errorCode, message));
    }
    return Error::environment(code,
        tr("Salesforce refused the call (HTTP %1, %2: %3). If this persists, contact support with this "
           "code.")
            .arg(httpStatus)
            .arg(errorCode, message));
}

Error SalesforceErrors::fromOAuth(const QString& oauthError, const QString& description)
{
    const QString code = QStringLiteral("salesforce.oauth.") + oauthError;
    if (oauthError == u"invalid_grant") {
        return Error::rule(code,
            tr("Salesforce no longer accepts this connection's authorization (invalid_grant: %1): it was "
               "revoked, expired, or replaced by a newer one (rotation, or a sixth login of the same "
               "user). Connect to Salesforce again in step 2.")
                .arg(description));
    }
    if (oauthError == u"invalid_client") {
        return Error::input(code,
            tr("Salesforce refused the connected app's credentials (invalid_client: %1). The app requires "
               "its consumer secret, or the one entered is wrong: copy the consumer secret from the "
               "connected app in Salesforce (Setup, App Manager, View, Manage Consumer Details) into the "
               "connection's settings, or turn off \"Require Secret\" for the web server and refresh "
               "token flows.")
                .arg(description));
    }
    if (oauthError == u"invalid_client_id") {
        return Error::input(code,
            tr("Salesforce does not know the consumer key (invalid_client_id: %1). Copy it again from the "
               "connected app (Setup, App Manager), and check the login host: a sandbox org logs in at "
               "test.salesforce.com.")
                .arg(description));
    }
    if (oauthError == u"redirect_uri_mismatch") {
        return Error::input(code,
            tr("Salesforce refused the callback URL (redirect_uri_mismatch: %1). Register every URL of the "
               "setting salesforce.callback-urls, exactly, as callback URLs of the connected app.")
                .arg(description));
    }
    if (oauthError == u"inactive_user" || oauthError == u"inactive_org") {
        return Error::rule(code,
            tr("Salesforce refused the login (%1: %2): the user or the org is inactive. Connect as an "
               "active user.")
                .arg(oauthError, description));
    }
    return Error::environment(code,
        tr("Salesforce's login host refused the request (%1: %2). Check the login host and the connected "
           "app's settings, then connect again.")
            .arg(oauthError, description));
}

Error SalesforceErrors::fromHttpStatus(int status, bool answeredHtml, const QString& host)
{
    const QString code = QStringLiteral("salesforce.http%1").arg(status);
    if (answeredHtml) {
        return Error::environment(code,
            tr("%1 answered with a web page instead of Salesforce's API (HTTP %2). A proxy, a maintenance "
               "page or a wrong login host is in the way: check the login host (login.salesforce.com, "
               "test.salesforce.com or the org's My Domain) and any proxy settings, then try again.")
                .arg(host)
                .arg(status));
    }
    if (status >= 500) {
        return Error::environment(code,
            tr("Salesforce's server kept failing after several attempts (HTTP %1). Try again in a few "
               "minutes; if it persists, check trust.salesforce.com.")
                .arg(status));
    }
    return Error::environment(code,
        tr("Salesforce answered with an unexpected HTTP status %1 from %2. Check the login host; if it "
           "is right, contact support with this code.")
            .arg(status)
            .arg(host));
}

Error SalesforceErrors::fromNetwork(QNetworkReply::NetworkError error, const QString& host)
{
    const QString code = QStringLiteral("salesforce.network.%1").arg(int(error));
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Error::environment(code,
            tr("The Salesforce host %1 could not be found. Check the login host (or the org's My Domain) "
               "and this computer's network connection.")
                .arg(host));
    default:
        return TransportErrors::network(code, error, host);
    }
}

Error SalesforceErrors::fromTls(const QList<QSslError>& errors, const QString& host)
{
    return TransportErrors::tls(QStringLiteral("salesforce.tls"), errors, host);
}

Error SalesforceErrors::notSalesforce(const QString& host)
{
    return Error::environment(QStringLiteral("salesforce.not-json"),
        tr("%1 answered something that is not Salesforce's API. Check the login host (login.salesforce.com, "
           "test.salesforce.com or the org's My Domain) and any proxy in between.")
            .arg(host));
}

Error SalesforceErrors::noFreeCallbackPort(const QString& settingName, const QStringList& tried)
{
    return Error::environment(QStringLiteral("salesforce.callback-busy"),
        tr("Every callback URL of the setting %1 is in use by another program or cannot be listened on "
           "(%2). Close the program that holds the port, or add another URL to the setting and register "
           "it, exactly, in the connected app.")
            .arg(settingName, tried.join(QStringLiteral(", "))));
}

Error SalesforceErrors::authorizationCancelled()
{
    return Error::rule(QStringLiteral("salesforce.authorize.cancelled"),
        tr("Connecting to Salesforce was cancelled. Nothing was changed; connect again when ready."));
}

Error SalesforceErrors::authorizationTimedOut(std::chrono::milliseconds waited)
{
    const QString code = QStringLiteral("salesforce.authorize.timeout");
    const qint64 seconds = std::max<qint64>(1, (waited.count() + 999) / 1000);
    if (seconds < 120) {
        return Error::environment(code,
            tr("No answer came back from the browser within %n second(s): the login was not completed, or "
               "the browser could not reach SIA Admin's callback. Connect again; if the browser did not "
               "open, copy the login link into it.",
                nullptr, int(seconds)));
    }
    return Error::environment(code,
        tr("No answer came back from the browser within %n minute(s): the login was not completed, or the "
           "browser could not reach SIA Admin's callback. Connect again; if the browser did not open, "
           "copy the login link into it.",
            nullptr, int((seconds + 59) / 60)));
}

Error SalesforceErrors::stateMismatch()
{
    return Error::rule(QStringLiteral("salesforce.authorize.state"),
        tr("The browser came back with an answer that does not belong to this login (its state does not "
           "match), so it was refused: it may be an old tab or another program. Connect again, and finish "
           "the login in the browser tab that opens."));
}

Error SalesforceErrors::authorizationRefused(const QString& oauthError, const QString& description)
{
    const QString code = QStringLiteral("salesforce.authorize.") + oauthError;
    if (oauthError == u"access_denied") {
        return Error::rule(code,
            tr("Access was denied in Salesforce (%1), so SIA Admin is not connected. Connect again and "
               "choose Allow, or ask a Salesforce administrator whether the user may use the connected "
               "app.")
                .arg(description));
    }
    return Error::environment(code,
        tr("Salesforce did not authorize the connection (%1: %2). Check the connected app's settings "
           "(OAuth enabled, PKCE, the callback URLs and scopes api and refresh_token), then connect "
           "again.")
            .arg(oauthError, description));
}

Error SalesforceErrors::noSupportedApiVersion(const QString& newestOffered)
{
    return Error::environment(QStringLiteral("salesforce.api-version"),
        tr("The org offers no REST API version SIA Admin supports (its newest is %1). Check the login "
           "host; an org this old needs Salesforce support.")
            .arg(newestOffered));
}

Error SalesforceErrors::notConnected()
{
    return Error::rule(QStringLiteral("salesforce.not-connected"),
        tr("SIA Admin is not connected to Salesforce on this computer (no refresh token in the keychain). "
           "Connect in step 2."));
}

Error SalesforceErrors::noRefreshToken()
{
    return Error::rule(QStringLiteral("salesforce.no-refresh-token"),
        tr("Salesforce granted no refresh token, so the connection would end with the session. Add the "
           "OAuth scope \"refresh_token, offline_access\" (Perform requests at any time) to the connected "
           "app, then connect again."));
}

Error SalesforceErrors::refreshTokenNotStored(const Error& keychain)
{
    return Error::environment(QStringLiteral("salesforce.refresh-token-not-stored"),
        tr("Salesforce issued a new refresh token but the keychain could not keep it (%1), so it was not "
           "used. Unlock or repair the keychain, then connect to Salesforce again.")
            .arg(keychain.message));
}

} // namespace sia

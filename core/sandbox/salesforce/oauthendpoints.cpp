#include "sandbox/salesforce/oauthendpoints.h"

#include "sandbox/salesforce/loginpage.h"
#include "sandbox/salesforce/salesforceorg.h"
#include "sandbox/sandboxcounters.h"

#include <QJsonObject>

namespace sia::sandbox::salesforce {

SandboxResponse OAuthEndpoints::oauthError(const OAuthError& error)
{
    SandboxResponse response = SandboxResponse::json(error.toJson(), error.httpStatus);
    response.setHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
    return response;
}

SandboxResponse OAuthEndpoints::authorize(const SandboxRequest& request)
{
    const bool formAnswer = request.method == "POST";
    const QUrlQuery parameters = formAnswer ? request.formBody() : request.query;
    const AuthorizeRequest authorize = AuthorizeRequest::fromQuery(parameters);
    OAuthProvider& oauth = m_org.oauth();
    const OAuthResult<const ConnectedApp*> client = oauth.checkClient(authorize);
    if (!client) {
        // Never redirected: the callback of an unknown client, or one it did not register, is not trusted.
        return SandboxResponse::html(LoginPage::error(client.error().error, client.error().description), 400);
    }
    if (const OAuthResult<void> checked = oauth.checkRequest(authorize); !checked) {
        return SandboxResponse::redirect(oauth.errorRedirect(authorize, checked.error()));
    }
    if (formAnswer) {
        return answerLoginForm(authorize, parameters);
    }
    if (m_autoApprove) {
        // As if the user were logged in and had allowed the app before: straight back with a code.
        m_org.context().counters.increment(QStringLiteral("salesforce.oauth.autoApproved"));
        return SandboxResponse::redirect(oauth.approve(authorize, m_org.records().integrationUserId()));
    }
    return SandboxResponse::html(
        LoginPage::form(authorize.toQuery(), QStringLiteral("SIA Admin"), QString(), QString()));
}

SandboxResponse OAuthEndpoints::answerLoginForm(const AuthorizeRequest& authorize, const QUrlQuery& form)
{
    OAuthProvider& oauth = m_org.oauth();
    if (form.queryItemValue(QStringLiteral("action")) == QLatin1String("deny")) {
        return SandboxResponse::redirect(oauth.deny(authorize));
    }
    const QString username = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    const OAuthResult<const OAuthUser*> user
        = oauth.logIn(username, form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded));
    if (!user) {
        return SandboxResponse::html(
            LoginPage::form(authorize.toQuery(), QStringLiteral("SIA Admin"), username,
                QStringLiteral("Please check your username and password. If you still can't log in, contact "
                               "your Salesforce administrator.")));
    }
    return SandboxResponse::redirect(oauth.approve(authorize, (*user)->id));
}

SandboxResponse OAuthEndpoints::token(const SandboxRequest& request)
{
    const OAuthResult<TokenGrant> granted = m_org.oauth().token(request.formBody());
    if (!granted) {
        m_org.context().counters.increment(QStringLiteral("salesforce.oauth.refused"));
        return oauthError(granted.error());
    }
    const QString identity = m_org.identityUrl(request.baseUrl, granted->userId);
    const QString issuedAt = QString::number(granted->issuedAt.toMSecsSinceEpoch());
    QJsonObject answer { { QStringLiteral("access_token"), granted->accessToken },
        { QStringLiteral("signature"),
            OAuthProvider::signature(identity, issuedAt, granted->consumerSecret) },
        { QStringLiteral("scope"), granted->scopes.join(QLatin1Char(' ')) },
        { QStringLiteral("instance_url"), m_org.instanceUrl(request) }, { QStringLiteral("id"), identity },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("issued_at"), issuedAt } };
    if (!granted->refreshToken.isEmpty()) {
        answer.insert(QStringLiteral("refresh_token"), granted->refreshToken);
    }
    m_org.context().counters.increment(QStringLiteral("salesforce.oauth.tokens"));
    SandboxResponse response = SandboxResponse::json(answer);
    response.setHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
    return response;
}

SandboxResponse OAuthEndpoints::revoke(const SandboxRequest& request)
{
    // POST with a form body, or (deprecated, still served) GET ?token=.
    const QUrlQuery parameters = request.method == "POST" ? request.formBody() : request.query;
    const QString token = parameters.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (!m_org.oauth().revoke(token)) {
        // Salesforce answers this one form-encoded, not in JSON.
        return SandboxResponse(400, "application/x-www-form-urlencoded",
            "error=unsupported_token_type&error_description=this%20token%20type%20is%20not%20supported");
    }
    return SandboxResponse::empty(200);
}

} // namespace sia::sandbox::salesforce

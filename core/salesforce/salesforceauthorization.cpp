#include "salesforce/salesforceauthorization.h"

#include "network/queryvalues.h"
#include "salesforce/browserlauncher.h"
#include "salesforce/loopbacklistener.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceerrors.h"
#include "salesforce/salesforcesession.h"
#include "salesforce/salesforcetokenendpoint.h"
#include "settings/settingdefinition.h"

#include <QPointer>
#include <QUrlQuery>

namespace sia {

SalesforceAuthorization::SalesforceAuthorization(
    SalesforceClient& client, BrowserLauncher& browser, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_browser(browser)
    , m_listener(new LoopbackListener(this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        finish(SalesforceErrors::authorizationTimedOut(m_client.connection().authorizationTimeout));
    });
    m_listener->setHandler([this](const QUrl& redirect) { return redirected(redirect); });
}

SalesforceAuthorization::~SalesforceAuthorization() = default;

QList<QUrl> SalesforceAuthorization::callbackUrlsFrom(const QString& settingValue)
{
    QList<QUrl> urls;
    for (const QString& text : settingValue.split(u' ', Qt::SkipEmptyParts)) {
        urls.append(QUrl(text));
    }
    return urls;
}

QString SalesforceAuthorization::callbackSettingName()
{
    return settingDefinition(SettingKey::SalesforceCallbackUrls).name;
}

void SalesforceAuthorization::start(Done done)
{
    if (running()) {
        cancel();
    }
    ++m_attempt;
    m_done = std::move(done);
    QStringList tried;
    const std::optional<QUrl> callback = m_listener->listen(m_client.connection().callbackUrls, &tried);
    if (!callback) {
        finish(SalesforceErrors::noFreeCallbackPort(callbackSettingName(), tried));
        return;
    }
    m_callback = *callback;
    m_pkce = Pkce::generate();
    m_state = Pkce::randomState();
    m_loginLink = buildLoginLink();
    m_timeout.start(m_client.connection().authorizationTimeout);
    emit waitingForBrowser(m_loginLink);
    m_browser.open(m_loginLink);
}

void SalesforceAuthorization::cancel()
{
    if (running()) {
        finish(SalesforceErrors::authorizationCancelled());
    }
}

QUrl SalesforceAuthorization::buildLoginLink() const
{
    const auto& connection = m_client.connection();
    QUrl url = connection.loginUrl;
    url.setPath(QStringLiteral("/services/oauth2/authorize"));
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("response_type"), QStringLiteral("code"));
    addQueryValue(query, QStringLiteral("client_id"), connection.consumerKey);
    addQueryValue(query, QStringLiteral("redirect_uri"), m_callback.toString());
    addQueryValue(query, QStringLiteral("scope"), connection.scopes.join(u' '));
    addQueryValue(query, QStringLiteral("state"), m_state);
    addQueryValue(query, QStringLiteral("code_challenge"), m_pkce.challenge);
    addQueryValue(query, QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    return url;
}

QByteArray SalesforceAuthorization::redirected(const QUrl& redirect)
{
    if (!running() || m_listener->callbackUrl() != m_callback) {
        return page(false, tr("This login is no longer awaited by SIA Admin."));
    }
    const QUrlQuery query(redirect);
    const auto value = [&query](const char* key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    if (value("state") != m_state) {
        const Error refused = SalesforceErrors::stateMismatch();
        finish(refused);
        return page(false, refused.message);
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const Error refused
            = SalesforceErrors::authorizationRefused(value("error"), value("error_description"));
        finish(refused);
        return page(false, refused.message);
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        const Error refused = SalesforceErrors::authorizationRefused(
            QStringLiteral("no_code"), tr("the redirect carried no authorization code"));
        finish(refused);
        return page(false, refused.message);
    }
    m_timeout.stop();
    m_listener->close(); // one answer per login
    emit exchangingCode();
    exchange(code);
    return page(true, tr("SIA Admin received the login and is finishing the connection."));
}

void SalesforceAuthorization::exchange(const QString& code)
{
    const quint64 attempt = m_attempt;
    auto self = QPointer<SalesforceAuthorization>(this);
    m_client.tokenEndpoint().exchangeCode(
        code, m_callback, m_pkce.verifier, [self, attempt](Result<SalesforceTokens> tokens) {
            if (!self || attempt != self->m_attempt || !self->running()) {
                return; // cancelled meanwhile
            }
            if (!tokens) {
                self->finish(tokens.error());
                return;
            }
            const SalesforceTokens granted = *tokens;
            self->m_client.session().adopt(granted, [self, attempt, granted](Result<void> stored) {
                if (!self || attempt != self->m_attempt || !self->running()) {
                    return;
                }
                self->finish(
                    stored ? Result<SalesforceTokens>(granted) : Result<SalesforceTokens>(stored.error()));
            });
        });
}

void SalesforceAuthorization::finish(Result<SalesforceTokens> outcome)
{
    m_timeout.stop();
    m_listener->close();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (!done) {
        return;
    }
    // Later: the listener may be answering the browser right now, and done may destroy this object.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), outcome = std::move(outcome)]() mutable { done(std::move(outcome)); },
        Qt::QueuedConnection);
}

QByteArray SalesforceAuthorization::page(bool connected, const QString& message) const
{
    const QString title
        = connected ? tr("SIA Admin: logged in to Salesforce") : tr("SIA Admin: not connected");
    const QString body = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
        "<body style=\"font-family:sans-serif;max-width:36em;margin:3em auto\"><h1>%1</h1><p>%2</p><p>%3</p>"
        "</body></html>")
                             .arg(title.toHtmlEscaped(), message.toHtmlEscaped(),
                                 tr("You can close this window and return to SIA Admin.").toHtmlEscaped());
    return body.toUtf8();
}

} // namespace sia

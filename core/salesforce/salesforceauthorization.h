// Connecting to Salesforce in the system browser: OAuth 2.0 authorization code with PKCE (S256) and a
// state check, redirected to a loopback listener at the first free callback URL of the setting
// salesforce.callback-urls. The login link is a value too (the "copy login link" fallback, the command
// line's --no-browser). Cancel at any time; a timeout says what happened; a redirect with a wrong state or
// an error (access_denied …) gets its own message. On success the code is exchanged on the login host and
// the refresh token is in the keychain before done hears of it.
#pragma once

#include "common/result.h"
#include "salesforce/pkce.h"
#include "salesforce/salesforcetokens.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace sia {

class BrowserLauncher;
class LoopbackListener;
class SalesforceClient;

class SalesforceAuthorization : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<SalesforceTokens>)>;

    // Both must outlive this object.
    SalesforceAuthorization(SalesforceClient& client, BrowserLauncher& browser, QObject* parent = nullptr);
    ~SalesforceAuthorization() override;

    // The callback URLs of the setting's value (URLs separated by spaces).
    static QList<QUrl> callbackUrlsFrom(const QString& settingValue);
    static QString callbackSettingName(); // "salesforce.callback-urls"

    // Listens, opens the browser and waits; done is called once, later, from the event loop. Starting
    // again while one runs cancels the first.
    void start(Done done);
    void cancel();
    bool running() const { return static_cast<bool>(m_done); }

    QUrl loginLink() const { return m_loginLink; } // valid once started
    QUrl callbackUrl() const { return m_callback; }

signals:
    void waitingForBrowser(const QUrl& loginLink);
    void exchangingCode(); // the browser came back with a code

private:
    QByteArray redirected(const QUrl& redirect);
    QUrl buildLoginLink() const;
    void exchange(const QString& code);
    void finish(Result<SalesforceTokens> outcome);
    QByteArray page(bool connected, const QString& message) const;

    SalesforceClient& m_client;
    BrowserLauncher& m_browser;
    LoopbackListener* m_listener;
    QTimer m_timeout;
    Pkce m_pkce;
    QString m_state;
    QUrl m_callback;
    QUrl m_loginLink;
    Done m_done;
    quint64 m_attempt = 0; // answers of an earlier attempt (cancelled, restarted) are dropped
};

} // namespace sia

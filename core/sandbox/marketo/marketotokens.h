// The identity service's access tokens (client credentials of one API-only user's custom service).
// Asking again before expiry gives the same token with its remaining lifetime, as Marketo does; a token
// that was issued and has run out is "expired" (602), anything else "invalid" (601).
#pragma once

#include <QHash>
#include <QString>

namespace sia::sandbox {
class SandboxClock;
}

namespace sia::sandbox::marketo {

struct MarketoCredentials
{
    QString clientId = QStringLiteral("6f1c9e2a-4b7d-4d58-9a3e-2c5b8f0d7e41");
    QString clientSecret = QStringLiteral("Sbx7QhK2mV9pL4tR8wN3zY6cF1dG5jX0");
    QString apiUserEmail = QStringLiteral("sia.api@sandbox-marketo.example"); // the token's "scope"
    QString munchkinId = QStringLiteral("123-SBX-456");
};

class MarketoTokens
{
public:
    MarketoTokens(const SandboxClock& clock, int lifetimeSeconds);

    struct Issued
    {
        QString token;
        qint64 expiresInSeconds = 0;
    };
    Issued issue();

    enum class Check
    {
        Valid,
        Missing,
        Invalid,
        Expired
    };
    Check check(const QString& token) const;

    void expireNow(); // the control API's way to test a client's renewal (and reset())
    void reset();

private:
    const SandboxClock& m_clock;
    int m_lifetimeSeconds;
    QString m_current;
    qint64 m_currentExpiresAtMs = 0;
    QHash<QString, qint64> m_expiry; // every token ever issued → its expiry (a few per hour)
};

} // namespace sia::sandbox::marketo

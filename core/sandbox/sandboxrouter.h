// Maps method + path to a handler and an endpoint name ("marketo.leads"). Patterns are literal segments
// and {name} segments ("/bulk/v1/leads/export/{exportId}/status.json"). A fallback answers whatever no
// route under its prefix matched, so that each vendor answers an unknown path the way it really does.
// Guards run, in the order added, for every request whose path starts with their prefix.
#pragma once

#include "sandbox/sandboxguard.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sia::sandbox {

using SandboxHandler = std::function<SandboxResponse(const SandboxRequest&)>;

class SandboxRouter
{
public:
    // methods: "GET", "POST", … or a list such as {"GET", "POST"}; "*" accepts any method.
    void add(const QByteArrayList& methods, const QString& pattern, const QString& endpoint,
        SandboxHandler handler);
    void add(
        const QByteArray& method, const QString& pattern, const QString& endpoint, SandboxHandler handler)
    {
        add(QByteArrayList { method }, pattern, endpoint, std::move(handler));
    }
    void addFallback(const QString& pathPrefix, const QString& endpoint, SandboxHandler handler);
    void addGuard(const QString& pathPrefix, std::shared_ptr<SandboxGuard> guard);

    struct Match
    {
        QString endpoint;
        QHash<QString, QString> pathParameters;
        const SandboxHandler* handler = nullptr;
    };
    // The route for request (exact routes first, then the longest matching fallback prefix).
    std::optional<Match> match(const QByteArray& method, const QString& path) const;
    QList<SandboxGuard*> guardsFor(const QString& path) const;
    QStringList endpoints() const; // every endpoint name registered, sorted (for the control API)

private:
    struct Route
    {
        QByteArrayList methods;
        QStringList segments;
        QString endpoint;
        SandboxHandler handler;
    };
    struct Fallback
    {
        QString prefix;
        QString endpoint;
        SandboxHandler handler;
    };
    struct Guard
    {
        QString prefix;
        std::shared_ptr<SandboxGuard> guard;
    };
    static bool matches(const Route& route, const QByteArray& method, const QStringList& segments,
        QHash<QString, QString>* parameters);

    QList<Route> m_routes;
    QList<Fallback> m_fallbacks;
    QList<Guard> m_guards;
};

} // namespace sia::sandbox

#include "sandbox/sandboxrouter.h"

#include <algorithm>

namespace sia::sandbox {

void SandboxRouter::add(
    const QByteArrayList& methods, const QString& pattern, const QString& endpoint, SandboxHandler handler)
{
    m_routes.append({ methods, pattern.split(u'/'), endpoint, std::move(handler) });
}

void SandboxRouter::addFallback(const QString& pathPrefix, const QString& endpoint, SandboxHandler handler)
{
    m_fallbacks.append({ pathPrefix, endpoint, std::move(handler) });
    // Longest prefix first, so that "/rest/v1/" wins over "/rest/".
    std::stable_sort(m_fallbacks.begin(), m_fallbacks.end(),
        [](const Fallback& a, const Fallback& b) { return a.prefix.size() > b.prefix.size(); });
}

void SandboxRouter::addGuard(const QString& pathPrefix, std::shared_ptr<SandboxGuard> guard)
{
    m_guards.append({ pathPrefix, std::move(guard) });
}

bool SandboxRouter::matches(const Route& route, const QByteArray& method, const QStringList& segments,
    QHash<QString, QString>* parameters)
{
    if (route.segments.size() != segments.size()) {
        return false;
    }
    if (!route.methods.contains(method) && !route.methods.contains("*")) {
        return false;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& expected = route.segments.at(i);
        if (expected.size() > 2 && expected.startsWith(u'{') && expected.endsWith(u'}')) {
            if (segments.at(i).isEmpty()) {
                return false;
            }
            parameters->insert(expected.mid(1, expected.size() - 2), segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    return true;
}

std::optional<SandboxRouter::Match> SandboxRouter::match(const QByteArray& method, const QString& path) const
{
    const QStringList segments = path.split(u'/');
    for (const Route& route : m_routes) {
        QHash<QString, QString> parameters;
        if (matches(route, method, segments, &parameters)) {
            return Match { route.endpoint, std::move(parameters), &route.handler };
        }
    }
    for (const Fallback& fallback : m_fallbacks) {
        if (path.startsWith(fallback.prefix)) {
            return Match { fallback.endpoint, {}, &fallback.handler };
        }
    }
    return std::nullopt;
}

QList<SandboxGuard*> SandboxRouter::guardsFor(const QString& path) const
{
    QList<SandboxGuard*> guards;
    for (const Guard& guard : m_guards) {
        if (path.startsWith(guard.prefix)) {
            guards.append(guard.guard.get());
        }
    }
    return guards;
}

QStringList SandboxRouter::endpoints() const
{
    QStringList names;
    for (const Route& route : m_routes) {
        names.append(route.endpoint);
    }
    for (const Fallback& fallback : m_fallbacks) {
        names.append(fallback.endpoint);
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace sia::sandbox

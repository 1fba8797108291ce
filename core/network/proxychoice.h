// How the product reaches Marketo and Salesforce: through the system's proxy (the default), directly, or
// through a proxy the admin names (HTTP or SOCKS5, host, port and an optional user). Read from the
// settings proxy.mode and proxy.url; the URL never holds the password, which is in the OS keychain
// (ConnectionSecret::ProxyPassword).
#pragma once

#include "common/enumkeys.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

class SettingsRepository;

enum class ProxyMode
{
    System,
    None,
    Manual
};

enum class ProxyKind
{
    Http,
    Socks5
};

template<> struct EnumKeys<ProxyMode>
{
    // The choices of the proxy.mode setting.
    static constexpr EnumKey<ProxyMode> table[]
        = { { ProxyMode::System, "system" }, { ProxyMode::None, "none" }, { ProxyMode::Manual, "manual" } };
};

struct ProxyChoice
{
    Q_DECLARE_TR_FUNCTIONS(sia::ProxyChoice)

public:
    ProxyMode mode = ProxyMode::System;
    ProxyKind kind = ProxyKind::Http; // Manual only
    QString host;
    quint16 port = 0;
    QString user; // empty: the proxy asks for no authentication

    // mode: a proxy.mode value; url: "http://[user@]host:port" or "socks5://[user@]host:port" (Manual).
    static Result<ProxyChoice> fromSettingValues(const QString& mode, const QString& url);
    static Result<ProxyChoice> fromSettings(const SettingsRepository& settings);

    bool needsPassword() const { return mode == ProxyMode::Manual && !user.isEmpty(); }
    // "http://host:port" (no user, no password): what a named check says it went through.
    QString displayUrl() const;
};

} // namespace sia

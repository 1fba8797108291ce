// What the Network dialog works through: the proxy (mode, address, user; its password in the keychain
// only) and the extra CA certificate file, read from and stored in the settings that both clients read
// (NetworkSettings). Every rule is here: the address is checked as ProxyChoice reads it, the file as
// ExtraCaFile reads it, a proxy user needs a password (stored or given), and nothing is stored unless all
// of it is valid. Answers come back later on this object's thread; the store work runs where the
// StoreRunner puts it.
#pragma once

#include "common/result.h"
#include "network/proxychoice.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace sia {

class SecretStore;
class StoreRunner;

// The dialog's fields as stored.
struct NetworkSettingsForm
{
    ProxyMode mode = ProxyMode::System;
    QString proxyAddress; // "http://host:port" / "socks5://host:port", without the user
    QString user;
    bool passwordStored = false;
    QString extraCaFile;
};

// What the admin saves: the form, and a new password when one was typed (empty: keep the stored one).
struct NetworkSettingsChange
{
    ProxyMode mode = ProxyMode::System;
    QString proxyAddress;
    QString user;
    QByteArray newPassword; // in memory only until it is in the keychain
    QString extraCaFile;
};

class NetworkSettingsEditor : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    // store and secrets must outlive this object; instance: ConnectionSecrets::instanceOf the store.
    NetworkSettingsEditor(
        StoreRunner& store, SecretStore& secrets, QString instance, QString actor, QObject* parent = nullptr);

    void load(Done<NetworkSettingsForm> done);
    void save(NetworkSettingsChange change, Done<void> done);

    // The proxy.url value of a change (the user put into the address), or why it is not one.
    static Result<QString> proxyUrlOf(const NetworkSettingsChange& change);

private:
    void storeSettings(const NetworkSettingsChange& change, const QString& url, Done<void> done);

    StoreRunner& m_store;
    SecretStore& m_secrets;
    QString m_instance;
    QString m_actor;
};

} // namespace sia

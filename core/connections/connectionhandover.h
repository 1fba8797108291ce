// Completing a hand-over (issue "Connections": who owns a connection): another admin has started one and
// connected as themselves; the new connection is recorded first, so the product runs on it at once, and
// then the previous owner's credentials are retired by the client that knows how, and the outcome is
// recorded. A retirement that fails does not undo the hand-over: the record says so (retireError), and the
// step page tells the admin to retire them by hand.
#pragma once

#include "common/result.h"
#include "connections/connectionrecord.h"

#include <QString>

#include <functional>

namespace sia {

class ConnectionRepository;

// Implemented by each client: Salesforce revokes the previous owner's refresh token (POST
// /services/oauth2/revoke) if this machine's keychain still holds it, Marketo deletes the previous client
// secret from the keychain. done may be called later, on the calling thread.
class CredentialRetirement
{
public:
    using Done = std::function<void(Result<void>)>;

    virtual ~CredentialRetirement() = default;
    virtual void revokePrevious(const ConnectionRecord& previous, Done done) = 0;
};

class ConnectionHandOver
{
public:
    // The record as stored once the retirement has answered (its handOver says whether it worked).
    using Finished = std::function<void(Result<ConnectionRecord>)>;

    // Both must outlive every call's answer; used on the thread that owns the repository's store.
    ConnectionHandOver(ConnectionRepository& repository, CredentialRetirement& retirement)
        : m_repository(repository)
        , m_retirement(retirement)
    { }

    // connected: the new owner's successful connection. Fails without retiring anything when actor has no
    // pending hand-over (HandOverRules::checkComplete).
    void complete(const ConnectionRecord& connected, const QString& actor, Finished done);

private:
    ConnectionRepository& m_repository;
    CredentialRetirement& m_retirement;
};

} // namespace sia

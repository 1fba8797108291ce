// A connection as the Actions database keeps it: the non-secret details of one service's connection
// (the connections table, store/migrations.cpp says what each column means per service) and its owner.
// Secrets never appear here: they are in the OS keychain on the owner's machine (ConnectionSecrets).
#pragma once

#include "connections/connectionservice.h"
#include "connections/connectiontestreport.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sia {

// Who connected it, when, from which machine, and as whom the service knows the connection.
struct ConnectionOwner
{
    QString connectedBy; // the admin (an actor name, as in the audit log)
    QDateTime connectedAt;
    QString connectedFrom; // the machine's host name: its keychain holds the secrets
    QString remoteUser; // Marketo: the API user; Salesforce: the connected user's username
};

enum class HandOverState
{
    None, // never handed over, nothing pending
    Pending, // another admin started taking it over and has not connected yet
    Completed // the last hand-over finished (see retired for the previous credentials)
};

// The hand-over as the step pages and the command line show it.
struct HandOver
{
    HandOverState state = HandOverState::None;
    QString pendingBy; // Pending: who takes it over
    QDateTime pendingSince;
    QString handedOverFrom; // Completed: the previous owner
    QDateTime handedOverAt;
    bool previousRetired = false; // Completed: the previous owner's credentials were retired
    QString retireError; // Completed and not retired: the stable code of why not
};

struct ConnectionRecord
{
    ConnectionService service = ConnectionService::Marketo;
    QString apiUrl; // Marketo: the REST endpoint; Salesforce: the instance_url
    QString authUrl; // Marketo: the identity endpoint; Salesforce: the login host or My Domain
    QString clientId; // Marketo: the custom service's client ID; Salesforce: the consumer key
    QString accountId; // Marketo: the Munchkin ID; Salesforce: the organization ID
    QString accountName; // Salesforce: the org's name
    QString edition; // Salesforce: the org's edition
    std::optional<bool> isSandbox; // Salesforce: a sandbox org
    std::optional<bool> apiEnabled; // Salesforce: the org and user may use the API
    QString remoteUserId; // Salesforce: the connected user's ID
    ConnectionOwner owner;
    QDateTime verifiedAt; // the last Test connection that passed
    std::optional<ConnectionTestReport> lastCheck; // the last Test connection, passed or not
    HandOver handOver;
};

template<> struct EnumKeys<HandOverState>
{
    static constexpr EnumKey<HandOverState> table[] = { { HandOverState::None, "none" },
        { HandOverState::Pending, "pending" }, { HandOverState::Completed, "completed" } };
};

} // namespace sia

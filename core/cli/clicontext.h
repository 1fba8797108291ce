// What a running command works with (the open store, the output) and how it ends: finish() once, now or
// from a later event. The runner turns a Ctrl-C into requestCancel(), which a waiting command answers by
// stopping and finishing.
#pragma once

#include "common/result.h"
#include "marketo/marketoconnectionservice.h"
#include "salesforce/salesforceconnectionservice.h"
#include "store/databasechoice.h"

#include <QObject>

namespace sia {

class CliOutput;
class Store;

class CliContext : public QObject
{
    Q_OBJECT

public:
    CliContext(Store* store, CliOutput& output, QObject* parent = nullptr);

    Store& store() const; // only for a command whose storeAccess() is not None
    bool hasStore() const { return m_store != nullptr; }
    CliOutput& output() const { return m_output; }
    // The database the run is on and why (AppInvocation::database); the error of a saved choice that
    // cannot be used.
    const Result<DatabaseChoice>& database() const { return m_database; }
    void setDatabase(const Result<DatabaseChoice>& database) { m_database = database; }
    // The PostgreSQL database the run is on, checked, without a password; empty: the file.
    QString databaseUrl() const { return m_database ? m_database->url : QString(); }

    // With --sandbox, for a command that talks to the services: where the run's sandbox serves Marketo.
    const std::optional<MarketoSandboxEndpoints>& marketoSandbox() const { return m_marketoSandbox; }
    void setMarketoSandbox(std::optional<MarketoSandboxEndpoints> sandbox)
    {
        m_marketoSandbox = std::move(sandbox);
    }

    // With --sandbox: where the run's sandbox serves Salesforce.
    const std::optional<SalesforceSandboxEndpoints>& salesforceSandbox() const { return m_salesforceSandbox; }
    void setSalesforceSandbox(std::optional<SalesforceSandboxEndpoints> sandbox)
    {
        m_salesforceSandbox = std::move(sandbox);
    }

    // Ends the command. Only the first call counts: a late callback after a cancel changes nothing.
    void finish(Result<void> outcome);
    bool isFinished() const { return m_finished; }
    const Result<void>& outcome() const { return m_outcome; }

    void requestCancel();
    bool isCancelRequested() const { return m_cancelRequested; }

    // What a command finishes with when it stopped because it was asked to.
    static Error interruptedError();

signals:
    void cancelRequested();
    void finished();

private:
    Store* m_store;
    CliOutput& m_output;
    Result<DatabaseChoice> m_database = DatabaseChoice();
    std::optional<MarketoSandboxEndpoints> m_marketoSandbox;
    std::optional<SalesforceSandboxEndpoints> m_salesforceSandbox;
    Result<void> m_outcome;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace sia

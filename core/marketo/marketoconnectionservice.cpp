#include "marketo/marketoconnectionservice.h"

#include "connections/apibudget.h"
#include "connections/apibudgetcontrol.h"
#include "connections/apibudgetgate.h"
#include "connections/connectioncheckrunner.h"
#include "connections/connectionrepository.h"
#include "connections/connectionsecrets.h"
#include "connections/handoverrules.h"
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "marketo/marketotokensource.h"
#include "network/networksettings.h"
#include "network/proxychoice.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace sia {
namespace {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// What the checks need from the settings, read on the store's thread.
struct CheckSettings
{
    NetworkSettings network;
    ApiBudget budget { ConnectionService::Marketo, 80 };
};

Result<CheckSettings> readCheckSettings(Store& store)
{
    SettingsRepository settings(store);
    Result<NetworkSettings> network = NetworkSettings::fromSettings(settings);
    if (!network) {
        return network.error();
    }
    Result<ApiBudget> budget = ApiBudget::fromSettings(settings, ConnectionService::Marketo);
    if (!budget) {
        return budget.error();
    }
    return CheckSettings { *network, *budget };
}

// A check says what is true now: it retries little, and a silent host fails it within seconds.
void shortenForChecks(MarketoConnection& connection)
{
    connection.retry.maxAttempts = 2;
    connection.retry.initialDelay = std::chrono::milliseconds(300);
    connection.retry.maxDelay = std::chrono::milliseconds(1'000);
    connection.transferTimeout = std::chrono::milliseconds(15'000);
}

// The Marketo record just saved or tested, read back on the store's thread; gone means another admin
// (or process) disconnected it meanwhile.
Result<ConnectionRecord> storedRecord(ConnectionRepository& repository)
{
    Result<std::optional<ConnectionRecord>> stored = repository.find(ConnectionService::Marketo);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return Error::notFound(QStringLiteral("marketo.not-connected"),
            MarketoConnectionService::tr("Marketo was disconnected while it was being tested."));
    }
    return **stored;
}

MarketoTestOutcome connectedOutcome(
    const ConnectionTestReport& report, const MarketoCheckFindings& findings, const ConnectionRecord& record)
{
    MarketoTestOutcome outcome;
    outcome.report = report;
    outcome.findings = findings;
    outcome.connected = true;
    outcome.record = record;
    return outcome;
}

} // namespace

MarketoConnectionService::MarketoConnectionService(
    StoreRunner& store, SecretStore& secrets, QString instance, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_instance(std::move(instance))
    , m_actor(std::move(actor))
{ }

MarketoConnectionService::~MarketoConnectionService()
{
    delete m_runner; // before the client its checks use
    delete m_client;
}

Result<void> MarketoConnectionService::checkUrls(const QUrl& restUrl, const QUrl& identityUrl)
{
    const std::pair<const QUrl*, QString> urls[]
        = { { &restUrl, tr("REST endpoint") }, { &identityUrl, tr("identity URL") } };
    for (const auto& [url, what] : urls) {
        if (!url->isValid() || url->host().isEmpty() || url->isRelative()) {
            //: %1 is "REST endpoint" or "identity URL", %2 what was entered.
            return Error::input(QStringLiteral("marketo.url-invalid"),
                tr("The %1 “%2” is not a URL. Copy it from Marketo, Admin, Web Services (it looks like "
                   "https://123-ABC-456.mktorest.com/rest).")
                    .arg(what, url->toString()));
        }
        const bool https = url->scheme() == u"https";
        const bool sandboxHttp = url->scheme() == u"http" && isLoopback(*url);
        if (!https && !sandboxHttp) {
            return Error::input(QStringLiteral("marketo.url-not-https"),
                tr("The %1 “%2” does not use https. Marketo is reached only over https (plain http is "
                   "allowed for the sandbox on this computer alone); copy the URL from Marketo, Admin, Web "
                   "Services.")
                    .arg(what, url->toString()));
        }
        if (!url->userInfo().isEmpty() || url->hasQuery()) {
            return Error::input(QStringLiteral("marketo.url-invalid"),
                tr("The %1 “%2” holds a user name or a query: enter the URL exactly as Marketo, Admin, Web "
                   "Services shows it.")
                    .arg(what, url->toString(QUrl::RemovePassword)));
        }
    }
    return {};
}

Result<void> MarketoConnectionService::checkCredentials(const MarketoCredentials& credentials)
{
    if (Result<void> urls = checkUrls(credentials.restUrl, credentials.identityUrl); !urls) {
        return urls;
    }
    if (credentials.clientId.trimmed().isEmpty()) {
        return Error::input(QStringLiteral("marketo.client-id-missing"),
            tr("Enter the client ID: Marketo shows it under Admin, LaunchPoint, the API user's custom "
               "service, View Details."));
    }
    if (credentials.clientSecret.isEmpty()) {
        return Error::input(QStringLiteral("marketo.client-secret-missing"),
            tr("Enter the client secret: Marketo shows it beside the client ID (Admin, LaunchPoint, the "
               "custom service, View Details)."));
    }
    return {};
}

void MarketoConnectionService::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

Error MarketoConnectionService::busyError() const
{
    return Error::rule(QStringLiteral("marketo.busy"),
        tr("The Marketo connection is being worked on already: wait for it to finish, then try again."));
}

MarketoConnection MarketoConnectionService::connectionFor(
    const QUrl& rest, const QUrl& identity, const QString& clientId, const QByteArray& secret) const
{
    MarketoConnection connection;
    connection.restUrl = rest;
    connection.identityUrl = identity;
    connection.clientId = clientId.trimmed();
    connection.clientSecret = QString::fromUtf8(secret);
    if (m_sandbox) {
        connection.extraCaCertificates = m_sandbox->extraCaCertificates;
    }
    return connection;
}

void MarketoConnectionService::replaceClient(MarketoConnection connection)
{
    if (m_runner) {
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    if (m_client) {
        m_client->deleteLater(); // after the runner: deferred deletes run in order
    }
    m_client = new MarketoClient(std::move(connection), this);
    m_client->setBudgetGate(budgetGate()); // every client of this instance counts against one budget
}

std::shared_ptr<ApiBudgetGate> MarketoConnectionService::budgetGate() const
{
    return ApiBudgetGate::forInstance(ConnectionService::Marketo, m_instance);
}

ApiBudgetControl& MarketoConnectionService::budget()
{
    if (!m_budget) {
        const std::shared_ptr<ApiBudgetGate> gate = budgetGate();
        gate->setDailyLimit(MarketoLimits().dailyCalls); // what the clients assume, before any is made
        m_budget = new ApiBudgetControl(m_store, gate, m_actor, this);
    }
    return *m_budget;
}

void MarketoConnectionService::load(Done<std::optional<ConnectionRecord>> done)
{
    m_store.run<std::optional<ConnectionRecord>>(
        [](Store& store) { return ConnectionRepository(store).find(ConnectionService::Marketo); }, this,
        std::move(done));
}

void MarketoConnectionService::runChecks(MarketoConnection connection, ChecksDone done)
{
    shortenForChecks(connection);
    m_store.run<CheckSettings>(readCheckSettings, this,
        [this, connection = std::move(connection), done = std::move(done)](
            Result<CheckSettings> settings) mutable {
            if (!settings) {
                // No check can run without the proxy and budget settings: one failed check says why.
                ConnectionTestReport report;
                report.ranAt = QDateTime::currentDateTimeUtc();
                report.ranBy = m_actor;
                NamedCheck check;
                check.key = QStringLiteral("proxy");
                check.outcome = CheckOutcome::Failed;
                check.code = settings.error().code;
                check.message = settings.error().message;
                check.fix = MarketoChecks::fixFor(settings.error());
                report.checks.append(check);
                emit checkFinished(check);
                done(report, {});
                return;
            }
            connection.extraCaCertificates += settings->network.extraCaCertificates;
            replaceClient(std::move(connection));
            budgetGate()->setCapPercent(settings->budget.capPercent());
            auto secrets = std::make_shared<ConnectionSecrets>(m_secrets, m_instance);
            MarketoChecks::Inputs inputs;
            inputs.client = m_client;
            inputs.secrets = secrets.get();
            inputs.proxy = settings->network.proxy;
            inputs.budget = settings->budget;
            auto findings = std::make_shared<MarketoCheckFindings>();
            m_runner = new ConnectionCheckRunner(MarketoChecks::create(inputs, findings), m_actor, this);
            connect(m_runner, &ConnectionCheckRunner::checkStarted, this,
                &MarketoConnectionService::checkStarted);
            connect(m_runner, &ConnectionCheckRunner::checkFinished, this,
                &MarketoConnectionService::checkFinished);
            connect(m_runner, &ConnectionCheckRunner::finished, this,
                [secrets, findings, done = std::move(done)](
                    const ConnectionTestReport& report) { done(report, *findings); });
            emit checksListed(m_runner->checkNames());
            m_runner->start();
        });
}

void MarketoConnectionService::connectTo(MarketoCredentials credentials, Done<MarketoTestOutcome> done)
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(busyError()); });
        return;
    }
    if (Result<void> valid = checkCredentials(credentials); !valid) {
        QTimer::singleShot(0, this, [valid, done = std::move(done)] { done(valid.error()); });
        return;
    }
    setBusy(true);
    auto finish = [this, done = std::move(done)](Result<MarketoTestOutcome> outcome) {
        setBusy(false);
        done(std::move(outcome));
    };
    const QString actor = m_actor;
    // Refused before anything is tried when another admin owns the connection: their secret stays.
    m_store.run<std::optional<ConnectionRecord>>(
        [actor](Store& store) -> Result<std::optional<ConnectionRecord>> {
            Result<std::optional<ConnectionRecord>> existing
                = ConnectionRepository(store).find(ConnectionService::Marketo);
            if (!existing) {
                return existing;
            }
            // A hand-over this admin started completes with this connect; otherwise only the owner connects.
            const bool takingOver = existing->has_value()
                && (*existing)->handOver.state == HandOverState::Pending
                && (*existing)->handOver.pendingBy == actor;
            if (!takingOver) {
                if (Result<void> allowed = HandOverRules::checkConnect(*existing, actor); !allowed) {
                    return allowed.error();
                }
            }
            return existing;
        },
        this,
        [this, credentials, finish](Result<std::optional<ConnectionRecord>> existing) {
            if (!existing) {
                finish(existing.error());
                return;
            }
            runChecks(connectionFor(credentials.restUrl, credentials.identityUrl, credentials.clientId,
                          credentials.clientSecret),
                [this, credentials, finish](ConnectionTestReport report, MarketoCheckFindings findings) {
                    if (!report.passed()) {
                        MarketoTestOutcome outcome;
                        outcome.report = std::move(report);
                        outcome.findings = std::move(findings);
                        finish(std::move(outcome)); // not connected; nothing stored
                        return;
                    }
                    saveConnected(credentials, std::move(report), std::move(findings), finish);
                });
        });
}

void MarketoConnectionService::saveConnected(const MarketoCredentials& credentials,
    ConnectionTestReport report, MarketoCheckFindings findings, Done<MarketoTestOutcome> done)
{
    auto secrets = std::make_shared<ConnectionSecrets>(m_secrets, m_instance);
    secrets->write(ConnectionSecret::MarketoClientSecret, credentials.clientSecret,
        [this, secrets, credentials, report, findings, done](Result<void> written) {
            if (!written) {
                done(written.error()); // no secret stored, so no connection either
                return;
            }
            ConnectionRecord record;
            record.service = ConnectionService::Marketo;
            record.apiUrl = credentials.restUrl.toString();
            record.authUrl = credentials.identityUrl.toString();
            record.clientId = credentials.clientId.trimmed();
            // A subscription's host is its Munchkin ID (123-ABC-456.mktorest.com).
            const QString firstLabel = credentials.restUrl.host().section(u'.', 0, 0);
            if (credentials.restUrl.host().endsWith(QStringLiteral(".mktorest.com"))) {
                record.accountId = firstLabel.toUpper();
            }
            record.owner.remoteUser = findings.apiUser;
            const QString actor = m_actor;
            m_store.run<ConnectionRecord>(
                [record, report, actor](Store& store) -> Result<ConnectionRecord> {
                    ConnectionRepository repository(store);
                    Result<std::optional<ConnectionRecord>> existing
                        = repository.find(ConnectionService::Marketo);
                    if (!existing) {
                        return existing.error();
                    }
                    const bool takingOver = existing->has_value()
                        && (*existing)->handOver.state == HandOverState::Pending
                        && (*existing)->handOver.pendingBy == actor;
                    Result<ConnectionRecord> saved = takingOver ? repository.completeHandOver(record, actor)
                                                                : repository.saveConnected(record, actor);
                    if (!saved) {
                        return saved;
                    }
                    if (takingOver) {
                        // Marketo's retirement: the previous owner's client secret is the keychain entry this
                        // connect has just overwritten, when they connected from this machine. From another
                        // machine it is still in that machine's keychain, and only they (or Marketo) can end
                        // it.
                        const ConnectionRecord& previous = *saved;
                        Result<void> retired;
                        if (previous.owner.connectedFrom != ConnectionRepository::thisMachine()) {
                            //: %1 the previous owner, %2 their machine.
                            retired = Error::environment(QStringLiteral("marketo.retire-elsewhere"),
                                MarketoConnectionService::tr("%1's client secret is still in the keychain of "
                                                             "%2. Ask them to disconnect "
                                                             "there, or in Marketo (Admin, LaunchPoint) "
                                                             "delete their custom service or "
                                                             "reset its secret.")
                                    .arg(previous.owner.connectedBy, previous.owner.connectedFrom));
                        }
                        if (Result<void> recorded
                            = repository.recordRetirement(ConnectionService::Marketo, retired, actor);
                            !recorded) {
                            return recorded.error();
                        }
                    }
                    if (Result<void> tested
                        = repository.recordTest(ConnectionService::Marketo, report, actor);
                        !tested) {
                        return tested.error();
                    }
                    return storedRecord(repository);
                },
                this,
                [report, findings, done](Result<ConnectionRecord> saved) {
                    done(saved ? connectedOutcome(report, findings, *saved)
                               : Result<MarketoTestOutcome>(saved.error()));
                });
        });
}

void MarketoConnectionService::storedConnection(Done<std::pair<ConnectionRecord, MarketoConnection>> done)
{
    load([this, done = std::move(done)](Result<std::optional<ConnectionRecord>> record) {
        if (!record) {
            done(record.error());
            return;
        }
        if (!record->has_value()) {
            done(Error::notFound(QStringLiteral("marketo.not-connected"),
                tr("Marketo is not connected yet. Connect it in step 3 (or with sia-admin connect "
                   "marketo).")));
            return;
        }
        const ConnectionRecord stored = **record;
        auto secrets = std::make_shared<ConnectionSecrets>(m_secrets, m_instance);
        secrets->read(
            ConnectionSecret::MarketoClientSecret, [this, secrets, stored, done](Result<QByteArray> secret) {
                if (!secret) {
                    if (secret.error().kind == ErrorKind::NotFound) {
                        //: %1 is the machine the connection was made on.
                        done(Error::environment(QStringLiteral("marketo.secret-missing"),
                            tr("The Marketo client secret is not in this computer's keychain: the connection "
                               "was "
                               "made on %1, whose keychain holds it. Test it there, or connect again here.")
                                .arg(stored.owner.connectedFrom)));
                        return;
                    }
                    done(secret.error());
                    return;
                }
                // The sandbox serves on a new port each run: its endpoints stand in for the stored ones.
                const QUrl rest = m_sandbox ? m_sandbox->restUrl : QUrl(stored.apiUrl);
                const QUrl identity = m_sandbox ? m_sandbox->identityUrl : QUrl(stored.authUrl);
                done(std::pair { stored, connectionFor(rest, identity, stored.clientId, *secret) });
            });
    });
}

void MarketoConnectionService::test(Done<MarketoTestOutcome> done)
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(busyError()); });
        return;
    }
    setBusy(true);
    auto finish = [this, done = std::move(done)](Result<MarketoTestOutcome> outcome) {
        setBusy(false);
        done(std::move(outcome));
    };
    storedConnection([this, finish](Result<std::pair<ConnectionRecord, MarketoConnection>> stored) {
        if (!stored) {
            finish(stored.error());
            return;
        }
        runChecks(stored->second, [this, finish](ConnectionTestReport report, MarketoCheckFindings findings) {
            recordTest(std::move(report), std::move(findings), finish);
        });
    });
}

void MarketoConnectionService::recordTest(
    ConnectionTestReport report, MarketoCheckFindings findings, Done<MarketoTestOutcome> done)
{
    const QString actor = m_actor;
    m_store.run<ConnectionRecord>(
        [report, actor](Store& store) -> Result<ConnectionRecord> {
            ConnectionRepository repository(store);
            if (Result<void> tested = repository.recordTest(ConnectionService::Marketo, report, actor);
                !tested) {
                return tested.error();
            }
            return storedRecord(repository);
        },
        this,
        [report, findings, done](Result<ConnectionRecord> stored) {
            done(stored ? connectedOutcome(report, findings, *stored)
                        : Result<MarketoTestOutcome>(stored.error()));
        });
}

void MarketoConnectionService::disconnect(Done<void> done)
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(busyError()); });
        return;
    }
    setBusy(true);
    auto finish = [this, done = std::move(done)](Result<void> outcome) {
        setBusy(false);
        done(std::move(outcome));
    };
    load([this, finish](Result<std::optional<ConnectionRecord>> record) {
        if (!record) {
            finish(record.error());
            return;
        }
        if (!record->has_value()) {
            finish(Error::notFound(QStringLiteral("marketo.not-connected"), tr("Marketo is not connected.")));
            return;
        }
        auto secrets = std::make_shared<ConnectionSecrets>(m_secrets, m_instance);
        secrets->removeAllOf(ConnectionService::Marketo, [this, secrets, finish](Result<void> removed) {
            if (!removed) {
                finish(removed.error()); // the record stays, so that the secret is not forgotten in place
                return;
            }
            const QString actor = m_actor;
            m_store.run<bool>(
                [actor](Store& store) -> Result<bool> {
                    Result<void> gone
                        = ConnectionRepository(store).disconnect(ConnectionService::Marketo, actor);
                    if (!gone) {
                        return gone.error();
                    }
                    return true;
                },
                this,
                [this, finish](Result<bool> gone) {
                    if (m_client) {
                        m_client->tokens().clear();
                    }
                    finish(gone ? Result<void>() : Result<void>(gone.error()));
                });
        });
    });
}

namespace {

// Gathers every user's roles (or invitation) and answers once all have answered.
struct AdminCollection
{
    int waiting = 0;
    std::optional<Error> failure;
    QList<MarketoAdmin> admins;
};

} // namespace

void MarketoConnectionService::withClient(Done<MarketoClient*> done)
{
    if (m_busy) {
        // Another piece of work of this service is under way (the checks, step 1's list of admins, seconds
        // at most): a caller that only needs the client (the preview, a sync) waits for it instead of
        // failing, and then gets the client as that work left it.
        auto waiting = std::make_shared<QMetaObject::Connection>();
        *waiting = connect(this, &MarketoConnectionService::busyChanged, this,
            [this, waiting, done = std::move(done)](bool busy) mutable {
                if (busy) {
                    return;
                }
                QObject::disconnect(*waiting);
                withClient(std::move(done));
            });
        return;
    }
    storedConnection(
        [this, done = std::move(done)](Result<std::pair<ConnectionRecord, MarketoConnection>> stored) {
            if (!stored) {
                done(stored.error());
                return;
            }
            replaceClient(stored->second);
            done(m_client.data());
        });
}

void MarketoConnectionService::admins(Done<QList<MarketoAdmin>> done)
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(busyError()); });
        return;
    }
    setBusy(true);
    auto finish = [this, done = std::move(done)](Result<QList<MarketoAdmin>> outcome) {
        setBusy(false);
        done(std::move(outcome));
    };
    storedConnection([this, finish](Result<std::pair<ConnectionRecord, MarketoConnection>> stored) {
        if (!stored) {
            finish(stored.error());
            return;
        }
        replaceClient(stored->second);
        QPointer<MarketoClient> client = m_client;
        MarketoApi(*m_client).users(this, [this, client, finish](Result<QList<QJsonObject>> users) {
            if (!users) {
                finish(users.error());
                return;
            }
            auto collection = std::make_shared<AdminCollection>();
            auto answered = [collection, finish] {
                if (--collection->waiting > 0) {
                    return;
                }
                if (collection->failure) {
                    finish(*collection->failure);
                    return;
                }
                std::sort(collection->admins.begin(), collection->admins.end(),
                    [](const MarketoAdmin& a, const MarketoAdmin& b) {
                        return a.pending != b.pending ? !a.pending : a.email.toLower() < b.email.toLower();
                    });
                finish(collection->admins);
            };
            for (const QJsonObject& user : *users) {
                if (user.value(QStringLiteral("apiOnly")).toBool()) {
                    continue; // an API-only user cannot log in, so it cannot administer Actions
                }
                MarketoAdmin admin;
                admin.userid = user.value(QStringLiteral("userid")).toString();
                admin.email = user.value(QStringLiteral("emailAddress")).toString();
                admin.firstName = user.value(QStringLiteral("firstName")).toString();
                admin.lastName = user.value(QStringLiteral("lastName")).toString();
                ++collection->waiting;
                MarketoApi(*client).userRoles(admin.userid, this,
                    [this, client, admin, collection, answered](Result<QList<QJsonObject>> roles) mutable {
                        if (roles) {
                            for (const QJsonObject& role : *roles) {
                                if (role.value(QStringLiteral("accessRoleName")).toString() == u"Admin") {
                                    admin.workspaces
                                        << role.value(QStringLiteral("workspaceName")).toString();
                                }
                            }
                            if (!admin.workspaces.isEmpty()) {
                                collection->admins.append(admin);
                            }
                            answered();
                            return;
                        }
                        if (roles.error().kind != ErrorKind::NotFound || !client) {
                            collection->failure = collection->failure.value_or(roles.error());
                            answered();
                            return;
                        }
                        // Roles unknown: a pending invitation (Marketo says so on invite.json).
                        MarketoApi(*client).invitation(admin.userid, this,
                            [admin, collection, answered](Result<QJsonObject> invitation) mutable {
                                if (invitation) {
                                    admin.pending = true;
                                    collection->admins.append(admin);
                                } else if (invitation.error().kind != ErrorKind::NotFound) {
                                    collection->failure = collection->failure.value_or(invitation.error());
                                }
                                answered();
                            });
                    });
            }
            if (collection->waiting == 0) {
                ++collection->waiting;
                answered();
            }
        });
    });
}

} // namespace sia

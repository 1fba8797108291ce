#include "salesforce/salesforceconnectionservice.h"

#include "connections/apibudget.h"
#include "connections/apibudgetcontrol.h"
#include "connections/apibudgetgate.h"
#include "connections/connectioncheckrunner.h"
#include "connections/connectionrepository.h"
#include "connections/connectionsecrets.h"
#include "connections/handoverrules.h"
#include "network/networkproxy.h"
#include "network/networksettings.h"
#include "network/proxychoice.h"
#include "salesforce/pendingsecretstore.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforceauthorization.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceerrors.h"
#include "salesforce/salesforcesession.h"
#include "salesforce/salesforcetokenendpoint.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"

#include <QHostAddress>
#include <QTimer>

namespace sia {

struct SalesforceConnectionService::Settings
{
    ProxyChoice proxy;
    QList<QSslCertificate> extraCaCertificates; // network.extra-ca-file's
    ApiBudget budget { ConnectionService::Salesforce, 80 };
    QList<QUrl> callbackUrls;
};

// One browser login and what it brings until it is kept or dropped. Destroyed in reverse order: the
// authorization and the client before the memory their refresh token is held in.
struct SalesforceConnectionService::Login
{
    SalesforceConnectRequest request;
    Settings settings;
    Done<SalesforceTestOutcome> done;
    std::optional<ConnectionRecord> existing;
    std::optional<QByteArray> previousToken; // this machine's keychain's, read before anything replaces it
    std::unique_ptr<PendingSecretStore> held;
    std::unique_ptr<ConnectionSecrets> heldSecrets;
    std::unique_ptr<SalesforceClient> client; // on the held token
    std::unique_ptr<SalesforceAuthorization> authorization;
    QPointer<SalesforceClient> kept; // on the keychain, once the checks passed
};

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

// A check says what is true now: it retries little, and a silent host fails it within seconds.
void shortenForChecks(SalesforceConnection& connection)
{
    connection.retry.maxAttempts = 2;
    connection.retry.initialDelay = std::chrono::milliseconds(300);
    connection.retry.maxDelay = std::chrono::milliseconds(1'000);
    connection.transferTimeout = std::chrono::milliseconds(15'000);
}

Result<ConnectionRecord> storedRecord(ConnectionRepository& repository)
{
    Result<std::optional<ConnectionRecord>> stored = repository.find(ConnectionService::Salesforce);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return Error::notFound(QStringLiteral("salesforce.not-connected"),
            SalesforceConnectionService::tr("Salesforce was disconnected meanwhile."));
    }
    return **stored;
}

SalesforceTestOutcome outcomeOf(const ConnectionTestReport& report, const SalesforceCheckFindings& findings,
    std::optional<ConnectionRecord> record)
{
    SalesforceTestOutcome outcome;
    outcome.report = report;
    outcome.findings = findings;
    outcome.connected = record.has_value();
    outcome.record = std::move(record);
    return outcome;
}

ConnectionRecord recordOf(const SalesforceConnectRequest& request, const SalesforceCheckFindings& findings)
{
    ConnectionRecord record;
    record.service = ConnectionService::Salesforce;
    record.apiUrl = findings.instanceUrl.toString();
    record.authUrl = request.loginUrl.toString();
    record.clientId = request.consumerKey.trimmed();
    record.accountId = findings.organizationId;
    record.accountName = findings.organizationName;
    record.edition = findings.edition;
    record.isSandbox = findings.isSandbox;
    record.apiEnabled = findings.apiAvailable;
    record.remoteUserId = findings.userId;
    record.owner.remoteUser = findings.username;
    return record;
}

} // namespace

void SalesforceCredentialRetirement::revokePrevious(const ConnectionRecord& previous, Done done)
{
    if (previous.owner.connectedFrom != ConnectionRepository::thisMachine() || !m_previousToken) {
        //: %1 the previous owner, %2 their machine.
        done(Error::environment(QStringLiteral("salesforce.retire-elsewhere"),
            tr("%1's refresh token is in the keychain of %2, not of this computer. Ask them to disconnect "
               "there, or revoke it in Salesforce (Setup, Connected Apps OAuth Usage, the app, the user, "
               "Revoke).")
                .arg(previous.owner.connectedBy, previous.owner.connectedFrom)));
        return;
    }
    m_client.tokenEndpoint().revoke(QString::fromUtf8(*m_previousToken), std::move(done));
}

SalesforceConnectionService::SalesforceConnectionService(StoreRunner& store, SecretStore& secrets,
    QString instance, QString actor, BrowserLauncher& browser, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_instance(std::move(instance))
    , m_actor(std::move(actor))
    , m_browser(browser)
    , m_keychain(std::make_unique<ConnectionSecrets>(m_secrets, m_instance))
{ }

SalesforceConnectionService::~SalesforceConnectionService()
{
    m_closing = true;
    delete m_runner; // before the clients its checks use
    m_login.reset();
    m_discarding.clear();
    m_dropped.clear();
    delete m_client;
}

Result<QUrl> SalesforceConnectionService::loginUrlFor(const QString& text) const
{
    const QString entered = text.trimmed();
    const QString lower = entered.toLower();
    if (lower.isEmpty() || lower == u"production" || lower == u"login.salesforce.com"
        || lower == u"https://login.salesforce.com" || lower == u"https://login.salesforce.com/") {
        return m_sandbox ? m_sandbox->loginUrl : SalesforceLoginHost::production();
    }
    if (lower == u"sandbox" || lower == u"test.salesforce.com" || lower == u"https://test.salesforce.com"
        || lower == u"https://test.salesforce.com/") {
        return m_sandbox ? m_sandbox->loginUrl : SalesforceLoginHost::sandbox();
    }
    if (m_sandbox) {
        const QUrl url(entered);
        if (url.scheme() == m_sandbox->loginUrl.scheme() && isLoopback(url)
            && url.port() == m_sandbox->loginUrl.port()) {
            return m_sandbox->loginUrl;
        }
    }
    return SalesforceLoginHost::myDomain(entered);
}

Result<void> SalesforceConnectionService::checkRequest(const SalesforceConnectRequest& request) const
{
    const QUrl& url = request.loginUrl;
    const bool https = url.scheme() == u"https" && !url.host().isEmpty();
    const bool sandboxHttp = url.scheme() == u"http" && isLoopback(url);
    if (!https && !sandboxHttp) {
        return Error::input(QStringLiteral("salesforce.login-host"),
            tr("The login host “%1” is not a Salesforce login host: choose production "
               "(login.salesforce.com), "
               "sandbox (test.salesforce.com) or the org's My Domain.")
                .arg(url.toString()));
    }
    if (request.consumerKey.trimmed().isEmpty()) {
        return Error::input(QStringLiteral("salesforce.consumer-key-missing"),
            tr("Enter the consumer key of the connected app (or external client app) created for SIA Admin: "
               "Salesforce shows it under Setup, App Manager, the app, View, Manage Consumer Details."));
    }
    return {};
}

void SalesforceConnectionService::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

Error SalesforceConnectionService::busyError() const
{
    return Error::rule(QStringLiteral("salesforce.busy"),
        tr("The Salesforce connection is being worked on already: wait for it to finish (or cancel the "
           "login), then try again."));
}

bool SalesforceConnectionService::isWaitingForBrowser() const
{
    return m_login && m_login->authorization && m_login->authorization->running();
}

QUrl SalesforceConnectionService::loginLink() const
{
    return isWaitingForBrowser() ? m_login->authorization->loginLink() : QUrl();
}

SalesforceConnection SalesforceConnectionService::connectionFor(const QUrl& loginUrl,
    const QString& consumerKey, const QString& consumerSecret, const Settings& settings) const
{
    SalesforceConnection connection;
    connection.loginUrl = loginUrl;
    connection.consumerKey = consumerKey.trimmed();
    connection.consumerSecret = consumerSecret;
    connection.callbackUrls
        = m_sandbox && !m_sandbox->callbackUrls.isEmpty() ? m_sandbox->callbackUrls : settings.callbackUrls;
    connection.authorizationTimeout = m_authorizationTimeout;
    if (m_sandbox) {
        connection.extraCaCertificates = m_sandbox->extraCaCertificates;
    }
    connection.extraCaCertificates += settings.extraCaCertificates;
    return connection;
}

void SalesforceConnectionService::replaceClient(SalesforceClient* client)
{
    if (m_runner) {
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    if (m_client) {
        m_client->deleteLater(); // after the runner: deferred deletes run in order
    }
    m_client = client;
    if (client) {
        client->setParent(this);
    }
}

std::shared_ptr<ApiBudgetGate> SalesforceConnectionService::budgetGate() const
{
    return ApiBudgetGate::forInstance(ConnectionService::Salesforce, m_instance);
}

ApiBudgetControl& SalesforceConnectionService::budget()
{
    if (!m_budget) {
        m_budget = new ApiBudgetControl(m_store, budgetGate(), m_actor, this);
    }
    return *m_budget;
}

void SalesforceConnectionService::load(Done<std::optional<ConnectionRecord>> done)
{
    m_store.run<std::optional<ConnectionRecord>>(
        [](Store& store) { return ConnectionRepository(store).find(ConnectionService::Salesforce); }, this,
        std::move(done));
}

void SalesforceConnectionService::readSettings(Done<Settings> done)
{
    m_store.run<Settings>(
        [](Store& store) -> Result<Settings> {
            SettingsRepository settings(store);
            Result<NetworkSettings> network = NetworkSettings::fromSettings(settings);
            if (!network) {
                return network.error();
            }
            Result<ApiBudget> budget = ApiBudget::fromSettings(settings, ConnectionService::Salesforce);
            if (!budget) {
                return budget.error();
            }
            Result<QString> callbacks = settings.get<QString>(SettingKey::SalesforceCallbackUrls);
            if (!callbacks) {
                return callbacks.error();
            }
            return Settings { network->proxy, network->extraCaCertificates, *budget,
                SalesforceAuthorization::callbackUrlsFrom(*callbacks) };
        },
        this,
        [this, done = std::move(done)](Result<Settings> settings) {
            if (settings) {
                budgetGate()->setCapPercent(settings->budget.capPercent());
            }
            done(std::move(settings));
        });
}

void SalesforceConnectionService::runChecks(SalesforceClient& client, ConnectionSecrets& secrets,
    const Settings& settings, const QUrl& instanceUrl, const QString& knownEdition, ChecksDone done)
{
    if (m_runner) {
        m_runner->deleteLater();
    }
    SalesforceChecks::Inputs inputs;
    inputs.client = &client;
    inputs.secrets = &secrets;
    inputs.proxy = settings.proxy;
    inputs.budget = settings.budget;
    inputs.instanceUrl = instanceUrl;
    inputs.knownEdition = knownEdition;
    auto findings = std::make_shared<SalesforceCheckFindings>();
    m_runner = new ConnectionCheckRunner(SalesforceChecks::create(inputs, findings), m_actor, this);
    connect(m_runner, &ConnectionCheckRunner::checkStarted, this, &SalesforceConnectionService::checkStarted);
    connect(
        m_runner, &ConnectionCheckRunner::checkFinished, this, &SalesforceConnectionService::checkFinished);
    connect(m_runner, &ConnectionCheckRunner::finished, this,
        [findings, done = std::move(done)](const ConnectionTestReport& report) { done(report, *findings); });
    emit checksListed(m_runner->checkNames());
    m_runner->start();
}

// connect --------------------------------------------------------------------------------------------

void SalesforceConnectionService::connectTo(
    SalesforceConnectRequest request, Done<SalesforceTestOutcome> done)
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(busyError()); });
        return;
    }
    if (Result<void> valid = checkRequest(request); !valid) {
        QTimer::singleShot(0, this, [valid, done = std::move(done)] { done(valid.error()); });
        return;
    }
    setBusy(true);
    auto login = std::make_shared<Login>();
    login->request = std::move(request);
    login->done = std::move(done);
    m_login = login;
    // Ends the login once: whatever answers after a cancel finds m_login replaced and stops.
    auto finish = [this, login](Result<SalesforceTestOutcome> outcome) {
        if (m_login != login) {
            return;
        }
        Done<SalesforceTestOutcome> done = std::move(login->done);
        if (m_runner) {
            m_runner->deleteLater(); // its checks may run on the login's client
            m_runner = nullptr;
        }
        // Dropped from the event loop: this may run inside a call of the login's own objects.
        dropLater(std::move(m_login));
        setBusy(false);
        done(std::move(outcome));
    };
    const QString actor = m_actor;
    m_store.run<std::optional<ConnectionRecord>>(
        [](Store& store) { return ConnectionRepository(store).find(ConnectionService::Salesforce); }, this,
        [this, login, finish, actor](Result<std::optional<ConnectionRecord>> existing) {
            if (m_login != login) {
                return;
            }
            if (!existing) {
                finish(existing.error());
                return;
            }
            const std::optional<ConnectionRecord>& record = *existing;
            const bool takingOver = record && record->handOver.state == HandOverState::Pending
                && record->handOver.pendingBy == actor;
            if (Result<void> allowed = HandOverRules::checkConnect(record, actor); !allowed && !takingOver) {
                finish(allowed.error()); // refused before the browser opens
                return;
            }
            login->existing = record;
            readSettings([this, login, finish](Result<Settings> settings) {
                if (m_login != login) {
                    return;
                }
                if (!settings) {
                    finish(settings.error());
                    return;
                }
                login->settings = *settings;
                // The token the connection runs on now, read before a new one can replace it: it is
                // revoked once the new login is kept (a hand-over's retirement, or our own old one). A
                // keychain that cannot be read now would not keep the new token either.
                m_keychain->read(ConnectionSecret::SalesforceRefreshToken,
                    [this, login, finish](Result<QByteArray> previous) {
                        if (m_login != login) {
                            return;
                        }
                        if (!previous && previous.error().kind != ErrorKind::NotFound) {
                            finish(previous.error());
                            return;
                        }
                        if (previous) {
                            login->previousToken = *previous;
                        }
                        login->held = std::make_unique<PendingSecretStore>();
                        login->heldSecrets = std::make_unique<ConnectionSecrets>(*login->held, m_instance);
                        SalesforceConnection connection
                            = connectionFor(login->request.loginUrl, login->request.consumerKey,
                                QString::fromUtf8(login->request.consumerSecret), login->settings);
                        shortenForChecks(connection);
                        login->client = std::make_unique<SalesforceClient>(connection, *login->heldSecrets);
                        login->client->setBudgetGate(budgetGate());
                        login->authorization
                            = std::make_unique<SalesforceAuthorization>(*login->client, m_browser);
                        connect(login->authorization.get(), &SalesforceAuthorization::waitingForBrowser, this,
                            &SalesforceConnectionService::waitingForBrowser);
                        connect(login->authorization.get(), &SalesforceAuthorization::exchangingCode, this,
                            &SalesforceConnectionService::exchangingCode);
                        std::weak_ptr<Login> weak = login;
                        // The browser login's proxy is the checks' too: apply it first.
                        NetworkProxy::applyWithStoredPassword(login->settings.proxy, *m_keychain,
                            login->client->network(), [this, weak, finish](Result<void> applied) {
                                std::shared_ptr<Login> login = weak.lock();
                                if (!login || m_login != login) {
                                    return;
                                }
                                if (!applied) {
                                    finish(applied.error());
                                    return;
                                }
                                login->authorization->start(
                                    [this, weak, finish](Result<SalesforceTokens> tokens) {
                                        std::shared_ptr<Login> login = weak.lock();
                                        if (!login || m_login != login) {
                                            return;
                                        }
                                        if (!tokens) {
                                            finish(tokens.error());
                                            return;
                                        }
                                        afterLogin(login, finish);
                                    });
                            });
                    });
            });
        });
}

void SalesforceConnectionService::cancel()
{
    if (!m_login) {
        return;
    }
    if (isWaitingForBrowser()) {
        m_login->authorization->cancel(); // its answer ends the login
        return;
    }
    // Past the browser (exchanging the code or checking): the new login is dropped, the old one stays.
    std::shared_ptr<Login> login = m_login;
    if (m_runner) {
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    discardLogin(login);
    Done<SalesforceTestOutcome> done = std::move(login->done);
    dropLater(std::move(m_login));
    setBusy(false);
    QTimer::singleShot(
        0, this, [done = std::move(done)] { done(SalesforceErrors::authorizationCancelled()); });
}

void SalesforceConnectionService::afterLogin(std::shared_ptr<Login> login, Done<SalesforceTestOutcome> finish)
{
    const QString knownEdition = login->existing ? login->existing->edition : QString();
    runChecks(*login->client, *m_keychain, login->settings, login->client->session().instanceUrl(),
        knownEdition, [this, login, finish](ConnectionTestReport report, SalesforceCheckFindings findings) {
            if (m_login != login) {
                return;
            }
            if (!report.passed()) {
                discardLogin(login); // never used: revoked, so it does not count against the user's five
                finish(outcomeOf(report, findings, std::nullopt));
                return;
            }
            keepLogin(login, std::move(report), std::move(findings), finish);
        });
}

void SalesforceConnectionService::discardLogin(std::shared_ptr<Login> login)
{
    if (!login->client || !login->heldSecrets) {
        return;
    }
    // Kept until Salesforce answered the revocation (or this service closes, which abandons it).
    m_discarding.push_back(login);
    QPointer<SalesforceConnectionService> self = this;
    Login* raw = login.get();
    login->heldSecrets->read(ConnectionSecret::SalesforceRefreshToken, [self, raw](Result<QByteArray> token) {
        if (!self || self->m_closing) {
            return;
        }
        if (!token) {
            self->forgetDiscarded(raw);
            return;
        }
        raw->client->tokenEndpoint().revoke(QString::fromUtf8(*token), [self, raw](Result<void>) {
            if (self && !self->m_closing) {
                self->forgetDiscarded(raw);
            }
        });
    });
}

void SalesforceConnectionService::forgetDiscarded(Login* login)
{
    const auto found = std::find_if(m_discarding.begin(), m_discarding.end(),
        [login](const std::shared_ptr<Login>& discarding) { return discarding.get() == login; });
    if (found != m_discarding.end()) {
        std::shared_ptr<Login> done = std::move(*found);
        m_discarding.erase(found);
        dropLater(std::move(done));
    }
}

void SalesforceConnectionService::dropLater(std::shared_ptr<Login> login)
{
    // From the event loop: this may run inside a call of the login's own objects. Never left queued past
    // this service (a queued login destroyed after the application would wait forever on its lock).
    if (!login) {
        return;
    }
    m_dropped.push_back(std::move(login));
    if (m_dropped.size() == 1) {
        QTimer::singleShot(0, this, [this] { m_dropped.clear(); });
    }
}

void SalesforceConnectionService::keepLogin(std::shared_ptr<Login> login, ConnectionTestReport report,
    SalesforceCheckFindings findings, Done<SalesforceTestOutcome> finish)
{
    login->heldSecrets->read(ConnectionSecret::SalesforceRefreshToken,
        [this, login, report, findings, finish](Result<QByteArray> refreshToken) {
            if (m_login != login) {
                return;
            }
            if (!refreshToken) {
                finish(refreshToken.error());
                return;
            }
            SalesforceSession& checked = login->client->session();
            SalesforceTokens tokens;
            tokens.refreshToken
                = QString::fromUtf8(*refreshToken); // the newest: the checks may have rotated it
            tokens.accessToken = checked.currentAccessToken();
            tokens.instanceUrl = checked.instanceUrl();
            tokens.identityUrl = checked.identityUrl();
            // The kept client runs on the keychain; adopting writes the token there before it is used.
            auto* kept
                = new SalesforceClient(connectionFor(login->request.loginUrl, login->request.consumerKey,
                                           QString::fromUtf8(login->request.consumerSecret), login->settings),
                    *m_keychain, this);
            login->kept = kept;
            kept->setBudgetGate(budgetGate());
            // The login's manager has the proxy with its keychain password applied already.
            kept->network().setProxy(login->client->network().proxy());
            kept->session().adopt(tokens, [this, login, kept, report, findings, finish](Result<void> stored) {
                if (m_login != login) {
                    return;
                }
                if (!stored) {
                    // The keychain refused (locked, say): the previous token is still in it, untouched.
                    kept->deleteLater();
                    discardLogin(login);
                    finish(stored.error());
                    return;
                }
                auto secretStored = [this, login, report, findings, finish](Result<void> secret) {
                    if (m_login != login) {
                        return;
                    }
                    if (!secret) {
                        finish(secret.error());
                        return;
                    }
                    saveRecord(login, report, findings, finish);
                };
                if (login->request.consumerSecret.isEmpty()) {
                    m_keychain->remove(ConnectionSecret::SalesforceConsumerSecret, secretStored);
                } else {
                    m_keychain->write(ConnectionSecret::SalesforceConsumerSecret,
                        login->request.consumerSecret, secretStored);
                }
            });
        });
}

void SalesforceConnectionService::saveRecord(std::shared_ptr<Login> login, ConnectionTestReport report,
    SalesforceCheckFindings findings, Done<SalesforceTestOutcome> finish)
{
    const ConnectionRecord record = recordOf(login->request, findings);
    const QString actor = m_actor;
    struct Saved
    {
        ConnectionRecord record; // as stored; for a hand-over, the previous owner's record
        bool handedOver = false;
    };
    m_store.run<Saved>(
        [record, report, actor](Store& store) -> Result<Saved> {
            ConnectionRepository repository(store);
            Result<std::optional<ConnectionRecord>> existing = repository.find(ConnectionService::Salesforce);
            if (!existing) {
                return existing.error();
            }
            const bool takingOver = existing->has_value()
                && (*existing)->handOver.state == HandOverState::Pending
                && (*existing)->handOver.pendingBy == actor;
            if (takingOver) {
                Result<ConnectionRecord> previous = repository.completeHandOver(record, actor);
                if (!previous) {
                    return previous.error();
                }
                return Saved { *previous, true };
            }
            Result<ConnectionRecord> saved = repository.saveConnected(record, actor);
            if (!saved) {
                return saved.error();
            }
            if (Result<void> tested = repository.recordTest(ConnectionService::Salesforce, report, actor);
                !tested) {
                return tested.error();
            }
            Result<ConnectionRecord> stored = storedRecord(repository);
            if (!stored) {
                return stored.error();
            }
            return Saved { *stored, false };
        },
        this,
        [this, login, report, findings, finish, actor](Result<Saved> saved) {
            if (m_login != login) {
                return;
            }
            if (!saved) {
                finish(saved.error());
                return;
            }
            SalesforceClient* kept = login->kept;
            replaceClient(kept);
            emit connectionChanged();
            if (!saved->handedOver) {
                // Our own earlier token, if this machine held one: replaced, so revoked (it would count
                // against the user's five approvals of the app).
                if (login->previousToken && kept) {
                    kept->tokenEndpoint().revoke(
                        QString::fromUtf8(*login->previousToken), [](Result<void>) {});
                }
                finish(outcomeOf(report, findings, saved->record));
                return;
            }
            auto retirement = std::make_shared<SalesforceCredentialRetirement>(*kept, login->previousToken);
            retirement->revokePrevious(saved->record,
                [this, login, retirement, report, findings, finish, actor](Result<void> retired) {
                    m_store.run<ConnectionRecord>(
                        [retired, report, actor](Store& store) -> Result<ConnectionRecord> {
                            ConnectionRepository repository(store);
                            if (Result<void> recorded
                                = repository.recordRetirement(ConnectionService::Salesforce, retired, actor);
                                !recorded) {
                                return recorded.error();
                            }
                            if (Result<void> tested
                                = repository.recordTest(ConnectionService::Salesforce, report, actor);
                                !tested) {
                                return tested.error();
                            }
                            return storedRecord(repository);
                        },
                        this,
                        [finish, report, findings](Result<ConnectionRecord> stored) {
                            finish(stored
                                    ? Result<SalesforceTestOutcome>(outcomeOf(report, findings, *stored))
                                    : Result<SalesforceTestOutcome>(stored.error()));
                        });
                });
        });
}

// the stored connection --------------------------------------------------------------------------------

void SalesforceConnectionService::storedClient(Done<ConnectionRecord> done)
{
    load([this, done = std::move(done)](Result<std::optional<ConnectionRecord>> record) {
        if (!record) {
            done(record.error());
            return;
        }
        if (!record->has_value()) {
            done(Error::notFound(QStringLiteral("salesforce.not-connected"),
                tr("Salesforce is not connected yet. Connect it in step 2 (or with sia-admin connect "
                   "salesforce).")));
            return;
        }
        const ConnectionRecord stored = **record;
        if (m_client) {
            done(stored);
            return;
        }
        readSettings([this, stored, done](Result<Settings> settings) {
            if (!settings) {
                done(settings.error());
                return;
            }
            SalesforceClient::readConsumerSecret(
                *m_keychain, [this, stored, settings, done](Result<QString> secret) {
                    if (!secret) {
                        done(secret.error());
                        return;
                    }
                    if (m_client) {
                        done(stored); // built meanwhile by another caller
                        return;
                    }
                    // The sandbox serves on new ports each run: its login host stands in for the stored one.
                    const QUrl login = m_sandbox ? m_sandbox->loginUrl : QUrl(stored.authUrl);
                    auto* client = new SalesforceClient(
                        connectionFor(login, stored.clientId, *secret, *settings), *m_keychain, this);
                    client->setBudgetGate(budgetGate());
                    replaceClient(client);
                    NetworkProxy::applyWithStoredPassword(settings->proxy, *m_keychain, client->network(),
                        [stored, done](Result<void> applied) {
                            done(applied ? Result<ConnectionRecord>(stored)
                                         : Result<ConnectionRecord>(applied.error()));
                        });
                });
        });
    });
}

void SalesforceConnectionService::withClient(
    QObject* receiver, std::function<void(Result<SalesforceClient*>)> done)
{
    QPointer<QObject> alive = receiver;
    storedClient([this, alive, done = std::move(done)](Result<ConnectionRecord> stored) {
        if (!alive) {
            return;
        }
        if (!stored) {
            done(stored.error());
            return;
        }
        // A refresh token on another machine's keychain cannot serve here: say so rather than fail later.
        m_keychain->read(
            ConnectionSecret::SalesforceRefreshToken, [this, alive, stored, done](Result<QByteArray> token) {
                if (!alive) {
                    return;
                }
                if (!token) {
                    done(token.error().kind == ErrorKind::NotFound
                            //: %1 the machine the connection was made on.
                            ? Error::environment(QStringLiteral("salesforce.token-elsewhere"),
                                tr("Salesforce's refresh token is not in this computer's keychain: the "
                                   "connection was made on %1, whose keychain holds it. Work there, or "
                                   "connect again here (a hand-over, when another admin owns it).")
                                    .arg(stored->owner.connectedFrom))
                            : token.error());
                    return;
                }
                if (!m_client) {
                    done(SalesforceErrors::notConnected());
                    return;
                }
                done(m_client.data());
            });
    });
}

void SalesforceConnectionService::test(Done<SalesforceTestOutcome> done)
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(busyError()); });
        return;
    }
    setBusy(true);
    auto finish = [this, done = std::move(done)](Result<SalesforceTestOutcome> outcome) {
        setBusy(false);
        done(std::move(outcome));
    };
    withClient(this, [this, finish](Result<SalesforceClient*> client) {
        if (!client) {
            finish(client.error());
            return;
        }
        load([this, finish, client = *client](Result<std::optional<ConnectionRecord>> record) {
            if (!record || !record->has_value() || client != m_client) {
                finish(record ? Result<SalesforceTestOutcome>(SalesforceErrors::notConnected())
                              : Result<SalesforceTestOutcome>(record.error()));
                return;
            }
            const ConnectionRecord stored = **record;
            readSettings([this, finish, stored](Result<Settings> settings) {
                if (!settings) {
                    finish(settings.error());
                    return;
                }
                if (!m_client) {
                    finish(SalesforceErrors::notConnected());
                    return;
                }
                const QUrl instance = m_sandbox ? m_sandbox->instanceUrl : QUrl(stored.apiUrl);
                runChecks(*m_client, *m_keychain, *settings, instance, stored.edition,
                    [this, finish](ConnectionTestReport report, SalesforceCheckFindings findings) {
                        recordTest(std::move(report), std::move(findings), finish);
                    });
            });
        });
    });
}

void SalesforceConnectionService::recordTest(
    ConnectionTestReport report, SalesforceCheckFindings findings, Done<SalesforceTestOutcome> done)
{
    const QString actor = m_actor;
    m_store.run<ConnectionRecord>(
        [report, actor](Store& store) -> Result<ConnectionRecord> {
            ConnectionRepository repository(store);
            if (Result<void> tested = repository.recordTest(ConnectionService::Salesforce, report, actor);
                !tested) {
                return tested.error();
            }
            return storedRecord(repository);
        },
        this,
        [report, findings, done](Result<ConnectionRecord> stored) {
            done(stored ? Result<SalesforceTestOutcome>(outcomeOf(report, findings, *stored))
                        : Result<SalesforceTestOutcome>(stored.error()));
        });
}

// disconnect and hand-over -------------------------------------------------------------------------------

void SalesforceConnectionService::disconnect(Done<SalesforceDisconnectOutcome> done)
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(busyError()); });
        return;
    }
    setBusy(true);
    auto finish = [this, done = std::move(done)](Result<SalesforceDisconnectOutcome> outcome) {
        setBusy(false);
        done(std::move(outcome));
    };
    storedClient([this, finish](Result<ConnectionRecord> stored) {
        if (!stored) {
            finish(stored.error());
            return;
        }
        if (!m_client) {
            finish(SalesforceErrors::notConnected());
            return;
        }
        // Revoke at Salesforce (when this keychain has the token), remove it even when that failed.
        m_client->disconnectOrg(this, [this, finish](Result<void> revoked) {
            m_keychain->removeAllOf(
                ConnectionService::Salesforce, [this, finish, revoked](Result<void> removed) {
                    if (!removed) {
                        finish(
                            removed.error()); // the record stays, so that the token is not forgotten in place
                        return;
                    }
                    const QString actor = m_actor;
                    m_store.run<bool>(
                        [actor](Store& store) -> Result<bool> {
                            Result<void> gone = ConnectionRepository(store).disconnect(
                                ConnectionService::Salesforce, actor);
                            if (!gone) {
                                return gone.error();
                            }
                            return true;
                        },
                        this,
                        [this, finish, revoked](Result<bool> gone) {
                            replaceClient(nullptr);
                            emit connectionChanged();
                            if (!gone) {
                                finish(gone.error());
                                return;
                            }
                            SalesforceDisconnectOutcome outcome;
                            if (!revoked && !revoked.error().code.startsWith(QStringLiteral("secrets."))) {
                                outcome.revokeFailure = revoked.error();
                            }
                            finish(outcome);
                        });
                });
        });
    });
}

void SalesforceConnectionService::startHandOver(Done<ConnectionRecord> done)
{
    const QString actor = m_actor;
    m_store.run<ConnectionRecord>(
        [actor](Store& store) -> Result<ConnectionRecord> {
            ConnectionRepository repository(store);
            if (Result<void> started = repository.startHandOver(ConnectionService::Salesforce, actor);
                !started) {
                return started.error();
            }
            return storedRecord(repository);
        },
        this, std::move(done));
}

void SalesforceConnectionService::cancelHandOver(Done<ConnectionRecord> done)
{
    const QString actor = m_actor;
    m_store.run<ConnectionRecord>(
        [actor](Store& store) -> Result<ConnectionRecord> {
            ConnectionRepository repository(store);
            if (Result<void> cancelled = repository.cancelHandOver(ConnectionService::Salesforce, actor);
                !cancelled) {
                return cancelled.error();
            }
            return storedRecord(repository);
        },
        this, std::move(done));
}

} // namespace sia

#include "salesforce/salesforceclient.h"

#include "connections/apibudgetgate.h"
#include "connections/connectionsecrets.h"
#include "salesforce/salesforcecall.h"
#include "salesforce/salesforceerrors.h"
#include "salesforce/salesforcesession.h"
#include "salesforce/salesforcetokenendpoint.h"

#include <QPointer>
#include <QRegularExpression>

#include <memory>

Q_LOGGING_CATEGORY(lcSalesforce, "sia.salesforce", QtInfoMsg) // debug lines on request (QT_LOGGING_RULES)

namespace sia {

std::optional<SalesforceApiUsage> SalesforceApiUsage::fromHeader(const QByteArray& limitInfo)
{
    static const QRegularExpression usage(QStringLiteral("api-usage=(\\d+)/(\\d+)"));
    const QRegularExpressionMatch match = usage.match(QString::fromLatin1(limitInfo));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return SalesforceApiUsage { match.captured(1).toLongLong(), match.captured(2).toLongLong() };
}

SalesforceClient::SalesforceClient(
    SalesforceConnection connection, ConnectionSecrets& secrets, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_secrets(secrets)
    , m_tokens(new SalesforceTokenEndpoint(m_network, m_connection, this))
    , m_session(new SalesforceSession(*m_tokens, secrets, this))
    , m_budget(std::make_shared<ApiBudgetGate>(ConnectionService::Salesforce))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SalesforceClient::~SalesforceClient()
{
    const auto calls = findChildren<SalesforceCall*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls); // they abort their replies
}

void SalesforceClient::send(
    SalesforceRequest request, QObject* receiver, std::function<void(Result<SalesforceResponse>)> done)
{
    auto* call = new SalesforceCall(*this, std::move(request), receiver, std::move(done));
    call->start();
}

Result<QString> SalesforceClient::pickApiVersion(const QJsonArray& offered)
{
    double best = 0;
    QString newestOffered;
    double newest = 0;
    for (const QJsonValue& entry : offered) {
        const double version = entry[QStringLiteral("version")].toString().toDouble();
        if (version > newest) {
            newest = version;
            newestOffered = entry[QStringLiteral("version")].toString();
        }
        if (version <= newestSupportedVersion && version > best) {
            best = version;
        }
    }
    if (best < oldestSupportedVersion) {
        return SalesforceErrors::noSupportedApiVersion(newestOffered);
    }
    return QStringLiteral("v%1").arg(best, 0, 'f', 1);
}

void SalesforceClient::apiVersion(QObject* receiver, std::function<void(Result<QString>)> done)
{
    auto deliver = [receiver = QPointer<QObject>(receiver), done = std::move(done)](Result<QString> version) {
        if (receiver) {
            done(std::move(version));
        }
    };
    if (!m_apiVersion.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [deliver, version = m_apiVersion]() { deliver(version); }, Qt::QueuedConnection);
        return;
    }
    m_waitingForVersion.push_back(std::move(deliver));
    if (m_discovering) {
        return;
    }
    m_discovering = true;
    send(SalesforceRequest::get(SalesforceRequest::Api::Instance, QStringLiteral("/services/data/")), this,
        [this](Result<SalesforceResponse> answer) {
            versionKnown(answer ? pickApiVersion(answer->array()) : Result<QString>(answer.error()));
        });
}

void SalesforceClient::versionKnown(Result<QString> version)
{
    m_discovering = false;
    if (version) {
        m_apiVersion = *version;
    }
    auto waiting = std::move(m_waitingForVersion);
    m_waitingForVersion.clear();
    for (auto& done : waiting) {
        done(version);
    }
}

void SalesforceClient::readConsumerSecret(
    ConnectionSecrets& secrets, std::function<void(Result<QString>)> done)
{
    secrets.read(
        ConnectionSecret::SalesforceConsumerSecret, [done = std::move(done)](Result<QByteArray> stored) {
            if (!stored) {
                done(stored.error().kind == ErrorKind::NotFound ? Result<QString>(QString())
                                                                : Result<QString>(stored.error()));
                return;
            }
            done(QString::fromUtf8(*stored));
        });
}

void SalesforceClient::disconnectOrg(QObject* receiver, std::function<void(Result<void>)> done)
{
    auto finish
        = [this, receiver = QPointer<QObject>(receiver), done = std::move(done)](Result<void> revoked) {
              m_session->forget();
              m_secrets.remove(
                  ConnectionSecret::SalesforceRefreshToken, [receiver, done, revoked](Result<void> removed) {
                      if (!receiver) {
                          return;
                      }
                      done(!removed ? removed : revoked);
                  });
          };
    m_secrets.read(ConnectionSecret::SalesforceRefreshToken,
        [self = QPointer<SalesforceClient>(this), finish](Result<QByteArray> stored) {
            if (!self) {
                return;
            }
            if (!stored) {
                finish({}); // nothing to revoke on this machine
                return;
            }
            self->m_tokens->revoke(QString::fromUtf8(*stored), finish);
        });
}

QUrl SalesforceClient::urlFor(const SalesforceRequest& request) const
{
    QUrl url = m_session->instanceUrl();
    url.setPath(request.path);
    return url;
}

} // namespace sia

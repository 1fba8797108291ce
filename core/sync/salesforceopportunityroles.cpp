#include "sync/salesforceopportunityroles.h"

#include "common/crossthreadanswer.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceclientsource.h"
#include "salesforce/salesforcerequest.h"

#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace sia {
namespace {

const QString roleObject = QStringLiteral("OpportunityContactRole");

bool isSalesforceId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$"));
    return pattern.match(id).hasMatch();
}

QString inList(const QStringList& ids)
{
    QStringList quoted;
    for (const QString& id : ids) {
        if (isSalesforceId(id)) {
            quoted.append(u'\'' + id + u'\'');
        }
    }
    return quoted.join(QStringLiteral(", "));
}

QList<QStringList> chunked(const QStringList& ids)
{
    QList<QStringList> chunks;
    for (qsizetype at = 0; at < ids.size(); at += SalesforceOpportunityRoles::idsPerQuery) {
        chunks.append(ids.mid(at, SalesforceOpportunityRoles::idsPerQuery));
    }
    return chunks;
}

const QString primarySelect
    = QStringLiteral("SELECT ContactId, OpportunityId, LastModifiedDate FROM OpportunityContactRole "
                     "WHERE IsPrimary = true");

// A contact may be the primary contact of several opportunities: the role changed last stands for it, so
// that the same org always gives the same answer.
class PrimaryRoles
{
public:
    void add(const QJsonObject& record)
    {
        const QString contact = record.value(QStringLiteral("ContactId")).toString();
        const QString modified = record.value(QStringLiteral("LastModifiedDate")).toString();
        if (contact.isEmpty()) {
            return;
        }
        const QByteArray key = contact.toUtf8();
        const QDateTime at = SalesforceApi::parseDateTime(modified);
        const auto it = m_byContact.constFind(key);
        if (it == m_byContact.cend()) {
            m_order.append(key);
        } else if (it->modified > at) {
            return;
        }
        m_byContact.insert(key, { record.value(QStringLiteral("OpportunityId")).toString().toUtf8(), at });
    }

    QByteArray opportunityOf(const QString& contact) const
    {
        return m_byContact.value(contact.toUtf8()).opportunity;
    }

    QList<OpportunityRole> roles() const
    {
        QList<OpportunityRole> list;
        list.reserve(m_order.size());
        for (const QByteArray& contact : m_order) {
            list.append({ contact, m_byContact.value(contact).opportunity });
        }
        return list;
    }

private:
    // Kept as UTF-8 and a time, page by page: an org's every role is held once, never its JSON.
    struct Latest
    {
        QByteArray opportunity;
        QDateTime modified;
    };
    QHash<QByteArray, Latest> m_byContact;
    QList<QByteArray> m_order;
};

// Every page of one SOQL query, each folded into PrimaryRoles as it comes (SalesforceApi::query would
// hold every page's JSON until the last one). Deletes itself when answered.
class PrimaryRolesRead : public QObject
{
public:
    PrimaryRolesRead(QObject* parent, CrossThreadAnswer<QList<OpportunityRole>> answer)
        : QObject(parent)
        , m_answer(std::move(answer))
    { }

    void start(SalesforceClient& client, const QString& soql)
    {
        m_client = &client;
        QUrlQuery query;
        addQueryValue(query, QStringLiteral("q"), soql);
        fetch(SalesforceRequest::get(SalesforceRequest::Api::Data, QStringLiteral("/query"), query));
    }

private:
    void fetch(SalesforceRequest request)
    {
        if (!m_client) {
            return;
        }
        m_client->send(std::move(request), this, [this](Result<SalesforceResponse> answer) {
            if (!answer) {
                m_answer(answer.error());
                deleteLater();
                return;
            }
            const QJsonObject page = answer->object();
            for (const QJsonValue& record : page.value(QStringLiteral("records")).toArray()) {
                m_roles.add(record.toObject());
            }
            const QString next = page.value(QStringLiteral("nextRecordsUrl")).toString();
            if (page.value(QStringLiteral("done")).toBool(true) || next.isEmpty()) {
                m_answer(m_roles.roles());
                deleteLater();
                return;
            }
            fetch(SalesforceRequest::get(SalesforceRequest::Api::Instance, next));
        });
    }

    QPointer<SalesforceClient> m_client;
    CrossThreadAnswer<QList<OpportunityRole>> m_answer;
    PrimaryRoles m_roles;
};

// One read of the changes since a point in time, on the source's thread; deletes itself when answered.
class RoleChangesRead : public QObject
{
public:
    RoleChangesRead(QObject* parent, QDateTime since, CrossThreadAnswer<OpportunityRoleChanges> answer)
        : QObject(parent)
        , m_since(since.toUTC())
        , m_answer(std::move(answer))
    { }

    void start(SalesforceClient& client)
    {
        m_client = &client;
        // Salesforce's window: seconds are ignored, at most 30 days, and the answer covers it only up to
        // what replication has ready (latestDateCovered), where the next read starts.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_end = std::min(m_since.addDays(30), now);
        if (m_end.toSecsSinceEpoch() / 60 <= m_since.toSecsSinceEpoch() / 60) {
            m_end = m_since.addDays(30); // the org's clock is ahead of ours: let it cap the window
        }
        SalesforceApi(client).updated(
            roleObject, m_since, m_end, this, [this](Result<SalesforceUpdated> updated) {
                if (!updated) {
                    fail(updated.error());
                    return;
                }
                m_roleIds = updated->ids;
                m_covered = updated->latestDateCovered;
                readDeleted();
            });
    }

private:
    void readDeleted()
    {
        if (!m_client) {
            return;
        }
        SalesforceApi(*m_client).deleted(
            roleObject, m_since, m_end, this, [this](Result<SalesforceDeleted> deleted) {
                if (!deleted) {
                    fail(deleted.error());
                    return;
                }
                for (const auto& record : deleted->records) {
                    m_roleIds.append(record.first);
                }
                if (deleted->latestDateCovered.isValid()
                    && (!m_covered.isValid() || deleted->latestDateCovered < m_covered)) {
                    m_covered = deleted->latestDateCovered;
                }
                m_roleIds.removeDuplicates();
                m_chunks = chunked(m_roleIds);
                readContactsOfRoles();
            });
    }

    // queryAll: a deleted role still in the recycle bin names its contact.
    void readContactsOfRoles()
    {
        if (!m_client) {
            return;
        }
        if (m_chunks.isEmpty()) {
            m_contacts = QStringList(m_contactSet.cbegin(), m_contactSet.cend());
            std::sort(m_contacts.begin(), m_contacts.end());
            m_chunks = chunked(m_contacts);
            readPrimaryRoles();
            return;
        }
        const QStringList chunk = m_chunks.takeFirst();
        SalesforceApi(*m_client).queryAll(
            QStringLiteral("SELECT ContactId FROM OpportunityContactRole WHERE Id IN (%1)")
                .arg(inList(chunk)),
            this, [this](Result<SalesforceQueryResult> found) {
                if (!found) {
                    fail(found.error());
                    return;
                }
                for (const QJsonObject& record : found->records) {
                    const QString contact = record.value(QStringLiteral("ContactId")).toString();
                    if (!contact.isEmpty()) {
                        m_contactSet.insert(contact);
                    }
                }
                readContactsOfRoles();
            });
    }

    void readPrimaryRoles()
    {
        if (!m_client) {
            return;
        }
        if (m_chunks.isEmpty()) {
            OpportunityRoleChanges changes;
            for (const QString& contact : std::as_const(m_contacts)) {
                changes.roles.append({ contact.toUtf8(), m_primary.opportunityOf(contact) });
            }
            changes.latestDateCovered = m_covered.isValid() ? m_covered : m_since;
            m_answer(std::move(changes));
            deleteLater();
            return;
        }
        SalesforceApi(*m_client).query(SalesforceOpportunityRoles::primaryRolesOf(m_chunks.takeFirst()), this,
            [this](Result<SalesforceQueryResult> found) {
                if (!found) {
                    fail(found.error());
                    return;
                }
                for (const QJsonObject& record : found->records) {
                    m_primary.add(record);
                }
                readPrimaryRoles();
            });
    }

    void fail(const Error& error)
    {
        m_answer(error);
        deleteLater();
    }

    QPointer<SalesforceClient> m_client;
    QDateTime m_since;
    QDateTime m_end;
    QDateTime m_covered;
    CrossThreadAnswer<OpportunityRoleChanges> m_answer;
    QStringList m_roleIds;
    QList<QStringList> m_chunks;
    QSet<QString> m_contactSet;
    QStringList m_contacts;
    PrimaryRoles m_primary;
};

} // namespace

SalesforceOpportunityRoles::SalesforceOpportunityRoles(SalesforceClientSource& source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{ }

QString SalesforceOpportunityRoles::primaryRolesOf(const QStringList& contactIds)
{
    return primarySelect + QStringLiteral(" AND ContactId IN (%1)").arg(inList(contactIds));
}

void SalesforceOpportunityRoles::primaryRoles(
    QObject* receiver, std::function<void(Result<QList<OpportunityRole>>)> done)
{
    CrossThreadAnswer<QList<OpportunityRole>> answer(receiver, std::move(done));
    QMetaObject::invokeMethod(
        this,
        [this, answer]() {
            auto* read = new PrimaryRolesRead(this, answer);
            m_source.withClient(read, [read, answer](Result<SalesforceClient*> client) {
                if (!client) {
                    answer(client.error());
                    read->deleteLater();
                    return;
                }
                read->start(**client, primarySelect);
            });
        },
        Qt::QueuedConnection);
}

void SalesforceOpportunityRoles::changedRoles(
    const QDateTime& since, QObject* receiver, std::function<void(Result<OpportunityRoleChanges>)> done)
{
    CrossThreadAnswer<OpportunityRoleChanges> answer(receiver, std::move(done));
    QMetaObject::invokeMethod(
        this,
        [this, since, answer]() {
            auto* read = new RoleChangesRead(this, since, answer);
            m_source.withClient(read, [read, answer](Result<SalesforceClient*> client) {
                if (!client) {
                    answer(client.error());
                    read->deleteLater();
                    return;
                }
                read->start(**client);
            });
        },
        Qt::QueuedConnection);
}

} // namespace sia

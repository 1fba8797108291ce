// A handful of leads, users and tasks held in memory, for the SOQL tests: names in several scripts, a
// missing email, a lead without owner, one in the recycle bin, tasks whose Who is a lead or nothing.
#pragma once

#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/soqlrecord.h"

#include <QDateTime>
#include <QTimeZone>

namespace sia::sandbox::salesforce::test {

inline QString leadId(int n)
{
    return RecordIds::make(RecordIds::leadPrefix, qint64(n));
}
inline QString userId(int n)
{
    return RecordIds::make(RecordIds::userPrefix, qint64(n));
}
inline QString taskId(int n)
{
    return RecordIds::make(RecordIds::taskPrefix, qint64(n));
}

inline QDateTime utc(const char* iso)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

// The day the tests run on: TODAY is 2024-05-10.
inline QDate testToday()
{
    return QDate(2024, 5, 10);
}

inline std::shared_ptr<const SoqlRecord> user(int n, const QString& name, const QString& email)
{
    return std::make_shared<StaticRecord>(QStringLiteral("User"),
        QVariantHash { { QStringLiteral("Id"), userId(n) }, { QStringLiteral("Name"), name },
            { QStringLiteral("Email"), email }, { QStringLiteral("IsActive"), true } });
}

struct LeadSpec
{
    QString firstName;
    QString lastName;
    QVariant email;
    QString company;
    QString status;
    const char* created;
    bool converted = false;
    bool deleted = false;
    std::shared_ptr<const SoqlRecord> owner;
    QVariant leadSource;
};

inline std::shared_ptr<const SoqlRecord> lead(int n, const LeadSpec& spec)
{
    QVariantHash values { { QStringLiteral("Id"), leadId(n) },
        { QStringLiteral("FirstName"), spec.firstName }, { QStringLiteral("LastName"), spec.lastName },
        { QStringLiteral("Name"), QString(spec.firstName + QLatin1Char(' ') + spec.lastName) },
        { QStringLiteral("Email"), spec.email }, { QStringLiteral("Company"), spec.company },
        { QStringLiteral("Status"), spec.status }, { QStringLiteral("CreatedDate"), utc(spec.created) },
        { QStringLiteral("IsConverted"), spec.converted }, { QStringLiteral("IsDeleted"), spec.deleted },
        { QStringLiteral("LeadSource"), spec.leadSource } };
    QHash<QString, std::shared_ptr<const SoqlRecord>> parents;
    if (spec.owner) {
        values.insert(QStringLiteral("OwnerId"),
            spec.owner->value(SoqlFieldDef { QStringLiteral("Id"), SoqlFieldType::Id, {}, {} }));
        parents.insert(QStringLiteral("OwnerId"), spec.owner);
    }
    return std::make_shared<StaticRecord>(QStringLiteral("Lead"), values, parents);
}

struct Fixture
{
    std::shared_ptr<const SoqlRecord> uma
        = user(1, QStringLiteral("Uma User"), QStringLiteral("uma@example.com"));
    std::shared_ptr<const SoqlRecord> vic
        = user(2, QStringLiteral("Vic Vendor"), QStringLiteral("vic@example.com"));
    QList<std::shared_ptr<const SoqlRecord>> leads {
        lead(1,
            { QStringLiteral("Ana"), QStringLiteral("Álvarez"), QStringLiteral("ana@example.com"),
                QStringLiteral("Acme"), QStringLiteral("Open"), "2024-05-10T08:00:00Z", false, false, uma,
                {} }),
        lead(2,
            { QStringLiteral("Bo"), QStringLiteral("Kim"), QStringLiteral("bo@EXAMPLE.com"),
                QStringLiteral("Beta"), QStringLiteral("Working"), "2024-05-09T23:59:59Z", true, false, vic,
                {} }),
        lead(3,
            { QStringLiteral("김"), QStringLiteral("민준"), QVariant(), QStringLiteral("Gamma"),
                QStringLiteral("Open"), "2024-05-01T00:00:00Z", false, false, nullptr,
                QStringLiteral("Web") }),
        lead(4,
            { QStringLiteral("王"), QStringLiteral("伟"), QStringLiteral("wang@example.cn"),
                QStringLiteral("50% Off"), QStringLiteral("Closed"), "2024-04-10T12:00:00Z", false, true, uma,
                {} }),
    };
    std::shared_ptr<StaticRecordSource> leadSource = std::make_shared<StaticRecordSource>(leads);

    std::shared_ptr<StaticRecordSource> tasks()
    {
        auto source = std::make_shared<StaticRecordSource>();
        source->append(std::make_shared<StaticRecord>(QStringLiteral("Task"),
            QVariantHash { { QStringLiteral("Id"), taskId(1) },
                { QStringLiteral("Subject"), QStringLiteral("Call Ana") },
                { QStringLiteral("WhoId"), leadId(1) },
                { QStringLiteral("ActivityDate"), QDate(2024, 5, 11) },
                { QStringLiteral("Description"), QStringLiteral("line 1\nline \"2\"") },
                { QStringLiteral("IsDeleted"), false } },
            QHash<QString, std::shared_ptr<const SoqlRecord>> {
                { QStringLiteral("WhoId"), leads.at(0) }, { QStringLiteral("OwnerId"), uma } }));
        source->append(std::make_shared<StaticRecord>(QStringLiteral("Task"),
            QVariantHash { { QStringLiteral("Id"), taskId(2) },
                { QStringLiteral("Subject"), QStringLiteral("Plan") },
                { QStringLiteral("ActivityDate"), QDate(2024, 5, 9) },
                { QStringLiteral("IsDeleted"), false } }));
        return source;
    }
};

} // namespace sia::sandbox::salesforce::test

#include "marketo/salesforcesynccheck.h"

#include "marketo/marketoapi.h"

#include <QJsonValue>

namespace sia {

namespace {

bool hasText(const QJsonObject& person, const char* field)
{
    const QJsonValue value = person.value(QLatin1String(field)); // absent reads as null
    return value.isString() && !value.toString().trimmed().isEmpty();
}

} // namespace

QString SalesforceSyncFindings::summary() const
{
    if (configured()) {
        //: %1 people with both, %2 sampled, %3 with a Salesforce ID, %4 with an owner.
        return tr(
            "Checked in Marketo: %1 of %2 sampled people carry a Salesforce ID and an owner (%3 with an ID, "
            "%4 with an owner); the Marketo-Salesforce sync is set up.")
            .arg(withBoth)
            .arg(sampled)
            .arg(withSalesforceId)
            .arg(withOwner);
    }
    return tr(
        "Checked in Marketo: none of %1 sampled people carries both a Salesforce ID and an owner (%2 with an "
        "ID, %3 with an owner). Set up the Marketo-Salesforce sync in Marketo (Admin, Salesforce) and check "
        "again.")
        .arg(sampled)
        .arg(withSalesforceId)
        .arg(withOwner);
}

SalesforceSyncFindings SalesforceSyncCheck::evaluate(const QList<QJsonObject>& people)
{
    SalesforceSyncFindings findings;
    for (const QJsonObject& person : people) {
        ++findings.sampled;
        const bool id = hasText(person, "sfdcLeadId") || hasText(person, "sfdcContactId");
        const bool owner = hasText(person, "sfdcLeadOwnerId");
        findings.withSalesforceId += id ? 1 : 0;
        findings.withOwner += owner ? 1 : 0;
        findings.withBoth += id && owner ? 1 : 0;
    }
    return findings;
}

void SalesforceSyncCheck::run(
    MarketoClient& client, QObject* receiver, std::function<void(Result<SalesforceSyncFindings>)> done)
{
    sampleFrom(client, 1, 0, receiver, std::move(done));
}

void SalesforceSyncCheck::sampleFrom(MarketoClient& client, qint64 firstId, int window, QObject* receiver,
    std::function<void(Result<SalesforceSyncFindings>)> done)
{
    // Marketo IDs need not start at 1 (nor be dense): the first window of 300 IDs that holds anybody is the
    // sample, looked for in at most maxWindows calls.
    QStringList ids;
    for (qint64 id = firstId; id < firstId + sampleSize; ++id) {
        ids << QString::number(id);
    }
    MarketoClient* shared = &client;
    MarketoApi(client).lookupLeads(QStringLiteral("id"), ids,
        { QStringLiteral("id"), QStringLiteral("sfdcLeadId"), QStringLiteral("sfdcContactId"),
            QStringLiteral("sfdcLeadOwnerId"), QStringLiteral("sfdcType") },
        receiver,
        [shared, firstId, window, receiver, done = std::move(done)](
            Result<QList<QJsonObject>> people) mutable {
            if (!people) {
                done(people.error());
                return;
            }
            if (!people->isEmpty()) {
                done(SalesforceSyncCheck::evaluate(*people));
                return;
            }
            if (window + 1 >= maxWindows) {
                done(Error::notFound(QStringLiteral("marketo.no-people"),
                    QCoreApplication::translate("sia::SalesforceSyncCheck",
                        "Marketo returned nobody among the first %1 Marketo IDs, so the data cannot tell "
                        "whether "
                        "the Marketo-Salesforce sync is set up: confirm it by hand.")
                        .arg(qint64(maxWindows) * sampleSize)));
                return;
            }
            sampleFrom(*shared, firstId + sampleSize, window + 1, receiver, std::move(done));
        });
}

} // namespace sia

#include "users/csv/importreport.h"

#include "common/csvwriter.h"

#include <QHash>

namespace sia {

ImportReport ImportReport::build(const InviteImportPlan& plan, const QList<UserRecord>& users)
{
    // The plan compares addresses case-insensitively (InviteImportPlan::build), and so does this.
    QHash<QString, const UserRecord*> byEmail;
    byEmail.reserve(users.size());
    for (const UserRecord& user : users) {
        byEmail.insert(user.email.toLower(), &user);
    }
    ImportReport report;
    report.m_rows.reserve(plan.rows().size());
    for (const ImportRow& row : plan.rows()) {
        ImportReportRow entry { row, std::nullopt };
        if (row.verdict == RowVerdict::Valid) {
            if (const UserRecord* user = byEmail.value(row.email.toLower());
                user && user->invitationId != 0) {
                entry.user = *user;
            }
        }
        report.m_rows.append(std::move(entry));
    }
    return report;
}

ImportReportCounts ImportReport::counts() const
{
    ImportReportCounts counts;
    counts.rows = int(m_rows.size());
    for (const ImportReportRow& row : m_rows) {
        if (!row.invited()) {
            ++counts.notInvited;
            continue;
        }
        ++counts.invited;
        switch (row.user->delivery) {
        case DeliveryState::Queued:
            ++counts.waiting;
            break;
        case DeliveryState::Sent:
            ++counts.sent;
            break;
        case DeliveryState::InOutbox:
            ++counts.inOutbox;
            break;
        case DeliveryState::Failed:
            ++counts.failed;
            break;
        }
    }
    return counts;
}

QString ImportReport::outcomeText(const ImportReportRow& row)
{
    if (row.invited()) {
        return tr("Invited");
    }
    if (row.row.verdict == RowVerdict::Valid) {
        return tr("Not invited: the user was removed since");
    }
    //: %1 why the row was not invited (its check in the preview).
    return tr("Not invited: %1").arg(row.row.message);
}

QString ImportReport::emailText(const ImportReportRow& row)
{
    if (!row.invited()) {
        return {};
    }
    switch (row.user->delivery) {
    case DeliveryState::Queued:
        return tr("Waiting to be sent");
    case DeliveryState::Sent:
        //: %1 the SMTP server's reply.
        return tr("Sent (%1)").arg(row.user->deliveryDetail);
    case DeliveryState::InOutbox:
        //: %1 the .eml file.
        return tr("In the outbox: %1").arg(row.user->deliveryDetail);
    case DeliveryState::Failed:
        //: %1 why the email could not be sent.
        return tr("Not sent: %1").arg(row.user->deliveryDetail);
    }
    return {};
}

QByteArray ImportReport::csv() const
{
    QByteArray csv = CsvWriter::row(InviteImportPlan::reportHeader()
        + QStringList {
            QStringLiteral("outcome"), QStringLiteral("email sent"), QStringLiteral("email detail") });
    for (const ImportReportRow& row : m_rows) {
        QStringList cells = InviteImportPlan::reportCells(row.row);
        cells << (row.invited() ? QStringLiteral("invited") : QStringLiteral("not-invited"))
              << (row.invited() ? toKey(row.user->delivery) : QString())
              << (row.invited() ? row.user->deliveryDetail : QString());
        csv += CsvWriter::row(cells);
    }
    return csv;
}

} // namespace sia

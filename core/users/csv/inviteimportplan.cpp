#include "users/csv/inviteimportplan.h"

#include "common/csvwriter.h"
#include "users/emailaddress.h"

#include <QRegularExpression>

#include <algorithm>

namespace sia {

namespace {

QString cellOf(const CsvRow& row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

std::optional<UserRole> roleFrom(const QString& cell)
{
    const QString key = cell.trimmed().toLower();
    static const QStringList admins
        = { QStringLiteral("admin"), QStringLiteral("administrator"), QStringLiteral("administratör"),
              QStringLiteral("관리자"), QStringLiteral("管理員"), QStringLiteral("管理者") };
    static const QStringList users = { QStringLiteral("user"), QStringLiteral("member"),
        QStringLiteral("användare"), QStringLiteral("사용자"), QStringLiteral("使用者"),
        QStringLiteral("用戶"), QStringLiteral("standard") };
    if (key.isEmpty() || users.contains(key)) {
        return UserRole::User;
    }
    if (admins.contains(key)) {
        return UserRole::Admin;
    }
    return std::nullopt;
}

// Team names in one cell: separated by ';' or '|', and by ',' too when commas do not separate the cells.
QStringList teamsFrom(const QString& cell, QChar delimiter)
{
    static const QRegularExpression withComma(QStringLiteral("[;|,]"));
    static const QRegularExpression withoutComma(QStringLiteral("[;|]"));
    QStringList teams;
    for (const QString& part : cell.split(delimiter == u',' ? withoutComma : withComma, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty() || name.compare(QStringLiteral("Everyone"), Qt::CaseInsensitive) == 0) {
            continue; // everyone joins Everyone anyway
        }
        if (!teams.contains(name, Qt::CaseInsensitive)) {
            teams.append(name);
        }
    }
    return teams;
}

QSet<QString> lowered(const QSet<QString>& emails)
{
    QSet<QString> result;
    for (const QString& email : emails) {
        result.insert(email.toLower());
    }
    return result;
}

QString roleKey(UserRole role)
{
    return role == UserRole::Admin ? QStringLiteral("admin") : QStringLiteral("user");
}

} // namespace

InviteImportPlan InviteImportPlan::build(const CsvTable& table, const ColumnMapping& mapping,
    const QSet<QString>& existingUsers, const QSet<QString>& pendingInvitations,
    const QStringList& knownTeams)
{
    InviteImportPlan plan;
    const QSet<QString> users = lowered(existingUsers);
    const QSet<QString> pending = lowered(pendingInvitations);
    QHash<QString, int> firstRowOf; // a lower-cased address to the first row that has it
    const int columns = int(table.header.size());
    const int emailColumn = mapping.column(InviteeField::Email);
    const bool separateNames = mapping.column(InviteeField::FirstName) != ColumnMapping::notInFile
        || mapping.column(InviteeField::LastName) != ColumnMapping::notInFile;
    int number = 0;
    plan.m_rows.reserve(table.rows.size());
    for (const CsvRow& csvRow : table.rows) {
        ImportRow row;
        row.row = ++number;
        row.line = csvRow.line;
        row.cells = csvRow.cells;
        const QString emailCell = cellOf(csvRow, emailColumn);
        if (separateNames) {
            row.firstName = cellOf(csvRow, mapping.column(InviteeField::FirstName));
            row.lastName = cellOf(csvRow, mapping.column(InviteeField::LastName));
        } else {
            const QString full = cellOf(csvRow, mapping.column(InviteeField::FullName)).simplified();
            const qsizetype space = full.lastIndexOf(u' ');
            row.firstName = space < 0 ? full : full.left(space);
            row.lastName = space < 0 ? QString() : full.mid(space + 1);
        }
        row.teams = teamsFrom(cellOf(csvRow, mapping.column(InviteeField::Teams)), table.delimiter);
        const QString roleCell = cellOf(csvRow, mapping.column(InviteeField::Role));
        const std::optional<UserRole> role = roleFrom(roleCell);
        row.role = role.value_or(UserRole::User);

        bool extra = false;
        for (int i = columns; i < csvRow.cells.size(); ++i) {
            extra = extra || !csvRow.cells.at(i).trimmed().isEmpty();
        }
        if (extra) {
            row.verdict = RowVerdict::Ragged;
            //: %1 the row's cells, %2 the header's.
            row.message = tr("This row has %1 cells but the header only %2: a delimiter or quote is probably "
                             "missing or extra in it.")
                              .arg(csvRow.cells.size())
                              .arg(columns);
        } else if (emailCell.isEmpty()) {
            row.verdict = RowVerdict::MissingEmail;
            row.message = tr("No email address in this row.");
        } else if (Result<QString> email = EmailAddress::normalised(emailCell); !email) {
            row.verdict = RowVerdict::InvalidEmail;
            row.message = email.error().message;
            row.email = emailCell;
        } else {
            row.email = *email;
            const QString key = row.email.toLower();
            if (!role) {
                row.verdict = RowVerdict::InvalidRole;
                row.message = tr("“%1” is not a role: write admin or user (or leave it empty for user).")
                                  .arg(roleCell);
            } else if (firstRowOf.contains(key)) {
                row.verdict = RowVerdict::DuplicateInFile;
                row.message = tr("The same address as row %1 (line %2): it is invited once, from that row.")
                                  .arg(firstRowOf.value(key))
                                  .arg(plan.m_rows.at(firstRowOf.value(key) - 1).line);
            } else if (users.contains(key)) {
                row.verdict = RowVerdict::AlreadyUser;
                row.message = tr("Already a user of Actions: no invitation is sent.");
            } else if (pending.contains(key)) {
                row.verdict = RowVerdict::AlreadyInvited;
                row.message = tr("Already invited and not answered yet: no second invitation is sent.");
            }
            if (!firstRowOf.contains(key)) {
                firstRowOf.insert(key, row.row);
            }
        }
        if (row.verdict == RowVerdict::Valid) {
            QStringList created;
            for (const QString& team : row.teams) {
                if (!knownTeams.contains(team, Qt::CaseInsensitive)) {
                    created.append(team);
                    if (!plan.m_teamsToCreate.contains(team, Qt::CaseInsensitive)) {
                        plan.m_teamsToCreate.append(team);
                    }
                }
            }
            if (!created.isEmpty()) {
                row.message
                    = tr("The team(s) %1 do not exist yet and will be created.", nullptr, int(created.size()))
                          .arg(created.join(QStringLiteral(", ")));
            }
        }
        plan.m_rows.append(std::move(row));
    }
    return plan;
}

ImportCounts InviteImportPlan::counts() const
{
    ImportCounts counts;
    counts.rows = int(m_rows.size());
    for (const ImportRow& row : m_rows) {
        counts.byVerdict[row.verdict] += 1;
        counts.valid += row.verdict == RowVerdict::Valid;
    }
    return counts;
}

QStringList InviteImportPlan::teamsToCreate() const
{
    return m_teamsToCreate;
}

Result<void> InviteImportPlan::importable() const
{
    const bool anyValid = std::any_of(m_rows.cbegin(), m_rows.cend(),
        [](const ImportRow& row) { return row.verdict == RowVerdict::Valid; });
    if (!anyValid) {
        return Error::rule(QStringLiteral("users.import-nothing"),
            tr("No row of the file can be invited, so nobody is: each row's message says why. Correct the "
               "file "
               "and choose it again."));
    }
    return {};
}

QStringList InviteImportPlan::reportHeader()
{
    return { QStringLiteral("row"), QStringLiteral("line"), QStringLiteral("email"),
        QStringLiteral("first name"), QStringLiteral("last name"), QStringLiteral("role"),
        QStringLiteral("teams"), QStringLiteral("verdict"), QStringLiteral("message") };
}

QStringList InviteImportPlan::reportCells(const ImportRow& row)
{
    return { QString::number(row.row), QString::number(row.line), row.email, row.firstName, row.lastName,
        roleKey(row.role), row.teams.join(QStringLiteral("; ")), toKey(row.verdict), row.message };
}

QByteArray InviteImportPlan::reportCsv() const
{
    QByteArray csv = CsvWriter::row(reportHeader());
    for (const ImportRow& row : m_rows) {
        csv += CsvWriter::row(reportCells(row));
    }
    return csv;
}

} // namespace sia

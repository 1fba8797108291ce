#include "cli/peoplecommand.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/texttable.h"
#include "sync/peoplerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sia {

namespace {

// The cursor as one word a shell keeps: the row's id, then its last and first
// name, percent-encoded.
QString cursorText(const PersonRow& row)
{
    return QStringLiteral("%1:%2:%3")
        .arg(QString::number(row.id), QString::fromLatin1(QUrl::toPercentEncoding(row.lastName)),
            QString::fromLatin1(QUrl::toPercentEncoding(row.firstName)));
}

std::optional<PeopleCursor> cursorFrom(const QString& text)
{
    const QStringList parts = text.split(u':');
    bool isNumber = false;
    const qint64 id = parts.value(0).toLongLong(&isNumber);
    if (parts.size() != 3 || !isNumber || id < 1) {
        return std::nullopt;
    }
    return PeopleCursor { QUrl::fromPercentEncoding(parts.at(1).toLatin1()),
        QUrl::fromPercentEncoding(parts.at(2).toLatin1()), id };
}

QJsonObject toJson(const PersonRow& row)
{
    return { { QStringLiteral("marketoId"), row.marketoId }, { QStringLiteral("firstName"), row.firstName },
        { QStringLiteral("lastName"), row.lastName }, { QStringLiteral("email"), row.email },
        { QStringLiteral("company"), row.company }, { QStringLiteral("title"), row.title },
        { QStringLiteral("phone"), row.phone }, { QStringLiteral("linkedInUrl"), row.linkedInUrl },
        { QStringLiteral("source"), row.source }, { QStringLiteral("sfdcLeadId"), row.sfdcLeadId },
        { QStringLiteral("sfdcContactId"), row.sfdcContactId },
        { QStringLiteral("sfdcAccountId"), row.sfdcAccountId },
        { QStringLiteral("sfdcOpportunityId"), row.sfdcOpportunityId },
        { QStringLiteral("salesOwnerId"), row.salesOwnerId }, { QStringLiteral("eligible"), row.eligible },
        { QStringLiteral("ineligibleReason"), row.ineligibleReason },
        { QStringLiteral("deleted"), row.deletedAt.isValid() } };
}

} // namespace

QString PeopleCommand::summary() const
{
    return tr("The people the sync wrote, read-only, %1 at a time (--limit N, at "
              "most %2) in the order of "
              "last name, first name: --search TEXT finds them by name, email, "
              "company or Marketo ID; "
              "--after CURSOR shows the next page (the cursor is printed under "
              "each page).")
        .arg(defaultLimit)
        .arg(maxLimit);
}

QList<QCommandLineOption> PeopleCommand::options() const
{
    return { { QStringLiteral("search"), tr("Name, email or company (their start), or a Marketo ID."),
                 QStringLiteral("TEXT") },
        { QStringLiteral("limit"), tr("How many people a page shows."), QStringLiteral("N") },
        { QStringLiteral("after"), tr("Where the page starts: the cursor a previous page printed."),
            QStringLiteral("CURSOR") },
        CommonCliOptions::json() };
}

Result<void> PeopleCommand::configure(const QCommandLineParser& parser)
{
    if (Result<void> none = CommonCliOptions::noArguments(name(), parser); !none) {
        return none;
    }
    m_search = parser.value(QStringLiteral("search"));
    m_after = parser.value(QStringLiteral("after"));
    m_json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool isNumber = false;
        m_limit = parser.value(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || m_limit < 1 || m_limit > maxLimit) {
            return Error::input(QStringLiteral("cli.usage"),
                tr("--limit needs a number of people from 1 to %1, not “%2”.")
                    .arg(maxLimit)
                    .arg(parser.value(QStringLiteral("limit"))));
        }
    }
    if (!m_after.isEmpty() && !cursorFrom(m_after)) {
        return Error::input(QStringLiteral("cli.usage"),
            tr("“%1” is not a cursor: use the one a previous page "
               "of sia-admin people printed.")
                .arg(m_after));
    }
    return {};
}

Result<void> PeopleCommand::run(CliContext& context)
{
    const PeopleRepository people(context.store());
    PeopleQuery query;
    query.search = m_search;
    const PeopleCursor after = m_after.isEmpty() ? PeopleCursor() : *cursorFrom(m_after);
    Result<RecordPage<PersonRow>> page = people.browse(query, after, m_limit);
    if (!page) {
        return page.error();
    }
    const QString next = page->hasMore && !page->rows.isEmpty() ? cursorText(page->rows.last()) : QString();
    if (m_json) {
        QJsonArray rows;
        for (const PersonRow& row : page->rows) {
            rows.append(toJson(row));
        }
        QJsonObject document { { QStringLiteral("people"), rows },
            { QStringLiteral("next"), next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next) } };
        context.output().json(QJsonDocument(document));
        return {};
    }
    CliOutput& output = context.output();
    if (page->rows.isEmpty()) {
        output.line(m_search.isEmpty() ? tr("No people yet: the people sync has not written any "
                                            "(sia-admin sync start).")
                                       : tr("Nobody matches “%1”.").arg(m_search));
        return {};
    }
    TextTable table(
        { tr("Marketo ID"), tr("Name"), tr("Email"), tr("Company"), tr("Sales Owner"), tr("State") });
    for (const PersonRow& row : page->rows) {
        const QString state = row.deletedAt.isValid() ? tr("deleted in Marketo")
            : row.eligible                            ? tr("eligible")
                                                      : tr("no longer eligible");
        table.addRow({ QString::number(row.marketoId),
            QStringLiteral("%1 %2").arg(row.firstName, row.lastName).trimmed(), row.email, row.company,
            row.salesOwnerEmail.isEmpty() ? row.salesOwnerId : row.salesOwnerEmail, state });
    }
    for (const QString& line : table.render()) {
        output.line(line);
    }
    if (!next.isEmpty()) {
        output.line(
            tr("More follow: sia-admin people --after %1%2")
                .arg(
                    next, m_search.isEmpty() ? QString() : QStringLiteral(" --search \"%1\"").arg(m_search)));
    }
    return {};
}

} // namespace sia

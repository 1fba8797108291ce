#include "cli/usersimportaction.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/texttable.h"
#include "users/usersservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sia {

namespace {

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 the file, %2 the system's reason
        return Error::environment(QStringLiteral("users.import-write"),
            UsersImportAction::tr("%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace

QString UsersImportAction::encodingList()
{
    return CsvReader::encodings().join(QStringLiteral(", "));
}

QStringList UsersImportAction::cellKeys(const QStringList& header)
{
    QStringList keys;
    for (qsizetype column = 0; column < header.size(); ++column) {
        QString key = header.at(column).trimmed();
        if (key.isEmpty()) {
            //: the key of a cell whose column has no name in the header; %1 its 1-based number
            key = tr("column %1").arg(column + 1);
        } else if (keys.contains(key) || header.indexOf(key) != column) {
            //: a header name that the file uses twice; %2 the column's 1-based number
            key = tr("%1 (column %2)").arg(key).arg(column + 1);
        }
        keys << key;
    }
    return keys;
}

Result<void> UsersImportAction::configure(const QCommandLineParser& parser, const QStringList& words)
{
    if (words.size() != 1 || words.first().trimmed().isEmpty()) {
        return UsersCommand::usage(
            tr("“users import” needs one CSV file, for example: sia-admin users import "
               "people.csv --dry-run"));
    }
    m_file = QFileInfo(words.first()).absoluteFilePath();
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_reportFile = parser.value(QStringLiteral("report")).trimmed();
    m_saveMappingFile = parser.value(QStringLiteral("save-mapping")).trimmed();
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString wanted = parser.value(QStringLiteral("encoding")).trimmed();
        for (const QString& known : CsvReader::encodings()) {
            if (known.compare(wanted, Qt::CaseInsensitive) == 0) {
                m_options.encoding = known;
            }
        }
        if (m_options.encoding.isEmpty()) {
            return UsersCommand::usage(
                tr("“%1” is not an encoding SIA Admin reads: use one of %2.").arg(wanted, encodingList()));
        }
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter == u"," || delimiter == u"comma") {
            m_options.delimiter = QLatin1Char(',');
        } else if (delimiter == u";" || delimiter == u"semicolon") {
            m_options.delimiter = QLatin1Char(';');
        } else if (delimiter == u"\t" || delimiter == u"tab" || delimiter == u"\\t") {
            m_options.delimiter = QLatin1Char('\t');
        } else {
            return UsersCommand::usage(
                tr("“%1” is not a delimiter SIA Admin reads: use comma, semicolon or tab.").arg(delimiter));
        }
    }
    if (parser.isSet(QStringLiteral("mapping"))) {
        m_mappingFile = parser.value(QStringLiteral("mapping")).trimmed();
        QFile file(m_mappingFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return UsersCommand::usage(tr("The mapping file %1 could not be read: %2")
                                           .arg(QDir::toNativeSeparators(m_mappingFile), file.errorString()));
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
        if (!document.isObject()) {
            return UsersCommand::usage(
                tr("The mapping file %1 is not a JSON object (as --save-mapping writes it): %2")
                    .arg(QDir::toNativeSeparators(m_mappingFile),
                        error.error == QJsonParseError::NoError ? tr("it holds no object")
                                                                : error.errorString()));
        }
        m_mappingJson = document.object();
    }
    return {};
}

void UsersImportAction::start(CliContext& context)
{
    std::optional<ColumnMapping> chosen;
    if (m_mappingJson) {
        // The mapping file names columns by their header text, so it is read against this file's header
        // (the command line waits anyway: the header is read here, the whole preview on the store's side).
        Result<CsvTable> table = CsvReader::read(m_file, m_options);
        if (!table) {
            context.finish(table.error());
            return;
        }
        Result<ColumnMapping> mapping = ColumnMapping::fromJson(*m_mappingJson, table->header);
        if (!mapping) {
            context.finish(mapping.error());
            return;
        }
        if (Result<void> checked = mapping->check(table->header); !checked) {
            context.output().error(
                tr("The mapping file %1 does not fit %2's header (%3).")
                    .arg(QDir::toNativeSeparators(m_mappingFile), QDir::toNativeSeparators(m_file),
                        table->header.join(QStringLiteral(", "))));
            context.finish(checked);
            return;
        }
        chosen = *mapping;
    }
    m_command.users(context).preview(
        m_file, m_options, chosen, [this, &context](Result<ImportPreview> preview) {
            if (!preview) {
                context.finish(preview.error());
                return;
            }
            previewed(context, std::move(*preview));
        });
}

void UsersImportAction::previewed(CliContext& context, ImportPreview preview)
{
    // Even a mapping without the email column is written when asked, so that the admin can complete it.
    if (!m_saveMappingFile.isEmpty()) {
        const QByteArray json
            = QJsonDocument(preview.mapping.toJson(preview.table.header)).toJson(QJsonDocument::Indented);
        if (Result<void> written = writeFile(m_saveMappingFile, json); !written) {
            context.finish(written);
            return;
        }
    }
    if (Result<void> checked = preview.mapping.check(preview.table.header); !checked) {
        context.output().error(
            tr("The header of %1 is: %2. Name the email column in a mapping file (--mapping "
               "FILE; --save-mapping FILE writes the one matched from the header, to edit).")
                .arg(QDir::toNativeSeparators(m_file), preview.table.header.join(QStringLiteral(", "))));
        context.finish(checked);
        return;
    }
    const ImportCounts counts = preview.plan.counts();
    // Without an import (a dry run, or no valid row) the preview's report is the whole story; after one,
    // the report says what became of each row, written once the emails had their answers.
    if (!m_reportFile.isEmpty() && (m_dryRun || counts.valid == 0)) {
        if (Result<void> written = writeFile(m_reportFile, preview.plan.reportCsv()); !written) {
            context.finish(written);
            return;
        }
    }
    m_json = toJson(preview);
    m_json.insert(QStringLiteral("dryRun"), m_dryRun);
    if (!m_command.json()) {
        printPreview(preview, context.output());
    }
    if (counts.valid == 0) {
        finishWith(context,
            Error::rule(QStringLiteral("users.import-nothing-valid"),
                tr("None of the %n row(s) of the file can be invited, so nobody was: see each row's message.",
                    nullptr, counts.rows)));
        return;
    }
    if (m_dryRun) {
        if (!m_command.json()) {
            context.output().line(
                tr("Dry run: nobody was invited. Run it again without --dry-run to invite the "
                   "%n valid row(s).",
                    nullptr, counts.valid));
        }
        finishWith(context, {});
        return;
    }
    m_plan = preview.plan;
    m_command.users(context).import(std::move(preview), [this, &context](Result<ImportResult> imported) {
        if (!imported) {
            finishWith(context, imported.error());
            return;
        }
        QJsonArray invited;
        for (const UserRecord& user : imported->users) {
            invited.append(user.email);
        }
        m_json.insert(QStringLiteral("import"),
            QJsonObject { { QStringLiteral("invited"), imported->invited },
                { QStringLiteral("emails"), invited },
                { QStringLiteral("teamsCreated"), QJsonArray::fromStringList(imported->teamsCreated) } });
        if (!m_command.json()) {
            context.output().line(tr("Invited %n people.", nullptr, imported->invited));
            if (!imported->teamsCreated.isEmpty()) {
                context.output().line(
                    tr("Created the teams: %1.").arg(imported->teamsCreated.join(QStringLiteral(", "))));
            }
        }
        m_command.deliver(context, [this, &context](const DeliveryOutcome& outcome) {
            m_json.insert(QStringLiteral("delivery"), UsersCliText::toJson(outcome));
            reportImport(context, UsersCliText::outcomeOf(outcome));
        });
    });
}

void UsersImportAction::reportImport(CliContext& context, Result<void> delivered)
{
    m_command.users(context).importReport(*m_plan, [this, &context, delivered](Result<ImportReport> report) {
        if (!report) {
            finishWith(context, report.error());
            return;
        }
        // Each row of the JSON says what became of it, beside its validation.
        QJsonArray rows = m_json.value(QStringLiteral("rows")).toArray();
        for (qsizetype i = 0; i < rows.size() && i < report->rows().size(); ++i) {
            const ImportReportRow& row = report->rows().at(i);
            QJsonObject entry = rows.at(i).toObject();
            QJsonObject outcome { { QStringLiteral("invited"), row.invited() } };
            if (row.invited()) {
                outcome.insert(QStringLiteral("email"), toKey(row.user->delivery));
                outcome.insert(QStringLiteral("emailDetail"), row.user->deliveryDetail);
            }
            entry.insert(QStringLiteral("outcome"), outcome);
            rows.replace(i, entry);
        }
        m_json.insert(QStringLiteral("rows"), rows);
        if (!m_reportFile.isEmpty()) {
            if (Result<void> written = writeFile(m_reportFile, report->csv()); !written) {
                finishWith(context, written);
                return;
            }
        }
        finishWith(context, delivered);
    });
}

void UsersImportAction::finishWith(CliContext& context, Result<void> outcome)
{
    if (m_command.json() && !m_json.isEmpty()) {
        context.output().json(QJsonDocument(m_json));
    }
    if (!outcome.ok() || m_command.json()) {
        context.finish(std::move(outcome));
        return;
    }
    if (!m_reportFile.isEmpty()) {
        context.output().line(tr("The per-row report is in %1.").arg(QDir::toNativeSeparators(m_reportFile)));
    }
    context.finish(std::move(outcome));
}

QJsonObject UsersImportAction::toJson(const ImportPreview& preview)
{
    const CsvTable& table = preview.table;
    const QStringList keys = cellKeys(table.header);
    QJsonObject mapping;
    for (const InviteeField field : ColumnMapping::fields()) {
        const int column = preview.mapping.column(field);
        mapping.insert(ColumnMapping::fieldKey(field),
            column == ColumnMapping::notInFile ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(keys.value(column)));
    }
    QJsonArray rows;
    for (const ImportRow& row : preview.plan.rows()) {
        QJsonObject cells;
        for (qsizetype column = 0; column < keys.size(); ++column) {
            cells.insert(keys.at(column), row.cells.value(column)); // a short row's missing cells are empty
        }
        QJsonObject entry { { QStringLiteral("row"), row.row }, { QStringLiteral("line"), row.line },
            { QStringLiteral("cells"), cells }, { QStringLiteral("email"), row.email },
            { QStringLiteral("firstName"), row.firstName }, { QStringLiteral("lastName"), row.lastName },
            { QStringLiteral("role"), toKey(row.role) },
            { QStringLiteral("teams"), QJsonArray::fromStringList(row.teams) },
            { QStringLiteral("validation"),
                QJsonObject { { QStringLiteral("verdict"), toKey(row.verdict) },
                    { QStringLiteral("valid"), row.verdict == RowVerdict::Valid },
                    { QStringLiteral("message"), row.message } } } };
        if (row.cells.size() > keys.size()) {
            entry.insert(
                QStringLiteral("extraCells"), QJsonArray::fromStringList(row.cells.mid(keys.size())));
        }
        rows.append(entry);
    }
    const ImportCounts counts = preview.plan.counts();
    QJsonObject byVerdict;
    for (const RowVerdict verdict : allValues<RowVerdict>()) {
        byVerdict.insert(toKey(verdict), counts.byVerdict.value(verdict));
    }
    return { { QStringLiteral("file"), preview.path }, { QStringLiteral("encoding"), table.encoding },
        { QStringLiteral("delimiter"), QString(table.delimiter) },
        { QStringLiteral("byteOrderMark"), table.hadByteOrderMark },
        { QStringLiteral("header"), QJsonArray::fromStringList(table.header) },
        { QStringLiteral("columns"), QJsonArray::fromStringList(keys) },
        { QStringLiteral("mapping"), mapping },
        { QStringLiteral("counts"),
            QJsonObject { { QStringLiteral("rows"), counts.rows }, { QStringLiteral("valid"), counts.valid },
                { QStringLiteral("invalid"), counts.rows - counts.valid },
                { QStringLiteral("byVerdict"), byVerdict } } },
        { QStringLiteral("teamsToCreate"), QJsonArray::fromStringList(preview.plan.teamsToCreate()) },
        { QStringLiteral("rows"), rows } };
}

void UsersImportAction::printPreview(const ImportPreview& preview, CliOutput& output) const
{
    const CsvTable& table = preview.table;
    const ImportCounts counts = preview.plan.counts();
    //: %1 the file, %2 its encoding, %3 the delimiter's name; %n the data rows
    output.line(tr("%1: %n row(s), %2, %3-separated.", nullptr, counts.rows)
                    .arg(QDir::toNativeSeparators(preview.path), table.encoding,
                        CsvReader::delimiterName(table.delimiter)));
    const QStringList keys = cellKeys(table.header);
    for (const InviteeField field : ColumnMapping::fields()) {
        const int column = preview.mapping.column(field);
        //: %1 a field (Email, First name, …), %2 the file's column it is read from
        output.line(column == ColumnMapping::notInFile
                ? tr("  %1: not in the file").arg(ColumnMapping::fieldName(field))
                : tr("  %1: column “%2”").arg(ColumnMapping::fieldName(field), keys.value(column)));
    }
    output.line(tr("%n row(s) can be invited.", nullptr, counts.valid));
    const QStringList teams = preview.plan.teamsToCreate();
    if (!teams.isEmpty()) {
        output.line(tr("The import creates the teams: %1.").arg(teams.join(QStringLiteral(", "))));
    }
    TextTable problems({ tr("Row"), tr("Line"), tr("Email"), tr("Problem") });
    TextTable warnings({ tr("Row"), tr("Line"), tr("Email"), tr("Note") });
    bool anyWarning = false;
    for (const ImportRow& row : preview.plan.rows()) {
        const QString email = row.email.isEmpty() ? QStringLiteral("—") : row.email;
        const QStringList cells { QString::number(row.row), QString::number(row.line), email, row.message };
        if (row.verdict != RowVerdict::Valid) {
            problems.addRow(cells);
        } else if (!row.message.isEmpty()) {
            warnings.addRow(cells);
            anyWarning = true;
        }
    }
    if (counts.rows > counts.valid) {
        output.line(tr("%n row(s) will not be invited:", nullptr, counts.rows - counts.valid));
        for (const QString& line : problems.render()) {
            output.line(QStringLiteral("  ") + line);
        }
    }
    if (anyWarning) {
        output.line(tr("Notes on rows that will be invited:"));
        for (const QString& line : warnings.render()) {
            output.line(QStringLiteral("  ") + line);
        }
    }
}

} // namespace sia

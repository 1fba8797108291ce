// `sia-admin users import FILE`: step 5's CSV wizard on the command line. The file is read and previewed
// (UsersService::preview: the columns matched from the header, or --mapping FILE), every row with its
// verdict; --json gives the whole report (every row's cells by column and its validation), text the
// summary and the rows that will not be invited. Without --dry-run the valid rows are invited, all or none,
// exactly as previewed, and their emails delivered. Nothing valid: exit code 1 (and nobody invited).
#pragma once

#include "cli/userscommands.h"
#include "users/csv/csvreader.h"
#include "users/csv/inviteimportplan.h"

#include <QJsonObject>

#include <optional>

namespace sia {

struct ImportPreview;

class UsersImportAction final : public UsersAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersImportAction)

public:
    using UsersAction::UsersAction;

    Result<void> configure(const QCommandLineParser& parser, const QStringList& words) override;
    void start(CliContext& context) override;

    static QString encodingList(); // "UTF-8, UTF-16LE, …", for the help

    // The report of a preview as --json gives it (without what the import then did).
    static QJsonObject toJson(const ImportPreview& preview);
    // The keys of a row's cells: the header's names, made unique and never empty.
    static QStringList cellKeys(const QStringList& header);

private:
    void previewed(CliContext& context, ImportPreview preview);
    void printPreview(const ImportPreview& preview, CliOutput& output) const;
    // After the import and its delivery round: each row's outcome in the JSON, and --report's file.
    void reportImport(CliContext& context, Result<void> delivered);
    void finishWith(CliContext& context, Result<void> outcome);

    QString m_file;
    QString m_mappingFile;
    QString m_saveMappingFile;
    QString m_reportFile;
    CsvReadOptions m_options;
    bool m_dryRun = false;
    std::optional<QJsonObject> m_mappingJson; // --mapping's contents, read at configure()
    bool m_remapped = false;
    QJsonObject m_json;
    std::optional<InviteImportPlan> m_plan; // what was imported
};

} // namespace sia

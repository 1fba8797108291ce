#include "cli/settingscommand.h"

#include "cli/cliconfirm.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/tasksyncaction.h"
#include "cli/texttable.h"
#include "connections/connectionrepository.h"
#include "settings/bccchecklist.h"
#include "settings/settingschange.h"
#include "settings/settingsfile.h"
#include "settings/syncsettings.h"
#include "store/store.h"
#include "users/userdirectory.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace sia {

namespace {

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

// A value as typed on the command line, as the key's type holds it; SettingsChange checks the rest (range,
// choices, format, scope).
Result<QVariant> parseValue(SettingKey key, const QString& typed)
{
    const SettingDefinition& definition = settingDefinition(key);
    const QString text = typed.trimmed();
    switch (definition.type) {
    case SettingType::Bool: {
        const QString lower = text.toLower();
        if (lower == u"on" || lower == u"true" || lower == u"yes" || lower == u"1") {
            return QVariant(true);
        }
        if (lower == u"off" || lower == u"false" || lower == u"no" || lower == u"0") {
            return QVariant(false);
        }
        return usage(QCoreApplication::translate("sia::SettingsCommand", "%1 is on or off; “%2” is neither.")
                         .arg(definition.name, typed));
    }
    case SettingType::Integer: {
        bool number = false;
        const qlonglong value = text.toLongLong(&number);
        if (!number) {
            return usage(
                QCoreApplication::translate("sia::SettingsCommand", "%1 is a whole number; “%2” is not one.")
                    .arg(definition.name, typed));
        }
        return QVariant(value);
    }
    case SettingType::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return usage(QCoreApplication::translate("sia::SettingsCommand",
                "%1 is a JSON object, for example {\"logReplies\": true}; “%2” is not one.")
                             .arg(definition.name, typed));
        }
        return QVariant(document.object());
    }
    case SettingType::DateTime:
        return usage(QCoreApplication::translate(
            "sia::SettingsCommand", "%1 is recorded by SIA Admin itself and cannot be set.")
                         .arg(definition.name));
    case SettingType::Text:
        break;
    }
    return QVariant(text);
}

QString sourceKey(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return QStringLiteral("default");
    case SettingSource::Instance:
        return QStringLiteral("instance");
    case SettingSource::User:
        return QStringLiteral("user");
    }
    return {};
}

// The text form of a value in `show`: documents in full (compact), so that they can be copied into `set`.
QString shownValue(SettingKey key, const QVariant& value)
{
    if (settingDefinition(key).type == SettingType::Json) {
        return QString::fromUtf8(QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact));
    }
    return SyncSettings::valueText(key, value);
}

} // namespace

SettingsCommand::SettingsCommand() = default;
SettingsCommand::~SettingsCommand() = default;

QString SettingsCommand::summary() const
{
    return tr("Show or change the Salesforce sync settings (email through the API or by BCC, the task sync), "
              "for the instance or one user (--user), and export or import them as a file. Saving the task "
              "sync's setting with the sync on runs it now, with its progress (--no-sync: later, with "
              "sia-admin tasks sync).");
}

bool SettingsCommand::usesServices() const
{
    if (m_noSync) {
        return false;
    }
    return m_action == Action::Import
        || ((m_action == Action::Set || m_action == Action::Unset) && m_key == SettingKey::TaskSync);
}

QList<QCommandLineOption> SettingsCommand::options() const
{
    return { CommonCliOptions::json(),
        { QStringLiteral("user"), tr("show, set, unset: a user's own values instead of the instance's."),
            QStringLiteral("EMAIL") },
        { QStringLiteral("yes"), tr("import: apply without asking.") },
        { QStringLiteral("no-sync"),
            tr("set, unset, import: save the task sync's setting without running the sync now.") },
        CommonCliOptions::by() };
}

Result<void> SettingsCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0, QStringLiteral("show"));
    const auto count = [&](int wanted, const QString& synopsis) -> Result<void> {
        if (words.size() != wanted) {
            //: %1 the usage, e.g. "settings set KEY VALUE"
            return usage(tr("Usage: sia-admin %1").arg(synopsis));
        }
        return {};
    };
    Result<void> shape;
    if (what == u"show") {
        m_action = Action::Show;
        shape = words.size() <= 1 ? Result<void>() : count(1, QStringLiteral("settings show [--user EMAIL]"));
    } else if (what == u"set") {
        m_action = Action::Set;
        shape = count(3, QStringLiteral("settings set KEY VALUE [--user EMAIL]"));
    } else if (what == u"unset") {
        m_action = Action::Unset;
        shape = count(2, QStringLiteral("settings unset KEY --user EMAIL"));
    } else if (what == u"export") {
        m_action = Action::Export;
        shape = count(2, QStringLiteral("settings export FILE"));
    } else if (what == u"import") {
        m_action = Action::Import;
        shape = count(2, QStringLiteral("settings import FILE [--yes]"));
    } else {
        return usage(
            tr("“%1” is not something settings does: use show, set, unset, export or import.").arg(what));
    }
    if (!shape) {
        return shape;
    }
    if (m_action == Action::Set || m_action == Action::Unset) {
        const std::optional<SettingKey> key = settingKeyFromName(words.at(1));
        if (!key) {
            return usage(tr("“%1” is not a setting. The sync settings are: %2").arg(words.at(1), [] {
                QStringList names;
                for (SettingKey key : SyncSettings::keys()) {
                    names.append(settingDefinition(key).name);
                }
                return names.join(QStringLiteral(", "));
            }()));
        }
        m_key = *key;
        m_value = words.value(2);
    }
    if (m_action == Action::Export || m_action == Action::Import) {
        m_file = words.at(1);
    }
    m_user = parser.value(QStringLiteral("user")).trimmed();
    if (m_action == Action::Unset && m_user.isEmpty()) {
        return usage(tr("“settings unset” removes a user's own value so that the instance's applies again: "
                        "say whose with --user EMAIL."));
    }
    if ((m_action == Action::Export || m_action == Action::Import) && !m_user.isEmpty()) {
        return usage(
            tr("export and import cover the instance and every user at once: --user does not apply."));
    }
    m_json = parser.isSet(QStringLiteral("json"));
    m_yes = parser.isSet(QStringLiteral("yes"));
    m_noSync = parser.isSet(QStringLiteral("no-sync"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

void SettingsCommand::start(CliContext& context)
{
    if (Result<void> done = run(context); !done || m_taskSyncRun != TaskSyncRun::Starts) {
        context.finish(done);
        return;
    }
    // Rule 2: the sync runs now; the settings are saved whatever the run's outcome.
    m_taskSync = std::make_unique<CliTaskSyncRun>(context, salesforce(context), m_actor, m_json);
    m_taskSync->start(context);
}

Result<void> SettingsCommand::run(CliContext& context)
{
    switch (m_action) {
    case Action::Show:
        return show(context);
    case Action::Set:
    case Action::Unset:
        return change(context);
    case Action::Export:
        return exportTo(context);
    case Action::Import:
        return importFrom(context);
    }
    return {};
}

Result<qint64> SettingsCommand::userId(CliContext& context) const
{
    if (m_user.isEmpty()) {
        return qint64(0);
    }
    Result<UserRecord> user = UserDirectory(context.store()).user(m_user);
    if (!user) {
        return user.error();
    }
    return user->id;
}

Result<void> SettingsCommand::show(CliContext& context) const
{
    Result<qint64> user = userId(context);
    if (!user) {
        return user.error();
    }
    Result<QList<EffectiveSetting>> settings = SyncSettings::read(context.store(), *user);
    if (!settings) {
        return settings.error();
    }
    if (m_json) {
        QJsonArray list;
        for (const EffectiveSetting& setting : *settings) {
            QJsonObject entry { { QStringLiteral("key"), settingDefinition(setting.key).name },
                { QStringLiteral("label"), SyncSettings::label(setting.key) },
                { QStringLiteral("value"), SettingsFile::valueToJson(setting.key, setting.value) },
                { QStringLiteral("source"), sourceKey(setting.source) },
                { QStringLiteral("userMayOverride"), setting.userMayOverride } };
            if (*user != 0) {
                entry.insert(QStringLiteral("instanceValue"),
                    SettingsFile::valueToJson(setting.key, setting.instanceValue));
            }
            list.append(entry);
        }
        context.output().json(QJsonDocument(
            QJsonObject { { QStringLiteral("user"), m_user.isEmpty() ? QJsonValue() : QJsonValue(m_user) },
                { QStringLiteral("settings"), list } }));
        return {};
    }
    TextTable table({ tr("Setting"), tr("Key"), tr("Value"), tr("From") });
    const bool ownSettings = m_user.compare(m_actor, Qt::CaseInsensitive) == 0;
    for (const EffectiveSetting& setting : *settings) {
        table.addRow({ SyncSettings::label(setting.key), settingDefinition(setting.key).name,
            shownValue(setting.key, setting.value), SyncSettings::sourceText(setting.source, ownSettings) });
    }
    for (const QString& row : table.render()) {
        context.output().line(row);
    }
    if (*user == 0) {
        context.output().line();
        context.output().line(
            tr("A user may override every setting but the unsubscribe check and the interval: "
               "sia-admin settings show --user EMAIL."));
    }
    return {};
}

Result<void> SettingsCommand::change(CliContext& context)
{
    Result<qint64> user = userId(context);
    if (!user) {
        return user.error();
    }
    SettingsChange change(*user, m_user);
    if (m_action == Action::Unset) {
        change.useInstanceValue(m_key);
    } else {
        Result<QVariant> value = parseValue(m_key, m_value);
        if (!value) {
            return value.error();
        }
        if (m_key == SettingKey::EmailToSalesforceAddress) {
            Result<BccChecklist::AddressCheck> address = BccChecklist::checkAddress(value->toString());
            if (!address) {
                return address.error();
            }
            if (!address->warning.isEmpty()) {
                context.output().error(address->warning);
            }
            *value = address->address;
        }
        change.set(m_key, *value);
    }
    Result<AppliedSettings> applied = change.apply(context.store(), m_actor);
    if (!applied) {
        return applied.error();
    }
    Result<TaskSyncRun> run = taskSyncRun(context, *applied);
    if (!run) {
        return run.error();
    }
    m_taskSyncRun = *run;
    printApplied(context, *applied);
    return {};
}

Result<SettingsCommand::TaskSyncRun> SettingsCommand::taskSyncRun(
    CliContext& context, const AppliedSettings& applied) const
{
    if (!applied.taskSyncRuns) {
        return TaskSyncRun::NotNeeded;
    }
    if (m_noSync) {
        return TaskSyncRun::NotAsked;
    }
    Result<std::optional<ConnectionRecord>> salesforce
        = ConnectionRepository(context.store()).find(ConnectionService::Salesforce);
    if (!salesforce) {
        return salesforce.error();
    }
    return *salesforce ? TaskSyncRun::Starts : TaskSyncRun::SalesforceNotConnected;
}

void SettingsCommand::printApplied(CliContext& context, const AppliedSettings& applied)
{
    const QList<SettingChangeLine>& lines = applied.lines;
    if (m_json) {
        static const QMap<TaskSyncRun, QString> runKeys { { TaskSyncRun::Starts, QStringLiteral("started") },
            { TaskSyncRun::SalesforceNotConnected, QStringLiteral("salesforce-not-connected") },
            { TaskSyncRun::NotAsked, QStringLiteral("not-asked") } };
        QJsonArray changed;
        for (const SettingChangeLine& line : lines) {
            changed.append(QJsonObject { { QStringLiteral("key"), settingDefinition(line.key).name },
                { QStringLiteral("from"), SettingsFile::valueToJson(line.key, line.from) },
                { QStringLiteral("to"), SettingsFile::valueToJson(line.key, line.to) },
                { QStringLiteral("backToInstance"), line.backToInherited },
                { QStringLiteral("text"), line.text } });
        }
        // One line: the task sync's progress may follow, one JSON object a line.
        const QJsonObject summary { { QStringLiteral("changed"), changed },
            { QStringLiteral("taskSyncTurnedOn"), applied.taskSyncTurnedOn },
            { QStringLiteral("taskSyncRun"),
                runKeys.contains(m_taskSyncRun) ? QJsonValue(runKeys.value(m_taskSyncRun))
                                                : QJsonValue(QJsonValue::Null) } };
        context.output().line(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
        context.output().flush();
        return;
    }
    if (lines.isEmpty()) {
        context.output().line(tr("Nothing changed: that is the value that applies already."));
        return;
    }
    for (const SettingChangeLine& line : lines) {
        context.output().line(line.text);
    }
    if (applied.taskSyncTurnedOn) {
        context.output().line(
            tr("The task sync is on. Only tasks created in Actions from now on are sent to Salesforce."));
    }
    switch (m_taskSyncRun) {
    case TaskSyncRun::NotNeeded:
        break;
    case TaskSyncRun::Starts:
        context.output().line(tr("Running the task sync now, as saving its setting does:"));
        break;
    case TaskSyncRun::SalesforceNotConnected:
        context.output().line(tr("The task sync runs once Salesforce is connected: sia-admin connect "
                                 "salesforce, then sia-admin tasks sync."));
        break;
    case TaskSyncRun::NotAsked:
        context.output().line(tr("The sync did not run now (--no-sync): run “sia-admin tasks sync” to import "
                                 "Salesforce's tasks."));
        break;
    }
    context.output().flush();
}

Result<void> SettingsCommand::exportTo(CliContext& context) const
{
    Result<QByteArray> bytes = SettingsFile::write(context.store());
    if (!bytes) {
        return bytes.error();
    }
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return Error::environment(QStringLiteral("settings.export-failed"),
            tr("The settings could not be written to %1: %2. Choose a folder you may write to.")
                .arg(m_file, file.errorString()));
    }
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("file"), m_file } }));
    } else {
        context.output().line(tr("Wrote the settings to %1 (no secrets: passwords and tokens stay in the "
                                 "keychain).")
                                  .arg(m_file));
    }
    return {};
}

Result<void> SettingsCommand::importFrom(CliContext& context)
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::environment(QStringLiteral("settings.import-unreadable"),
            tr("The file %1 could not be read: %2. Nothing was changed.").arg(m_file, file.errorString()));
    }
    Store& store = context.store();
    Result<SettingsFileContents> contents = SettingsFile::read(store, file.readAll());
    if (!contents) {
        return contents.error();
    }
    QTextStream err(stderr);
    for (const QString& key : contents->unknownKeys) {
        err << tr("Skipped, not a setting of this version: %1").arg(key) << '\n';
    }
    for (const QString& user : contents->unknownUsers) {
        err << tr("Skipped, no such user here: %1").arg(user) << '\n';
    }
    for (const QString& problem : contents->problems) {
        err << tr("Skipped: %1").arg(problem) << '\n';
    }
    err.flush();
    QList<SettingChangeLine> lines;
    for (const SettingsChange& change : contents->changes) {
        Result<QList<SettingChangeLine>> summary = change.summary(store);
        if (!summary) {
            return summary.error();
        }
        lines.append(*summary);
    }
    if (lines.isEmpty()) {
        if (m_json) {
            printApplied(context, {});
        } else {
            context.output().line(tr("Nothing to change: the file's settings are those that apply here."));
        }
        return {};
    }
    if (!m_yes) {
        QTextStream out(stdout);
        out << tr("The file would make %n change(s):", nullptr, int(lines.size())) << '\n';
        for (const SettingChangeLine& line : lines) {
            out << "  " << line.text << '\n';
        }
        out.flush();
        if (!askYesNo(tr("Apply? [y/N] "))) {
            return Error::rule(QStringLiteral("cli.not-confirmed"), tr("Nothing was changed."));
        }
    }
    // All the file's changes, or none.
    AppliedSettings all;
    Result<void> done = store.transaction([&]() -> Result<void> {
        for (const SettingsChange& change : contents->changes) {
            Result<AppliedSettings> applied = change.apply(store, m_actor);
            if (!applied) {
                return applied.error();
            }
            all.append(*applied);
        }
        return {};
    });
    if (!done) {
        return done;
    }
    Result<TaskSyncRun> run = taskSyncRun(context, all);
    if (!run) {
        return run.error();
    }
    m_taskSyncRun = *run;
    printApplied(context, all);
    return {};
}

} // namespace sia

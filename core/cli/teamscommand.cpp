#include "cli/teamscommand.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/texttable.h"
#include "users/usersservice.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sia {

namespace {

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

} // namespace

QString TeamsCommand::summary() const
{
    return tr(
        "The teams of the Actions instance (step 5). teams list: every team with its members; teams create "
        "NAME, teams rename NAME NEW, teams delete NAME. Everyone exists from the start, every member is in "
        "it, and it cannot be renamed or deleted. A deleted team's members stay users. Every change is "
        "recorded with who made it (--by).");
}

QList<QCommandLineOption> TeamsCommand::options() const
{
    return { CommonCliOptions::json(), CommonCliOptions::by() };
}

Result<void> TeamsCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0);
    const qsizetype needed = what == u"list" ? 1 : (what == u"rename" ? 3 : 2);
    if (what == u"list") {
        m_action = Action::List;
    } else if (what == u"create") {
        m_action = Action::Create;
    } else if (what == u"rename") {
        m_action = Action::Rename;
    } else if (what == u"delete") {
        m_action = Action::Delete;
    } else if (what.isEmpty()) {
        return usage(
            tr("“teams” needs what to do: list, create, rename or delete; for example: sia-admin teams "
               "create Sales"));
    } else {
        return usage(tr("“%1” is not something teams does: use list, create, rename or delete.").arg(what));
    }
    if (words.size() != needed) {
        switch (m_action) {
        case Action::List:
            return usage(tr("“teams list” takes no arguments, but was given: %1")
                             .arg(words.mid(1).join(QLatin1Char(' '))));
        case Action::Create:
            return usage(tr("“teams create” needs the team's name (quoted when it has spaces), for example: "
                            "sia-admin teams create \"Field sales\""));
        case Action::Rename:
            return usage(
                tr("“teams rename” needs the team's name and its new name, for example: sia-admin teams "
                   "rename Sales \"Field sales\""));
        case Action::Delete:
            return usage(
                tr("“teams delete” needs the team's name, for example: sia-admin teams delete Sales"));
        }
    }
    m_name = words.value(1).trimmed();
    m_newName = words.value(2).trimmed();
    m_json = parser.isSet(QStringLiteral("json"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

void TeamsCommand::start(CliContext& context)
{
    UsersService& users = m_services.users(context, m_actor);
    switch (m_action) {
    case Action::List:
        list(context);
        return;
    case Action::Create:
        users.createTeam(m_name, [this, &context](Result<TeamRecord> team) {
            if (!team) {
                context.finish(team.error());
                return;
            }
            changed(context, tr("Created the team “%1”.").arg(team->name),
                { { QStringLiteral("created"), UsersCliText::toJson(*team) } });
        });
        return;
    case Action::Rename:
        users.renameTeam(m_name, m_newName, [this, &context](Result<TeamRecord> team) {
            if (!team) {
                context.finish(team.error());
                return;
            }
            changed(context, tr("The team “%1” is now “%2”.").arg(m_name, team->name),
                { { QStringLiteral("renamed"), m_name },
                    { QStringLiteral("team"), UsersCliText::toJson(*team) } });
        });
        return;
    case Action::Delete:
        users.deleteTeam(m_name, [this, &context](Result<bool> deleted) {
            if (!deleted) {
                context.finish(deleted.error());
                return;
            }
            changed(context, tr("Deleted the team “%1”; its members stay users of the instance.").arg(m_name),
                { { QStringLiteral("deleted"), m_name } });
        });
        return;
    }
}

void TeamsCommand::changed(CliContext& context, const QString& sentence, const QJsonObject& json)
{
    if (m_json) {
        QJsonObject document = json;
        document.insert(QStringLiteral("by"), m_actor);
        context.output().json(QJsonDocument(document));
    } else {
        context.output().line(sentence);
    }
    context.finish({});
}

void TeamsCommand::list(CliContext& context)
{
    m_services.users(context, m_actor).teams([this, &context](Result<QList<TeamRecord>> teams) {
        if (!teams) {
            context.finish(teams.error());
            return;
        }
        if (m_json) {
            QJsonArray list;
            for (const TeamRecord& team : *teams) {
                list.append(UsersCliText::toJson(team));
            }
            context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("teams"), list } }));
            context.finish({});
            return;
        }
        TextTable table({ tr("Team"), tr("Members"), tr("Created") });
        for (const TeamRecord& team : *teams) {
            //: marks Everyone in the teams table
            const QString name = team.isDefault ? tr("%1 (everyone is in it)").arg(team.name) : team.name;
            table.addRow({ name, QString::number(team.members),
                team.createdAt.isValid() ? team.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                         : QStringLiteral("—") });
        }
        for (const QString& line : table.render()) {
            context.output().line(line);
        }
        context.finish({});
    });
}

} // namespace sia

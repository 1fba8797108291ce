#include "cli/userscommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "users/userremovalrule.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace sia {

QString UsersCommand::summary() const
{
    return tr("Remove an admin from the Actions instance: sia-admin users remove EMAIL. The original user "
              "(the first admin invited) cannot be removed once the people sync has started. The removal "
              "is recorded with who made it (--by) in the audit log.");
}

QList<QCommandLineOption> UsersCommand::options() const
{
    return { CommonCliOptions::by(), CommonCliOptions::json() };
}

Result<void> UsersCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || words.first() != u"remove") {
        return Error::input(QStringLiteral("cli.usage"),
            tr("“users” needs what to do and the admin's address, for example: sia-admin users remove "
               "sam@example.com"));
    }
    m_email = words.at(1);
    m_json = parser.isSet(QStringLiteral("json"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

Result<void> UsersCommand::run(CliContext& context)
{
    Result<InvitedAdmin> removed = UserRemovalRule::remove(context.store(), m_email, m_actor);
    if (!removed) {
        return removed.error();
    }
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("removed"), removed->email },
            { QStringLiteral("original"), removed->original }, { QStringLiteral("by"), m_actor } }));
    } else {
        context.output().line(removed->original
                ? tr("%1, the original user, was removed from the Actions instance (no people sync had "
                     "started).")
                      .arg(removed->email)
                : tr("%1 was removed from the Actions instance.").arg(removed->email));
    }
    return {};
}

} // namespace sia

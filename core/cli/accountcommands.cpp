#include "cli/accountcommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "common/timestamps.h"
#include "store/store.h"
#include "users/admininvitationrepository.h"
#include "users/instancerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace sia {

QString InviteAdminCommand::summary() const
{
    return tr(
        "Step 1: invite one or more admins to the Actions instance; the first admin ever invited becomes "
        "the original user. The invitation is recorded as pending: SIA Admin does not send email "
        "yet, so tell each invitee yourself.");
}

QList<QCommandLineOption> InviteAdminCommand::options() const
{
    return { { QStringLiteral("instance"),
                 tr("Create the Actions instance with this name first, when the database has none."),
                 QStringLiteral("NAME") },
        CommonCliOptions::json(), CommonCliOptions::by() };
}

Result<void> InviteAdminCommand::configure(const QCommandLineParser& parser)
{
    m_emails = parser.positionalArguments();
    if (m_emails.isEmpty()) {
        return Error::input(QStringLiteral("cli.usage"),
            tr("“invite-admin” needs at least one email address: sia-admin invite-admin ada@example.com"));
    }
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    m_instanceName = parser.value(QStringLiteral("instance"));
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

Result<void> InviteAdminCommand::run(CliContext& context)
{
    Store& store = context.store();
    InstanceRepository instances(store);
    Result<std::optional<ActionsInstance>> instance = instances.load();
    if (!instance) {
        return instance.error();
    }
    if (!instance->has_value()) {
        if (m_instanceName.trimmed().isEmpty()) {
            return Error::rule(QStringLiteral("instance.missing"),
                tr("There is no Actions instance in this database yet: name it with --instance NAME (your "
                   "company's name, for example) and SIA Admin creates it before inviting."));
        }
        Result<ActionsInstance> created = instances.create(m_instanceName, m_actor);
        if (!created) {
            return created.error();
        }
        if (!m_json) {
            context.output().line(tr("Created the Actions instance “%1”.").arg(created->name));
        }
    }
    QList<AdminInvitee> invitees;
    for (const QString& email : std::as_const(m_emails)) {
        // Typed in: the command line does not choose from Marketo's list.
        invitees.append(AdminInvitee { email, {}, {}, {}, InvitationSource::Single });
    }
    Result<QList<InvitedAdmin>> invited = AdminInvitationRepository(store).invite(invitees, m_actor);
    if (!invited) {
        return invited.error();
    }
    if (m_json) {
        QJsonArray list;
        for (const InvitedAdmin& admin : *invited) {
            list.append(QJsonObject { { QStringLiteral("email"), admin.email },
                { QStringLiteral("original"), admin.original },
                { QStringLiteral("status"), toKey(admin.status) },
                { QStringLiteral("source"), toKey(admin.source) },
                { QStringLiteral("invitedBy"), admin.invitedBy },
                { QStringLiteral("invitedAt"), toStoredTimestamp(admin.invitedAt) } });
        }
        context.output().json(QJsonDocument(
            QJsonObject { { QStringLiteral("invited"), list }, { QStringLiteral("emailSent"), false } }));
        return {};
    }
    for (const InvitedAdmin& admin : *invited) {
        context.output().line(admin.original
                ? tr("Invited %1: the original user of the instance (the first admin invited).")
                      .arg(admin.email)
                : tr("Invited %1.").arg(admin.email));
    }
    context.output().line(
        tr("%n invitation(s) recorded as pending, their emails queued: send them with "
           "sia-admin users retry (or open step 5 in the window), through the mail settings "
           "(sia-admin mail).",
            nullptr, int(invited->size())));
    return {};
}

} // namespace sia

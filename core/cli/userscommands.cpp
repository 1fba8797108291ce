#include "cli/userscommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/texttable.h"
#include "cli/usersimportaction.h"
#include "mail/mailsettings.h"
#include "users/usersservice.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sia {

namespace {

// The options every action's --json and text share: the users as a table.
void printUsers(const QList<UserRecord>& users, CliOutput& output)
{
    TextTable table({ UsersCommand::tr("Email"), UsersCommand::tr("Name"), UsersCommand::tr("Role"),
        UsersCommand::tr("Status"), UsersCommand::tr("Teams"), UsersCommand::tr("Invitation email") });
    for (const UserRecord& user : users) {
        QString email = user.email;
        if (user.original) {
            //: marks the original user (the first admin invited) in the users table
            email += QLatin1Char(' ') + UsersCommand::tr("(original)");
        }
        table.addRow({ email, UsersCliText::name(user), UsersCliText::roleText(user.role),
            UsersCliText::statusText(user.status), user.teams.join(QStringLiteral(", ")),
            UsersCliText::deliveryText(user) });
    }
    for (const QString& line : table.render()) {
        output.line(line);
    }
}

Result<QString> oneEmail(const QString& action, const QStringList& words)
{
    if (words.size() != 1 || words.first().trimmed().isEmpty()) {
        //: %1 the action: remove, resend, revoke
        return UsersCommand::usage(UsersCommand::tr(
            "“users %1” needs one email address, for example: sia-admin users %1 sam@example.com")
                                       .arg(action));
    }
    return words.first();
}

// users list ---------------------------------------------------------------------------------------------

class UsersListAction final : public UsersAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersCommand)

public:
    using UsersAction::UsersAction;
    StoreAccess storeAccess() const override { return StoreAccess::Read; }

    Result<void> configure(const QCommandLineParser& parser, const QStringList& words) override
    {
        if (!words.isEmpty()) {
            return UsersCommand::usage(
                tr("“users list” takes no arguments, but was given: %1").arg(words.join(QLatin1Char(' '))));
        }
        if (parser.isSet(QStringLiteral("status"))) {
            const QString status = parser.value(QStringLiteral("status")).trimmed().toLower();
            m_filter.status = fromKey<UserStatus>(status);
            if (!m_filter.status) {
                return UsersCommand::usage(
                    tr("“%1” is not a status: use invited, active, revoked or expired.")
                        .arg(parser.value(QStringLiteral("status"))));
            }
        }
        if (parser.isSet(QStringLiteral("role"))) {
            Result<UserRole> role = UsersCliText::parseRole(parser.value(QStringLiteral("role")));
            if (!role) {
                return role.error();
            }
            m_filter.role = *role;
        }
        const QStringList teams = parser.values(QStringLiteral("team"));
        if (teams.size() > 1) {
            return UsersCommand::usage(tr("“users list” filters by one team at most."));
        }
        m_filter.team = teams.value(0).trimmed();
        m_filter.search = parser.value(QStringLiteral("search")).trimmed();
        m_filter.deliveryFailedOnly = parser.isSet(QStringLiteral("failed"));
        return {};
    }

    void start(CliContext& context) override
    {
        m_command.users(context).users(m_filter, [this, &context](Result<QList<UserRecord>> users) {
            if (!users) {
                context.finish(users.error());
                return;
            }
            if (m_command.json()) {
                QJsonArray list;
                for (const UserRecord& user : *users) {
                    list.append(UsersCliText::toJson(user));
                }
                context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("users"), list } }));
            } else if (users->isEmpty()) {
                context.output().line(tr("No user matches."));
            } else {
                printUsers(*users, context.output());
                context.output().line(tr("%n user(s).", nullptr, int(users->size())));
            }
            context.finish({});
        });
    }

private:
    UserFilter m_filter;
};

// users invite -------------------------------------------------------------------------------------------

class UsersInviteAction final : public UsersAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersCommand)

public:
    using UsersAction::UsersAction;

    Result<void> configure(const QCommandLineParser& parser, const QStringList& words) override
    {
        if (words.size() != 1 || words.first().trimmed().isEmpty()) {
            return UsersCommand::usage(tr("“users invite” needs one email address, for example: sia-admin "
                                          "users invite sam@example.com --name \"Sam Lee\" --team Sales"));
        }
        m_invitee.email = words.first();
        const bool parts
            = parser.isSet(QStringLiteral("first-name")) || parser.isSet(QStringLiteral("last-name"));
        if (parser.isSet(QStringLiteral("name")) && parts) {
            return UsersCommand::usage(tr("Give either --name or --first-name and --last-name, not both."));
        }
        if (parser.isSet(QStringLiteral("name"))) {
            // As a "Name" column of a CSV file: first and last split at the last space.
            const QString name = parser.value(QStringLiteral("name")).simplified();
            const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
            m_invitee.firstName = space < 0 ? name : name.left(space);
            m_invitee.lastName = space < 0 ? QString() : name.mid(space + 1);
        } else {
            m_invitee.firstName = parser.value(QStringLiteral("first-name")).simplified();
            m_invitee.lastName = parser.value(QStringLiteral("last-name")).simplified();
        }
        if (parser.isSet(QStringLiteral("role"))) {
            Result<UserRole> role = UsersCliText::parseRole(parser.value(QStringLiteral("role")));
            if (!role) {
                return role.error();
            }
            m_invitee.role = *role;
        }
        for (const QString& team : parser.values(QStringLiteral("team"))) {
            if (team.trimmed().isEmpty()) {
                return UsersCommand::usage(tr("--team needs a team's name."));
            }
            if (!m_invitee.teams.contains(team.trimmed())) {
                m_invitee.teams << team.trimmed();
            }
        }
        m_invitee.source = InvitationSource::Single;
        return {};
    }

    void start(CliContext& context) override
    {
        m_command.users(context).invite({ m_invitee }, [this, &context](Result<QList<InviteResult>> results) {
            if (!results) {
                context.finish(results.error());
                return;
            }
            const InviteResult result = results->value(0);
            m_json.insert(QStringLiteral("email"), result.email);
            m_json.insert(QStringLiteral("outcome"), outcomeKey(result.outcome));
            m_json.insert(QStringLiteral("user"),
                result.user ? QJsonValue(UsersCliText::toJson(*result.user)) : QJsonValue(QJsonValue::Null));
            if (result.outcome != InviteResult::Outcome::Invited) {
                // Nothing is sent twice: the command says so and succeeds.
                if (m_command.json()) {
                    context.output().json(QJsonDocument(m_json));
                } else {
                    context.output().line(result.outcome == InviteResult::Outcome::AlreadyUser
                            ? tr("%1 is already a user of the Actions instance: nothing was sent.")
                                  .arg(result.email)
                            : tr("%1 is already invited: nothing was sent again (sia-admin users resend %1 "
                                 "sends "
                                 "the invitation again).")
                                  .arg(result.email));
                }
                context.finish({});
                return;
            }
            if (!m_command.json()) {
                context.output().line(invitedSentence(result));
            }
            m_command.deliver(context, [this, &context](const DeliveryOutcome& outcome) {
                m_json.insert(QStringLiteral("delivery"), UsersCliText::toJson(outcome));
                if (m_command.json()) {
                    context.output().json(QJsonDocument(m_json));
                }
                context.finish(UsersCliText::outcomeOf(outcome));
            });
        });
    }

private:
    static QString outcomeKey(InviteResult::Outcome outcome)
    {
        switch (outcome) {
        case InviteResult::Outcome::Invited:
            return QStringLiteral("invited");
        case InviteResult::Outcome::AlreadyUser:
            return QStringLiteral("already-user");
        case InviteResult::Outcome::AlreadyInvited:
            return QStringLiteral("already-invited");
        }
        return {};
    }

    QString invitedSentence(const InviteResult& result) const
    {
        const UserRecord user = result.user.value_or(UserRecord());
        const QString teams = user.teams.join(QStringLiteral(", "));
        //: %1 the address, %2 "admin" or "user", %3 the teams
        return user.role == UserRole::Admin
            ? tr("Invited %1 as an admin, in the teams %2.").arg(result.email, teams)
            : tr("Invited %1 as a user, in the teams %2.").arg(result.email, teams);
    }

    Invitee m_invitee;
    QJsonObject m_json;
};

// users remove|resend|revoke|set-role|set-teams --------------------------------------------------------

class UsersChangeAction final : public UsersAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersCommand)

public:
    enum class Kind
    {
        Remove,
        Resend,
        Revoke,
        SetRole,
        SetTeams
    };

    UsersChangeAction(UsersCommand& command, Kind kind)
        : UsersAction(command)
        , m_kind(kind)
    { }

    Result<void> configure(const QCommandLineParser&, const QStringList& words) override
    {
        switch (m_kind) {
        case Kind::Remove:
        case Kind::Resend:
        case Kind::Revoke: {
            const QString action = m_kind == Kind::Remove
                ? QStringLiteral("remove")
                : (m_kind == Kind::Resend ? QStringLiteral("resend") : QStringLiteral("revoke"));
            Result<QString> email = oneEmail(action, words);
            if (!email) {
                return email.error();
            }
            m_email = *email;
            return {};
        }
        case Kind::SetRole: {
            if (words.size() != 2) {
                return UsersCommand::usage(
                    tr("“users set-role” needs an email address and a role, for example: "
                       "sia-admin users set-role sam@example.com admin"));
            }
            Result<UserRole> role = UsersCliText::parseRole(words.at(1));
            if (!role) {
                return role.error();
            }
            m_email = words.at(0);
            m_role = *role;
            return {};
        }
        case Kind::SetTeams:
            if (words.isEmpty()) {
                return UsersCommand::usage(
                    tr("“users set-teams” needs an email address and the teams, for example: "
                       "sia-admin users set-teams sam@example.com Sales Support (Everyone "
                       "always stays; none but the address leaves only Everyone)"));
            }
            m_email = words.at(0);
            for (const QString& team : words.mid(1)) {
                if (!team.trimmed().isEmpty() && !m_teams.contains(team.trimmed())) {
                    m_teams << team.trimmed();
                }
            }
            return {};
        }
        return {};
    }

    void start(CliContext& context) override
    {
        auto done = [this, &context](Result<UserRecord> user) {
            if (!user) {
                context.finish(user.error());
                return;
            }
            m_json = QJsonObject { { QStringLiteral("user"), UsersCliText::toJson(*user) },
                { QStringLiteral("by"), m_command.actor() } };
            if (m_kind == Kind::Remove) {
                // The form step 1's `users remove` always had.
                m_json.insert(QStringLiteral("removed"), user->email);
                m_json.insert(QStringLiteral("original"), user->original);
            }
            if (!m_command.json()) {
                context.output().line(sentence(*user));
            }
            if (m_kind != Kind::Resend) {
                if (m_command.json()) {
                    context.output().json(QJsonDocument(m_json));
                }
                context.finish({});
                return;
            }
            m_command.deliver(context, [this, &context](const DeliveryOutcome& outcome) {
                m_json.insert(QStringLiteral("delivery"), UsersCliText::toJson(outcome));
                if (m_command.json()) {
                    context.output().json(QJsonDocument(m_json));
                }
                context.finish(UsersCliText::outcomeOf(outcome));
            });
        };
        UsersService& users = m_command.users(context);
        switch (m_kind) {
        case Kind::Remove:
            users.remove(m_email, done);
            return;
        case Kind::Resend:
            users.resend(m_email, done);
            return;
        case Kind::Revoke:
            users.revoke(m_email, done);
            return;
        case Kind::SetRole:
            users.setRole(m_email, m_role, done);
            return;
        case Kind::SetTeams:
            users.setTeams(m_email, m_teams, done);
            return;
        }
    }

private:
    QString sentence(const UserRecord& user) const
    {
        switch (m_kind) {
        case Kind::Remove:
            return user.original
                ? tr("%1, the original user, was removed from the Actions instance (no people sync "
                     "had started).")
                      .arg(user.email)
                : tr("%1 was removed from the Actions instance.").arg(user.email);
        case Kind::Resend:
            return tr("The invitation of %1 is queued to be sent again.").arg(user.email);
        case Kind::Revoke:
            return tr("The invitation of %1 is revoked: its link no longer lets them in.").arg(user.email);
        case Kind::SetRole:
            return user.role == UserRole::Admin ? tr("%1 is now an admin.").arg(user.email)
                                                : tr("%1 is now a user (not an admin).").arg(user.email);
        case Kind::SetTeams:
            //: %2 the teams, Everyone first
            return tr("%1 is now in the teams %2.").arg(user.email, user.teams.join(QStringLiteral(", ")));
        }
        return {};
    }

    Kind m_kind;
    QString m_email;
    UserRole m_role = UserRole::User;
    QStringList m_teams;
    QJsonObject m_json;
};

// users retry --------------------------------------------------------------------------------------------

class UsersRetryAction final : public UsersAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersCommand)

public:
    using UsersAction::UsersAction;

    Result<void> configure(const QCommandLineParser&, const QStringList& words) override
    {
        if (!words.isEmpty()) {
            return UsersCommand::usage(
                tr("“users retry” takes no arguments, but was given: %1").arg(words.join(QLatin1Char(' '))));
        }
        return {};
    }

    void start(CliContext& context) override
    {
        m_command.users(context).retryFailed([this, &context](Result<int> queued) {
            if (!queued) {
                context.finish(queued.error());
                return;
            }
            m_json.insert(QStringLiteral("retried"), *queued);
            if (!m_command.json()) {
                context.output().line(*queued == 0
                        ? tr("No invitation had failed; anything still queued is sent now.")
                        : tr("%n failed invitation(s) queued again.", nullptr, *queued));
            }
            m_command.deliver(context, [this, &context](const DeliveryOutcome& outcome) {
                m_json.insert(QStringLiteral("delivery"), UsersCliText::toJson(outcome));
                if (m_command.json()) {
                    context.output().json(QJsonDocument(m_json));
                }
                context.finish(UsersCliText::outcomeOf(outcome));
            });
        });
    }

private:
    QJsonObject m_json;
};

} // namespace

// the command --------------------------------------------------------------------------------------------

UsersCommand::UsersCommand() = default;
UsersCommand::~UsersCommand() = default;

Error UsersCommand::usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QString UsersCommand::summary() const
{
    return tr(
        "The users of the Actions instance and their invitations (steps 1 and 5). users list: every user "
        "with name, role, status, teams and whether the invitation email went out (filters: --status, "
        "--role, --team, --search, --failed). users invite EMAIL: invite one person (--name or --first-name "
        "and --last-name, --role admin|user, --team T, repeated); an address already a user or invited is "
        "sent nothing. users import FILE: invite the valid rows of a CSV file, all or none (--mapping FILE "
        "names the columns, --save-mapping FILE keeps the one used, --encoding E, --delimiter C, --dry-run "
        "only shows the preview, --report FILE writes the per-row report as CSV). users remove|resend|revoke "
        "EMAIL, users set-role EMAIL admin|user, users set-teams EMAIL TEAM…, users retry (the failed "
        "emails again). Invitations are delivered before the command ends, through the SMTP server or to "
        "the outbox (sia-admin mail); one that did not go out ends with exit code 3. The original user "
        "cannot be removed once the people sync has started. Every change is recorded with who made it "
        "(--by).");
}

QList<QCommandLineOption> UsersCommand::options() const
{
    return { CommonCliOptions::json(), CommonCliOptions::by(),
        { QStringLiteral("status"),
            tr("list: only users with this status: invited, active, revoked or expired."),
            QStringLiteral("S") },
        { QStringLiteral("role"),
            tr("list: only this role; invite: the role to give (admin or user; default user)."),
            QStringLiteral("R") },
        { QStringLiteral("team"),
            tr("list: only members of this team; invite: a team to join besides Everyone (repeat it for "
               "more)."),
            QStringLiteral("T") },
        { QStringLiteral("search"), tr("list: only users whose address or name contains TEXT."),
            QStringLiteral("TEXT") },
        { QStringLiteral("failed"), tr("list: only users whose invitation email could not be sent.") },
        { QStringLiteral("name"),
            tr("invite: the person's full name (split into first and last at the last space)."),
            QStringLiteral("N") },
        { QStringLiteral("first-name"), tr("invite: the person's first name."), QStringLiteral("F") },
        { QStringLiteral("last-name"), tr("invite: the person's last name."), QStringLiteral("L") },
        { QStringLiteral("mapping"),
            tr("import: a JSON file naming the column of each field (as --save-mapping writes it); else the "
               "columns are matched from the header."),
            QStringLiteral("FILE") },
        { QStringLiteral("save-mapping"), tr("import: write the mapping used to FILE, for the next import."),
            QStringLiteral("FILE") },
        { QStringLiteral("encoding"),
            tr("import: the file's encoding when it is not UTF-8 and has no byte-order mark: %1.")
                .arg(UsersImportAction::encodingList()),
            QStringLiteral("E") },
        { QStringLiteral("delimiter"),
            tr("import: the delimiter, when not detected: comma, semicolon or tab."), QStringLiteral("C") },
        { QStringLiteral("dry-run"), tr("import: show what would happen, row by row, and invite nobody.") },
        { QStringLiteral("report"),
            tr("import: write the per-row report as CSV to FILE: each row's verdict and message and, after "
               "an "
               "import, whether it was invited and what became of its invitation email."),
            QStringLiteral("FILE") } };
}

StoreAccess UsersCommand::storeAccess() const
{
    return m_action ? m_action->storeAccess() : StoreAccess::Write;
}

Result<void> UsersCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0);
    if (what == u"list") {
        m_action = std::make_unique<UsersListAction>(*this);
    } else if (what == u"invite") {
        m_action = std::make_unique<UsersInviteAction>(*this);
    } else if (what == u"import") {
        m_action = std::make_unique<UsersImportAction>(*this);
    } else if (what == u"remove") {
        m_action = std::make_unique<UsersChangeAction>(*this, UsersChangeAction::Kind::Remove);
    } else if (what == u"resend") {
        m_action = std::make_unique<UsersChangeAction>(*this, UsersChangeAction::Kind::Resend);
    } else if (what == u"revoke") {
        m_action = std::make_unique<UsersChangeAction>(*this, UsersChangeAction::Kind::Revoke);
    } else if (what == u"set-role") {
        m_action = std::make_unique<UsersChangeAction>(*this, UsersChangeAction::Kind::SetRole);
    } else if (what == u"set-teams") {
        m_action = std::make_unique<UsersChangeAction>(*this, UsersChangeAction::Kind::SetTeams);
    } else if (what == u"retry") {
        m_action = std::make_unique<UsersRetryAction>(*this);
    } else if (what.isEmpty()) {
        return usage(tr("“users” needs what to do: list, invite, import, remove, resend, revoke, set-role, "
                        "set-teams or retry; for example: sia-admin users list"));
    } else {
        return usage(tr("“%1” is not something users does: use list, invite, import, remove, resend, revoke, "
                        "set-role, set-teams or retry.")
                         .arg(what));
    }
    m_json = parser.isSet(QStringLiteral("json"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return m_action->configure(parser, words.mid(1));
}

void UsersCommand::start(CliContext& context)
{
    m_action->start(context);
}

void UsersCommand::deliver(CliContext& context, std::function<void(const DeliveryOutcome&)> then)
{
    Result<MailSettings> mail = UsersCliText::mailSettings(context.store());
    if (!mail) {
        context.finish(mail.error());
        return;
    }
    // Nothing queued (the change queued nothing, or another run sent it meanwhile): no round to wait for.
    Result<QList<QueuedInvitation>> queued = UserDirectory(context.store()).queued(1);
    if (!queued) {
        context.finish(queued.error());
        return;
    }
    if (queued->isEmpty()) {
        DeliveryOutcome nothing;
        nothing.outbox = mail->usesOutbox();
        then(nothing);
        return;
    }
    auto stillQueued = [&context] {
        const Result<QList<QueuedInvitation>> left = UserDirectory(context.store()).queued(1);
        return left && !left->isEmpty();
    };
    m_round.run(m_services.delivery(context), mail->usesOutbox(), stillQueued,
        [this, &context, then = std::move(then)](DeliveryOutcome outcome) {
            if (!m_json) {
                UsersCliText::print(outcome, context.output());
            }
            then(outcome);
        });
}

} // namespace sia

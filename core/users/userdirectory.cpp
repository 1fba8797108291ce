#include "users/userdirectory.h"

#include "common/timestamps.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "users/emailaddress.h"
#include "users/instancerepository.h"
#include "users/userremovalrule.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace sia {

namespace {

// A team name lives in CSV cells that list several teams separated by ';', ',' or '|'.
constexpr int teamNameMaxLength = 64;

// The user's row and their latest invitation (a user re-invited after expiry or removal has several).
const QString userColumns = QStringLiteral(
    "SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.status, u.is_original, u.created_at,"
    " i.id, i.status, i.source, i.invited_by, i.invited_at, i.expires_at, i.delivery, i.delivery_detail,"
    " i.delivered_at, i.delivery_attempts"
    " FROM users u LEFT JOIN invitations i"
    " ON i.id = (SELECT MAX(j.id) FROM invitations j WHERE j.user_id = u.id)");

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant numberOrNull(int number)
{
    return number > 0 ? QVariant(number) : QVariant(QMetaType::fromType<int>());
}

// The address as stored and compared (EmailAddress::normalised: trimmed, the domain lower-cased, an IDN
// domain in its Unicode form); the store compares case-insensitively (users_by_email).
Result<QString> normalisedAddress(const QString& typed)
{
    return EmailAddress::normalised(typed);
}

QString foldedName(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

// An invitation that is still pending past its expiry reads as expired: nothing has to run at midnight
// to make it so, and every reader (the page, the import preview, the delivery) agrees.
void applyExpiry(UserRecord& user, const QDateTime& now)
{
    if (user.invitationId == 0) {
        return;
    }
    if (user.invitationStatus == InvitationStatus::Pending && user.expiresAt.isValid()
        && user.expiresAt <= now) {
        user.invitationStatus = InvitationStatus::Expired;
    }
    if (user.invitationStatus == InvitationStatus::Expired && user.status == UserStatus::Invited) {
        user.status = UserStatus::Expired;
    }
}

bool hasPendingInvitation(const UserRecord& user)
{
    return user.invitationId != 0 && user.invitationStatus == InvitationStatus::Pending
        && user.status != UserStatus::Revoked;
}

// Revoked and expired users are invited anew; everyone else is already there.
bool mayBeInvitedAgain(const UserRecord& user)
{
    return user.status == UserStatus::Revoked || user.status == UserStatus::Expired;
}

UserRecord readUser(const Store& store, const QSqlQuery& query)
{
    const SqlDialect& dialect = store.dialect();
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.email = query.value(1).toString();
    user.firstName = query.value(2).toString();
    user.lastName = query.value(3).toString();
    user.role = fromKey<UserRole>(query.value(4).toString()).value_or(UserRole::User);
    user.status = fromKey<UserStatus>(query.value(5).toString()).value_or(UserStatus::Invited);
    user.original = query.value(6).toBool();
    user.createdAt = dialect.timestampFrom(query.value(7));
    if (!query.value(8).isNull()) {
        user.invitationId = query.value(8).toLongLong();
        user.invitationStatus
            = fromKey<InvitationStatus>(query.value(9).toString()).value_or(InvitationStatus::Pending);
        user.source
            = fromKey<InvitationSource>(query.value(10).toString()).value_or(InvitationSource::Single);
        user.invitedBy = query.value(11).toString();
        user.invitedAt = dialect.timestampFrom(query.value(12));
        user.expiresAt = query.value(13).isNull() ? QDateTime() : dialect.timestampFrom(query.value(13));
        user.delivery = fromKey<DeliveryState>(query.value(14).toString()).value_or(DeliveryState::Queued);
        user.deliveryDetail = query.value(15).toString();
        user.deliveredAt = query.value(16).isNull() ? QDateTime() : dialect.timestampFrom(query.value(16));
        user.deliveryAttempts = query.value(17).toInt();
    }
    return user;
}

// Every user's teams by name, Everyone first; userId 0: everyone's.
Result<QHash<qint64, QStringList>> teamsOfUsers(const Store& store, qint64 userId = 0)
{
    QString sql
        = QStringLiteral("SELECT m.user_id, t.name FROM team_members m JOIN teams t ON t.id = m.team_id");
    QVariantMap bindings;
    if (userId != 0) {
        sql += QStringLiteral(" WHERE m.user_id = :user");
        bindings.insert(QStringLiteral("user"), userId);
    }
    sql += QStringLiteral(" ORDER BY t.is_default DESC, t.name, t.id");
    Result<QSqlQuery> query = store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QHash<qint64, QStringList> teams;
    while (query->next()) {
        teams[query->value(0).toLongLong()].append(query->value(1).toString());
    }
    return teams;
}

Result<QList<UserRecord>> loadUsers(const Store& store, const QString& where, const QVariantMap& bindings)
{
    Result<QSqlQuery> query = store.exec(userColumns + where, bindings);
    if (!query) {
        return query.error();
    }
    QList<UserRecord> users;
    while (query->next()) {
        users.append(readUser(store, *query));
    }
    query->finish();
    Result<QHash<qint64, QStringList>> teams
        = teamsOfUsers(store, users.size() == 1 ? users.constFirst().id : 0);
    if (!teams) {
        return teams.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (UserRecord& user : users) {
        user.teams = teams->value(user.id);
        applyExpiry(user, now);
    }
    return users;
}

Result<std::optional<UserRecord>> findUser(const Store& store, const QString& email)
{
    Result<QList<UserRecord>> found
        = loadUsers(store, QStringLiteral(" WHERE u.email = :email"), { { QStringLiteral("email"), email } });
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<UserRecord>() : std::optional<UserRecord>(found->constFirst());
}

Result<UserRecord> requireUser(const Store& store, const QString& typed)
{
    Result<QString> email = normalisedAddress(typed);
    if (!email) {
        return email.error();
    }
    Result<std::optional<UserRecord>> found = findUser(store, *email);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return Error::notFound(QStringLiteral("user.not-found"),
            QCoreApplication::translate("sia::UserDirectory",
                "%1 is neither a user nor invited: check the address (sia-admin users list shows them all).")
                .arg(*email));
    }
    return **found;
}

Result<UserRecord> reloadUser(const Store& store, qint64 id)
{
    Result<QList<UserRecord>> found
        = loadUsers(store, QStringLiteral(" WHERE u.id = :id"), { { QStringLiteral("id"), id } });
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error::internal(QStringLiteral("user.vanished"),
            QCoreApplication::translate(
                "sia::UserDirectory", "A user was not found right after it was saved."));
    }
    return found->constFirst();
}

Error revokedUser(const UserRecord& user)
{
    return Error::rule(QStringLiteral("user.revoked"),
        QCoreApplication::translate(
            "sia::UserDirectory", "%1 was removed from the Actions instance: invite them again first.")
            .arg(user.email));
}

struct TeamRef
{
    qint64 id = 0;
    QString name;
    bool isDefault = false;
};

// The teams by folded name, read once per transaction.
struct TeamIndex
{
    QHash<QString, TeamRef> byName;
    TeamRef everyone;

    const TeamRef* find(const QString& name) const
    {
        const auto found = byName.constFind(foldedName(name));
        return found == byName.cend() ? nullptr : &*found;
    }
};

Result<TeamIndex> loadTeamIndex(const Store& store)
{
    Result<QSqlQuery> query = store.exec(QStringLiteral("SELECT id, name, is_default FROM teams"));
    if (!query) {
        return query.error();
    }
    TeamIndex index;
    while (query->next()) {
        TeamRef team { query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toBool() };
        index.byName.insert(foldedName(team.name), team);
        if (team.isDefault) {
            index.everyone = team;
        }
    }
    if (index.everyone.id == 0) {
        return Error::internal(QStringLiteral("teams.everyone-missing"),
            QCoreApplication::translate("sia::UserDirectory",
                "The Everyone team is missing from the database, which should never happen: restore a backup "
                "or ask support."));
    }
    return index;
}

Error unknownTeam(const QString& name)
{
    return Error::input(QStringLiteral("teams.unknown"),
        QCoreApplication::translate("sia::UserDirectory",
            "There is no team “%1”: create it first (sia-admin teams create), or choose one that exists.")
            .arg(name.trimmed()));
}

// The teams a user is to be in: Everyone first, then the named ones, each once.
Result<QList<TeamRef>> resolveTeams(const TeamIndex& index, const QStringList& names)
{
    QList<TeamRef> teams { index.everyone };
    for (const QString& name : names) {
        if (name.trimmed().isEmpty()) {
            continue;
        }
        const TeamRef* team = index.find(name);
        if (!team) {
            return unknownTeam(name);
        }
        if (std::none_of(teams.cbegin(), teams.cend(), [&](const TeamRef& t) { return t.id == team->id; })) {
            teams.append(*team);
        }
    }
    return teams;
}

QStringList teamNames(const QList<TeamRef>& teams)
{
    QStringList names;
    for (const TeamRef& team : teams) {
        names.append(team.name);
    }
    return names;
}

Result<void> joinTeams(Store& store, qint64 userId, const QList<TeamRef>& teams, const QString& at)
{
    for (const TeamRef& team : teams) {
        Result<QSqlQuery> joined = store.exec(
            QStringLiteral("INSERT INTO team_members (team_id, user_id, joined_at)"
                           " VALUES (:team, :user, :at) ON CONFLICT (team_id, user_id) DO NOTHING"),
            { { QStringLiteral("team"), team.id }, { QStringLiteral("user"), userId },
                { QStringLiteral("at"), at } });
        if (!joined) {
            return joined.error();
        }
    }
    return {};
}

Result<void> requireInstance(Store& store)
{
    Result<std::optional<ActionsInstance>> instance = InstanceRepository(store).load();
    if (!instance) {
        return instance.error();
    }
    if (!instance->has_value()) {
        return Error::rule(QStringLiteral("instance.missing"),
            QCoreApplication::translate("sia::UserDirectory",
                "There is no Actions instance yet: create it first (step 1), then invite users."));
    }
    return {};
}

Result<bool> hasOriginalUser(const Store& store)
{
    Result<QSqlQuery> query = store.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE is_original"));
    if (!query) {
        return query.error();
    }
    return query->next() && query->value(0).toLongLong() > 0;
}

// Where an invitation came from besides its source: a CSV file's name and row.
struct CsvOrigin
{
    QString file;
    int row = 0;
};

Result<qint64> insertInvitation(Store& store, qint64 userId, const QString& email, InvitationSource source,
    const CsvOrigin& origin, const QString& actor, const QDateTime& at)
{
    Result<QSqlQuery> inserted = store.exec(
        QStringLiteral(
            "INSERT INTO invitations (user_id, email, source, csv_file, csv_row, status, invited_by,"
            " invited_at, expires_at, delivery)"
            " VALUES (:user, :email, :source, :file, :row, :status, :by, :at, :expires, :delivery)"
            " RETURNING id"),
        { { QStringLiteral("user"), userId }, { QStringLiteral("email"), email },
            { QStringLiteral("source"), toKey(source) }, { QStringLiteral("file"), textOrNull(origin.file) },
            { QStringLiteral("row"), numberOrNull(origin.row) },
            { QStringLiteral("status"), toKey(InvitationStatus::Pending) }, { QStringLiteral("by"), actor },
            { QStringLiteral("at"), toStoredTimestamp(at) },
            { QStringLiteral("expires"), toStoredTimestamp(at.addDays(invitationValidDays)) },
            { QStringLiteral("delivery"), toKey(DeliveryState::Queued) } });
    if (!inserted) {
        return inserted.error();
    }
    if (!inserted->next()) {
        return Error::internal(QStringLiteral("invitation.no-id"),
            QCoreApplication::translate("sia::UserDirectory", "The invitation of %1 got no id.").arg(email));
    }
    return inserted->value(0).toLongLong();
}

// An invitation saved: the user's record as it now is, built from what was written (an import of
// thousands of rows does not read each back).
UserRecord invitedRecord(qint64 userId, qint64 invitationId, const Invitee& invitee, bool original,
    const QList<TeamRef>& teams, const QDateTime& createdAt, const QString& actor, const QDateTime& at)
{
    UserRecord user;
    user.id = userId;
    user.email = invitee.email;
    user.firstName = invitee.firstName;
    user.lastName = invitee.lastName;
    user.role = invitee.role;
    user.status = UserStatus::Invited;
    user.original = original;
    user.teams = teamNames(teams);
    user.createdAt = createdAt;
    user.invitationId = invitationId;
    user.invitationStatus = InvitationStatus::Pending;
    user.source = invitee.source;
    user.invitedBy = actor;
    user.invitedAt = at;
    user.expiresAt = at.addDays(invitationValidDays);
    user.delivery = DeliveryState::Queued;
    return user;
}

// One invitee inside the caller's transaction: invited (new, or again after removal or expiry), or answered
// as already there. originalTaken: whether the original user exists (the first invited becomes it).
Result<InviteResult> inviteWithin(Store& store, const Invitee& invitee, const QList<TeamRef>& teams,
    const CsvOrigin& origin, const QString& actor, const QDateTime& now, bool& originalTaken)
{
    Result<std::optional<UserRecord>> existing = findUser(store, invitee.email);
    if (!existing) {
        return existing.error();
    }
    InviteResult result;
    result.email = invitee.email;
    const QString stamp = toStoredTimestamp(now);
    if (existing->has_value() && !mayBeInvitedAgain(**existing)) {
        result.outcome = hasPendingInvitation(**existing) ? InviteResult::Outcome::AlreadyInvited
                                                          : InviteResult::Outcome::AlreadyUser;
        result.user = **existing;
        result.email = (*existing)->email;
        return result;
    }

    qint64 userId = 0;
    bool original = false;
    QDateTime createdAt = now;
    const bool again = existing->has_value();
    if (again) {
        const UserRecord& before = **existing;
        userId = before.id;
        original = before.original;
        createdAt = before.createdAt;
        // The address as typed this time may differ in case; the row keeps the first spelling.
        result.email = before.email;
        Result<QSqlQuery> updated = store.exec(
            QStringLiteral("UPDATE users SET first_name = COALESCE(:first, first_name),"
                           " last_name = COALESCE(:last, last_name), role = :role, status = :status,"
                           " status_changed_at = :at, status_changed_by = :by WHERE id = :id"),
            { { QStringLiteral("first"), textOrNull(invitee.firstName) },
                { QStringLiteral("last"), textOrNull(invitee.lastName) },
                { QStringLiteral("role"), toKey(invitee.role) },
                { QStringLiteral("status"), toKey(UserStatus::Invited) }, { QStringLiteral("at"), stamp },
                { QStringLiteral("by"), actor }, { QStringLiteral("id"), userId } });
        if (!updated) {
            return updated.error();
        }
        // The lapsed invitation says so in the table too, so that only the new one is pending.
        Result<QSqlQuery> lapsed = store.exec(
            QStringLiteral(
                "UPDATE invitations SET status = :expired WHERE user_id = :id AND status = :pending"),
            { { QStringLiteral("expired"), toKey(InvitationStatus::Expired) },
                { QStringLiteral("id"), userId },
                { QStringLiteral("pending"), toKey(InvitationStatus::Pending) } });
        if (!lapsed) {
            return lapsed.error();
        }
        Result<QSqlQuery> left = store.exec(QStringLiteral("DELETE FROM team_members WHERE user_id = :id"),
            { { QStringLiteral("id"), userId } });
        if (!left) {
            return left.error();
        }
    } else {
        original = !originalTaken;
        Result<QSqlQuery> inserted = store.exec(
            QStringLiteral(
                "INSERT INTO users (email, first_name, last_name, role, status, is_original,"
                " created_at, created_by)"
                " VALUES (:email, :first, :last, :role, :status, :original, :at, :by) RETURNING id"),
            { { QStringLiteral("email"), invitee.email },
                { QStringLiteral("first"), textOrNull(invitee.firstName) },
                { QStringLiteral("last"), textOrNull(invitee.lastName) },
                { QStringLiteral("role"), toKey(invitee.role) },
                { QStringLiteral("status"), toKey(UserStatus::Invited) },
                { QStringLiteral("original"), original }, { QStringLiteral("at"), stamp },
                { QStringLiteral("by"), actor } });
        if (!inserted) {
            return inserted.error();
        }
        if (!inserted->next()) {
            return Error::internal(QStringLiteral("user.no-id"),
                QCoreApplication::translate("sia::UserDirectory", "The user %1 got no id.")
                    .arg(invitee.email));
        }
        userId = inserted->value(0).toLongLong();
        originalTaken = true;
    }
    if (Result<void> joined = joinTeams(store, userId, teams, stamp); !joined) {
        return joined.error();
    }
    Invitee saved = invitee;
    saved.email = result.email;
    Result<qint64> invitation
        = insertInvitation(store, userId, saved.email, invitee.source, origin, actor, now);
    if (!invitation) {
        return invitation.error();
    }
    QJsonObject arguments { { QStringLiteral("email"), saved.email },
        { QStringLiteral("source"), toKey(invitee.source) }, { QStringLiteral("original"), original },
        { QStringLiteral("role"), toKey(invitee.role) },
        { QStringLiteral("teams"), QJsonArray::fromStringList(teamNames(teams)) } };
    if (again) {
        arguments.insert(QStringLiteral("again"), true);
    }
    if (!origin.file.isEmpty()) {
        arguments.insert(QStringLiteral("file"), origin.file);
        arguments.insert(QStringLiteral("row"), origin.row);
    }
    if (Result<void> audited = AuditLog(store).append(actor, QStringLiteral("user.invited"), arguments);
        !audited) {
        return audited.error();
    }
    UserRecord user = invitedRecord(userId, *invitation, saved, original, teams, createdAt, actor, now);
    if (again) {
        // Names not given this time were kept.
        if (user.firstName.isEmpty()) {
            user.firstName = (*existing)->firstName;
        }
        if (user.lastName.isEmpty()) {
            user.lastName = (*existing)->lastName;
        }
    }
    result.outcome = InviteResult::Outcome::Invited;
    result.user = user;
    return result;
}

Result<void> checkTeamName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error::input(QStringLiteral("teams.name"),
            QCoreApplication::translate("sia::UserDirectory", "A team needs a name."));
    }
    if (trimmed.size() > teamNameMaxLength) {
        return Error::input(QStringLiteral("teams.name"),
            QCoreApplication::translate(
                "sia::UserDirectory", "“%1” is too long for a team name: use at most %2 characters.")
                .arg(trimmed)
                .arg(teamNameMaxLength));
    }
    const bool separator = std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
        return c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char('|')
            || c.category() == QChar::Other_Control;
    });
    if (separator) {
        return Error::input(QStringLiteral("teams.name"),
            QCoreApplication::translate("sia::UserDirectory",
                "“%1” cannot be a team name: leave out ';', ',' and '|', which separate teams in a CSV file.")
                .arg(trimmed));
    }
    return {};
}

Error teamExists(const QString& name)
{
    return Error::rule(QStringLiteral("teams.exists"),
        QCoreApplication::translate(
            "sia::UserDirectory", "There is already a team “%1”: choose another name.")
            .arg(name));
}

Error everyoneIsProtected()
{
    return Error::rule(QStringLiteral("teams.everyone"),
        QCoreApplication::translate("sia::UserDirectory",
            "Everyone is the team every member joins: it cannot be renamed or deleted. Create another team "
            "instead."));
}

Result<TeamRef> requireTeam(const Store& store, const QString& name)
{
    Result<TeamIndex> index = loadTeamIndex(store);
    if (!index) {
        return index.error();
    }
    const TeamRef* team = index->find(name);
    if (!team) {
        return Error::notFound(QStringLiteral("teams.not-found"),
            QCoreApplication::translate("sia::UserDirectory",
                "There is no team “%1”: check the name (sia-admin teams list shows them).")
                .arg(name.trimmed()));
    }
    return *team;
}

Result<TeamRecord> loadTeam(const Store& store, qint64 id);

Result<QList<TeamRecord>> loadTeams(const Store& store, qint64 id = 0)
{
    QString sql = QStringLiteral("SELECT t.id, t.name, t.is_default, t.created_at,"
                                 " (SELECT COUNT(*) FROM team_members m JOIN users u ON u.id = m.user_id"
                                 " WHERE m.team_id = t.id AND u.status <> :revoked) FROM teams t");
    QVariantMap bindings { { QStringLiteral("revoked"), toKey(UserStatus::Revoked) } };
    if (id != 0) {
        sql += QStringLiteral(" WHERE t.id = :id");
        bindings.insert(QStringLiteral("id"), id);
    }
    Result<QSqlQuery> query = store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<TeamRecord> teams;
    while (query->next()) {
        TeamRecord team;
        team.id = query->value(0).toLongLong();
        team.name = query->value(1).toString();
        team.isDefault = query->value(2).toBool();
        team.createdAt = store.dialect().timestampFrom(query->value(3));
        team.members = query->value(4).toInt();
        teams.append(team);
    }
    std::sort(teams.begin(), teams.end(), [](const TeamRecord& a, const TeamRecord& b) {
        if (a.isDefault != b.isDefault) {
            return a.isDefault;
        }
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return teams;
}

Result<TeamRecord> loadTeam(const Store& store, qint64 id)
{
    Result<QList<TeamRecord>> teams = loadTeams(store, id);
    if (!teams) {
        return teams.error();
    }
    if (teams->isEmpty()) {
        return Error::internal(QStringLiteral("teams.vanished"),
            QCoreApplication::translate(
                "sia::UserDirectory", "A team was not found right after it was saved."));
    }
    return teams->constFirst();
}

// Within a write transaction: runs work and answers the value it produced.
template<typename T> Result<T> inTransaction(Store& store, const std::function<Result<T>()>& work)
{
    if (Result<void> writable = store.requireWritable(); !writable) {
        return writable.error();
    }
    std::optional<T> value;
    Result<void> done = store.transaction([&]() -> Result<void> {
        Result<T> produced = work();
        if (!produced) {
            return produced.error();
        }
        value.emplace(std::move(*produced));
        return {};
    });
    if (!done) {
        return done.error();
    }
    return std::move(*value);
}

template<typename T> Result<T> inReadTransaction(Store& store, const std::function<Result<T>()>& work)
{
    std::optional<T> value;
    Result<void> done = store.readTransaction([&]() -> Result<void> {
        Result<T> produced = work();
        if (!produced) {
            return produced.error();
        }
        value.emplace(std::move(*produced));
        return {};
    });
    if (!done) {
        return done.error();
    }
    return std::move(*value);
}

Result<QJsonObject> invitationAuditArguments(const Store& store, qint64 invitationId, QString* invitedBy)
{
    Result<QSqlQuery> query
        = store.exec(QStringLiteral("SELECT email, invited_by FROM invitations WHERE id = :id"),
            { { QStringLiteral("id"), invitationId } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error::notFound(QStringLiteral("invitation.not-found"),
            QCoreApplication::translate("sia::UserDirectory", "Invitation %1 does not exist.")
                .arg(invitationId));
    }
    *invitedBy = query->value(1).toString();
    return QJsonObject { { QStringLiteral("email"), query->value(0).toString() } };
}

} // namespace

Result<int> UserDirectory::invitedBesidesOriginal() const
{
    Result<QSqlQuery> query = m_store.exec(m_store.dialect().expandTokens(QStringLiteral(
                                               "SELECT COUNT(DISTINCT i.user_id) FROM invitations i"
                                               " JOIN users u ON u.id = i.user_id"
                                               " WHERE u.is_original = {{false}} AND i.status <> :revoked")),
        { { QStringLiteral("revoked"), toKey(InvitationStatus::Revoked) } });
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<UserRecord>> UserDirectory::users(const UserFilter& filter) const
{
    Result<QList<UserRecord>> all
        = inReadTransaction<QList<UserRecord>>(m_store, [&]() { return loadUsers(m_store, QString(), {}); });
    if (!all) {
        return all.error();
    }
    // Filtered here rather than in SQL: a directory is thousands of rows at most, expiry is derived, and
    // a case-insensitive search over names would otherwise need each backend's own LIKE.
    const QString search = filter.search.trimmed();
    QList<UserRecord> users;
    for (const UserRecord& user : std::as_const(*all)) {
        if (!search.isEmpty() && !user.email.contains(search, Qt::CaseInsensitive)
            && !user.firstName.contains(search, Qt::CaseInsensitive)
            && !user.lastName.contains(search, Qt::CaseInsensitive)) {
            continue;
        }
        if (filter.role && user.role != *filter.role) {
            continue;
        }
        if (filter.status && user.status != *filter.status) {
            continue;
        }
        if (!filter.team.trimmed().isEmpty()
            && std::none_of(user.teams.cbegin(), user.teams.cend(),
                [&](const QString& team) { return foldedName(team) == foldedName(filter.team); })) {
            continue;
        }
        if (filter.deliveryFailedOnly
            && (user.invitationId == 0 || user.delivery != DeliveryState::Failed
                || !hasPendingInvitation(user))) {
            continue;
        }
        users.append(user);
    }
    std::sort(users.begin(), users.end(), [](const UserRecord& a, const UserRecord& b) {
        if (a.original != b.original) {
            return a.original;
        }
        const int byEmail = a.email.compare(b.email, Qt::CaseInsensitive);
        return byEmail != 0 ? byEmail < 0 : a.id < b.id;
    });
    return users;
}

Result<UserRecord> UserDirectory::user(const QString& email) const
{
    return inReadTransaction<UserRecord>(m_store, [&]() { return requireUser(m_store, email); });
}

Result<QList<InviteResult>> UserDirectory::invite(const QList<Invitee>& invitees, const QString& actor)
{
    if (invitees.isEmpty()) {
        return Error::input(QStringLiteral("users.none"), tr("Type at least one email address to invite."));
    }
    // The addresses first, before anything is opened: a typo refuses the call without touching the database.
    QList<Invitee> checked;
    for (Invitee invitee : invitees) {
        Result<QString> email = normalisedAddress(invitee.email);
        if (!email) {
            return email.error();
        }
        invitee.email = *email;
        invitee.firstName = invitee.firstName.trimmed();
        invitee.lastName = invitee.lastName.trimmed();
        checked.append(invitee);
    }
    return inTransaction<QList<InviteResult>>(m_store, [&]() -> Result<QList<InviteResult>> {
        if (Result<void> instance = requireInstance(m_store); !instance) {
            return instance.error();
        }
        Result<TeamIndex> index = loadTeamIndex(m_store);
        if (!index) {
            return index.error();
        }
        QList<QList<TeamRef>> teams;
        for (const Invitee& invitee : std::as_const(checked)) {
            Result<QList<TeamRef>> resolved = resolveTeams(*index, invitee.teams);
            if (!resolved) {
                return resolved.error();
            }
            teams.append(*resolved);
        }
        Result<bool> originalTaken = hasOriginalUser(m_store);
        if (!originalTaken) {
            return originalTaken.error();
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<InviteResult> results;
        bool anyInvited = false;
        for (qsizetype i = 0; i < checked.size(); ++i) {
            Result<InviteResult> one
                = inviteWithin(m_store, checked.at(i), teams.at(i), {}, actor, now, *originalTaken);
            if (!one) {
                return one.error();
            }
            anyInvited = anyInvited || one->outcome == InviteResult::Outcome::Invited;
            results.append(*one);
        }
        if (anyInvited) {
            if (Result<void> activated = InstanceRepository(m_store).markActivated(now); !activated) {
                return activated.error();
            }
        }
        return results;
    });
}

Result<ImportContext> UserDirectory::importContext() const
{
    return inReadTransaction<ImportContext>(m_store, [&]() -> Result<ImportContext> {
        Result<QList<UserRecord>> users = loadUsers(m_store, QString(), {});
        if (!users) {
            return users.error();
        }
        ImportContext context;
        for (const UserRecord& user : std::as_const(*users)) {
            if (mayBeInvitedAgain(user)) {
                continue; // a row for them is valid: the import invites them again
            }
            // Both spellings: the store compares addresses case-insensitively, the plan by its own
            // normalised form.
            QSet<QString>& set
                = hasPendingInvitation(user) ? context.pendingInvitations : context.existingUsers;
            set.insert(user.email);
            set.insert(user.email.toLower());
        }
        Result<QList<TeamRecord>> teams = loadTeams(m_store);
        if (!teams) {
            return teams.error();
        }
        for (const TeamRecord& team : std::as_const(*teams)) {
            context.knownTeams.append(team.name);
        }
        return context;
    });
}

Result<ImportResult> UserDirectory::import(
    const InviteImportPlan& plan, const QString& csvFileName, const QString& actor)
{
    QList<const ImportRow*> valid;
    for (const ImportRow& row : plan.rows()) {
        if (row.verdict == RowVerdict::Valid) {
            valid.append(&row);
        }
    }
    if (Result<void> importable = plan.importable(); !importable) {
        return importable.error();
    }
    return inTransaction<ImportResult>(m_store, [&]() -> Result<ImportResult> {
        if (Result<void> instance = requireInstance(m_store); !instance) {
            return instance.error();
        }
        Result<TeamIndex> index = loadTeamIndex(m_store);
        if (!index) {
            return index.error();
        }
        ImportResult result;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString stamp = toStoredTimestamp(now);
        for (const QString& name : plan.teamsToCreate()) {
            if (index->find(name)) {
                continue; // created meanwhile: the rows join it, as the preview said they would join a team
            }
            if (Result<void> named = checkTeamName(name); !named) {
                return named.error();
            }
            Result<QSqlQuery> created = m_store.exec(
                QStringLiteral(
                    "INSERT INTO teams (name, is_default, created_at) VALUES (:name, :default, :at)"
                    " RETURNING id"),
                { { QStringLiteral("name"), name.trimmed() }, { QStringLiteral("default"), false },
                    { QStringLiteral("at"), stamp } });
            if (!created) {
                return created.error();
            }
            if (!created->next()) {
                return Error::internal(QStringLiteral("teams.no-id"), tr("The team %1 got no id.").arg(name));
            }
            const TeamRef team { created->value(0).toLongLong(), name.trimmed(), false };
            index->byName.insert(foldedName(team.name), team);
            result.teamsCreated.append(team.name);
            if (Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("team.created"),
                    QJsonObject {
                        { QStringLiteral("team"), team.name }, { QStringLiteral("file"), csvFileName } });
                !audited) {
                return audited.error();
            }
        }
        Result<bool> originalTaken = hasOriginalUser(m_store);
        if (!originalTaken) {
            return originalTaken.error();
        }
        QSet<QString> seen;
        for (const ImportRow* row : std::as_const(valid)) {
            // The verdicts were decided against the store as it was at the preview: one that no longer holds
            // refuses the whole import, so that it never does something the admin did not see.
            Result<QString> email = normalisedAddress(row->email);
            if (!email) {
                return email.error();
            }
            if (seen.contains(email->toLower())) {
                continue; // two spellings of one address on two rows: invited once
            }
            seen.insert(email->toLower());
            for (const QString& team : row->teams) {
                if (!index->find(team)) {
                    return Error::rule(QStringLiteral("users.import-stale"),
                        tr("The team “%1” of row %2 was deleted since the preview: nothing was imported. "
                           "Preview the file again.")
                            .arg(team)
                            .arg(row->row));
                }
            }
            Result<QList<TeamRef>> teams = resolveTeams(*index, row->teams);
            if (!teams) {
                return teams.error();
            }
            Invitee invitee;
            invitee.email = *email;
            invitee.firstName = row->firstName.trimmed();
            invitee.lastName = row->lastName.trimmed();
            invitee.role = row->role;
            invitee.source = InvitationSource::Csv;
            Result<InviteResult> one = inviteWithin(
                m_store, invitee, *teams, CsvOrigin { csvFileName, row->row }, actor, now, *originalTaken);
            if (!one) {
                return one.error();
            }
            if (one->outcome != InviteResult::Outcome::Invited) {
                return Error::rule(QStringLiteral("users.import-stale"),
                    tr("%1 (row %2) was invited or became a user since the preview: nothing was imported. "
                       "Preview the file again.")
                        .arg(one->email)
                        .arg(row->row));
            }
            result.users.append(*one->user);
        }
        result.invited = int(result.users.size());
        if (Result<void> activated = InstanceRepository(m_store).markActivated(now); !activated) {
            return activated.error();
        }
        if (Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("users.imported"),
                QJsonObject { { QStringLiteral("file"), csvFileName },
                    { QStringLiteral("invited"), result.invited },
                    { QStringLiteral("teamsCreated"), QJsonArray::fromStringList(result.teamsCreated) } });
            !audited) {
            return audited.error();
        }
        return result;
    });
}

Result<QList<TeamRecord>> UserDirectory::teams() const
{
    return inReadTransaction<QList<TeamRecord>>(m_store, [&]() { return loadTeams(m_store); });
}

Result<TeamRecord> UserDirectory::createTeam(const QString& name, const QString& actor)
{
    if (Result<void> named = checkTeamName(name); !named) {
        return named.error();
    }
    const QString trimmed = name.trimmed();
    return inTransaction<TeamRecord>(m_store, [&]() -> Result<TeamRecord> {
        Result<TeamIndex> index = loadTeamIndex(m_store);
        if (!index) {
            return index.error();
        }
        if (const TeamRef* existing = index->find(trimmed)) {
            return teamExists(existing->name);
        }
        Result<QSqlQuery> created = m_store.exec(
            QStringLiteral("INSERT INTO teams (name, is_default, created_at) VALUES (:name, :default, :at)"
                           " RETURNING id"),
            { { QStringLiteral("name"), trimmed }, { QStringLiteral("default"), false },
                { QStringLiteral("at"), nowTimestamp() } });
        if (!created) {
            return created.error();
        }
        if (!created->next()) {
            return Error::internal(QStringLiteral("teams.no-id"), tr("The team %1 got no id.").arg(trimmed));
        }
        const qint64 id = created->value(0).toLongLong();
        created->finish();
        if (Result<void> audited = AuditLog(m_store).append(
                actor, QStringLiteral("team.created"), QJsonObject { { QStringLiteral("team"), trimmed } });
            !audited) {
            return audited.error();
        }
        return loadTeam(m_store, id);
    });
}

Result<TeamRecord> UserDirectory::renameTeam(
    const QString& name, const QString& newName, const QString& actor)
{
    if (Result<void> named = checkTeamName(newName); !named) {
        return named.error();
    }
    const QString trimmed = newName.trimmed();
    return inTransaction<TeamRecord>(m_store, [&]() -> Result<TeamRecord> {
        Result<TeamRef> team = requireTeam(m_store, name);
        if (!team) {
            return team.error();
        }
        if (team->isDefault) {
            return everyoneIsProtected();
        }
        if (team->name == trimmed) {
            return loadTeam(m_store, team->id); // nothing to do
        }
        Result<TeamIndex> index = loadTeamIndex(m_store);
        if (!index) {
            return index.error();
        }
        if (const TeamRef* other = index->find(trimmed); other && other->id != team->id) {
            return teamExists(other->name);
        }
        Result<QSqlQuery> renamed
            = m_store.exec(QStringLiteral("UPDATE teams SET name = :name WHERE id = :id"),
                { { QStringLiteral("name"), trimmed }, { QStringLiteral("id"), team->id } });
        if (!renamed) {
            return renamed.error();
        }
        if (Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("team.renamed"),
                QJsonObject { { QStringLiteral("team"), team->name }, { QStringLiteral("to"), trimmed } });
            !audited) {
            return audited.error();
        }
        return loadTeam(m_store, team->id);
    });
}

Result<void> UserDirectory::deleteTeam(const QString& name, const QString& actor)
{
    Result<bool> done = inTransaction<bool>(m_store, [&]() -> Result<bool> {
        Result<TeamRef> team = requireTeam(m_store, name);
        if (!team) {
            return team.error();
        }
        if (team->isDefault) {
            return everyoneIsProtected();
        }
        Result<TeamRecord> before = loadTeam(m_store, team->id);
        if (!before) {
            return before.error();
        }
        // The memberships go first: the foreign key would cascade, but only where the backend enforces it.
        Result<QSqlQuery> members
            = m_store.exec(QStringLiteral("DELETE FROM team_members WHERE team_id = :id"),
                { { QStringLiteral("id"), team->id } });
        if (!members) {
            return members.error();
        }
        Result<QSqlQuery> deleted = m_store.exec(
            QStringLiteral("DELETE FROM teams WHERE id = :id"), { { QStringLiteral("id"), team->id } });
        if (!deleted) {
            return deleted.error();
        }
        if (Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("team.deleted"),
                QJsonObject {
                    { QStringLiteral("team"), team->name }, { QStringLiteral("members"), before->members } });
            !audited) {
            return audited.error();
        }
        return true;
    });
    if (!done) {
        return done.error();
    }
    return {};
}

Result<UserRecord> UserDirectory::setRole(const QString& email, UserRole role, const QString& actor)
{
    return inTransaction<UserRecord>(m_store, [&]() -> Result<UserRecord> {
        Result<UserRecord> user = requireUser(m_store, email);
        if (!user) {
            return user.error();
        }
        if (user->status == UserStatus::Revoked) {
            return revokedUser(*user);
        }
        if (user->role == role) {
            return *user;
        }
        if (user->role == UserRole::Admin) {
            // Somebody must be left to manage the instance.
            Result<QSqlQuery> admins = m_store.exec(
                QStringLiteral(
                    "SELECT COUNT(*) FROM users WHERE role = :admin AND status <> :revoked AND id <> :id"),
                { { QStringLiteral("admin"), toKey(UserRole::Admin) },
                    { QStringLiteral("revoked"), toKey(UserStatus::Revoked) },
                    { QStringLiteral("id"), user->id } });
            if (!admins) {
                return admins.error();
            }
            if (!admins->next() || admins->value(0).toLongLong() == 0) {
                return Error::rule(QStringLiteral("users.last-admin"),
                    tr("%1 is the last admin of the Actions instance: make another user an admin first.")
                        .arg(user->email));
            }
        }
        Result<QSqlQuery> updated
            = m_store.exec(QStringLiteral("UPDATE users SET role = :role WHERE id = :id"),
                { { QStringLiteral("role"), toKey(role) }, { QStringLiteral("id"), user->id } });
        if (!updated) {
            return updated.error();
        }
        if (Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("user.role-changed"),
                QJsonObject { { QStringLiteral("email"), user->email },
                    { QStringLiteral("from"), toKey(user->role) }, { QStringLiteral("to"), toKey(role) } });
            !audited) {
            return audited.error();
        }
        return reloadUser(m_store, user->id);
    });
}

Result<UserRecord> UserDirectory::setTeams(
    const QString& email, const QStringList& teams, const QString& actor)
{
    return inTransaction<UserRecord>(m_store, [&]() -> Result<UserRecord> {
        Result<UserRecord> user = requireUser(m_store, email);
        if (!user) {
            return user.error();
        }
        if (user->status == UserStatus::Revoked) {
            return revokedUser(*user);
        }
        Result<TeamIndex> index = loadTeamIndex(m_store);
        if (!index) {
            return index.error();
        }
        Result<QList<TeamRef>> wanted = resolveTeams(*index, teams);
        if (!wanted) {
            return wanted.error();
        }
        QSet<qint64> wantedIds;
        for (const TeamRef& team : std::as_const(*wanted)) {
            wantedIds.insert(team.id);
        }
        QSet<qint64> currentIds;
        for (const QString& name : std::as_const(user->teams)) {
            if (const TeamRef* team = index->find(name)) {
                currentIds.insert(team->id);
            }
        }
        if (wantedIds == currentIds) {
            return *user;
        }
        for (qint64 id : currentIds - wantedIds) {
            Result<QSqlQuery> left = m_store.exec(
                QStringLiteral("DELETE FROM team_members WHERE team_id = :team AND user_id = :user"),
                { { QStringLiteral("team"), id }, { QStringLiteral("user"), user->id } });
            if (!left) {
                return left.error();
            }
        }
        if (Result<void> joined = joinTeams(m_store, user->id, *wanted, nowTimestamp()); !joined) {
            return joined.error();
        }
        if (Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("user.teams-changed"),
                QJsonObject { { QStringLiteral("email"), user->email },
                    { QStringLiteral("from"), QJsonArray::fromStringList(user->teams) },
                    { QStringLiteral("to"), QJsonArray::fromStringList(teamNames(*wanted)) } });
            !audited) {
            return audited.error();
        }
        return reloadUser(m_store, user->id);
    });
}

Result<UserRecord> UserDirectory::resend(const QString& email, const QString& actor)
{
    return inTransaction<UserRecord>(m_store, [&]() -> Result<UserRecord> {
        Result<UserRecord> user = requireUser(m_store, email);
        if (!user) {
            return user.error();
        }
        if (user->status == UserStatus::Revoked) {
            return revokedUser(*user);
        }
        if (user->invitationId == 0 || user->status == UserStatus::Active
            || (user->invitationStatus != InvitationStatus::Pending
                && user->invitationStatus != InvitationStatus::Expired)) {
            return Error::rule(QStringLiteral("invitation.not-pending"),
                tr("%1 has no invitation waiting to be accepted: nothing to send again.").arg(user->email));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (user->invitationStatus == InvitationStatus::Pending) {
            // The same invitation, queued again and valid for the full time again.
            Result<QSqlQuery> queued = m_store.exec(
                QStringLiteral("UPDATE invitations SET delivery = :queued, delivery_detail = NULL,"
                               " expires_at = :expires WHERE id = :id"),
                { { QStringLiteral("queued"), toKey(DeliveryState::Queued) },
                    { QStringLiteral("expires"), toStoredTimestamp(now.addDays(invitationValidDays)) },
                    { QStringLiteral("id"), user->invitationId } });
            if (!queued) {
                return queued.error();
            }
        } else {
            // An expired invitation stays in the history as it was; a new one takes its place.
            Result<QSqlQuery> lapsed
                = m_store.exec(QStringLiteral("UPDATE invitations SET status = :expired WHERE id = :id"),
                    { { QStringLiteral("expired"), toKey(InvitationStatus::Expired) },
                        { QStringLiteral("id"), user->invitationId } });
            if (!lapsed) {
                return lapsed.error();
            }
            Result<QSqlQuery> origin
                = m_store.exec(QStringLiteral("SELECT csv_file, csv_row FROM invitations WHERE id = :id"),
                    { { QStringLiteral("id"), user->invitationId } });
            if (!origin) {
                return origin.error();
            }
            CsvOrigin csv;
            if (origin->next()) {
                csv = { origin->value(0).toString(), origin->value(1).toInt() };
            }
            origin->finish();
            Result<qint64> invitation
                = insertInvitation(m_store, user->id, user->email, user->source, csv, actor, now);
            if (!invitation) {
                return invitation.error();
            }
            Result<QSqlQuery> invited = m_store.exec(
                QStringLiteral(
                    "UPDATE users SET status = :status, status_changed_at = :at, status_changed_by = :by"
                    " WHERE id = :id"),
                { { QStringLiteral("status"), toKey(UserStatus::Invited) },
                    { QStringLiteral("at"), toStoredTimestamp(now) }, { QStringLiteral("by"), actor },
                    { QStringLiteral("id"), user->id } });
            if (!invited) {
                return invited.error();
            }
        }
        if (Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("invitation.resent"),
                QJsonObject { { QStringLiteral("email"), user->email },
                    { QStringLiteral("expired"), user->invitationStatus == InvitationStatus::Expired } });
            !audited) {
            return audited.error();
        }
        return reloadUser(m_store, user->id);
    });
}

Result<UserRecord> UserDirectory::revoke(const QString& email, const QString& actor)
{
    return inTransaction<UserRecord>(m_store, [&]() -> Result<UserRecord> {
        Result<UserRecord> user = requireUser(m_store, email);
        if (!user) {
            return user.error();
        }
        if (user->status == UserStatus::Revoked) {
            return revokedUser(*user);
        }
        if (!hasPendingInvitation(*user)) {
            return Error::rule(QStringLiteral("invitation.not-pending"),
                tr("%1 has no pending invitation to revoke: remove the user instead.").arg(user->email));
        }
        Result<void> removed = UserRemovalRule::removeWithin(m_store,
            RemovalSubject { user->id, user->email, user->original, user->status, user->role }, actor,
            QStringLiteral("invitation.revoked"));
        if (!removed) {
            return removed.error();
        }
        return reloadUser(m_store, user->id);
    });
}

Result<UserRecord> UserDirectory::remove(const QString& email, const QString& actor)
{
    return inTransaction<UserRecord>(m_store, [&]() -> Result<UserRecord> {
        Result<UserRecord> user = requireUser(m_store, email);
        if (!user) {
            return user.error();
        }
        Result<void> removed = UserRemovalRule::removeWithin(m_store,
            RemovalSubject { user->id, user->email, user->original, user->status, user->role }, actor);
        if (!removed) {
            return removed.error();
        }
        return reloadUser(m_store, user->id);
    });
}

Result<QList<QueuedInvitation>> UserDirectory::queued(int limit) const
{
    return inReadTransaction<QList<QueuedInvitation>>(m_store, [&]() -> Result<QList<QueuedInvitation>> {
        Result<std::optional<ActionsInstance>> instance = InstanceRepository(m_store).load();
        if (!instance) {
            return instance.error();
        }
        const QString instanceName = instance->has_value() ? (*instance)->name : QString();
        // Only what may still be accepted: not revoked, not expired, not superseded.
        Result<QSqlQuery> query = m_store.exec(
            QStringLiteral("SELECT i.id, i.user_id FROM invitations i JOIN users u ON u.id = i.user_id"
                           " WHERE i.delivery = :queued AND i.status = :pending AND u.status <> :revoked"
                           " AND (i.expires_at IS NULL OR i.expires_at > :now) ORDER BY i.id LIMIT :limit"),
            { { QStringLiteral("queued"), toKey(DeliveryState::Queued) },
                { QStringLiteral("pending"), toKey(InvitationStatus::Pending) },
                { QStringLiteral("revoked"), toKey(UserStatus::Revoked) },
                { QStringLiteral("now"), nowTimestamp() }, { QStringLiteral("limit"), std::max(limit, 1) } });
        if (!query) {
            return query.error();
        }
        QList<QPair<qint64, qint64>> ids;
        while (query->next()) {
            ids.append({ query->value(0).toLongLong(), query->value(1).toLongLong() });
        }
        query->finish();
        QList<QueuedInvitation> queued;
        for (const auto& [invitationId, userId] : std::as_const(ids)) {
            Result<UserRecord> user = reloadUser(m_store, userId);
            if (!user) {
                return user.error();
            }
            if (user->invitationId != invitationId) {
                continue; // an older invitation of a user invited again: the newer one is sent
            }
            queued.append(QueuedInvitation { invitationId, *user, instanceName, user->invitedBy });
        }
        return queued;
    });
}

Result<void> UserDirectory::markDelivered(qint64 invitationId, DeliveryState state, const QString& detail)
{
    if (state != DeliveryState::Sent && state != DeliveryState::InOutbox) {
        return Error::internal(QStringLiteral("delivery.state"),
            tr("An invitation can only be marked as sent or as written to the outbox."));
    }
    Result<bool> done = inTransaction<bool>(m_store, [&]() -> Result<bool> {
        QString invitedBy;
        Result<QJsonObject> arguments = invitationAuditArguments(m_store, invitationId, &invitedBy);
        if (!arguments) {
            return arguments.error();
        }
        Result<QSqlQuery> updated = m_store.exec(
            QStringLiteral(
                "UPDATE invitations SET delivery = :state, delivery_detail = :detail, delivered_at = :at,"
                " delivery_attempts = delivery_attempts + 1 WHERE id = :id"),
            { { QStringLiteral("state"), toKey(state) }, { QStringLiteral("detail"), textOrNull(detail) },
                { QStringLiteral("at"), nowTimestamp() }, { QStringLiteral("id"), invitationId } });
        if (!updated) {
            return updated.error();
        }
        arguments->insert(QStringLiteral("delivery"), toKey(state));
        arguments->insert(QStringLiteral("where"), detail);
        // On behalf of whoever invited: the delivery is the rest of their Invite.
        if (Result<void> audited
            = AuditLog(m_store).append(invitedBy, QStringLiteral("invitation.delivered"), *arguments);
            !audited) {
            return audited.error();
        }
        return true;
    });
    if (!done) {
        return done.error();
    }
    return {};
}

Result<void> UserDirectory::markFailed(qint64 invitationId, const QString& reason)
{
    Result<bool> done = inTransaction<bool>(m_store, [&]() -> Result<bool> {
        QString invitedBy;
        Result<QJsonObject> arguments = invitationAuditArguments(m_store, invitationId, &invitedBy);
        if (!arguments) {
            return arguments.error();
        }
        Result<QSqlQuery> updated = m_store.exec(
            QStringLiteral("UPDATE invitations SET delivery = :failed, delivery_detail = :reason,"
                           " delivery_attempts = delivery_attempts + 1 WHERE id = :id"),
            { { QStringLiteral("failed"), toKey(DeliveryState::Failed) },
                { QStringLiteral("reason"), textOrNull(reason) }, { QStringLiteral("id"), invitationId } });
        if (!updated) {
            return updated.error();
        }
        arguments->insert(QStringLiteral("reason"), reason);
        if (Result<void> audited
            = AuditLog(m_store).append(invitedBy, QStringLiteral("invitation.delivery-failed"), *arguments);
            !audited) {
            return audited.error();
        }
        return true;
    });
    if (!done) {
        return done.error();
    }
    return {};
}

Result<int> UserDirectory::retryFailed(const QString& actor)
{
    return inTransaction<int>(m_store, [&]() -> Result<int> {
        Result<QSqlQuery> updated
            = m_store.exec(QStringLiteral("UPDATE invitations SET delivery = :queued, delivery_detail = NULL "
                                          "WHERE delivery = :failed AND status = :pending"
                                          " AND user_id IN (SELECT id FROM users WHERE status <> :revoked)"),
                { { QStringLiteral("queued"), toKey(DeliveryState::Queued) },
                    { QStringLiteral("failed"), toKey(DeliveryState::Failed) },
                    { QStringLiteral("pending"), toKey(InvitationStatus::Pending) },
                    { QStringLiteral("revoked"), toKey(UserStatus::Revoked) } });
        if (!updated) {
            return updated.error();
        }
        const int count = std::max(0, updated->numRowsAffected());
        if (count > 0) {
            if (Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("invitation.retried"),
                    QJsonObject { { QStringLiteral("count"), count } });
                !audited) {
                return audited.error();
            }
        }
        return count;
    });
}

} // namespace sia

#include "users/usersservice.h"

#include "settings/settingsrepository.h"
#include "store/storerunner.h"
#include "users/invitationdelivery.h"

#include <QFileInfo>
#include <QJsonObject>

// TEMPORARY until users-csv is merged: its reader, mapping and plan have no implementation before.
#if __has_include("users/csv/csvwriter.h")
#define SIA_HAVE_CSV 1
#endif

namespace sia {

namespace {

#ifdef SIA_HAVE_CSV
// The saved mapping, when it fits this header (every column it names is there, email among them); else
// the one matched from the header.
ColumnMapping mappingFor(Store& store, const QStringList& header)
{
    Result<QJsonObject> saved = SettingsRepository(store).get<QJsonObject>(SettingKey::UsersCsvMapping);
    if (saved && !saved->isEmpty()) {
        Result<ColumnMapping> mapping = ColumnMapping::fromJson(*saved, header);
        if (mapping && mapping->check(header) && mapping->toJson(header) == *saved) {
            return *mapping;
        }
    }
    return ColumnMapping::autoMatched(header);
}
#endif

// After a change: the page reloads, and when the change queued an invitation, its email goes out.
void announce(UsersService* service, InvitationDelivery* delivery, bool queued)
{
    emit service->changed();
    if (queued && delivery) {
        delivery->deliverQueued();
    }
}

template<typename T>
UsersService::Done<T> announcing(
    UsersService* service, InvitationDelivery* delivery, UsersService::Done<T> done, bool queues = false)
{
    return [service, delivery, queues, done = std::move(done)](Result<T> result) {
        if (result) {
            announce(service, delivery, queues);
        }
        done(std::move(result));
    };
}

} // namespace

UsersService::UsersService(StoreRunner& store, InvitationDelivery* delivery, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_delivery(delivery)
    , m_actor(std::move(actor))
{ }

void UsersService::users(const UserFilter& filter, Done<QList<UserRecord>> done)
{
    m_store.run<QList<UserRecord>>(
        [filter](Store& store) { return UserDirectory(store).users(filter); }, this, std::move(done));
}

void UsersService::teams(Done<QList<TeamRecord>> done)
{
    m_store.run<QList<TeamRecord>>(
        [](Store& store) { return UserDirectory(store).teams(); }, this, std::move(done));
}

void UsersService::invite(QList<Invitee> invitees, Done<QList<InviteResult>> done)
{
    m_store.run<QList<InviteResult>>(
        [invitees = std::move(invitees), actor = m_actor](
            Store& store) { return UserDirectory(store).invite(invitees, actor); },
        this,
        [this, done = std::move(done)](Result<QList<InviteResult>> results) {
            if (results) {
                const bool queued = std::any_of(results->cbegin(), results->cend(),
                    [](const InviteResult& one) { return one.outcome == InviteResult::Outcome::Invited; });
                announce(this, m_delivery, queued);
            }
            done(std::move(results));
        });
}

void UsersService::preview(
    QString path, CsvReadOptions options, std::optional<ColumnMapping> mapping, Done<ImportPreview> done)
{
    // On the store's thread: the file is read and checked there (up to 100,000 rows in a second or two),
    // next to the users and invitations each row is checked against.
    m_store.run<ImportPreview>(
        [path, options, mapping](Store& store) -> Result<ImportPreview> {
#ifdef SIA_HAVE_CSV
            Result<CsvTable> table = CsvReader::read(path, options);
            if (!table) {
                return table.error();
            }
            ImportPreview preview;
            preview.path = path;
            preview.table = std::move(*table);
            preview.mapping = mapping ? *mapping : mappingFor(store, preview.table.header);
            if (Result<void> fits = preview.mapping.check(preview.table.header); !fits) {
                return fits.error();
            }
            Result<ImportContext> context = UserDirectory(store).importContext();
            if (!context) {
                return context.error();
            }
            preview.plan = InviteImportPlan::build(preview.table, preview.mapping, context->existingUsers,
                context->pendingInvitations, context->knownTeams);
            return preview;
#else
            Q_UNUSED(store);
            Q_UNUSED(options);
            Q_UNUSED(mapping);
            Q_UNUSED(path);
            return Error::internal(QStringLiteral("csv.unavailable"),
                QCoreApplication::translate("sia::UsersService", "CSV files cannot be read yet."));
#endif
        },
        this, std::move(done));
}

void UsersService::import(ImportPreview preview, Done<ImportResult> done)
{
    m_store.run<ImportResult>(
        [preview = std::move(preview), actor = m_actor](Store& store) {
            return UserDirectory(store).import(preview.plan, QFileInfo(preview.path).fileName(), actor);
        },
        this,
        [this, done = std::move(done)](Result<ImportResult> result) {
            if (result) {
                announce(this, m_delivery, result->invited > 0);
            }
            done(std::move(result));
        });
}

void UsersService::saveMapping(ColumnMapping mapping, QStringList header, Done<bool> done)
{
    m_store.run<bool>(
        [mapping, header, actor = m_actor](Store& store) -> Result<bool> {
#ifdef SIA_HAVE_CSV
            if (Result<void> fits = mapping.check(header); !fits) {
                return fits.error();
            }
            Result<void> saved
                = SettingsRepository(store).set(SettingKey::UsersCsvMapping, mapping.toJson(header), actor);
            if (!saved) {
                return saved.error();
            }
            return true;
#else
            Q_UNUSED(store);
            Q_UNUSED(mapping);
            Q_UNUSED(header);
            Q_UNUSED(actor);
            return Error::internal(QStringLiteral("csv.unavailable"),
                QCoreApplication::translate("sia::UsersService", "CSV files cannot be read yet."));
#endif
        },
        this, std::move(done));
}

void UsersService::createTeam(QString name, Done<TeamRecord> done)
{
    m_store.run<TeamRecord>(
        [name, actor = m_actor](Store& store) { return UserDirectory(store).createTeam(name, actor); }, this,
        announcing(this, m_delivery, std::move(done)));
}

void UsersService::renameTeam(QString name, QString newName, Done<TeamRecord> done)
{
    m_store.run<TeamRecord>(
        [name, newName, actor = m_actor](
            Store& store) { return UserDirectory(store).renameTeam(name, newName, actor); },
        this, announcing(this, m_delivery, std::move(done)));
}

void UsersService::deleteTeam(QString name, Done<bool> done)
{
    m_store.run<bool>(
        [name, actor = m_actor](Store& store) -> Result<bool> {
            Result<void> deleted = UserDirectory(store).deleteTeam(name, actor);
            if (!deleted) {
                return deleted.error();
            }
            return true;
        },
        this, announcing(this, m_delivery, std::move(done)));
}

void UsersService::setRole(QString email, UserRole role, Done<UserRecord> done)
{
    m_store.run<UserRecord>([email, role, actor = m_actor](
                                Store& store) { return UserDirectory(store).setRole(email, role, actor); },
        this, announcing(this, m_delivery, std::move(done)));
}

void UsersService::setTeams(QString email, QStringList teams, Done<UserRecord> done)
{
    m_store.run<UserRecord>([email, teams, actor = m_actor](
                                Store& store) { return UserDirectory(store).setTeams(email, teams, actor); },
        this, announcing(this, m_delivery, std::move(done)));
}

void UsersService::resend(QString email, Done<UserRecord> done)
{
    m_store.run<UserRecord>(
        [email, actor = m_actor](Store& store) { return UserDirectory(store).resend(email, actor); }, this,
        announcing(this, m_delivery, std::move(done), true));
}

void UsersService::revoke(QString email, Done<UserRecord> done)
{
    m_store.run<UserRecord>(
        [email, actor = m_actor](Store& store) { return UserDirectory(store).revoke(email, actor); }, this,
        announcing(this, m_delivery, std::move(done)));
}

void UsersService::remove(QString email, Done<UserRecord> done)
{
    m_store.run<UserRecord>(
        [email, actor = m_actor](Store& store) { return UserDirectory(store).remove(email, actor); }, this,
        announcing(this, m_delivery, std::move(done)));
}

void UsersService::retryFailed(Done<int> done)
{
    m_store.run<int>([actor = m_actor](Store& store) { return UserDirectory(store).retryFailed(actor); },
        this,
        [this, done = std::move(done)](Result<int> count) {
            if (count) {
                announce(this, m_delivery, *count > 0);
            }
            done(std::move(count));
        });
}

} // namespace sia

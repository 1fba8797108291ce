#include "users/usersservice.h"

#include "settings/settingsrepository.h"
#include "store/storerunner.h"
#include "users/invitationdelivery.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace sia {

namespace {

// The saved mapping, when it fits this header (every column it names is there, email among them); else
// the one matched from the header.
ColumnMapping mappingFor(Store& store, const QStringList& header, bool& saved)
{
    Result<QJsonObject> json = SettingsRepository(store).get<QJsonObject>(SettingKey::UsersCsvMapping);
    if (json && !json->isEmpty()) {
        Result<ColumnMapping> mapping = ColumnMapping::fromJson(*json, header);
        if (mapping && mapping->check(header) && mapping->toJson(header) == *json) {
            saved = true;
            return *mapping;
        }
    }
    saved = false;
    return ColumnMapping::autoMatched(header);
}

// The plan of preview's table under its mapping, against the store as it is now; none when the mapping
// does not fit the header (importable() then says why).
Result<void> planWithin(Store& store, ImportPreview& preview)
{
    preview.plan = InviteImportPlan();
    if (!preview.mapping.check(preview.table.header)) {
        return {};
    }
    Result<ImportContext> context = UserDirectory(store).importContext();
    if (!context) {
        return context.error();
    }
    preview.plan = InviteImportPlan::build(preview.table, preview.mapping, context->existingUsers,
        context->pendingInvitations, context->knownTeams);
    return {};
}

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

Result<void> ImportPreview::importable() const
{
    if (Result<void> fits = mapping.check(table.header); !fits) {
        return fits;
    }
    return plan.importable();
}

void UsersService::preview(
    QString path, CsvReadOptions options, std::optional<ColumnMapping> mapping, Done<ImportPreview> done)
{
    // On the store's thread: the file is read and checked there (up to 100,000 rows in a second or two),
    // next to the users and invitations each row is checked against.
    m_store.run<ImportPreview>(
        [path, options, mapping](Store& store) -> Result<ImportPreview> {
            Result<CsvTable> table = CsvReader::read(path, options);
            if (!table) {
                return table.error();
            }
            ImportPreview preview;
            preview.path = path;
            preview.options = options;
            preview.table = std::move(*table);
            preview.mapping
                = mapping ? *mapping : mappingFor(store, preview.table.header, preview.mappingSaved);
            if (Result<void> planned = planWithin(store, preview); !planned) {
                return planned.error();
            }
            return preview;
        },
        this, std::move(done));
}

void UsersService::replan(ImportPreview preview, ColumnMapping mapping, Done<ImportPreview> done)
{
    m_store.run<ImportPreview>(
        [preview = std::move(preview), mapping](Store& store) mutable -> Result<ImportPreview> {
            if (!(mapping == preview.mapping)) {
                preview.mapping = mapping;
                preview.mappingSaved = false;
            }
            if (Result<void> planned = planWithin(store, preview); !planned) {
                return planned.error();
            }
            return std::move(preview);
        },
        this, std::move(done));
}

void UsersService::import(ImportPreview preview, Done<ImportResult> done)
{
    m_store.run<ImportResult>(
        [preview = std::move(preview), actor = m_actor](Store& store) -> Result<ImportResult> {
            if (Result<void> importable = preview.importable(); !importable) {
                return importable.error();
            }
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
            if (Result<void> fits = mapping.check(header); !fits) {
                return fits.error();
            }
            Result<void> saved
                = SettingsRepository(store).set(SettingKey::UsersCsvMapping, mapping.toJson(header), actor);
            if (!saved) {
                return saved.error();
            }
            return true;
        },
        this, std::move(done));
}

namespace {

Result<bool> writeReport(const QByteArray& csv, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        //: %1 the file, %2 the system's reason.
        return Error::environment(QStringLiteral("users.import-report"),
            UsersService::tr("The report could not be written to %1: %2. Choose another folder.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}

} // namespace

void UsersService::saveReport(InviteImportPlan plan, QString path, Done<bool> done)
{
    // Off the GUI thread, as the file was read: a report of 100,000 rows is megabytes on a network drive.
    m_store.run<bool>([plan = std::move(plan), path](Store&) { return writeReport(plan.reportCsv(), path); },
        this, std::move(done));
}

void UsersService::importReport(InviteImportPlan plan, Done<ImportReport> done)
{
    m_store.run<ImportReport>(
        [plan = std::move(plan)](Store& store) -> Result<ImportReport> {
            Result<QList<UserRecord>> users = UserDirectory(store).users();
            if (!users) {
                return users.error();
            }
            return ImportReport::build(plan, *users);
        },
        this, std::move(done));
}

void UsersService::saveImportReport(ImportReport report, QString path, Done<bool> done)
{
    m_store.run<bool>([report = std::move(report), path](Store&) { return writeReport(report.csv(), path); },
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

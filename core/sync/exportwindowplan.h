// The initial sync's export windows: consecutive createdAt windows of 31 days less a second (the vendor's
// longest; endAt is inclusive), dates in whole seconds, from the subscription's oldest person to the run's
// start. The oldest person is estimated from the lowest Marketo ids (leads.json by id, block after block:
// ids grow with creation, and leads.json refuses scans), and the plan is then probed backwards: a window
// just before the earliest one is exported too, and another before it as long as the last one held
// people, so a person older than the estimate is never missed. The windows and their progress are the
// checkpoint of stream "people.initial" (toJson / fromJson).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>

class QObject;

namespace sia {

class MarketoClient;

struct ExportWindow
{
    enum class State
    {
        Planned, // no job yet (or its job failed, expired or went missing: a new one is made)
        Created, // the job exists, not enqueued yet
        Queued, // enqueued: queued or processing at Marketo
        Completed, // the file is ready at Marketo
        Downloaded, // the file is on disk, its SHA-256 verified
        Applied // every row is in the store; the file is deleted
    };

    QDateTime start; // inclusive
    QDateTime end; // inclusive
    bool probe = false; // before the estimated oldest person: another probe follows if this one held people
    State state = State::Planned;
    QString exportId;
    qint64 rows = -1; // numberOfRecords once completed
    qint64 fileBytes = -1;
    QString checksum; // "sha256:<hex>"
    qint64 appliedOffset = 0; // the byte after the last applied row (0: none yet)

    QJsonObject toJson() const;
    static ExportWindow fromJson(const QJsonObject& json);
    friend bool operator==(const ExportWindow&, const ExportWindow&) = default;
};

class ExportWindowPlan
{
    Q_DECLARE_TR_FUNCTIONS(sia::ExportWindowPlan)

public:
    static constexpr qint64 windowSeconds = 31LL * 24 * 3600 - 1;
    static constexpr int idBlock = 300; // leads.json's most values a call
    static constexpr int blocksWithPeople = 3; // blocks that held people before the estimate is taken
    static constexpr int maxBlocks = 40; // then the estimate is the run's start, and the probes go back

    // Consecutive windows covering [oldest, until], the last one ending at until.
    static QList<ExportWindow> windows(const QDateTime& oldest, const QDateTime& until);
    // The probe window that ends a second before start.
    static ExportWindow probeBefore(const QDateTime& start);
    // Marketo's bulk filter text: ISO 8601 in UTC without milliseconds.
    static QString filterTime(const QDateTime& at);

    static QJsonObject checkpoint(const QList<ExportWindow>& windows, const QDateTime& runStart);
    static QList<ExportWindow> fromCheckpoint(const QJsonObject& checkpoint, QDateTime* runStart = nullptr);

    // The earliest createdAt among the lowest ids; an invalid QDateTime when no person was found.
    static void findOldest(
        MarketoClient& client, QObject* receiver, std::function<void(Result<QDateTime>)> done);
};

} // namespace sia

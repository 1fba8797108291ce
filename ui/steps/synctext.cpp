#include "synctext.h"

#include <QLocale>

#include <cmath>

QString SyncText::kind(sia::SyncKind kind)
{
    switch (kind) {
    case sia::SyncKind::PeopleInitial:
        return tr("Initial sync");
    case sia::SyncKind::PeopleIncremental:
        return tr("Changes");
    case sia::SyncKind::Tasks:
        return tr("Tasks");
    case sia::SyncKind::SalesActivities:
        return tr("Sales activity");
    }
    return {};
}

QString SyncText::state(sia::SyncRunState state)
{
    switch (state) {
    case sia::SyncRunState::Running:
        return tr("Running");
    case sia::SyncRunState::Paused:
        return tr("Paused");
    case sia::SyncRunState::Completed:
        return tr("Completed");
    case sia::SyncRunState::Failed:
        return tr("Failed");
    case sia::SyncRunState::Cancelled:
        return tr("Cancelled");
    case sia::SyncRunState::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QString SyncText::phase(const sia::SyncProgress& progress)
{
    const QLocale locale;
    const int file = qMin(progress.windowsDone + 1, qMax(1, progress.windowsTotal));
    switch (progress.phase) {
    case sia::SyncPhase::Preparing:
        return tr("Preparing: finding the oldest person and planning the export files");
    case sia::SyncPhase::Extracting:
        if (progress.windowsTotal <= 0) {
            return tr("Extracting: Marketo is building an export file");
        }
        //: %1 the export file, %n all the files.
        return tr("Extracting: Marketo is building export file %1 of %n", nullptr, progress.windowsTotal)
            .arg(locale.toString(file));
    case sia::SyncPhase::Downloading:
        if (progress.bytesTotal > 0) {
            //: %1 bytes downloaded, %2 the file's size, both as "12.3 MB".
            return tr("Downloading an export file: %1 of %2")
                .arg(locale.formattedDataSize(progress.bytesDownloaded),
                    locale.formattedDataSize(progress.bytesTotal));
        }
        //: %1 bytes downloaded, as "12.3 MB".
        return tr("Downloading an export file: %1").arg(locale.formattedDataSize(progress.bytesDownloaded));
    case sia::SyncPhase::Applying:
        if (progress.windowsTotal <= 0) {
            return progress.dryRun ? tr("Checking people (nothing is written)")
                                   : tr("Applying: writing people to Actions");
        }
        //: %1 the export file, %n all the files.
        return progress.dryRun ? tr("Checking the people of export file %1 of %n (nothing is written)",
                   nullptr, progress.windowsTotal)
                                     .arg(locale.toString(file))
                               : tr("Applying: writing the people of export file %1 of %n to Actions",
                                   nullptr, progress.windowsTotal)
                                     .arg(locale.toString(file));
    case sia::SyncPhase::Opportunities:
        return tr("Reading the opportunity roles from Salesforce");
    case sia::SyncPhase::Changes:
        return tr("Reading Marketo's lead changes and applying them");
    case sia::SyncPhase::TaskImport:
        return tr("Importing new and changed tasks from Salesforce");
    case sia::SyncPhase::TaskPush:
        return tr("Sending the tasks changed in Actions to Salesforce");
    case sia::SyncPhase::TaskDeletions:
        return tr("Removing the tasks deleted in Salesforce");
    case sia::SyncPhase::Logging:
        return tr("Logging sales emails and calls to Salesforce and Marketo");
    case sia::SyncPhase::Finishing:
        return tr("Finishing");
    }
    return {};
}

QString SyncText::rate(double peoplePerSecond)
{
    return tr("%Ln people a second", nullptr, int(std::lround(peoplePerSecond)));
}

QString SyncText::timeLeft(qint64 seconds)
{
    if (seconds < 60) {
        return tr("Less than a minute left");
    }
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90) {
        return tr("About %Ln minutes left", nullptr, int(minutes));
    }
    return tr("About %Ln hours left", nullptr, int((minutes + 30) / 60));
}

QString SyncText::processedOfTotal(const sia::SyncCounts& counts)
{
    if (counts.total < 0) {
        return tr("%Ln people processed; the total is known once Marketo has built the first file", nullptr,
            int(counts.processed));
    }
    //: %1 the people processed so far, %n all the people.
    return tr("%1 of %Ln people", nullptr, int(counts.total)).arg(number(counts.processed));
}

QString SyncText::number(qint64 value)
{
    return QLocale().toString(value);
}

QString SyncText::when(const QDateTime& at)
{
    if (!at.isValid()) {
        return {};
    }
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

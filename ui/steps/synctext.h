// The words of the people sync on step 4's page, in one place so that the live block, the report and the
// history say the same thing the same way: a run's kind and outcome, a phase, a rate, a time left, a
// count. Numbers in the reader's locale; every string translatable (with %n plurals).
#pragma once

#include "sync/syncprogress.h"
#include "sync/syncrun.h"

#include <QCoreApplication>
#include <QString>

class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)

public:
    static QString kind(sia::SyncKind kind);
    static QString state(sia::SyncRunState state);
    static QString phase(const sia::SyncProgress& progress);
    static QString rate(double peoplePerSecond);
    // Only for a time the service gave (SyncProgress::etaSeconds): the page never guesses one.
    static QString timeLeft(qint64 seconds);
    static QString processedOfTotal(const sia::SyncCounts& counts);
    static QString number(qint64 value);
    static QString when(const QDateTime& at);
};

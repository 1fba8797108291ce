// The live block of a running people sync or dry run: its phase, a progress bar of processed of total,
// the rate, the time left (only when the service gives one: it decides when an ETA can be trusted), the
// counts, the Marketo calls it made, and the rate chart. Shows sia::SyncProgress as it arrives; it asks
// nothing and decides nothing.
#pragma once

#include "sync/syncprogress.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class SyncCountsView;
class ThroughputChart;

class SyncLiveFeed : public QWidget
{
    Q_OBJECT

public:
    explicit SyncLiveFeed(QWidget* parent = nullptr);

    // A new run (or dry run) begins: the chart and the figures start again.
    void begin(const QString& heading);
    void showProgress(const sia::SyncProgress& progress);
    void setHeading(const QString& heading);
    // The run (or dry run) has ended: its outcome replaces the phase, and the last figures stay.
    void finish(const QString& heading, const QString& outcome, const sia::SyncCounts& counts, bool complete);

    // For tests and the tour.
    QLabel* headingLabel() const { return m_heading; }
    QLabel* phaseLabel() const { return m_phase; }
    QProgressBar* progressBar() const { return m_bar; }
    QLabel* progressLabel() const { return m_processed; }
    QLabel* rateLabel() const { return m_rate; }
    QLabel* etaLabel() const { return m_eta; }
    QLabel* callsLabel() const { return m_calls; }
    SyncCountsView* countsView() const { return m_counts; }
    ThroughputChart* chart() const { return m_chart; }

private:
    QLabel* m_heading;
    QLabel* m_phase;
    QProgressBar* m_bar;
    QLabel* m_processed;
    QLabel* m_rate;
    QLabel* m_eta;
    QLabel* m_calls;
    SyncCountsView* m_counts;
    ThroughputChart* m_chart;
    QElapsedTimer m_clock;
};

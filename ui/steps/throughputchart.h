// A small chart of a running sync's rate (people a second) over its last few minutes, painted by hand
// (no Qt Charts): one line, its peak named in the locale's digits. Fed one sample per progress signal; a
// sample older than the window drops off, so its memory stays bounded however long the run.
#pragma once

#include <QList>
#include <QWidget>

class ThroughputChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr double windowSeconds = 300;

    explicit ThroughputChart(QWidget* parent = nullptr);

    // secondsSinceStart: when the rate was measured, on one clock for the whole run.
    void addSample(double secondsSinceStart, double peoplePerSecond);
    void clear();

    int sampleCount() const { return int(m_samples.size()); }
    double peak() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Sample
    {
        double at = 0;
        double rate = 0;
    };

    QString peakText() const;

    QList<Sample> m_samples;
};

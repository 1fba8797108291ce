#include "throughputchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

ThroughputChart::ThroughputChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("throughputChart"));
    setAccessibleName(tr("Rate over the last minutes"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ThroughputChart::addSample(double secondsSinceStart, double peoplePerSecond)
{
    if (!m_samples.isEmpty() && secondsSinceStart < m_samples.constLast().at) {
        m_samples.clear(); // a new run's clock: its rates are not this line's
    }
    m_samples.append({ secondsSinceStart, std::max(0.0, peoplePerSecond) });
    const double oldest = secondsSinceStart - windowSeconds;
    const auto kept = std::find_if(
        m_samples.cbegin(), m_samples.cend(), [oldest](const Sample& sample) { return sample.at >= oldest; });
    m_samples.erase(m_samples.cbegin(), kept);
    setAccessibleDescription(peakText());
    update();
}

void ThroughputChart::clear()
{
    m_samples.clear();
    setAccessibleDescription(QString());
    update();
}

double ThroughputChart::peak() const
{
    double peak = 0;
    for (const Sample& sample : m_samples) {
        peak = std::max(peak, sample.rate);
    }
    return peak;
}

QString ThroughputChart::peakText() const
{
    const int rounded = int(std::lround(peak()));
    //: The highest rate of the chart's last minutes.
    return tr("Peak: %Ln people a second", nullptr, rounded);
}

QSize ThroughputChart::sizeHint() const
{
    return { 480, 96 };
}

QSize ThroughputChart::minimumSizeHint() const
{
    return { 160, 96 };
}

void ThroughputChart::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QColor(0xc4, 0xcc, 0xd6));
    painter.setBrush(QColor(0xfa, 0xfb, 0xfc));
    painter.drawRoundedRect(frame, 4, 4);

    const QFontMetrics metrics(font());
    const QRectF plot = frame.adjusted(8, metrics.height() + 8, -8, -8);
    painter.setPen(QColor(0x55, 0x60, 0x70));
    if (m_samples.size() < 2) {
        painter.drawText(frame, Qt::AlignCenter, tr("The rate appears here once the run is under way."));
        return;
    }
    painter.drawText(frame.adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop, peakText());
    painter.drawText(frame.adjusted(8, 4, -8, 0), Qt::AlignRight | Qt::AlignTop,
        tr("last %n minutes", nullptr, int(windowSeconds / 60)));

    const double top = std::max(1.0, peak() * 1.1);
    const double last = m_samples.constLast().at;
    const double first = last - windowSeconds;
    QPainterPath line;
    QPainterPath area;
    for (int i = 0; i < m_samples.size(); ++i) {
        const Sample& sample = m_samples.at(i);
        const QPointF point(plot.left() + plot.width() * (sample.at - first) / windowSeconds,
            plot.bottom() - plot.height() * sample.rate / top);
        if (i == 0) {
            line.moveTo(point);
            area.moveTo(point.x(), plot.bottom());
        }
        line.lineTo(point);
        area.lineTo(point);
    }
    area.lineTo(line.currentPosition().x(), plot.bottom());
    area.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x6f, 0xd0, 40));
    painter.drawPath(area);
    painter.setPen(QPen(QColor(0x1f, 0x6f, 0xd0), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
}

#include "statusicon.h"

#include "theme.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

void paintDisc(QPainter& painter, const QRectF& box, const QColor& colour, bool filled)
{
    const qreal pen = box.width() / 11.0;
    painter.setPen(QPen(colour, pen));
    painter.setBrush(filled ? QBrush(colour) : Qt::NoBrush);
    painter.drawEllipse(box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
}

void paintGlyph(QPainter& painter, const QRectF& box, sia::StepStatus status)
{
    const qreal unit = box.width() / 16.0;
    QPen pen(Qt::white, 1.9 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QPointF origin = box.topLeft();
    auto at = [&](qreal x, qreal y) {
        return origin + QPointF(x * unit, y * unit);
    };
    switch (status) {
    case sia::StepStatus::Done: {
        QPainterPath tick;
        tick.moveTo(at(4.4, 8.4));
        tick.lineTo(at(7.0, 11.0));
        tick.lineTo(at(11.8, 5.6));
        painter.drawPath(tick);
        break;
    }
    case sia::StepStatus::Blocked:
        painter.drawLine(at(4.5, 8), at(11.5, 8));
        break;
    case sia::StepStatus::Skipped: {
        QPainterPath arrow;
        arrow.moveTo(at(4.5, 8));
        arrow.lineTo(at(11, 8));
        arrow.moveTo(at(8.5, 5.3));
        arrow.lineTo(at(11.2, 8));
        arrow.lineTo(at(8.5, 10.7));
        painter.drawPath(arrow);
        break;
    }
    case sia::StepStatus::InProgress: {
        // A half-filled disc: begun, not finished.
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawPie(QRectF(at(3.6, 3.6), at(12.4, 12.4)), 90 * 16, 180 * 16);
        break;
    }
    case sia::StepStatus::NotStarted:
        break;
    }
}

void paintLock(QPainter& painter, const QRectF& box, const QColor& colour)
{
    const qreal unit = box.width() / 16.0;
    const QPointF origin = box.topLeft();
    auto at = [&](qreal x, qreal y) {
        return origin + QPointF(x * unit, y * unit);
    };
    painter.setPen(QPen(colour, 1.6 * unit, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(at(4.8, 1.8), at(11.2, 9.6)), 0, 180 * 16);
    painter.drawLine(at(4.8, 5.7), at(4.8, 7.5));
    painter.drawLine(at(11.2, 5.7), at(11.2, 7.5));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(at(3.0, 7.0), at(13.0, 15.0)), 1.6 * unit, 1.6 * unit);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(at(7.0, 9.4), at(9.0, 11.4)));
}

void paintStatus(QPainter& painter, const QRectF& box, sia::StepStatus status, bool locked)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (locked) {
        paintLock(painter, box, Theme::lockedColour());
    } else {
        paintDisc(painter, box, Theme::statusColour(status), status != sia::StepStatus::NotStarted);
        paintGlyph(painter, box, status);
    }
    painter.restore();
}

// Drawn at whatever size is asked for, so the icon is crisp in a list, a table and a heading alike.
class StatusIconEngine : public QIconEngine
{
public:
    StatusIconEngine(sia::StepStatus status, bool locked)
        : m_status(status)
        , m_locked(locked)
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(rect.width(), rect.height());
        const QRectF box(
            rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        paintStatus(*painter, box, m_status, m_locked);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new StatusIconEngine(m_status, m_locked); }

private:
    sia::StepStatus m_status;
    bool m_locked;
};

} // namespace

QIcon StatusIcon::icon(sia::StepStatus status, bool locked)
{
    return QIcon(new StatusIconEngine(status, locked));
}

#include "statusbadge.h"

#include "statusicon.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>

StatusBadge::StatusBadge(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 10, 3);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setStepView(sia::StepView());
}

void StatusBadge::setStepView(const sia::StepView& view)
{
    const QColor colour = view.isLocked() ? Theme::lockedColour() : Theme::statusColour(view.state.status);
    m_icon->setPixmap(StatusIcon::icon(view).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_text->setText(view.statusText());
    QColor tint = colour;
    tint.setAlphaF(0.12f);
    setStyleSheet(
        QStringLiteral("StatusBadge { background: %1; border: 1px solid %2; border-radius: 12px; }"
                       " QLabel { color: %3; font-weight: 600; background: transparent; border: none; }")
            .arg(tint.name(QColor::HexArgb), colour.name(), colour.darker(135).name()));
    setAccessibleName(m_text->text());
}

QString StatusBadge::text() const
{
    return m_text->text();
}

#include "pagecards.h"

#include "theme.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace PageCards {

QFrame* card(QWidget* parent, const QString& title, QVBoxLayout*& body)
{
    auto* frame = new QFrame(parent);
    Theme::setRole(frame, Theme::Role::Card);
    body = new QVBoxLayout(frame);
    body->setContentsMargins(18, 16, 18, 18);
    body->setSpacing(10);
    auto* heading = new QLabel(title, frame);
    Theme::setRole(heading, Theme::Role::SectionTitle);
    body->addWidget(heading);
    return frame;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace PageCards

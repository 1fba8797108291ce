// The building blocks every step page is made of, so that a step's own controls look like the cards the
// base page draws around them: a titled card, and a paragraph that wraps and can be selected.
#pragma once

#include <QString>

class QFrame;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace PageCards {

// A card with a section title; body receives the layout to fill below the title.
QFrame* card(QWidget* parent, const QString& title, QVBoxLayout*& body);
// Plain text that wraps and can be selected (and copied) with the mouse.
QLabel* paragraph(const QString& text, QWidget* parent);

} // namespace PageCards

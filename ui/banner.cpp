#include "banner.h"

#include "statusicon.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

Banner::Banner(Tone tone, QWidget* parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttonRow(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 8, 10);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto* body = new QVBoxLayout;
    body->setSpacing(4);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->hide();
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    body->addWidget(m_title);
    body->addWidget(m_text);
    m_buttonRow->setSpacing(8);
    m_buttonRow->addStretch();
    body->addLayout(m_buttonRow);
    layout->addLayout(body, 1);

    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->hide();
    connect(m_close, &QToolButton::clicked, this, [this]() {
        hide();
        emit closed();
    });
    layout->addWidget(m_close, 0, Qt::AlignTop);

    setTone(tone);
}

QString Banner::toneName() const
{
    switch (m_tone) {
    case Tone::Info:
        return QStringLiteral("info");
    case Tone::Warning:
        return QStringLiteral("warning");
    case Tone::Error:
        return QStringLiteral("error");
    case Tone::Locked:
        return QStringLiteral("locked");
    }
    Q_UNREACHABLE();
}

void Banner::setTone(Tone tone)
{
    m_tone = tone;
    updateIcon();
    // The style sheet selects on the tone property: it must be told that it changed.
    style()->unpolish(this);
    style()->polish(this);
    update();
}

void Banner::updateIcon()
{
    QIcon icon;
    switch (m_tone) {
    case Tone::Info:
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        break;
    case Tone::Warning:
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Tone::Error:
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    case Tone::Locked:
        icon = StatusIcon::icon(sia::StepStatus::NotStarted, true);
        break;
    }
    m_icon->setPixmap(icon.pixmap(QSize(20, 20), devicePixelRatioF()));
}

void Banner::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void Banner::setText(const QString& text)
{
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    setAccessibleDescription(text);
}

void Banner::setRichText(const QString& html)
{
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(html);
    m_text->setVisible(!html.isEmpty());
    setAccessibleDescription(m_text->text());
}

QString Banner::title() const
{
    return m_title->text();
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QPushButton* Banner::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    m_buttons.append(button);
    return button;
}

void Banner::clearButtons()
{
    for (QPushButton* button : std::as_const(m_buttons)) {
        delete button;
    }
    m_buttons.clear();
}

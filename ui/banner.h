// A notice across the top of a page or window: an error from core, the read-only review, a locked step.
// Its tone sets its colours and icon; it may carry buttons (to go where the problem can be solved) and a
// close button. Non-modal: it never stops the admin from working.
#pragma once

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

class Banner : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString tone READ toneName)

public:
    enum class Tone
    {
        Info,
        Warning,
        Error,
        Locked
    };

    explicit Banner(Tone tone, QWidget* parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }
    QString toneName() const;

    void setTitle(const QString& title);
    void setText(const QString& text); // plain text
    void setRichText(const QString& html);
    QString title() const;
    QString text() const;

    // A close button that hides the banner (and says so through closed()).
    void setClosable(bool closable);

    QPushButton* addButton(const QString& text);
    void clearButtons();
    QList<QPushButton*> buttons() const { return m_buttons; }

signals:
    void closed();

private:
    void updateIcon();

    Tone m_tone;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QHBoxLayout* m_buttonRow;
    QToolButton* m_close;
    QList<QPushButton*> m_buttons;
};

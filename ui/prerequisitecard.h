// One prerequisite of the setup (SPEC section 2): what it means and whom to ask, whether an admin has
// confirmed it, and who did and when. Ticking the box asks core to record the confirmation.
#pragma once

#include "setup/setupplan.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;

class PrerequisiteCard : public QFrame
{
    Q_OBJECT

public:
    explicit PrerequisiteCard(const sia::PrerequisiteDefinition& definition, QWidget* parent = nullptr);

    QString key() const { return m_key; }
    void setState(const sia::PrerequisiteState& state);
    void setReadOnly(bool readOnly);
    QCheckBox* checkBox() const { return m_confirmed; }
    QString confirmationText() const;
    // What a check from the data found (or the admin's note), below who confirmed and when.
    QString noteText() const;
    // A prerequisite core can check from the data offers a button that asks for the check.
    void setCheckAvailable(bool available);
    QPushButton* checkButton() const { return m_check; }
    // The check's answer: its error, or that it is running (the result itself arrives as the new state).
    void showCheckProgress(const QString& text);
    QString checkProgressText() const;

signals:
    void confirmationRequested(const QString& key, bool confirmed);
    void checkRequested(const QString& key);

private:
    QString m_key;
    QCheckBox* m_confirmed;
    QLabel* m_who;
    QLabel* m_note;
    QPushButton* m_check;
    QLabel* m_checkProgress;
    bool m_hasState = false;
    bool m_readOnly = false;
};

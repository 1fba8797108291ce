// One prerequisite of the setup (SPEC section 2): what it means and whom to ask, whether an admin has
// confirmed it, and who did and when. Ticking the box asks core to record the confirmation.
#pragma once

#include "setup/setupplan.h"

#include <QFrame>

class QCheckBox;
class QLabel;

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

signals:
    void confirmationRequested(const QString& key, bool confirmed);

private:
    QString m_key;
    QCheckBox* m_confirmed;
    QLabel* m_who;
    bool m_hasState = false;
    bool m_readOnly = false;
};

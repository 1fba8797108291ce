// The API budget on a connection step (step 2 for Salesforce, step 3 for Marketo): the calls of the
// current day by every integration and by SIA Admin, the daily limit, the cap on SIA Admin's share with a
// control to change it, and, when the clients are stopped, why and when they resume. It shows a
// sia::ApiBudgetReport and asks for a new cap through capChangeRequested; sia::ApiBudgetControl decides
// and stores (the card knows no rule and no service beyond the report's name).
#pragma once

#include "connections/apibudgetgate.h"

#include <QFrame>

class Banner;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sia {
class ApiBudgetControl;
}

class ApiBudgetCard : public QFrame
{
    Q_OBJECT

public:
    explicit ApiBudgetCard(QWidget* parent = nullptr);

    void setReport(const sia::ApiBudgetReport& report);
    // The cap was not stored: what the store or the setting said.
    void showCapError(const sia::Error& error);
    // Shows control's report as it changes and asks it for the caps the admin applies.
    void follow(sia::ApiBudgetControl& control);

    // For tests and the tour.
    QLabel* usageLabel() const { return m_usage; }
    QLabel* capLabel() const { return m_cap; }
    QSpinBox* capSpin() const { return m_capSpin; }
    QPushButton* applyButton() const { return m_apply; }
    Banner* stopBanner() const { return m_stop; }
    Banner* errorBanner() const { return m_error; }

signals:
    void capChangeRequested(int percent);

private:
    QLabel* m_title;
    QLabel* m_usage;
    QLabel* m_cap;
    QSpinBox* m_capSpin;
    QPushButton* m_apply;
    Banner* m_stop;
    Banner* m_error;
    int m_shownCap = -1;
};

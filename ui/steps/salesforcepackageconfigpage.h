// The page of step 7: configuring Actions in Salesforce. The checklist, one row per item: its state
// (verified, not done, confirmed by hand, to confirm), what the API found or why it cannot tell, how the
// API verifies it, what to do in Salesforce, and where only a person can tell, Confirm (with who and when
// shown afterwards) or Withdraw. Everything goes through sia::SalesforceChecklistService, which decides.
#pragma once

#include "salesforce/salesforcechecklist.h"
#include "setup/steps/salesforcepackageconfigstep.h"
#include "steppagebase.h"

#include <QHash>
#include <QPointer>

class Banner;
class QGridLayout;
class QLabel;
class QPushButton;

class SalesforcePackageConfigPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::SalesforcePackageConfigStep::stepNumber;

    explicit SalesforcePackageConfigPage(QWidget* parent = nullptr);

    void setServices(const StepServices& services) override;

    // For tests and the tour: an item's row by its key.
    QString stateText(const QString& key) const;
    QString detailsText(const QString& key) const;
    QPushButton* confirmButton(const QString& key) const;
    QPushButton* withdrawButton(const QString& key) const;
    QPushButton* checkButton() const { return m_check; }
    Banner* errorBanner() const { return m_error; }
    Banner* completeBanner() const { return m_complete; }

signals:
    void checklistChanged(); // a check, a confirmation or a withdrawal ended (or failed)

protected:
    void stepViewChanged(const sia::StepView& view) override;

private:
    struct Row
    {
        QLabel* state = nullptr;
        QLabel* title = nullptr;
        QLabel* details = nullptr;
        QPushButton* confirm = nullptr;
        QPushButton* withdraw = nullptr;
    };

    QWidget* buildControls();
    void runCheck();
    void onConfirm(const QString& key);
    void onWithdraw(const QString& key);
    void answer(const sia::Result<sia::ChecklistReport>& report);
    void showReport(const sia::ChecklistReport& report);
    void updateEnabled();

    QPointer<sia::SalesforceChecklistService> m_service;
    std::optional<sia::ChecklistReport> m_report;
    bool m_busy = false;
    QHash<QString, Row> m_rows;
    Banner* m_error = nullptr;
    Banner* m_complete = nullptr;
    QPushButton* m_check = nullptr;
};

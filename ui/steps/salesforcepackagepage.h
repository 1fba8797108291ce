// The page of step 6: installing or upgrading the Sales Insight package in Salesforce. What the org's
// installed packages say (found by namespace, the version against the supported one, install / upgrade /
// up to date), the link to Adobe's installation guide, Check again, and, where the API cannot tell, a
// confirmation by hand with who and when. Everything goes through sia::SalesforcePackageService, which
// decides; the page only shows and forwards.
#pragma once

#include "salesforce/salesforcepackageservice.h"
#include "setup/steps/salesforcepackagestep.h"
#include "steppagebase.h"

#include <QPointer>

class Banner;
class QLabel;
class QLineEdit;
class QPushButton;

class SalesforcePackagePage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::SalesforcePackageStep::stepNumber;

    explicit SalesforcePackagePage(QWidget* parent = nullptr);

    void setServices(const StepServices& services) override;

    // For tests and the tour.
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* versionLabel() const { return m_version; }
    QLabel* guideLink() const { return m_guide; }
    QPushButton* checkButton() const { return m_check; }
    QWidget* handCard() const { return m_handCard; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    QLabel* confirmationLabel() const { return m_confirmation; }
    Banner* errorBanner() const { return m_error; }
    std::optional<sia::PackageReport> report() const { return m_report; }

signals:
    void reportChanged(); // a check, a confirmation or a withdrawal ended (or failed)

protected:
    void stepViewChanged(const sia::StepView& view) override;

private:
    QWidget* buildControls();
    void runCheck();
    void onConfirm();
    void onWithdraw();
    void answer(const sia::Result<sia::PackageReport>& report);
    void showReport(const sia::PackageReport& report);
    void updateEnabled();

    QPointer<sia::SalesforcePackageService> m_service;
    std::optional<sia::PackageReport> m_report;
    bool m_busy = false;

    Banner* m_error = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_guide = nullptr;
    QPushButton* m_check = nullptr;
    QWidget* m_handCard = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_withdraw = nullptr;
    QLabel* m_confirmation = nullptr;
};

// The offline review (SPEC section 7): the persona table, the step history, the audit log and the
// settings of the open database, all read-only, with a filter over the audit log. The tables hold a page
// of rows at first and fetch more from the store's thread as they are scrolled; each says how many
// records the database holds.
#pragma once

#include "review/reviewsnapshot.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class RecordTable;

namespace sia {
class AuditLogModel;
class PersonaTableModel;
class SettingsModel;
class StepHistoryModel;
} // namespace sia

class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        PersonaTable,
        StepHistory,
        AuditLog,
        Settings
    };
    static constexpr int tabCount = 4;
    static QString tabKey(Tab tab); // "persona-table", "step-history", "audit-log", "settings"

    explicit ReviewPage(QWidget* parent = nullptr);

    void setReview(const sia::ReviewSnapshot& review);
    bool hasReview() const { return m_hasReview; }

    void showTab(Tab tab);
    Tab currentTab() const;

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* auditFilter() const { return m_auditFilter; }
    QTableView* auditView() const;
    QTableView* tableFor(Tab tab) const;
    sia::AuditLogModel* auditModel() const { return m_auditModel; }
    sia::StepHistoryModel* historyModel() const { return m_historyModel; }
    sia::SettingsModel* settingsModel() const { return m_settingsModel; }
    QLabel* countLabel(Tab tab) const; // "Status changes: 12", "Matching: 5 of 5,000", ...

signals:
    void currentTabChanged(ReviewPage::Tab tab);

private:
    QWidget* buildHeader();
    QWidget* buildPersonaTab();
    QWidget* buildHistoryTab();
    QWidget* buildAuditTab();
    QWidget* buildSettingsTab();
    RecordTable* recordTable(
        QAbstractItemModel* model, const QString& emptyText, const QString& accessibleName);
    QLabel* newCountLabel(const QString& objectName);
    void updateCounts();

    bool m_hasReview = false;
    QLabel* m_source = nullptr;
    QTabWidget* m_tabs = nullptr;
    sia::PersonaTableModel* m_planModel;
    sia::StepHistoryModel* m_historyModel;
    sia::AuditLogModel* m_auditModel;
    sia::SettingsModel* m_settingsModel;
    QLineEdit* m_auditFilter = nullptr;
    QLabel* m_historyCount = nullptr;
    QLabel* m_auditCount = nullptr;
    QLabel* m_settingsCount = nullptr;
    QTableView* m_personaView = nullptr;
    QList<RecordTable*> m_tables; // the history, audit log and settings tabs, in that order
};

// The offline review (SPEC section 7): the persona table, the step history, the audit log and the
// settings of the open database, all read-only, with a filter over the audit log.
#pragma once

#include "review/reviewsnapshot.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
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
    QSortFilterProxyModel* auditProxy() const { return m_auditProxy; }
    QTableView* tableFor(Tab tab) const;

signals:
    void currentTabChanged(ReviewPage::Tab tab);

private:
    QWidget* buildHeader();
    QWidget* buildPersonaTab();
    QWidget* buildHistoryTab();
    QWidget* buildAuditTab();
    QWidget* buildSettingsTab();
    RecordTable* sortedTable(QAbstractItemModel* model, int sortRole, const QString& emptyText,
        const QString& accessibleName, QSortFilterProxyModel** proxy = nullptr);
    void updateAuditCount();

    bool m_hasReview = false;
    QLabel* m_source = nullptr;
    QTabWidget* m_tabs = nullptr;
    sia::PersonaTableModel* m_planModel;
    sia::StepHistoryModel* m_historyModel;
    sia::AuditLogModel* m_auditModel;
    sia::SettingsModel* m_settingsModel;
    QSortFilterProxyModel* m_auditProxy = nullptr;
    QLineEdit* m_auditFilter = nullptr;
    QLabel* m_auditCount = nullptr;
    QTableView* m_personaView = nullptr;
    QList<RecordTable*> m_tables; // the history, audit log and settings tabs, in that order
};

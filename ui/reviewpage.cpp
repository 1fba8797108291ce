#include "reviewpage.h"

#include "personatableview.h"
#include "recordtable.h"
#include "review/auditlogmodel.h"
#include "review/settingsmodel.h"
#include "review/stephistorymodel.h"
#include "setup/personatablemodel.h"
#include "statusdecorationmodel.h"
#include "theme.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

QString ReviewPage::tabKey(Tab tab)
{
    switch (tab) {
    case Tab::PersonaTable:
        return QStringLiteral("persona-table");
    case Tab::StepHistory:
        return QStringLiteral("step-history");
    case Tab::AuditLog:
        return QStringLiteral("audit-log");
    case Tab::Settings:
        return QStringLiteral("settings");
    }
    Q_UNREACHABLE();
}

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent)
    , m_planModel(new sia::PersonaTableModel(this))
    , m_historyModel(new sia::StepHistoryModel(this))
    , m_auditModel(new sia::AuditLogModel(this))
    , m_settingsModel(new sia::SettingsModel(this))
{
    setObjectName(QStringLiteral("review"));
    setAccessibleName(tr("Review"));
    Theme::setRole(this, Theme::Role::Content);
    setAttribute(Qt::WA_StyledBackground);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setDocumentMode(false);
    m_tabs->tabBar()->setAccessibleName(tr("Review sections"));
    m_tabs->addTab(buildPersonaTab(), tr("&Persona table"));
    m_tabs->addTab(buildHistoryTab(), tr("Step hi&story"));
    m_tabs->addTab(buildAuditTab(), tr("&Audit log"));
    m_tabs->addTab(buildSettingsTab(), tr("Se&ttings"));
    connect(
        m_tabs, &QTabWidget::currentChanged, this, [this](int index) { emit currentTabChanged(Tab(index)); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(buildHeader());
    layout->addWidget(m_tabs, 1);
}

QWidget* ReviewPage::buildHeader()
{
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* eyebrow = new QLabel(tr("RECORDS"), header);
    Theme::setRole(eyebrow, Theme::Role::PageEyebrow);
    auto* title = new QLabel(tr("Review"), header);
    title->setObjectName(QStringLiteral("pageTitle"));
    Theme::setRole(title, Theme::Role::PageTitle);
    auto* summary
        = new QLabel(tr("Everything this instance has recorded, read-only: where each step stands, every "
                        "change of status, the audit log and the settings."),
            header);
    summary->setWordWrap(true);
    Theme::setRole(summary, Theme::Role::PageSummary);
    m_source = new QLabel(tr("Reading the database…"), header);
    m_source->setObjectName(QStringLiteral("reviewSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_source, Theme::Role::Muted);
    auto* secrets = new QLabel(tr("Secrets are never stored here; they stay in the OS keychain."), header);
    secrets->setObjectName(QStringLiteral("secretsNote"));
    secrets->setWordWrap(true);
    Theme::setRole(secrets, Theme::Role::Muted);

    layout->addWidget(eyebrow);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(4);
    layout->addWidget(m_source);
    layout->addWidget(secrets);
    return header;
}

RecordTable* ReviewPage::sortedTable(QAbstractItemModel* model, int sortRole, const QString& emptyText,
    const QString& accessibleName, QSortFilterProxyModel** proxyOut)
{
    auto* proxy = new QSortFilterProxyModel(this);
    if (model == m_historyModel) {
        auto* decorated = new StatusDecorationModel(
            sia::StepHistoryModel::ToColumn, sia::StepHistoryModel::ToStatusKeyRole, -1, this);
        decorated->setSourceModel(model);
        model = decorated;
    }
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    auto* table = new RecordTable(proxy, emptyText);
    table->view()->setAccessibleName(accessibleName);
    table->view()->setSortingEnabled(true);
    table->view()->sortByColumn(0, sortRole == Qt::DisplayRole ? Qt::AscendingOrder : Qt::DescendingOrder);
    table->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tables.append(table);
    if (proxyOut) {
        *proxyOut = proxy;
    }
    return table;
}

namespace {

QWidget* tabPage(QWidget* content, QWidget* above = nullptr)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    if (above) {
        layout->addWidget(above);
    }
    layout->addWidget(content, 1);
    return page;
}

} // namespace

QWidget* ReviewPage::buildPersonaTab()
{
    auto* view = new PersonaTableView(m_planModel);
    view->setAccessibleName(tr("Persona table (read-only)"));
    m_personaView = view;
    return tabPage(view);
}

QWidget* ReviewPage::buildHistoryTab()
{
    RecordTable* table = sortedTable(m_historyModel, sia::StepHistoryModel::SortRole,
        tr("No step has changed status yet."), tr("Step history"));
    QTableView* view = table->view();
    view->setColumnWidth(sia::StepHistoryModel::WhenColumn, 145);
    view->setColumnWidth(sia::StepHistoryModel::StepColumn, 270);
    view->setColumnWidth(sia::StepHistoryModel::FromColumn, 105);
    view->setColumnWidth(sia::StepHistoryModel::ToColumn, 120);
    view->setColumnWidth(sia::StepHistoryModel::ByColumn, 175);
    return tabPage(table);
}

QWidget* ReviewPage::buildAuditTab()
{
    RecordTable* table = sortedTable(m_auditModel, sia::AuditLogModel::SortRole,
        tr("The audit log is empty."), tr("Audit log"), &m_auditProxy);
    QTableView* view = table->view();
    view->setColumnWidth(sia::AuditLogModel::WhenColumn, 150);
    view->setColumnWidth(sia::AuditLogModel::ActorColumn, 180);
    view->setColumnWidth(sia::AuditLogModel::ActionColumn, 160);
    view->setColumnWidth(sia::AuditLogModel::SubjectColumn, 200);

    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    auto* label = new QLabel(tr("F&ilter:"), bar);
    m_auditFilter = new QLineEdit(bar);
    m_auditFilter->setObjectName(QStringLiteral("auditFilter"));
    m_auditFilter->setPlaceholderText(tr("Who, action, subject or details"));
    m_auditFilter->setClearButtonEnabled(true);
    m_auditFilter->setAccessibleName(tr("Filter the audit log"));
    label->setBuddy(m_auditFilter);
    m_auditCount = new QLabel(bar);
    Theme::setRole(m_auditCount, Theme::Role::Muted);
    row->addWidget(label);
    row->addWidget(m_auditFilter, 1);
    row->addWidget(m_auditCount);

    connect(
        m_auditFilter, &QLineEdit::textChanged, m_auditProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_auditProxy, &QSortFilterProxyModel::rowsInserted, this, &ReviewPage::updateAuditCount);
    connect(m_auditProxy, &QSortFilterProxyModel::rowsRemoved, this, &ReviewPage::updateAuditCount);
    connect(m_auditProxy, &QSortFilterProxyModel::modelReset, this, &ReviewPage::updateAuditCount);
    connect(m_auditProxy, &QSortFilterProxyModel::layoutChanged, this, &ReviewPage::updateAuditCount);
    updateAuditCount();
    return tabPage(table, bar);
}

QWidget* ReviewPage::buildSettingsTab()
{
    RecordTable* table = sortedTable(m_settingsModel, Qt::DisplayRole,
        tr("No settings have been recorded yet. Settings appear here as the connections and the sync are set "
           "up."),
        tr("Settings"));
    QTableView* view = table->view();
    view->setColumnWidth(sia::SettingsModel::ScopeColumn, 110);
    view->setColumnWidth(sia::SettingsModel::KeyColumn, 260);
    view->setColumnWidth(sia::SettingsModel::ValueColumn, 260);
    view->setColumnWidth(sia::SettingsModel::UpdatedByColumn, 130);
    return tabPage(table);
}

void ReviewPage::updateAuditCount()
{
    const int shown = m_auditProxy->rowCount();
    const int total = m_auditModel->rowCount();
    m_auditCount->setText(
        shown == total ? tr("Entries: %1").arg(total) : tr("Showing %1 of %2").arg(shown).arg(total));
}

void ReviewPage::setReview(const sia::ReviewSnapshot& review)
{
    m_hasReview = true;
    const QString path = QDir::toNativeSeparators(review.databasePath);
    m_source->setText(review.readOnly
            ? tr("Database %1, schema version %2, opened read-only.").arg(path).arg(review.schemaVersion)
            : tr("Database %1, schema version %2.").arg(path).arg(review.schemaVersion));
    m_planModel->setSnapshot(review.plan);
    m_historyModel->setEntries(review.history);
    m_auditModel->setEntries(review.audit);
    m_settingsModel->setEntries(review.settings);
}

void ReviewPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

ReviewPage::Tab ReviewPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

QTableView* ReviewPage::auditView() const
{
    return tableFor(Tab::AuditLog);
}

QTableView* ReviewPage::tableFor(Tab tab) const
{
    if (tab == Tab::PersonaTable) {
        return m_personaView;
    }
    RecordTable* table = m_tables.value(int(tab) - 1);
    return table ? table->view() : nullptr;
}

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
#include <QLocale>
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
    for (sia::PagedTableModel* model :
        std::initializer_list<sia::PagedTableModel*> { m_historyModel, m_auditModel, m_settingsModel }) {
        connect(model, &sia::PagedTableModel::pageLoaded, this, &ReviewPage::updateCounts);
        connect(model, &sia::PagedTableModel::loadFailed, this, [this](const sia::Error& error) {
            m_source->setText(tr("The review could not read more rows: %1").arg(error.message));
        });
    }
    updateCounts();

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

// The tables keep the order the database gives (newest first, or by scope and key): with rows loaded a
// page at a time, sorting in the view would sort only what happens to be loaded.
RecordTable* ReviewPage::recordTable(
    QAbstractItemModel* model, const QString& emptyText, const QString& accessibleName)
{
    if (model == m_historyModel) {
        auto* decorated = new StatusDecorationModel(
            sia::StepHistoryModel::ToColumn, sia::StepHistoryModel::ToStatusKeyRole, -1, this);
        decorated->setSourceModel(model);
        model = decorated;
    }
    auto* table = new RecordTable(model, emptyText);
    table->view()->setAccessibleName(accessibleName);
    table->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tables.append(table);
    return table;
}

QLabel* ReviewPage::newCountLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    Theme::setRole(label, Theme::Role::Muted);
    return label;
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
    RecordTable* table
        = recordTable(m_historyModel, tr("No step has changed status yet."), tr("Step history"));
    QTableView* view = table->view();
    view->setColumnWidth(sia::StepHistoryModel::WhenColumn, 145);
    view->setColumnWidth(sia::StepHistoryModel::StepColumn, 270);
    view->setColumnWidth(sia::StepHistoryModel::FromColumn, 105);
    view->setColumnWidth(sia::StepHistoryModel::ToColumn, 120);
    view->setColumnWidth(sia::StepHistoryModel::ByColumn, 175);
    m_historyCount = newCountLabel(QStringLiteral("historyCount"));
    return tabPage(table, m_historyCount);
}

QWidget* ReviewPage::buildAuditTab()
{
    RecordTable* table = recordTable(m_auditModel, tr("No audit entries to show."), tr("Audit log"));
    QTableView* view = table->view();
    view->setColumnWidth(sia::AuditLogModel::WhenColumn, 150);
    view->setColumnWidth(sia::AuditLogModel::ActorColumn, 180);
    view->setColumnWidth(sia::AuditLogModel::ActionColumn, 165);
    view->setColumnWidth(sia::AuditLogModel::SubjectColumn, 250);

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
    m_auditCount = newCountLabel(QStringLiteral("auditCount"));
    m_auditCount->setParent(bar);
    row->addWidget(label);
    row->addWidget(m_auditFilter, 1);
    row->addWidget(m_auditCount);

    // The filter runs in SQL on the store's thread; each keystroke starts a new first page, and a reply
    // overtaken by a later keystroke is dropped.
    connect(m_auditFilter, &QLineEdit::textChanged, m_auditModel, &sia::AuditLogModel::setFilterText);
    return tabPage(table, bar);
}

QWidget* ReviewPage::buildSettingsTab()
{
    RecordTable* table = recordTable(m_settingsModel,
        tr("No settings have been recorded yet. Settings appear here as the connections and the sync are set "
           "up."),
        tr("Settings"));
    QTableView* view = table->view();
    view->setColumnWidth(sia::SettingsModel::ScopeColumn, 110);
    view->setColumnWidth(sia::SettingsModel::KeyColumn, 260);
    view->setColumnWidth(sia::SettingsModel::ValueColumn, 260);
    view->setColumnWidth(sia::SettingsModel::UpdatedByColumn, 130);
    m_settingsCount = newCountLabel(QStringLiteral("settingsCount"));
    return tabPage(table, m_settingsCount);
}

void ReviewPage::updateCounts()
{
    const QLocale locale;
    m_historyCount->setText(tr("Status changes: %1").arg(locale.toString(m_historyModel->totalCount())));
    const qint64 all = m_auditModel->unfilteredCount();
    m_auditCount->setText(m_auditModel->filterText().trimmed().isEmpty()
            ? tr("Entries: %1").arg(locale.toString(all))
            : tr("Matching: %1 of %2")
                  .arg(locale.toString(m_auditModel->totalCount()), locale.toString(all)));
    m_settingsCount->setText(tr("Settings: %1").arg(locale.toString(m_settingsModel->totalCount())));
    // An empty table says so in words already.
    m_historyCount->setVisible(m_historyModel->totalCount() > 0);
    m_settingsCount->setVisible(m_settingsModel->totalCount() > 0);
}

QLabel* ReviewPage::countLabel(Tab tab) const
{
    switch (tab) {
    case Tab::StepHistory:
        return m_historyCount;
    case Tab::AuditLog:
        return m_auditCount;
    case Tab::Settings:
        return m_settingsCount;
    case Tab::PersonaTable:
        return nullptr;
    }
    return nullptr;
}

void ReviewPage::setReview(const sia::ReviewSnapshot& review)
{
    m_hasReview = true;
    const QString path = QDir::toNativeSeparators(review.databasePath);
    m_source->setText(review.readOnly
            ? tr("Database %1, schema version %2, opened read-only.").arg(path).arg(review.schemaVersion)
            : tr("Database %1, schema version %2.").arg(path).arg(review.schemaVersion));
    m_planModel->setSnapshot(review.plan);
    m_historyModel->setSource(review.source);
    m_auditModel->setSource(review.source);
    m_settingsModel->setSource(review.source);
    m_historyModel->setFirstPage(review.history);
    m_auditModel->setFirstPage(review.audit);
    m_settingsModel->setFirstPage(review.settings);
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

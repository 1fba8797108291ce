#include "peoplebrowser.h"

#include "review/pagedtablemodel.h"
#include "review/peopletablemodel.h"
#include "synctext.h"
#include "theme.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

PeopleBrowser::PeopleBrowser(QAbstractItemModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_paged(qobject_cast<sia::PagedTableModel*>(model))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("peopleBrowser"));
    setWindowTitle(tr("People in Actions"));
    resize(1000, 640);
    auto* layout = new QVBoxLayout(this);

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("Search:"), this);
    m_search->setPlaceholderText(tr("Name, email, company, Marketo ID or Salesforce ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_view->setObjectName(QStringLiteral("peopleTable"));
    m_view->setModel(model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Rows of one height: the view never measures a million of them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_view, 1);

    m_empty->setObjectName(QStringLiteral("peopleEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    Theme::setRole(m_empty, Theme::Role::Muted);
    layout->addWidget(m_empty);

    auto* bottom = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("peopleCount"));
    Theme::setRole(m_count, Theme::Role::Muted);
    bottom->addWidget(m_count, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in the search field searches; it must not close the window.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_pause->setSingleShot(true);
    m_pause->setInterval(searchPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &PeopleBrowser::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_pause->stop();
        applySearch();
    });

    connect(model, &QAbstractItemModel::modelReset, this, &PeopleBrowser::updateCount);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PeopleBrowser::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PeopleBrowser::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PeopleBrowser::updateCount);
    if (m_paged) {
        connect(m_paged, &sia::PagedTableModel::totalCountChanged, this, &PeopleBrowser::updateCount);
        connect(m_paged, &sia::PagedTableModel::pageLoaded, this, &PeopleBrowser::updateCount);
        connect(m_paged, &sia::PagedTableModel::loadFailed, this, [this](const sia::Error& error) {
            m_count->setText(tr("The people could not be read: %1").arg(error.message));
        });
    }
    updateCount();
}

PeopleBrowser* PeopleBrowser::overStore(sia::StoreWorker& worker, QWidget* parent)
{
    auto* model = new sia::PeopleTableModel;
    model->setSource(&worker);
    auto* browser = new PeopleBrowser(model, parent);
    model->setParent(browser);
    connect(browser, &PeopleBrowser::searchChanged, model, &sia::PeopleTableModel::setSearchText);
    model->reload();
    return browser;
}

void PeopleBrowser::applySearch()
{
    const QString text = m_search->text().trimmed();
    if (text == m_lastSearch) {
        return;
    }
    m_lastSearch = text;
    emit searchChanged(text);
    updateCount();
}

void PeopleBrowser::fitColumnsOnce()
{
    if (m_fitted || m_model->rowCount() == 0) {
        return;
    }
    // Measured on the first page only (the view would otherwise measure every row it has loaded), and
    // capped, so that one long company name does not push the others out of sight.
    m_fitted = true;
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int header = m_view->horizontalHeader()->sectionSizeHint(column);
        m_view->setColumnWidth(column, qMin(qMax(m_view->columnWidth(column), header) + 16, 320));
    }
}

void PeopleBrowser::updateCount()
{
    fitColumnsOnce();
    const int loaded = m_model->rowCount();
    const qint64 matching = m_paged ? m_paged->totalCount() : loaded;
    const qint64 all = m_paged ? m_paged->unfilteredCount() : loaded;
    const bool searching = !m_lastSearch.isEmpty();
    if (m_paged && m_paged->isLoading() && loaded == 0) {
        m_count->setText(tr("Reading people…"));
    } else if (searching) {
        //: %n people matching the search, %1 all the people.
        m_count->setText(tr("%Ln people match, of %1.", nullptr, int(matching)).arg(SyncText::number(all)));
    } else {
        m_count->setText(tr("%Ln people.", nullptr, int(all)));
    }
    const bool empty = loaded == 0 && !(m_paged && m_paged->isLoading());
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_empty->setText(searching ? tr("Nobody matches “%1”.").arg(m_lastSearch)
                               : tr("No people in Actions yet: they come in with the sync."));
}

// The preview of a CSV import as a table (step 5's import in the window): every row of the file with the
// invitee it yields, its verdict and why; "problems only" keeps the rows that will not be invited. It holds
// the words for each verdict and for their counts, so that the window says what core decided and nothing
// else; which verdict a row has is InviteImportPlan's.
#pragma once

#include "users/csv/inviteimportplan.h"

#include <QAbstractTableModel>
#include <QList>

namespace sia {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn, // the file's line, as a spreadsheet or an editor finds the row
        EmailColumn,
        NameColumn,
        RoleColumn,
        TeamsColumn,
        VerdictColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        VerdictRole = Qt::UserRole + 1, // the RowVerdict's key ("valid", "duplicate-in-file"), any column
        ProblemRole, // bool: the row will not be invited
        NoteRole, // bool: a valid row with a note (a team to create)
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPlan(InviteImportPlan plan);
    const InviteImportPlan& plan() const { return m_plan; }
    void clear();

    // Only the rows that will not be invited (any verdict but Valid).
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }

    const ImportRow* rowAt(int row) const; // of the rows shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString verdictText(RowVerdict verdict); // "Will be invited", "Duplicate in the file", …
    // A count of one verdict, with its plural: "3 rows will be invited", "1 row repeats an earlier address".
    static QString countText(RowVerdict verdict, int rows);

private:
    void rebuildShown();

    InviteImportPlan m_plan;
    QList<int> m_shown; // indexes into m_plan.rows()
    bool m_problemsOnly = false;
};

} // namespace sia

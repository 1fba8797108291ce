// The second page of step 5's CSV import: which column of the file each field is read from, one combo per
// field, filled with ColumnMapping's match from the header (or the columns kept for this header last
// time), each with a few of the column's values to check it by. A change is planned again by the service;
// a mapping that does not fit (no email column, one column twice) shows core's reason and keeps Next off.
// "Remember these columns" keeps them, by header text, when the admin invites.
#pragma once

#include "users/csv/columnmapping.h"

#include <QHash>
#include <QWizardPage>

class Banner;
class CsvImportSession;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

class CsvMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvMappingPage(CsvImportSession& session, QWidget* parent = nullptr);

    QComboBox* combo(sia::InviteeField field) const { return m_combos.value(field); }
    QLabel* sampleLabel(sia::InviteeField field) const { return m_samples.value(field); }
    QLabel* sourceLabel() const { return m_source; }
    Banner* problemBanner() const { return m_problem; }
    QCheckBox* rememberCheck() const { return m_remember; }

    // Selects column (ColumnMapping::notInFile for none) for field, as the admin would.
    void choose(sia::InviteeField field, int column);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showPreview();
    void fillColumns(const QStringList& header);
    void onComboChanged();
    sia::ColumnMapping chosenMapping() const;

    CsvImportSession& m_session;
    QHash<sia::InviteeField, QComboBox*> m_combos;
    QHash<sia::InviteeField, QLabel*> m_samples;
    QStringList m_header; // the combos' columns
    QLabel* m_source;
    Banner* m_problem;
    QCheckBox* m_remember;
};

// The named checks of one Test connection as a list of rows: each check's result, name, time and what it
// found (on failure, what to do and the code), filled in as the checks answer. Shown by steps 2 and 3.
#pragma once

#include "connections/connectiontestreport.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;

class NamedCheckList : public QWidget
{
    Q_OBJECT

public:
    explicit NamedCheckList(QWidget* parent = nullptr);

    // A new press: the rows start again, in the checks' order, each waiting.
    void list(const QList<QPair<QString, QString>>& keysAndNames);
    void showRunning(const QString& key);
    void showCheck(const sia::NamedCheck& check);
    // A stored report (the last Test connection), its names from nameOf.
    void showReport(
        const sia::ConnectionTestReport& report, const std::function<QString(const QString&)>& nameOf);

    // For tests: the result's words of a row ("✔ Passed", "✖ Failed", "– Skipped", "Running…").
    QString resultText(const QString& key) const;
    QString detailsText(const QString& key) const;

private:
    struct Row
    {
        QLabel* result = nullptr;
        QLabel* name = nullptr;
        QLabel* time = nullptr;
        QLabel* details = nullptr;
    };

    QGridLayout* m_grid;
    QLabel* m_empty;
    QHash<QString, Row> m_rows;
};

// Renders every page of the main window to PNG (for documentation, release notes and a look at the UI
// without a display): the pages of the window's PageRegistry in order, the review once per tab. Driven by the
// window's own signals and the event loop; it never sleeps.
#pragma once

#include "common/result.h"

#include <QObject>
#include <QStringList>

class MainWindow;
class PageRegistry;

class TourRenderer : public QObject
{
    Q_OBJECT

public:
    static constexpr int width = 1280;
    static constexpr int height = 820;

    TourRenderer(MainWindow& window, QString outputDir, QObject* parent = nullptr);

    // Waits for the window's first plan if it has none yet, then renders page after page.
    void start();

signals:
    // The files written, in order, or why the tour stopped.
    void finished(sia::Result<QStringList> writtenFiles);

private:
    struct Shot
    {
        QString file;
        QString pageKey;
        int reviewTab = -1; // a tab of the review page, or -1
    };

    static QList<Shot> plannedShots(const PageRegistry& pages);
    void begin();
    void takeNext();
    void grabAfterLayout();
    void grab();
    void fail(const sia::Error& error);

    QMetaObject::Connection m_reviewLoaded;
    QMetaObject::Connection m_reviewFailed;
    MainWindow& m_window;
    QString m_outputDir;
    QList<Shot> m_shots;
    int m_next = 0;
    QStringList m_written;
    bool m_running = false;
};

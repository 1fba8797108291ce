#include "tourrenderer.h"

#include "mainwindow.h"
#include "reviewpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QTimer>

TourRenderer::TourRenderer(MainWindow& window, QString outputDir, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_outputDir(std::move(outputDir))
{ }

QList<TourRenderer::Shot> TourRenderer::plannedShots(const PageRegistry& pages)
{
    QList<Shot> shots;
    auto add = [&shots](const QString& name, const QString& key, int tab = -1) {
        shots.append({ QStringLiteral("%1-%2.png").arg(shots.size() + 1, 2, 10, QLatin1Char('0')).arg(name),
            key, tab });
    };
    // Every page of the window's registry, in its order; the review once per tab.
    for (const PageEntry& entry : pages.entries()) {
        if (entry.kind != PageEntry::Kind::Review) {
            add(entry.key, entry.key);
            continue;
        }
        for (int tab = 0; tab < ReviewPage::tabCount; ++tab) {
            const auto reviewTab = ReviewPage::Tab(tab);
            add(reviewTab == ReviewPage::Tab::PersonaTable
                    ? entry.key
                    : entry.key + QLatin1Char('-') + ReviewPage::tabKey(reviewTab),
                entry.key, tab);
        }
    }
    return shots;
}

void TourRenderer::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    if (m_window.hasSnapshot()) {
        QTimer::singleShot(0, this, &TourRenderer::begin);
        return;
    }
    connect(&m_window, &MainWindow::snapshotLoaded, this, &TourRenderer::begin, Qt::SingleShotConnection);
    connect(&m_window, &MainWindow::snapshotFailed, this, &TourRenderer::fail, Qt::SingleShotConnection);
}

void TourRenderer::begin()
{
    disconnect(&m_window, &MainWindow::snapshotFailed, this, &TourRenderer::fail);
    const QDir dir(m_outputDir);
    if (m_outputDir.isEmpty() || !QDir().mkpath(dir.absolutePath())) {
        fail(sia::Error::environment(QStringLiteral("tour.cannot-create-folder"),
            tr("The folder %1 for the pictures cannot be created. Check that your user may write there, or "
               "name "
               "another folder.")
                .arg(QDir::toNativeSeparators(dir.absolutePath()))));
        return;
    }
    m_shots = plannedShots(m_window.pages());
    m_next = 0;
    m_window.showNormal();
    m_window.resize(width, height);
    takeNext();
}

void TourRenderer::takeNext()
{
    if (m_next >= m_shots.size()) {
        m_running = false;
        emit finished(m_written);
        return;
    }
    const Shot& shot = m_shots.at(m_next);
    ReviewPage* review = m_window.findChild<ReviewPage*>();
    if (shot.pageKey == PageRegistry::reviewKey() && m_window.currentPageKey() != shot.pageKey) {
        // The review reads its data when it is shown: wait for it.
        if (review && shot.reviewTab >= 0) {
            review->showTab(ReviewPage::Tab(shot.reviewTab));
        }
        m_reviewLoaded = connect(&m_window, &MainWindow::reviewLoaded, this, [this]() {
            disconnect(m_reviewLoaded);
            disconnect(m_reviewFailed);
            grabAfterLayout();
        });
        m_reviewFailed = connect(&m_window, &MainWindow::reviewFailed, this, [this](const sia::Error& error) {
            disconnect(m_reviewLoaded);
            disconnect(m_reviewFailed);
            fail(error);
        });
        m_window.showPageKey(shot.pageKey);
        return;
    }
    m_window.showPageKey(shot.pageKey);
    if (review && shot.reviewTab >= 0) {
        review->showTab(ReviewPage::Tab(shot.reviewTab));
    }
    grabAfterLayout();
}

void TourRenderer::grabAfterLayout()
{
    // Layouts settle in posted events: let the event loop run them before the picture is taken.
    QTimer::singleShot(0, this, &TourRenderer::grab);
}

void TourRenderer::grab()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const Shot& shot = m_shots.at(m_next);
    const QString path = QDir(m_outputDir).absoluteFilePath(shot.file);
    const QPixmap picture = m_window.grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        fail(sia::Error::environment(QStringLiteral("tour.write-failed"),
            tr("The picture %1 could not be written. Check that the folder is writable and the disk is not "
               "full.")
                .arg(QDir::toNativeSeparators(path))));
        return;
    }
    m_written.append(path);
    ++m_next;
    QTimer::singleShot(0, this, &TourRenderer::takeNext);
}

void TourRenderer::fail(const sia::Error& error)
{
    m_running = false;
    emit finished(error);
}

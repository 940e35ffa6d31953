#include "ReadOnlyFollower.h"

#include "MainWindow.h"

#include "document/DocumentSession.h"
#include "document/ReportDocument.h"

#include <QFileInfo>

namespace nb::gui {

ReadOnlyFollower::ReadOnlyFollower(MainWindow* window)
    : QObject(window)
    , m_window(window) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(400);
    connect(&m_settle, &QTimer::timeout, this, &ReadOnlyFollower::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_path.isEmpty())
            m_settle.start();
    });
    connect(window->session(), &DocumentSession::documentChanged, this, &ReadOnlyFollower::documentChanged);
}

void ReadOnlyFollower::documentChanged() {
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_settle.stop();
    m_path.clear();
    const ReportDocument* doc = m_window->document();
    if (!doc || !doc->isReadOnly() || !doc->hasFile())
        return;
    m_path = QFileInfo(doc->filePath()).absoluteFilePath();
    m_watcher.addPath(m_path);
}

void ReadOnlyFollower::reload() {
    const QString path = m_path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    const QString section = m_window->currentSection();
    QString error;
    if (!m_window->session()->open(path, /*readOnly=*/true, &error)) {
        m_window->showStatusMessage(
            tr("The report changed in another window but could not be read again: %1").arg(error), true);
        return;
    }
    m_window->showSection(section);
    m_window->showStatusMessage(tr("Refreshed with what the other window stored"), false);
    emit reloaded();
}

} // namespace nb::gui

#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace nb::gui {

class MainWindow;

/// A window that shows a document read-only (another window or program holds it) follows what that other
/// window stores: it watches the file and, a moment after each change, opens it again (read-only, at the
/// same section) and says so in the status bar (「已按另一窗口保存的内容刷新」).
class ReadOnlyFollower : public QObject {
    Q_OBJECT
public:
    explicit ReadOnlyFollower(MainWindow* window);

    /// The file being followed ("" when the document is editable or has no file).
    QString followedPath() const { return m_path; }
    /// Opens the followed file again now (what the timer does after a change).
    void reload();

signals:
    /// After a reload.
    void reloaded();

private:
    void documentChanged();

    MainWindow* m_window;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; ///< the other window's commit writes the file a few times: wait until it is quiet
    QString m_path;
};

} // namespace nb::gui

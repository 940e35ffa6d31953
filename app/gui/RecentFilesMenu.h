#pragma once

#include <QElapsedTimer>
#include <QObject>

class QLabel;
class QListWidget;
class QMenu;

namespace nb::gui {

/// The recently used reports (AppSettings::recentFiles) in File → Recent (numbered, with 清除列表) and in
/// the welcome page's list (hidden with its label when there are none).
class RecentFilesMenu : public QObject {
    Q_OBJECT
public:
    /// menu is refreshed each time it opens; list and label belong to the welcome page.
    RecentFilesMenu(QMenu* menu, QListWidget* list, QLabel* label, QObject* parent = nullptr);

public slots:
    /// Reads the list again (after a report was opened, closed or could not be found).
    void refresh();

signals:
    /// An entry was chosen in the menu or activated in the list.
    void openRequested(const QString& path);

private:
    QMenu* m_menu;
    QListWidget* m_list;
    QLabel* m_label;
    QElapsedTimer m_clicked; ///< since the last click on a recent report
};

} // namespace nb::gui

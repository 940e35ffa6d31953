#pragma once

#include "AppSettings.h"

#include <QObject>
#include <QStringList>

class QMenu;

namespace nb::gui {

/// 最近打开 of the office window: the repositories opened last (files and server addresses, never a
/// password), newest first, at most kMaxEntries, kept in the settings ("office/recent").
class OfficeRecentMenu : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = AppSettings::kMaxRecentFiles;

    /// menu is filled each time it opens.
    explicit OfficeRecentMenu(QMenu* menu, QObject* parent = nullptr);

    static QStringList entries();
    /// Puts address first (a file: its absolute path; a server: ServerLocation::display()).
    static void add(const QString& address);
    static void remove(const QString& address);

public slots:
    void refresh();

signals:
    /// An entry was chosen.
    void openRequested(const QString& address);

private:
    QMenu* m_menu;
};

} // namespace nb::gui

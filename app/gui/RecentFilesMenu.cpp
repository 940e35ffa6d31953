#include "RecentFilesMenu.h"

#include "AppSettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>

namespace nb::gui {

RecentFilesMenu::RecentFilesMenu(QMenu* menu, QListWidget* list, QLabel* label, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
    , m_list(list)
    , m_label(label) {
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFilesMenu::refresh);
    // One click opens (like a link on a start page); Enter opens the current item. The activation that
    // follows a click (a double click, or styles that activate on one click) was opened by the click.
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        m_clicked.start();
        emit openRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (m_clicked.isValid() && m_clicked.elapsed() < QApplication::doubleClickInterval() + 200)
            return;
        emit openRequested(item->data(Qt::UserRole).toString());
    });
}

void RecentFilesMenu::refresh() {
    m_menu->clear();
    m_list->clear();
    const QStringList files = AppSettings::recentFiles();
    int n = 0;
    for (const QString& path : files) {
        ++n;
        const QString label = tr("&%1 %2").arg(n).arg(QFileInfo(path).fileName());
        QAction* a = m_menu->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
        auto* item =
            new QListWidgetItem(tr("%1 — %2").arg(QFileInfo(path).fileName(),
                                                  QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                m_list);
        item->setData(Qt::UserRole, path);
    }
    if (files.isEmpty()) {
        m_menu->addAction(tr("(none)"))->setEnabled(false);
    } else {
        m_menu->addSeparator();
        m_menu->addAction(tr("C&lear List"), this, [this] {
            for (const QString& p : AppSettings::recentFiles())
                AppSettings::removeRecentFile(p);
            refresh();
        });
    }
    m_label->setVisible(!files.isEmpty());
    m_list->setVisible(!files.isEmpty());
}

} // namespace nb::gui

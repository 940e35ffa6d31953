#include "office/OfficeRecentMenu.h"

#include "AppSettings.h"
#include "office/ServerLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace nb::gui {

namespace {

const QString kKey = QStringLiteral("office/recent");

} // namespace

OfficeRecentMenu::OfficeRecentMenu(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu) {
    connect(m_menu, &QMenu::aboutToShow, this, &OfficeRecentMenu::refresh);
    refresh();
}

QStringList OfficeRecentMenu::entries() {
    return AppSettings::recentList(kKey);
}

void OfficeRecentMenu::add(const QString& address) {
    if (address.isEmpty())
        return;
    AppSettings::addToRecentList(kKey, address);
    AppSettings::sync();
}

void OfficeRecentMenu::remove(const QString& address) {
    AppSettings::removeFromRecentList(kKey, address);
    AppSettings::sync();
}

void OfficeRecentMenu::refresh() {
    m_menu->clear();
    const QStringList list = entries();
    int n = 0;
    for (const QString& address : list) {
        ++n;
        const bool server = ServerLocation::looksLikeServer(address);
        const QString name = server ? address : QFileInfo(address).fileName();
        QAction* action = m_menu->addAction(tr("&%1 %2").arg(n).arg(name));
        action->setToolTip(server ? address : QDir::toNativeSeparators(address));
        action->setData(address);
        connect(action, &QAction::triggered, this, [this, address] { emit openRequested(address); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("C&lear List"), this, [this] {
        for (const QString& address : entries())
            remove(address);
        refresh();
    });
}

} // namespace nb::gui

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

void store(const QStringList& list) {
    AppSettings::open()->setValue(kKey, list);
    AppSettings::sync();
}

} // namespace

OfficeRecentMenu::OfficeRecentMenu(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu) {
    connect(m_menu, &QMenu::aboutToShow, this, &OfficeRecentMenu::refresh);
    refresh();
}

QStringList OfficeRecentMenu::entries() {
    return AppSettings::open()->value(kKey).toStringList();
}

void OfficeRecentMenu::add(const QString& address) {
    if (address.isEmpty())
        return;
    QStringList list = entries();
    list.removeAll(address);
    list.prepend(address);
    while (list.size() > kMaxEntries)
        list.removeLast();
    store(list);
}

void OfficeRecentMenu::remove(const QString& address) {
    QStringList list = entries();
    if (list.removeAll(address) > 0)
        store(list);
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
        store({});
        refresh();
    });
}

} // namespace nb::gui

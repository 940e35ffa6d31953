#include "HelpBrowser.h"

#include "FindingsDock.h"
#include "MainWindow.h"
#include "ManualPages.h"

#include "document/ReportDocument.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QStyle>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::gui {

namespace {

/// A text browser that reads the manual's pages through ManualPages (which fills in the generated parts).
class ManualBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

protected:
    QVariant loadResource(int type, const QUrl& name) override {
        if (type == QTextDocument::HtmlResource) {
            const QString page = ManualPages::pageOf(name);
            if (!page.isEmpty())
                return ManualPages::html(page);
        }
        return QTextBrowser::loadResource(type, name);
    }
};

} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Nianbao User Manual"));
    resize(820, 640);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_browser = new ManualBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false); // the manual is local; nothing goes to the network
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"));
    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setShortcuts(QKeySequence::Back);
    m_forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"));
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setShortcuts(QKeySequence::Forward);
    m_home = bar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Contents"));
    m_home->setObjectName(QStringLiteral("helpHome"));
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_home, &QAction::triggered, this, [this] { setTopic(ManualPages::home()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString title = m_browser->documentTitle();
        setWindowTitle(title.isEmpty() ? tr("Nianbao User Manual")
                                       : tr("%1 — Nianbao User Manual").arg(title));
    });
    bar->addSeparator();
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Find in this page"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    bar->addWidget(m_search);
    m_searchStatus = new QLabel(bar);
    m_searchStatus->setObjectName(QStringLiteral("helpSearchStatus"));
    m_searchStatus->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_searchStatus);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        // Search from the top again when the text changes.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        if (!m_search->text().isEmpty())
            findNext();
        else
            m_searchStatus->clear();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* findPrevious = new QShortcut(QKeySequence::FindPrevious, this);
    connect(findPrevious, &QShortcut::activated, this, [this] { findNext(true); });
    auto* findNextKey = new QShortcut(QKeySequence::FindNext, this);
    connect(findNextKey, &QShortcut::activated, this, [this] { findNext(); });
    layout->addWidget(bar);
    layout->addWidget(m_browser, 1);
    setTopic(ManualPages::home());
}

bool HelpBrowser::findNext(bool backward) {
    const QString text = m_search->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) { // wrap around
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_searchStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void HelpBrowser::setTopic(const QUrl& topic) {
    if (m_browser->source().adjusted(QUrl::RemoveFragment) == topic.adjusted(QUrl::RemoveFragment) &&
        topic.hasFragment()) {
        m_browser->setSource(topic); // same page: QTextBrowser only scrolls
        m_browser->scrollToAnchor(topic.fragment());
        return;
    }
    m_browser->setSource(topic);
}

QUrl HelpBrowser::currentTopic() const {
    return m_browser->source();
}

HelpBrowser* HelpBrowser::showTopic(QWidget* parent, const QUrl& topic) {
    QWidget* top = parent ? parent->window() : nullptr;
    auto* browser =
        top ? top->findChild<HelpBrowser*>(QStringLiteral("helpBrowser"), Qt::FindDirectChildrenOnly)
            : nullptr;
    if (!browser)
        browser = new HelpBrowser(top);
    browser->setTopic(topic);
    browser->show();
    browser->raise();
    browser->activateWindow();
    return browser;
}

QUrl HelpBrowser::contextTopic(const MainWindow* window) {
    const ReportDocument* doc = window->document();
    if (!doc)
        return ManualPages::home();
    const FindingsDock* dock = window->findingsDock();
    if (dock->isVisible() && dock->tree()->hasFocus()) {
        const int position = dock->currentPosition();
        if (position >= 0 && position < dock->orderedFindings().size())
            return ManualPages::ruleTopic(dock->orderedFindings().at(position).rule);
        return ManualPages::ruleTopic(QString());
    }
    return ManualPages::sectionTopic(doc->format(), window->currentSection());
}

QAction* HelpBrowser::install(QMenu* menu, MainWindow* window) {
    auto* action = new QAction(tr("&User Manual"), window);
    action->setObjectName(QStringLiteral("actionManual"));
    action->setShortcut(QKeySequence::HelpContents);
    action->setShortcutContext(Qt::WindowShortcut);
    menu->insertAction(menu->actions().value(0), action);
    menu->insertSeparator(menu->actions().value(1));
    connect(action, &QAction::triggered, window, [window] { showTopic(window, contextTopic(window)); });
    return action;
}

} // namespace nb::gui

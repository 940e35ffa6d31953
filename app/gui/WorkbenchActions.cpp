#include "WorkbenchActions.h"

#include "EditorPages.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "TableEditor.h"
#include "TableView.h"
#include "ZoomController.h"

#include "document/ReportDocument.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QToolBar>

namespace nb::gui {

WorkbenchActions::WorkbenchActions(MainWindow* window, QMenu* editMenu, QMenu* viewMenu)
    : QObject(window)
    , m_window(window) {
    setObjectName(QStringLiteral("workbenchActions"));
    m_findToolBar = new QToolBar(window);
    m_findToolBar->setObjectName(QStringLiteral("findToolBar"));
    m_findToolBar->setMovable(false);
    m_findBar = new FindBar(window, m_findToolBar);
    m_findToolBar->addWidget(m_findBar);
    window->addToolBar(Qt::BottomToolBarArea, m_findToolBar);
    m_findToolBar->hide();

    const auto action = [this](const char* name, const QKeySequence& key) {
        auto* a = new QAction(m_window);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_find = action("actionFind", QKeySequence::Find);
    m_replace = action("actionReplace", QKeySequence(Qt::CTRL | Qt::Key_H));
    m_findNext = action("actionFindNext", QKeySequence(Qt::Key_F3));
    m_findPrevious = action("actionFindPrevious", QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_fillTable = action("actionFillTableWithZero", QKeySequence());
    m_fillSelection = action("actionFillSelectionWithZero", QKeySequence());
    connect(m_find, &QAction::triggered, this, [this] { m_findBar->open(false); });
    connect(m_replace, &QAction::triggered, this, [this] { m_findBar->open(true); });
    connect(m_findNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(m_findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(m_fillTable, &QAction::triggered, this, [this] { fillBlanks(true); });
    connect(m_fillSelection, &QAction::triggered, this, [this] { fillBlanks(false); });

    // Edit menu: after undo/redo, before the problem navigation.
    QAction* before = nullptr;
    for (QAction* a : editMenu->actions())
        if (a->objectName() == QLatin1String("actionNextProblem"))
            before = a;
    editMenu->insertActions(before, {m_find, m_replace, m_findNext, m_findPrevious});
    editMenu->insertSeparator(before);
    editMenu->insertActions(before, {m_fillSelection, m_fillTable});
    editMenu->insertSeparator(before);

    m_zoom = new ZoomController(window->editorPages(), this);
    viewMenu->addSeparator();
    viewMenu->addActions({m_zoom->zoomInAction(), m_zoom->zoomOutAction(), m_zoom->resetAction()});
    for (QAction* a : {m_zoom->zoomInAction(), m_zoom->zoomOutAction(), m_zoom->resetAction()})
        window->addAction(a); // Ctrl+= also while the menu bar is hidden

    connect(window->session(), &DocumentSession::documentChanged, this, [this] {
        m_zoom->apply();
        updateEnabled();
        if (!m_window->document())
            m_findToolBar->hide();
    });
    window->installEventFilter(this);
    retranslate();
    updateEnabled();
}

void WorkbenchActions::retranslate() {
    m_find->setText(tr("&Find…"));
    m_replace->setText(tr("Re&place…"));
    m_findNext->setText(tr("Find Ne&xt"));
    m_findPrevious->setText(tr("Fin&d Previous"));
    m_fillSelection->setText(tr("Fill Blank Cells in Selection with &0"));
    m_fillTable->setText(tr("Fill All Blank Cells of This &Table with 0"));
    m_zoom->retranslate();
}

void WorkbenchActions::updateEnabled() {
    const bool hasDoc = m_window->document() != nullptr;
    const bool writable = hasDoc && !m_window->document()->isReadOnly();
    for (QAction* a : {m_find, m_findNext, m_findPrevious})
        a->setEnabled(hasDoc);
    m_replace->setEnabled(writable);
    m_fillTable->setEnabled(writable);
    m_fillSelection->setEnabled(writable);
}

void WorkbenchActions::fillBlanks(bool wholeTable) {
    TableEditor* table = m_window->tableEditor(m_window->currentSection());
    if (!table) {
        m_window->showStatusMessage(tr("Show a table first: blank cells are filled in the table shown."),
                                    true);
        return;
    }
    table->view()->fillBlanksWithZero(wholeTable);
}

bool WorkbenchActions::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace nb::gui

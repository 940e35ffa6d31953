#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "EditorFocus.h"
#include "EditorPages.h"
#include "FileCommands.h"
#include "FinalCopyActions.h"
#include "FindingsDock.h"
#include "FormatProblemsDialog.h"
#include "HelpBrowser.h"
#include "PaperCheckDialog.h"
#include "PreferencesDialog.h"
#include "ReadOnlyFollower.h"
#include "RecentFilesMenu.h"
#include "SaveIndicator.h"
#include "SectionNavigator.h"
#include "StatusLabels.h"
#include "Translations.h"
#include "UiFonts.h"
#include "VersionsDialog.h"
#include "WorkbenchActions.h"
#include "YearsActions.h"
#include "importing/BatchCheckWindow.h"
#include "office/OfficeWindow.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>

namespace nb::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>()) {
    UiFonts::rememberInstalledFamilies(); // before a print preview registers the bundled fonts (UiFonts)
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("MainWindow"));
    m_navigator = m_ui->sectionList;
    m_pages = m_ui->editorStack;
    m_session = new DocumentSession(this);
    m_findingsDock = new FindingsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    // The undo history, for those who want to see (and jump back through) what they changed.
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    auto* undoView = new QUndoView(m_session->undoStack(), m_historyDock);
    undoView->setObjectName(QStringLiteral("undoView"));
    m_historyDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_findingsDock, &FindingsDock::findingActivated, this, &MainWindow::goToFinding);

    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_status = new StatusLabels(statusBar());
    m_saveIndicator = m_status->saveIndicator();

    // The parts, wired: the session says what happened, the window's parts follow.
    m_files = new FileCommands(m_session, m_saveIndicator, this);
    connect(m_files, &FileCommands::flushRequested, this, &MainWindow::flushEdits);
    connect(m_files, &FileCommands::statusMessage, this, &MainWindow::showStatusMessage);
    m_recent = new RecentFilesMenu(m_ui->menuRecent, m_ui->recentList, m_ui->recentLabel, this);
    connect(m_recent, &RecentFilesMenu::openRequested, this,
            [this](const QString& path) { openDocument(path); });
    connect(m_files, &FileCommands::recentFilesChanged, m_recent, &RecentFilesMenu::refresh);
    connect(m_session, &DocumentSession::aboutToClose, this, &MainWindow::documentClosing);
    connect(m_session, &DocumentSession::documentChanged, this, &MainWindow::documentShown);
    connect(m_session, &DocumentSession::findingsChanged, this, [this] {
        m_status->update(document());
        m_navigator->updateMarks();
    });
    connect(m_session, &DocumentSession::contentChanged, m_navigator, &SectionNavigator::updateMarks);
    connect(m_session, &DocumentSession::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::previousYearChanged, this, &MainWindow::updateActions);
    connect(m_pages, &EditorPages::message, this, &MainWindow::showStatusMessage);
    connect(m_pages, &EditorPages::pendingChanged, this, &MainWindow::updateActions);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        flushEdits();
        if (row >= 0 && row < m_pages->count())
            m_pages->setCurrentIndex(row);
    });

    new ReadOnlyFollower(this); // a read-only window follows what the window holding the report stores
    m_focus = new EditorFocus(m_session, m_navigator, m_pages, m_findingsDock->tree(), this);
    setupActions();
    m_workbench = new WorkbenchActions(this, m_ui->menuEdit, m_ui->menuView);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::flushEdits);
    setAcceptDrops(true); // a report dropped from the Explorer opens
    connect(m_ui->newButton, &QPushButton::clicked, m_files, &FileCommands::newDocument);
    connect(m_ui->openButton, &QPushButton::clicked, m_files, &FileCommands::openDialog);
    connect(m_ui->nextYearButton, &QPushButton::clicked, this, [this] { YearsActions::carryOver(this); });
    connect(m_ui->importButton, &QPushButton::clicked, m_files, &FileCommands::importReport);

    restoreLayout();
    retranslate();
    documentShown(false); // the welcome page
}

MainWindow::~MainWindow() {
    // The focus helper filters the section list's events: remove it before the base classes destroy the
    // children, or it would be asked about a window that is no longer a MainWindow (UBSan: vptr).
    delete m_focus;
    m_focus = nullptr;
    m_pages->clearPages();
    delete m_session; // the document goes before the editors' base classes are destroyed
    m_session = nullptr;
}

void MainWindow::setupActions() {
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Y as in Word and WPS, besides the platform's redo keys (duplicates would make it ambiguous).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redoAction->setShortcuts(redoKeys);
    QAction* first = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(first, m_undoAction);
    m_ui->menuEdit->insertAction(first, m_redoAction);
    m_ui->menuEdit->insertSeparator(first);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);
    connect(undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateActions);

    QAction* dockToggle = m_findingsDock->toggleViewAction();
    dockToggle->setObjectName(QStringLiteral("actionShowFindings"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_ui->menuView->addAction(dockToggle);
    QAction* historyToggle = m_historyDock->toggleViewAction();
    historyToggle->setObjectName(QStringLiteral("actionShowHistory"));
    m_ui->menuView->addAction(historyToggle);

    connect(m_ui->actionNew, &QAction::triggered, m_files, &FileCommands::newDocument);
    connect(m_ui->actionOpen, &QAction::triggered, m_files, &FileCommands::openDialog);
    connect(m_ui->actionSaveVersion, &QAction::triggered, m_files, &FileCommands::saveVersion);
    connect(m_ui->actionSaveAs, &QAction::triggered, m_files, &FileCommands::saveAs);
    connect(m_ui->actionExportCopy, &QAction::triggered, m_files, &FileCommands::exportCopy);
    connect(m_ui->actionImport, &QAction::triggered, m_files, &FileCommands::importReport);
    connect(m_ui->actionPreviousYear, &QAction::triggered, m_files, &FileCommands::choosePreviousYear);
    connect(m_ui->actionVersions, &QAction::triggered, this, [this] {
        if (!document() || !document()->hasFile())
            return;
        flushEdits();
        VersionsDialog dialog(document(), edits(), this);
        Dialogs::exec(&dialog);
    });
    connect(m_ui->actionClose, &QAction::triggered, this, [this] {
        if (closeDocument())
            AppSettings::setLastDocument(QString());
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNextProblem, &QAction::triggered, this, [this] { stepProblem(1); });
    connect(m_ui->actionPreviousProblem, &QAction::triggered, this, [this] { stepProblem(-1); });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionNextSection, &QAction::triggered, this, [this] { stepSection(1); });
    connect(m_ui->actionPreviousSection, &QAction::triggered, this, [this] { stepSection(-1); });
    connect(m_ui->actionNextPane, &QAction::triggered, m_focus, &EditorFocus::focusNextPane);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        Dialogs::exec(&dialog);
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    HelpBrowser::install(m_ui->menuHelp, this); // Help → User Manual (F1, with the context of the focus)
    connect(m_ui->actionBatchCheck, &QAction::triggered, this, [this] {
        connect(DocumentActions::batchCheck(this), &BatchCheckWindow::openRequested, this,
                &MainWindow::openAtFinding);
    });
    FormatProblemsDialog::addMenuAction(m_ui->menuTools, this); // Tools → Format Files…
    OfficeWindow::addMenuAction(m_ui->menuTools, this);         // Tools → Receive and Consolidate…
    // File → New Report from Last Year's…; Tools → Compare with Another Year…, Convert to Another Format…
    YearsActions::install(m_ui->menuFile, m_ui->menuTools, this);
    FinalCopyActions::install(m_ui->menuFile, this); // File → Finalize (定稿)…, Return to Draft…; the banner
    const QList<QPair<QAction*, QString>> exports = {{m_ui->actionExportPdf, QStringLiteral("pdf")},
                                                     {m_ui->actionExportDocx, QStringLiteral("docx")},
                                                     {m_ui->actionExportOdt, QStringLiteral("odt")},
                                                     {m_ui->actionExportHtml, QStringLiteral("html")},
                                                     {m_ui->actionExportCsv, QStringLiteral("csv")}};
    for (const auto& [action, kind] : exports)
        connect(action, &QAction::triggered, this, [this, kind = kind] { exportTo(kind); });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this,
            [this] { exportTo(QStringLiteral("preview")); });
    connect(m_ui->actionPrint, &QAction::triggered, this, [this] { exportTo(QStringLiteral("print")); });
}

void MainWindow::retranslate() {
    m_ui->retranslateUi(this);
    m_navigator->setAccessibleName(tr("Sections"));
    m_findingsDock->tree()->setAccessibleName(tr("Checks"));
    m_historyDock->setWindowTitle(tr("Undo History"));
    m_historyDock->toggleViewAction()->setText(tr("Undo &History"));
    if (auto* view = m_historyDock->findChild<QUndoView*>()) {
        view->setEmptyLabel(tr("<opened>"));
        view->setAccessibleName(tr("Undo history"));
    }
    m_navigator->retranslate();
    updateActions();
    m_status->update(document());
    updateTitle();
    m_recent->refresh();
    if (!DocumentActions::canExport()) {
        const QString why = tr("Needs the output module, which is not part of this build.");
        for (QAction* a :
             {m_ui->actionExportPdf, m_ui->actionExportDocx, m_ui->actionExportOdt, m_ui->actionExportHtml,
              m_ui->actionExportCsv, m_ui->actionPrint, m_ui->actionPrintPreview})
            a->setToolTip(why);
    }
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop has finished (a dialog inside a drop handler blocks the Explorer on Windows).
    QTimer::singleShot(0, this, [this, path] { openDocument(path); });
}

// ---------------------------------------------------------------------------------------------------------
// The document: the session does the work, FileCommands asks the user; the window follows the signals.

void MainWindow::documentClosing() {
    m_closedSection = m_pages->currentSection(); // shown again when the report moved to another file
    saveLayout();
    m_saveIndicator->setDocument(nullptr);
    m_findingsDock->setDocument(nullptr);
    m_navigator->setDocument(nullptr);
    m_pages->clearPages();
}

void MainWindow::documentShown(bool sameReport) {
    const QString section = sameReport ? m_closedSection : QString();
    ReportDocument* doc = document();
    if (!doc) {
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
        m_findingsDock->hide(); // nothing to check without a report
        updateTitle();
        m_status->update(document());
        updateActions();
        m_recent->refresh();
        return;
    }
    edits()->setErrorHandler([this](const QString& message) { Dialogs::warning(this, tr("Undo"), message); });
    m_saveIndicator->setDocument(doc);
    m_navigator->setDocument(doc);
    m_pages->build(doc, edits(), m_saveIndicator);
    m_findingsDock->setDocument(doc, edits());
    m_findingsDock->show();
    m_ui->pages->setCurrentWidget(m_ui->documentPage);
    m_status->update(document());
    updateTitle();
    updateActions();
    showSection(section);
    focusEditor();
}

void MainWindow::flushEdits() {
    if (document())
        m_pages->flush();
}

void MainWindow::undo() {
    flushEdits();
    m_focus->revealChangesOf([this] { undoStack()->undo(); });
}

void MainWindow::redo() {
    flushEdits();
    m_focus->revealChangesOf([this] { undoStack()->redo(); });
}

// ---------------------------------------------------------------------------------------------------------
// Navigation

void MainWindow::showSection(const QString& sectionId) {
    const int row = m_pages->pageOf(sectionId);
    if (row < 0)
        return;
    m_navigator->setCurrentRow(row);
    m_pages->setCurrentIndex(row);
}

void MainWindow::goToFinding(const nb::Finding& finding) {
    if (!document())
        return;
    showSection(sectionOrder().contains(finding.section) ? finding.section : QString());
    m_pages->showFinding(finding);
    showStatusMessage(finding.message, finding.severity == Severity::Error);
}

bool MainWindow::openAtFinding(const QString& path, const nb::Finding& finding) {
    const bool opened =
        DocumentActions::looksLikeDocument(path) ? openDocument(path) : m_files->importFile(path);
    if (!opened || !document())
        return false;
    raise();
    activateWindow();
    if (finding.rule.isEmpty())
        return true;
    goToFinding(FindingsDock::counterpart(document()->findings(), finding));
    return true;
}

void MainWindow::stepProblem(int direction) {
    if (!m_findingsDock->step(direction))
        showStatusMessage(tr("No problems found."), false);
}

void MainWindow::stepSection(int direction) {
    const int n = m_navigator->count();
    if (n > 0) {
        m_navigator->setCurrentRow((m_navigator->currentRow() + direction + n) % n);
        focusEditor();
    }
}

// ---------------------------------------------------------------------------------------------------------
// Status

void MainWindow::updateTitle() {
    const ReportDocument* doc = document();
    if (!doc) {
        setWindowTitle(tr("Nianbao"));
        setWindowFilePath(QString());
        return;
    }
    const QString name = doc->hasFile() ? QFileInfo(doc->filePath()).fileName() : tr("(not saved)");
    QString title = tr("%1 — %2 — Nianbao").arg(doc->report().effectiveTitle(), name);
    if (doc->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title);
}

void MainWindow::updateActions() {
    const bool hasDoc = document() != nullptr;
    const bool writable = hasDoc && !document()->isReadOnly();
    QUndoStack* stack = undoStack();
    m_undoAction->setEnabled(writable && (stack->canUndo() || m_pages->hasPendingEdit()));
    m_redoAction->setEnabled(writable && stack->canRedo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_ui->actionSaveVersion->setEnabled(writable);
    m_ui->actionSaveAs->setEnabled(hasDoc);
    m_ui->actionExportCopy->setEnabled(hasDoc && document()->hasFile());
    m_ui->actionVersions->setEnabled(hasDoc && document()->hasFile());
    for (QAction* a : {m_ui->actionClose, m_ui->actionNextProblem, m_ui->actionPreviousProblem,
                       m_ui->actionNextSection, m_ui->actionPreviousSection, m_ui->actionPreviousYear})
        a->setEnabled(hasDoc);
    const bool canExport = hasDoc && DocumentActions::canExport();
    m_ui->menuExport->setEnabled(canExport);
    for (QAction* a :
         {m_ui->actionExportPdf, m_ui->actionExportDocx, m_ui->actionExportOdt, m_ui->actionExportHtml,
          m_ui->actionExportCsv, m_ui->actionPrint, m_ui->actionPrintPreview})
        a->setEnabled(canExport);
    m_ui->actionImport->setEnabled(DocumentActions::canImport());
    m_ui->actionBatchCheck->setEnabled(DocumentActions::canBatchCheck());
    m_ui->actionPreviousYear->setCheckable(true);
    m_ui->actionPreviousYear->setChecked(hasDoc && !m_session->previousYearPath().isEmpty());
}

void MainWindow::showStatusMessage(const QString& text, bool isError) {
    Q_UNUSED(isError)
    statusBar()->showMessage(text, 8000);
}

// ---------------------------------------------------------------------------------------------------------
// Layout, preferences, output

void MainWindow::restoreLayout() {
    const QByteArray geometry = AppSettings::value(QStringLiteral("ui/geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 860);
    if (!restoreState(AppSettings::value(QStringLiteral("ui/state"))))
        resizeDocks({m_findingsDock}, {150}, Qt::Vertical);
    const QByteArray splitter = AppSettings::value(QStringLiteral("ui/mainSplitter"));
    if (splitter.isEmpty() || !m_ui->mainSplitter->restoreState(splitter))
        m_ui->mainSplitter->setSizes({260, 1000});
    m_pages->setTableSplitterState(AppSettings::value(QStringLiteral("ui/tableSplitter")));
}

void MainWindow::saveLayout() {
    AppSettings::setValue(QStringLiteral("ui/geometry"), saveGeometry());
    AppSettings::setValue(QStringLiteral("ui/state"), saveState());
    AppSettings::setValue(QStringLiteral("ui/mainSplitter"), m_ui->mainSplitter->saveState());
    const QByteArray tableSplitter = m_pages->tableSplitterState();
    if (!tableSplitter.isEmpty())
        AppSettings::setValue(QStringLiteral("ui/tableSplitter"), tableSplitter);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    const QString last = document() && document()->hasFile() ? document()->filePath() : QString();
    if (!closeDocument()) {
        event->ignore();
        return;
    }
    if (!last.isEmpty())
        AppSettings::setLastDocument(QFileInfo(last).absoluteFilePath());
    AppSettings::sync();
    event->accept();
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    const QString before = AppSettings::language();
    if (!Dialogs::exec(&dialog))
        return;
    if (dialog.language() != before)
        Translations::install(dialog.language());
    m_pages->setEditorFont(AppSettings::font(FontRole::Body));
}

void MainWindow::exportTo(const QString& kind) {
    if (!document())
        return;
    flushEdits();
    // Warnings before paper: errors, unexplained warnings and empty sections are said first.
    ExportOptions options = DocumentActions::exportOptions();
    options.fingerprint = FinalCopyActions::printableFingerprint(this); // 校验码 of a final copy
    const auto choice =
        PaperCheckDialog::confirm(this, document()->report(), document()->findings(), kind, &options);
    if (choice == PaperCheckDialog::ShowProblems) {
        showProblems();
        return;
    }
    if (choice != PaperCheckDialog::Continue)
        return;
    if (kind == QLatin1String("preview"))
        DocumentActions::printPreview(this, document()->report(), &options);
    else if (kind == QLatin1String("print"))
        DocumentActions::print(this, document()->report(), &options);
    else
        DocumentActions::exportReport(this, document()->report(), kind, &options);
}

void MainWindow::showProblems() {
    m_findingsDock->show();
    m_findingsDock->raise();
    const Findings& ordered = m_findingsDock->orderedFindings();
    if (!ordered.isEmpty()) {
        int first = 0; // an error before any warning
        while (first < ordered.size() && ordered.at(first).severity != Severity::Error)
            ++first;
        m_findingsDock->activateAt(first < ordered.size() ? first : 0);
        m_findingsDock->tree()->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Nothing to list but empty sections: show the first of them.
    for (const SectionDef& s : document()->format().sections()) {
        if (document()->report().sectionShown(s) && OpenProblems::sectionIsEmpty(document()->report(), s)) {
            showSection(s.id);
            focusEditor();
            return;
        }
    }
}

} // namespace nb::gui

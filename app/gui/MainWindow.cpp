#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "EditorFocus.h"
#include "FileCommands.h"
#include "FindingsDock.h"
#include "FormatProblemsDialog.h"
#include "MetadataForm.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "PreferencesDialog.h"
#include "SaveIndicator.h"
#include "StatusIcons.h"
#include "TableEditor.h"
#include "TableView.h"
#include "Translations.h"
#include "VersionsDialog.h"

#include "rules/RuleEngine.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>

namespace nb::gui {

namespace {
/// The section id of 标题与落款 (metadata) in the navigator: the empty id.
QString metaSection() {
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("MainWindow"));
    m_undoStack = new QUndoStack(this);
    m_files = new FileCommands(this);
    m_findingsDock = new FindingsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    // The undo history, for those who want to see (and jump back through) what they changed.
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    auto* undoView = new QUndoView(m_undoStack, m_historyDock);
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
    m_ui->sectionList->setIconSize(QSize(18, 18));
    m_ui->sectionList->setSpacing(2);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_saveIndicator = new SaveIndicator(m_savedLabel, this);
    statusBar()->addPermanentWidget(m_savedLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    setupActions();
    m_focus = new EditorFocus(this);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::flushEdits);
    setAcceptDrops(true); // a report dropped from the Explorer opens
    connect(m_ui->sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        flushEdits();
        if (row >= 0 && row < m_ui->editorStack->count())
            m_ui->editorStack->setCurrentIndex(row);
    });
    connect(m_ui->newButton, &QPushButton::clicked, m_files, &FileCommands::newDocument);
    connect(m_ui->openButton, &QPushButton::clicked, m_files, &FileCommands::openDialog);
    connect(m_ui->recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openDocument(item->data(Qt::UserRole).toString()); });

    restoreLayout();
    retranslate();
    clearEditors();
}

MainWindow::~MainWindow() {
    // The focus helper filters the section list's events: remove it before the base classes destroy the
    // children, or it would be asked about a window that is no longer a MainWindow (UBSan: vptr).
    delete m_focus;
    m_focus = nullptr;
    clearEditors();
    m_undoStack->clear();
    m_edits.reset();
    m_document.reset();
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
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateActions);

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
    connect(m_ui->actionVersions, &QAction::triggered, this, [this] {
        if (!m_document || !m_document->hasFile())
            return;
        flushEdits();
        VersionsDialog dialog(m_document.get(), m_edits.get(), this);
        Dialogs::exec(&dialog);
    });
    connect(m_ui->actionClose, &QAction::triggered, this, [this] {
        if (closeDocument())
            AppSettings::setLastDocument(QString());
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNextProblem, &QAction::triggered, this, &MainWindow::nextProblem);
    connect(m_ui->actionPreviousProblem, &QAction::triggered, this, &MainWindow::previousProblem);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionNextSection, &QAction::triggered, this, [this] {
        const int n = m_ui->sectionList->count();
        if (n > 0) {
            m_ui->sectionList->setCurrentRow((m_ui->sectionList->currentRow() + 1) % n);
            focusEditor();
        }
    });
    connect(m_ui->actionPreviousSection, &QAction::triggered, this, [this] {
        const int n = m_ui->sectionList->count();
        if (n > 0) {
            m_ui->sectionList->setCurrentRow((m_ui->sectionList->currentRow() + n - 1) % n);
            focusEditor();
        }
    });
    connect(m_ui->actionNextPane, &QAction::triggered, this, &MainWindow::focusNextPane);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionImport, &QAction::triggered, m_files, &FileCommands::importReport);
    connect(m_ui->actionBatchCheck, &QAction::triggered, this, &MainWindow::batchCheck);
    FormatProblemsDialog::addMenuAction(m_ui->menuTools, this); // Tools → Format Files…
    connect(m_ui->actionPreviousYear, &QAction::triggered, this, &MainWindow::choosePreviousYear);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, [this] { exportTo(QStringLiteral("pdf")); });
    connect(m_ui->actionExportDocx, &QAction::triggered, this, [this] { exportTo(QStringLiteral("docx")); });
    connect(m_ui->actionExportOdt, &QAction::triggered, this, [this] { exportTo(QStringLiteral("odt")); });
    connect(m_ui->actionExportHtml, &QAction::triggered, this, [this] { exportTo(QStringLiteral("html")); });
    connect(m_ui->actionExportCsv, &QAction::triggered, this, [this] { exportTo(QStringLiteral("csv")); });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, &MainWindow::printPreview);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::print);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
}

void MainWindow::retranslate() {
    m_ui->retranslateUi(this);
    m_ui->sectionList->setAccessibleName(tr("Sections"));
    m_findingsDock->tree()->setAccessibleName(tr("Checks"));
    m_historyDock->setWindowTitle(tr("Undo History"));
    m_historyDock->toggleViewAction()->setText(tr("Undo &History"));
    if (auto* view = m_historyDock->findChild<QUndoView*>()) {
        view->setEmptyLabel(tr("<opened>"));
        view->setAccessibleName(tr("Undo history"));
    }
    if (QListWidgetItem* meta = m_ui->sectionList->item(0); meta && m_document)
        meta->setText(FindingsDock::sectionTitle(m_document.get(), metaSection()));
    updateActions();
    updateCounts();
    updateTitle();
    updateSectionMarks();
    updateRecentMenu();
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

QListWidget* MainWindow::sectionList() const {
    return m_ui->sectionList;
}

QStringList MainWindow::sectionOrder() const {
    return m_pageSections;
}

// ---------------------------------------------------------------------------------------------------------
// Documents

bool MainWindow::openDocument(const QString& path, bool readOnly) {
    if (m_document && !closeDocument())
        return false;
    if (QFileInfo(path).isFile() && !DocumentActions::looksLikeDocument(path)) {
        // Nianbao JSON or a published report: opened in memory, saved to a document with Save As.
        Report report;
        QString error;
        QString note;
        if (!DocumentActions::readForeign(path, &report, &error, &note)) {
            Dialogs::warning(
                this, tr("Open Report"),
                tr("“%1” could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
        setDocument(std::make_unique<ReportDocument>(report));
        showStatusMessage(note.isEmpty()
                              ? tr("Opened “%1”. It is not saved as a report document yet: use Save As.")
                                    .arg(QFileInfo(path).fileName())
                              : note,
                          false);
        return true;
    }
    OpenInfo info;
    QString error;
    std::unique_ptr<ReportDocument> doc = ReportDocument::open(path, &info, &error, readOnly);
    if (!doc) {
        Dialogs::warning(this, tr("Open Report"),
                         tr("“%1” could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        AppSettings::removeRecentFile(path);
        updateRecentMenu();
        return false;
    }
    setDocument(std::move(doc));
    AppSettings::addRecentFile(path);
    AppSettings::setLastDocument(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    if (info.readOnly && !readOnly) {
        QString text;
        if (info.lockedBy.isValid()) {
            const LockOwner& o = info.lockedBy;
            text =
                tr("“%1” is being edited by %2 on computer %3 (since %4).\n\nIt has been opened read-only: "
                   "you can read, print and export it, but not change it.")
                    .arg(QFileInfo(path).fileName(), o.user.isEmpty() ? tr("another user") : o.user,
                         o.host.isEmpty() ? tr("unknown") : o.host,
                         o.since.isValid() ? QLocale().toString(o.since, QLocale::ShortFormat)
                                           : tr("unknown"));
        } else {
            text = tr("“%1” has been opened read-only.\n\n%2")
                       .arg(QFileInfo(path).fileName(), info.readOnlyReason);
        }
        Dialogs::information(this, tr("Opened Read-Only"), text);
    }
    if (info.migrated)
        showStatusMessage(tr("The report was upgraded to the current file format."), false);
    else if (info.staleLockTakenOver)
        showStatusMessage(tr("The report was not closed properly last time; all stored edits are there."),
                          false);
    return true;
}

bool MainWindow::createDocument(const QString& path, const Report& report) {
    if (m_document && !closeDocument())
        return false;
    QString error;
    std::unique_ptr<ReportDocument> doc = ReportDocument::create(path, report, &error);
    if (!doc) {
        Dialogs::warning(this, tr("New Report"),
                         tr("“%1” could not be created.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setDocument(std::move(doc));
    AppSettings::addRecentFile(path);
    AppSettings::setLastDocument(QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::setDocument(std::unique_ptr<ReportDocument> document) {
    m_saveIndicator->setDocument(nullptr);
    m_findingsDock->setDocument(nullptr);
    clearEditors();
    m_undoStack->clear();
    m_edits.reset();
    m_document = std::move(document);
    m_previous.reset();
    m_previousPath.clear();
    if (!m_document) {
        updateTitle();
        return;
    }
    m_edits = std::make_unique<EditCommands>(m_document.get(), m_undoStack);
    m_edits->setErrorHandler([this](const QString& message) { Dialogs::warning(this, tr("Undo"), message); });
    m_saveIndicator->setDocument(m_document.get());
    buildEditors();
    connect(m_document.get(), &ReportDocument::findingsChanged, this, [this] {
        updateCounts();
        updateSectionMarks();
    });
    connect(m_document.get(), &ReportDocument::cellsChanged, this, &MainWindow::updateSectionMarks);
    connect(m_document.get(), &ReportDocument::narrativeChanged, this, &MainWindow::updateSectionMarks);
    connect(m_document.get(), &ReportDocument::metadataChanged, this, [this] {
        updateSectionMarks();
        updateTitle();
    });
    if (m_document->hasFile()) {
        const QString previous = QString::fromUtf8(
            AppSettings::value(QStringLiteral("previousYear/") +
                               QString::fromLatin1(QFileInfo(m_document->filePath())
                                                       .absoluteFilePath()
                                                       .toUtf8()
                                                       .toBase64(QByteArray::Base64UrlEncoding))));
        if (!previous.isEmpty() && QFileInfo::exists(previous))
            setPreviousYearReport(previous);
    }
    m_findingsDock->setDocument(m_document.get());
    m_findingsDock->show();
    m_ui->pages->setCurrentWidget(m_ui->documentPage);
    updateCounts();
    updateSectionMarks();
    updateTitle();
    updateActions();
    showSection(metaSection());
    focusEditor();
}

bool MainWindow::closeDocument() {
    if (!m_document)
        return true;
    flushEdits();
    if (m_saveIndicator->hasUnsavedText() &&
        Dialogs::question(this, tr("Close Report"),
                          tr("Some text could not be saved:\n%1\n\nClose anyway and lose that text?")
                              .arg(m_saveIndicator->lastError()),
                          QMessageBox::Discard | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Discard)
        return false;
    if (!m_document->hasFile()) {
        const auto answer = Dialogs::question(
            this, tr("Close Report"),
            tr("This report has not been saved to a file yet. Save it before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !m_files->ensureFile(tr("Save Report")))
            return false;
    }
    saveLayout();
    m_saveIndicator->setDocument(nullptr);
    m_findingsDock->setDocument(nullptr);
    clearEditors();
    m_undoStack->clear();
    m_edits.reset();
    m_document.reset();
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    updateTitle();
    updateCounts();
    updateActions();
    updateRecentMenu();
    return true;
}

void MainWindow::buildEditors() {
    const ReportDocument* doc = m_document.get();
    m_metadataForm = new MetadataForm(m_document.get(), m_edits.get(), m_ui->editorStack);
    connect(m_metadataForm, &MetadataForm::message, this, &MainWindow::showStatusMessage);
    m_ui->editorStack->addWidget(m_metadataForm);
    m_pageSections << metaSection();
    auto* metaItem = new QListWidgetItem(FindingsDock::sectionTitle(doc, metaSection()), m_ui->sectionList);
    metaItem->setData(Qt::UserRole, metaSection());

    for (const SectionDef& s : doc->format().sections()) {
        QWidget* page = nullptr;
        if (s.kind == SectionKind::Table) {
            auto* editor = new TableEditor(m_document.get(), m_edits.get(), s.id, m_ui->editorStack);
            if (!m_tableSplitterState.isEmpty())
                editor->splitter()->restoreState(m_tableSplitterState);
            connect(editor->notesEditor(), &NarrativeEditor::pendingChanged, this,
                    &MainWindow::updateActions);
            m_saveIndicator->watch(editor->notesEditor());
            m_tableEditors << editor;
            page = editor;
        } else {
            auto* editor =
                new NarrativeEditor(m_document.get(), m_edits.get(), s.id, false, m_ui->editorStack);
            connect(editor, &NarrativeEditor::message, this, &MainWindow::showStatusMessage);
            connect(editor, &NarrativeEditor::pendingChanged, this, &MainWindow::updateActions);
            m_saveIndicator->watch(editor);
            m_narrativeEditors << editor;
            page = editor;
        }
        m_ui->editorStack->addWidget(page);
        m_pageSections << s.id;
        auto* item = new QListWidgetItem(s.heading, m_ui->sectionList);
        item->setData(Qt::UserRole, s.id);
    }
    const bool readOnly = doc->isReadOnly();
    m_metadataForm->setReadOnly(readOnly);
    for (TableEditor* t : m_tableEditors)
        t->setReadOnly(readOnly);
    for (NarrativeEditor* n : m_narrativeEditors)
        n->setReadOnly(readOnly);
    // The navigator is as wide as its longest heading.
    int width = 0;
    const QFontMetrics fm(m_ui->sectionList->font());
    for (int i = 0; i < m_ui->sectionList->count(); ++i)
        width = qMax(width, fm.horizontalAdvance(m_ui->sectionList->item(i)->text()));
    m_ui->sectionList->setMinimumWidth(qMin(width + 60, fm.horizontalAdvance(QChar(0x56FD)) * 18));
}

void MainWindow::clearEditors() {
    if (!m_tableEditors.isEmpty())
        m_tableSplitterState = m_tableEditors.first()->splitter()->saveState();
    const QSignalBlocker block(m_ui->sectionList);
    m_ui->sectionList->clear();
    while (m_ui->editorStack->count() > 0) {
        QWidget* w = m_ui->editorStack->widget(0);
        m_ui->editorStack->removeWidget(w);
        delete w;
    }
    m_tableEditors.clear();
    m_narrativeEditors.clear();
    m_metadataForm = nullptr;
    m_pageSections.clear();
    if (!m_document) {
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
        m_findingsDock->hide(); // nothing to check without a report
    }
}

void MainWindow::flushEdits() {
    if (!m_document)
        return;
    if (m_metadataForm)
        m_metadataForm->flush();
    for (NarrativeEditor* n : m_narrativeEditors)
        n->flush();
    for (TableEditor* t : m_tableEditors) {
        t->notesEditor()->flush();
        t->view()->commitOpenEditor();
    }
}

void MainWindow::undo() {
    flushEdits();
    m_focus->revealChangesOf([this] { m_undoStack->undo(); });
}

void MainWindow::redo() {
    flushEdits();
    m_focus->revealChangesOf([this] { m_undoStack->redo(); });
}

// ---------------------------------------------------------------------------------------------------------
// Navigation

void MainWindow::showSection(const QString& sectionId) {
    const int row = int(m_pageSections.indexOf(sectionId));
    if (row < 0)
        return;
    m_ui->sectionList->setCurrentRow(row);
    m_ui->editorStack->setCurrentIndex(row);
}

void MainWindow::focusEditor() {
    QWidget* page = m_ui->editorStack->currentWidget();
    if (auto* t = qobject_cast<TableEditor*>(page))
        t->view()->setFocus(Qt::ShortcutFocusReason);
    else if (auto* n = qobject_cast<NarrativeEditor*>(page))
        n->textEdit()->setFocus(Qt::ShortcutFocusReason);
    else if (m_metadataForm && page == m_metadataForm)
        m_metadataForm->focusField(QString());
}

QString MainWindow::currentSection() const {
    const int row = m_ui->editorStack->currentIndex();
    return row >= 0 && row < m_pageSections.size() ? m_pageSections.at(row) : QString();
}

TableEditor* MainWindow::tableEditor(const QString& sectionId) const {
    for (TableEditor* t : m_tableEditors)
        if (t->sectionId() == sectionId)
            return t;
    return nullptr;
}

NarrativeEditor* MainWindow::narrativeEditor(const QString& sectionId) const {
    for (NarrativeEditor* n : m_narrativeEditors)
        if (n->sectionId() == sectionId)
            return n;
    if (TableEditor* t = tableEditor(sectionId))
        return t->notesEditor();
    return nullptr;
}

void MainWindow::goToFinding(const nb::Finding& finding) {
    if (!m_document)
        return;
    const QString section = m_pageSections.contains(finding.section) ? finding.section : metaSection();
    showSection(section);
    if (section == metaSection()) {
        if (m_metadataForm)
            m_metadataForm->focusField(finding.field);
    } else if (TableEditor* t = tableEditor(section)) {
        if (finding.cell >= 0)
            t->view()->selectCell(finding.cell);
        else
            t->view()->setFocus(Qt::OtherFocusReason);
        t->showMessage(finding.message, finding.severity == Severity::Error);
    } else if (NarrativeEditor* n = narrativeEditor(section)) {
        n->textEdit()->setFocus(Qt::OtherFocusReason);
    }
    showStatusMessage(finding.message, finding.severity == Severity::Error);
}

void MainWindow::nextProblem() {
    stepProblem(1);
}
void MainWindow::previousProblem() {
    stepProblem(-1);
}

void MainWindow::stepProblem(int direction) {
    const int n = int(m_findingsDock->orderedFindings().size());
    if (n == 0) {
        showStatusMessage(tr("No problems found."), false);
        return;
    }
    const int pos = m_findingsDock->currentPosition();
    const int next = pos < 0 ? (direction > 0 ? 0 : n - 1) : (pos + direction + n) % n;
    m_findingsDock->activateAt(next);
}

void MainWindow::focusNextPane() {
    QWidget* panes[] = {m_ui->sectionList, m_ui->editorStack->currentWidget(), m_findingsDock->tree()};
    int current = -1;
    QWidget* focus = QApplication::focusWidget();
    for (int i = 0; i < 3; ++i)
        if (panes[i] && focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    for (int k = 1; k <= 3; ++k) {
        QWidget* w = panes[(current + k) % 3];
        if (w && w->isVisible()) {
            if (w == m_ui->editorStack->currentWidget()) {
                focusEditor();
            } else {
                w->setFocus(Qt::ShortcutFocusReason);
            }
            return;
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Status

void MainWindow::updateSectionMarks() {
    if (!m_document)
        return;
    const Report& r = m_document->report();
    const Findings& findings = m_document->findings();
    for (int i = 0; i < m_ui->sectionList->count(); ++i) {
        QListWidgetItem* item = m_ui->sectionList->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        int errors = 0;
        int warnings = 0;
        for (const Finding& f : findings) {
            const bool mine = f.section == id || (id.isEmpty() && !m_pageSections.contains(f.section));
            if (mine)
                (f.severity == Severity::Error ? errors : warnings)++;
        }
        bool empty = false;
        const SectionDef* s = m_document->format().section(id);
        if (id.isEmpty()) {
            empty = r.agency.trimmed().isEmpty();
        } else if (s && s->kind == SectionKind::Narrative) {
            empty = r.narratives.value(id).trimmed().isEmpty();
        } else if (s) {
            empty = true;
            for (int cell : s->cellIndexes)
                if (!r.cells.value(cell).isBlank()) {
                    empty = false;
                    break;
                }
        }
        StatusIcons::Status status = StatusIcons::Status::Complete;
        QString state = tr("complete");
        if (errors > 0) {
            status = StatusIcons::Status::Errors;
            state = tr("%n error(s)", nullptr, errors);
        } else if (empty) {
            status = StatusIcons::Status::Empty;
            state = tr("not filled in");
        } else if (warnings > 0) {
            status = StatusIcons::Status::Warnings;
            state = tr("%n warning(s)", nullptr, warnings);
        }
        item->setIcon(StatusIcons::status(status));
        item->setToolTip(state);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(item->text(), state));
        item->setData(Qt::UserRole + 1, int(status));
    }
}

QString MainWindow::countsText() const {
    return m_countsLabel->text();
}

void MainWindow::updateCounts() {
    m_saveIndicator->refresh();
    if (!m_document) {
        m_countsLabel->clear();
        m_readOnlyLabel->clear();
        return;
    }
    const int errors = RuleEngine::errorCount(m_document->findings());
    const int warnings = RuleEngine::warningCount(m_document->findings());
    m_countsLabel->setText(tr("Errors: %1   Warnings: %2").arg(errors).arg(warnings));
    m_readOnlyLabel->setText(m_document->isReadOnly() ? tr("Read-only") : QString());
}

void MainWindow::updateTitle() {
    if (!m_document) {
        setWindowTitle(tr("Nianbao"));
        setWindowFilePath(QString());
        return;
    }
    const QString name =
        m_document->hasFile() ? QFileInfo(m_document->filePath()).fileName() : tr("(not saved)");
    QString title = tr("%1 — %2 — Nianbao").arg(m_document->report().effectiveTitle(), name);
    if (m_document->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title);
}

void MainWindow::updateActions() {
    const bool hasDoc = m_document != nullptr;
    const bool writable = hasDoc && !m_document->isReadOnly();
    bool pending = false;
    for (NarrativeEditor* n : m_narrativeEditors)
        pending = pending || n->hasPendingEdit();
    for (TableEditor* t : m_tableEditors)
        pending = pending || t->notesEditor()->hasPendingEdit();
    m_undoAction->setEnabled(writable && (m_undoStack->canUndo() || pending));
    m_redoAction->setEnabled(writable && m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
    m_ui->actionSaveVersion->setEnabled(writable);
    m_ui->actionSaveAs->setEnabled(hasDoc);
    m_ui->actionExportCopy->setEnabled(hasDoc && m_document->hasFile());
    m_ui->actionVersions->setEnabled(hasDoc && m_document->hasFile());
    m_ui->actionClose->setEnabled(hasDoc);
    m_ui->actionNextProblem->setEnabled(hasDoc);
    m_ui->actionPreviousProblem->setEnabled(hasDoc);
    m_ui->actionNextSection->setEnabled(hasDoc);
    m_ui->actionPreviousSection->setEnabled(hasDoc);
    const bool canExport = hasDoc && DocumentActions::canExport();
    m_ui->menuExport->setEnabled(canExport);
    for (QAction* a :
         {m_ui->actionExportPdf, m_ui->actionExportDocx, m_ui->actionExportOdt, m_ui->actionExportHtml,
          m_ui->actionExportCsv, m_ui->actionPrint, m_ui->actionPrintPreview})
        a->setEnabled(canExport);
    m_ui->actionImport->setEnabled(DocumentActions::canImport());
    m_ui->actionBatchCheck->setEnabled(DocumentActions::canBatchCheck());
    m_ui->actionPreviousYear->setEnabled(hasDoc);
    m_ui->actionPreviousYear->setCheckable(true);
    m_ui->actionPreviousYear->setChecked(hasDoc && !m_previousPath.isEmpty());
}

void MainWindow::updateRecentMenu() {
    m_ui->menuRecent->clear();
    m_ui->recentList->clear();
    const QStringList files = AppSettings::recentFiles();
    int n = 0;
    for (const QString& path : files) {
        ++n;
        const QString label = tr("&%1 %2").arg(n).arg(QFileInfo(path).fileName());
        QAction* a = m_ui->menuRecent->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openDocument(path); });
        auto* item =
            new QListWidgetItem(tr("%1 — %2").arg(QFileInfo(path).fileName(),
                                                  QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                m_ui->recentList);
        item->setData(Qt::UserRole, path);
    }
    if (files.isEmpty()) {
        m_ui->menuRecent->addAction(tr("(none)"))->setEnabled(false);
    } else {
        m_ui->menuRecent->addSeparator();
        m_ui->menuRecent->addAction(tr("C&lear List"), this, [this] {
            for (const QString& p : AppSettings::recentFiles())
                AppSettings::removeRecentFile(p);
            updateRecentMenu();
        });
    }
    m_ui->recentLabel->setVisible(!files.isEmpty());
    m_ui->recentList->setVisible(!files.isEmpty());
}

void MainWindow::showStatusMessage(const QString& text, bool isError) {
    Q_UNUSED(isError)
    statusBar()->showMessage(text, 8000);
}

// ---------------------------------------------------------------------------------------------------------
// Layout

void MainWindow::restoreLayout() {
    const QByteArray geometry = AppSettings::value(QStringLiteral("ui/geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 860);
    if (!restoreState(AppSettings::value(QStringLiteral("ui/state"))))
        resizeDocks({m_findingsDock}, {150}, Qt::Vertical);
    const QByteArray splitter = AppSettings::value(QStringLiteral("ui/mainSplitter"));
    if (splitter.isEmpty() || !m_ui->mainSplitter->restoreState(splitter))
        m_ui->mainSplitter->setSizes({260, 1000});
    m_tableSplitterState = AppSettings::value(QStringLiteral("ui/tableSplitter"));
}

void MainWindow::saveLayout() {
    AppSettings::setValue(QStringLiteral("ui/geometry"), saveGeometry());
    AppSettings::setValue(QStringLiteral("ui/state"), saveState());
    AppSettings::setValue(QStringLiteral("ui/mainSplitter"), m_ui->mainSplitter->saveState());
    if (!m_tableEditors.isEmpty())
        m_tableSplitterState = m_tableEditors.first()->splitter()->saveState();
    if (!m_tableSplitterState.isEmpty())
        AppSettings::setValue(QStringLiteral("ui/tableSplitter"), m_tableSplitterState);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    const QString last = m_document && m_document->hasFile() ? m_document->filePath() : QString();
    if (!closeDocument()) {
        event->ignore();
        return;
    }
    if (!last.isEmpty())
        AppSettings::setLastDocument(QFileInfo(last).absoluteFilePath());
    AppSettings::sync();
    event->accept();
}

bool MainWindow::setPreviousYearReport(const QString& path) {
    if (!m_document)
        return false;
    std::unique_ptr<Report> previous;
    if (!path.isEmpty()) {
        Report report;
        QString error;
        QString note;
        if (DocumentActions::looksLikeDocument(path)) {
            OpenInfo info;
            std::unique_ptr<ReportDocument> doc = ReportDocument::open(path, &info, &error, true);
            if (doc)
                report = doc->report();
            else
                report.format.reset();
        } else if (!DocumentActions::readForeign(path, &report, &error, &note)) {
            report.format.reset();
        }
        if (!report.format) {
            Dialogs::warning(this, tr("Last Year's Report"),
                             tr("“%1” could not be read.\n\n%2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
        if (report.year != m_document->report().year - 1)
            showStatusMessage(tr("Note: that report is for %1, not %2.")
                                  .arg(report.year)
                                  .arg(m_document->report().year - 1),
                              false);
        previous = std::make_unique<Report>(std::move(report));
    }
    // The document keeps a pointer: switch it before the old report goes away.
    m_document->setPreviousYear(previous.get());
    m_previous = std::move(previous);
    m_previousPath = path;
    if (m_document->hasFile())
        AppSettings::setValue(QStringLiteral("previousYear/") +
                                  QString::fromLatin1(QFileInfo(m_document->filePath())
                                                          .absoluteFilePath()
                                                          .toUtf8()
                                                          .toBase64(QByteArray::Base64UrlEncoding)),
                              path.toUtf8());
    updateActions();
    return true;
}

void MainWindow::choosePreviousYear() {
    if (!m_document)
        return;
    if (!m_previousPath.isEmpty()) {
        const auto answer =
            Dialogs::question(this, tr("Last Year's Report"),
                              tr("The cross-year checks use “%1”. Choose another report?\n\n(No: stop "
                                 "comparing with last year.)")
                                  .arg(QFileInfo(m_previousPath).fileName()),
                              QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::No) {
            setPreviousYearReport(QString());
            return;
        }
    }
    const QString path = Dialogs::getOpenFileName(this, tr("Last Year's Report"),
                                                  FileCommands::documentsDir(), FileCommands::openFilter());
    if (!path.isEmpty() && setPreviousYearReport(path))
        showStatusMessage(tr("Cross-year checks now compare with “%1”.").arg(QFileInfo(path).fileName()),
                          false);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    const QString before = AppSettings::language();
    if (!Dialogs::exec(&dialog))
        return;
    if (dialog.language() != before)
        Translations::install(dialog.language());
    for (NarrativeEditor* n : m_narrativeEditors)
        n->setEditorFont(AppSettings::font(FontRole::Body));
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    Dialogs::exec(&dialog);
}

void MainWindow::batchCheck() {
    DocumentActions::batchCheck(this);
}

void MainWindow::exportTo(const QString& kind) {
    if (!m_document)
        return;
    flushEdits();
    DocumentActions::exportReport(this, m_document->report(), kind);
}

void MainWindow::printPreview() {
    if (!m_document)
        return;
    flushEdits();
    DocumentActions::printPreview(this, m_document->report());
}

void MainWindow::print() {
    if (!m_document)
        return;
    flushEdits();
    DocumentActions::print(this, m_document->report());
}

} // namespace nb::gui

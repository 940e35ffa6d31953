#pragma once

#include "EditorPages.h"
#include "FileCommands.h"
#include "SectionNavigator.h"
#include "StatusLabels.h"

#include "document/DocumentSession.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QListWidget;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace nb::gui {

class EditorFocus;
class FindingsDock;
class RecentFilesMenu;
class SaveIndicator;
class WorkbenchActions;

/// The workbench. It only wires its parts together: the DocumentSession (the open report, undo stack,
/// last year's report), FileCommands (the File menu), the SectionNavigator (一 … 六 with status marks),
/// the EditorPages of the selected section, the FindingsDock, the RecentFilesMenu and the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a document file; a document held elsewhere opens read-only with a message saying who holds it.
    bool openDocument(const QString& path, bool readOnly = false) { return m_files->open(path, readOnly); }
    /// Creates a new document file for a report and shows it.
    bool createDocument(const QString& path, const Report& report) { return m_files->create(path, report); }
    /// Shows a document that is already open (in memory or with a file).
    void setDocument(std::unique_ptr<ReportDocument> document) {
        m_session->setDocument(std::move(document));
    }
    /// Closes the document (asks first when it exists only in memory). False when the user cancelled.
    bool closeDocument() { return m_files->close(); }

    DocumentSession* session() const { return m_session; }
    FileCommands* fileCommands() const { return m_files; }
    ReportDocument* document() const { return m_session ? m_session->document() : nullptr; }
    EditCommands* edits() const { return m_session->edits(); }
    QUndoStack* undoStack() const { return m_session->undoStack(); }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

    /// Section ids in navigator order: "" (标题与落款) then the format's sections.
    QStringList sectionOrder() const { return m_pages->sections(); }
    void showSection(const QString& sectionId);
    /// Puts the keyboard focus into the editor of the current section (its table, text or first field).
    void focusEditor() { m_pages->focusCurrent(); }
    QString currentSection() const { return m_pages->currentSection(); }
    TableEditor* tableEditor(const QString& id) const { return m_pages->tableEditor(id); }
    NarrativeEditor* narrativeEditor(const QString& id) const { return m_pages->narrativeEditor(id); }
    MetadataForm* metadataForm() const { return m_pages->metadataForm(); }
    EditorPages* editorPages() const { return m_pages; }
    FindingsDock* findingsDock() const { return m_findingsDock; }
    /// Find/replace, 空白单元格填 0 and zoom (Edit and View menus).
    WorkbenchActions* workbench() const { return m_workbench; }
    /// The status bar's "saved" note (正在保存… while typed text is not in the file yet).
    SaveIndicator* saveIndicator() const { return m_saveIndicator; }
    QListWidget* sectionList() const { return m_navigator; }
    QString countsText() const { return m_status->countsText(); }
    /// A passing message in the status bar (what a command did, why something was refused).
    void showStatusMessage(const QString& text, bool isError);

    /// Shows the cell, narrative or field a finding is about.
    void goToFinding(const nb::Finding& finding);
    /// Opens a report file (a .nianbao directly, an original through the import preview) and shows the
    /// finding of the same rule and place in it (the batch check window's double-click).
    bool openAtFinding(const QString& path, const nb::Finding& finding);
    /// Uses another report as last year's for the cross-year checks (remembered per document); "" = none.
    bool setPreviousYearReport(const QString& path) { return m_files->setPreviousYear(path); }
    QString previousYearReport() const { return m_session->previousYearPath(); }
    void nextProblem() { stepProblem(1); }
    void previousProblem() { stepProblem(-1); }
    /// Commits what is being typed in a narrative or a metadata field.
    void flushEdits();
    void undo();
    void redo();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupActions();
    void retranslate();
    void documentClosing();
    void documentShown(bool sameReport);
    void updateTitle();
    void updateActions();
    void restoreLayout();
    void saveLayout();
    void stepProblem(int direction);
    void stepSection(int direction);
    void showPreferences();
    void exportTo(const QString& kind);
    /// 查看问题 of the warning before paper: the checks panel with its first finding (else the first empty
    /// section).
    void showProblems();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DocumentSession* m_session = nullptr;
    FileCommands* m_files = nullptr;
    SectionNavigator* m_navigator = nullptr; ///< from the form
    EditorPages* m_pages = nullptr;          ///< from the form
    RecentFilesMenu* m_recent = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    FindingsDock* m_findingsDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    StatusLabels* m_status = nullptr;
    SaveIndicator* m_saveIndicator = nullptr;
    EditorFocus* m_focus = nullptr;
    WorkbenchActions* m_workbench = nullptr;
    QString m_closedSection; ///< the section shown when the document was last closed or replaced
};

} // namespace nb::gui

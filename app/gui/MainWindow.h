#pragma once

#include "document/EditCommands.h"
#include "document/ReportDocument.h"

#include <QMainWindow>
#include <QPointer>

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
class FileCommands;
class FindingsDock;
class MetadataForm;
class NarrativeEditor;
class SaveIndicator;
class TableEditor;

/// The workbench: section navigator (标题与落款, 一 … 六 with status marks), the editor of the selected
/// section, the findings dock, and the file commands. One document at a time, with one undo stack.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a document file; a document held elsewhere opens read-only with a message saying who holds it.
    bool openDocument(const QString& path, bool readOnly = false);
    /// Creates a new document file for a report and shows it.
    bool createDocument(const QString& path, const Report& report);
    /// Shows a document that is already open (in memory or with a file).
    void setDocument(std::unique_ptr<ReportDocument> document);
    /// Closes the document (asks first when it exists only in memory). False when the user cancelled.
    bool closeDocument();

    ReportDocument* document() const { return m_document.get(); }
    EditCommands* edits() const { return m_edits.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

    /// Section ids in navigator order: "" (标题与落款) then the format's sections.
    QStringList sectionOrder() const;
    void showSection(const QString& sectionId);
    /// Puts the keyboard focus into the editor of the current section (its table, text or first field).
    void focusEditor();
    QString currentSection() const;
    TableEditor* tableEditor(const QString& sectionId) const;
    NarrativeEditor* narrativeEditor(const QString& sectionId) const;
    MetadataForm* metadataForm() const { return m_metadataForm; }
    FindingsDock* findingsDock() const { return m_findingsDock; }
    /// The status bar's "saved" note (正在保存… while typed text is not in the file yet).
    SaveIndicator* saveIndicator() const { return m_saveIndicator; }
    QListWidget* sectionList() const;
    QString countsText() const;
    /// A passing message in the status bar (what a command did, why something was refused).
    void showStatusMessage(const QString& text, bool isError);

    /// Shows the cell, narrative or field a finding is about.
    void goToFinding(const nb::Finding& finding);
    /// Uses another report as last year's for the cross-year checks (remembered per document); "" = none.
    bool setPreviousYearReport(const QString& path);
    QString previousYearReport() const { return m_previousPath; }
    void nextProblem();
    void previousProblem();
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
    void buildEditors();
    void clearEditors();
    void updateSectionMarks();
    void updateCounts();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void restoreLayout();
    void saveLayout();
    void stepProblem(int direction);
    void focusNextPane();

    void showPreferences();
    void showAbout();
    void batchCheck();
    void choosePreviousYear();
    void exportTo(const QString& kind);
    void printPreview();
    void print();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Report>
        m_previous; ///< last year's report for cross-year rules (outlives m_document's use)
    QString m_previousPath;
    std::unique_ptr<ReportDocument> m_document;
    std::unique_ptr<EditCommands> m_edits;
    QUndoStack* m_undoStack = nullptr;
    FileCommands* m_files = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    FindingsDock* m_findingsDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    MetadataForm* m_metadataForm = nullptr;
    QVector<TableEditor*> m_tableEditors;
    QVector<NarrativeEditor*> m_narrativeEditors;
    QStringList m_pageSections; ///< section id of each editorStack page
    QLabel* m_countsLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_savedLabel = nullptr;
    SaveIndicator* m_saveIndicator = nullptr;
    EditorFocus* m_focus = nullptr;
    QByteArray m_tableSplitterState;
};

} // namespace nb::gui

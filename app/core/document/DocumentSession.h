#pragma once

#include "document/EditCommands.h"
#include "document/ReportDocument.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace nb {

/// The report a window has open, without any widget: the ReportDocument, its QUndoStack and the
/// EditCommands over both, last year's report for the cross-year checks, and the file commands (new, open,
/// create from a report made elsewhere, save as, save a copy, save a version, close). A window observes it
/// through the signals below; asking the user (file dialogs, "save before closing?") stays in the GUI,
/// which then calls the session. Opening recovers an edit interrupted by a crash and takes the document's
/// lock, or opens read-only and says who holds it (openInfo()).
///
/// Reuse: a command that builds a Report elsewhere (carry-over to a new year, conversion between formats)
/// calls createFrom(report, path) to write the new document file and open it, exactly as File → New does;
/// a comparison view reads document() and previousYear() and follows documentChanged().
class DocumentSession : public QObject {
    Q_OBJECT
public:
    explicit DocumentSession(QObject* parent = nullptr);
    ~DocumentSession() override; ///< closes the document without signals

    /// Opens a .nianbao file (read-only on request, or when another process holds it). The open document
    /// (if any) is closed first, only when the new one could be opened.
    bool open(const QString& path, bool readOnly, QString* error);
    /// Writes a new document file for report at path (which must not exist yet) and opens it.
    bool createFrom(const Report& report, const QString& path, QString* error);
    /// Shows a report that has no file yet (imported, read from JSON); saveAs() gives it one.
    void openInMemory(const Report& report);
    /// Shows a document that is already open (tests, callers that opened it themselves); nullptr closes.
    void setDocument(std::unique_ptr<ReportDocument> document);
    /// Continues the same report in the file at path: a report without a file is written there; a
    /// document with a file is copied there and the copy opened. The old document stays open on failure.
    /// documentChanged(true) (same report) and last year's report is kept.
    bool saveAs(const QString& path, QString* error);
    /// Writes a complete copy of the document file to path; the session stays on its file.
    bool saveCopy(const QString& path, QString* error);
    /// Names the current state of the file (a version the user can restore).
    bool saveVersion(const QString& name, QString* error);
    /// Closes the document: aboutToClose(), then documentChanged(false) with no document.
    void close();

    ReportDocument* document() const { return m_document.get(); }
    EditCommands* edits() const { return m_edits.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool hasDocument() const { return m_document != nullptr; }
    bool isReadOnly() const { return m_document && m_document->isReadOnly(); }
    /// What the last open() found: read-only and why, who holds the lock, migration, crash recovery.
    const OpenInfo& openInfo() const { return m_openInfo; }

    /// Uses report (read from path) as last year's for the cross-year checks of the open document.
    void setPreviousYear(const QString& path, const Report& report);
    void clearPreviousYear();
    /// The file last year's report was read from ("" = none).
    QString previousYearPath() const { return m_previousPath; }
    const Report* previousYear() const { return m_previous.get(); }

signals:
    /// The open document is about to go (closed or replaced): drop every pointer into it.
    void aboutToClose();
    /// A document was shown (or none, after close()). sameReport: saveAs() moved the same report to
    /// another file (a view may keep its place); false for open, create, import and close.
    void documentChanged(bool sameReport);
    /// A cell, narrative or metadata field of the open document changed (typing, paste, undo, redo).
    void contentChanged();
    /// A metadata field changed (the title may have changed).
    void metadataChanged();
    /// The findings of the open document changed.
    void findingsChanged();
    void previousYearChanged(const QString& path);

private:
    void replace(std::unique_ptr<ReportDocument> document, bool sameReport);
    void release();

    std::unique_ptr<ReportDocument> m_document;
    QUndoStack* m_undoStack = nullptr;
    std::unique_ptr<EditCommands> m_edits;
    std::unique_ptr<Report> m_previous; ///< last year's report; the document points to it
    QString m_previousPath;
    OpenInfo m_openInfo;
};

} // namespace nb

#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace nb {
class DocumentSession;
struct Report;
} // namespace nb

namespace nb::gui {

class SaveIndicator;

/// The File menu's commands: New, Open, Close, Save a Version, Save As, Save a Copy, Import, and last
/// year's report for the cross-year checks. Each asks the user through Dialogs (so tests can answer), then
/// works through the DocumentSession; it knows no window (the window connects its signals).
class FileCommands : public QObject {
    Q_OBJECT
public:
    /// parent: the window that dialogs belong to; indicator: says whether typed text is not stored yet.
    FileCommands(DocumentSession* session, SaveIndicator* indicator, QWidget* parent);

    void newDocument();
    void openDialog();
    /// Opens a report file: a .nianbao document (read-only when asked, or when another process holds it:
    /// then a message says who), or Nianbao JSON / a published report in memory. Closes the open report
    /// first (asking when needed); false when cancelled or the file could not be opened (the user was told).
    bool open(const QString& path, bool readOnly = false);
    /// Creates a new document file for a report (made by the New dialog, a carry-over …) and opens it.
    bool create(const QString& path, const Report& report);
    /// Closes the report, asking first about text that could not be stored and about a report without a
    /// file. False when the user cancelled.
    bool close();
    void saveVersion();
    void saveAs();
    void exportCopy();
    /// File → Import: asks for a published report, then as importFile().
    void importReport();
    /// Shows the import preview of an original (PDF, DOCX, HTML, text); when accepted, opens the report
    /// and asks where to save it (cancelled: it stays open in memory). False when not opened.
    bool importFile(const QString& path);
    /// Gives an in-memory report a document file (asks for the name); true when it has one afterwards.
    bool ensureFile(const QString& why);

    /// Asks for last year's report (or to stop comparing with it).
    void choosePreviousYear();
    /// Reads path as last year's report for the cross-year checks and remembers it with the document
    /// ("" = none). False when it could not be read (the user was told).
    bool setPreviousYear(const QString& path);

    static QString fileFilter();
    static QString openFilter();
    /// Where file dialogs start: the folder of the last document, else the user's documents.
    static QString documentsDir();

signals:
    /// Commit what is being typed before the file is copied, versioned or closed.
    void flushRequested();
    void statusMessage(const QString& text, bool isError);
    /// The recent-files list changed without a document being opened or closed.
    void recentFilesChanged();

private:
    bool confirmLoseUnsavedText(const QString& title);
    void tellReadOnly(const QString& path);
    void restorePreviousYear();
    /// Asks for a .nianbao path (adds the suffix); "" when cancelled.
    QString askDocumentPath(const QString& title, const QString& suggested);

    DocumentSession* m_session;
    SaveIndicator* m_indicator;
    QWidget* m_parent;
};

} // namespace nb::gui

#pragma once

#include "AppSettings.h"

#include "model/Report.h"

#include <QCoreApplication>

class QWidget;

#include "render/ExportOptions.h"
#include "render/FontResolver.h"

namespace nb::gui {

class BatchCheckWindow;

/// The window's bridge to the output and import libraries: export, print and preview (render), import
/// and batch checking (import).
class DocumentActions {
    Q_DECLARE_TR_FUNCTIONS(DocumentActions)
public:
    static bool canExport();
    static bool canImport();
    static bool canBatchCheck();

    /// kind: pdf, docx, odt, html, csv. Asks for the file name, writes, reports the outcome. options: null
    /// = exportOptions() (the window passes the ones PaperCheckDialog settled, with the watermark).
    static bool exportReport(QWidget* parent, const Report& report, const QString& kind,
                             const ExportOptions* options = nullptr);
    static void printPreview(QWidget* parent, const Report& report, const ExportOptions* options = nullptr);
    static void print(QWidget* parent, const Report& report, const ExportOptions* options = nullptr);
    /// Asks for a published report to import; "" when cancelled.
    static QString askImportFile(QWidget* parent);
    /// Shows the import preview of a published report; true with the report when accepted.
    static bool importPreview(QWidget* parent, const QString& path, Report* out);
    /// Opens the batch check window (deleted when closed).
    static BatchCheckWindow* batchCheck(QWidget* parent);
    /// Reads any report file: a .nianbao document (without locking it), Nianbao JSON or a published report.
    static bool readAny(const QString& path, Report* out, QString* error);
    /// Reads a file that is not a .nianbao document: Nianbao JSON, or (with the import module) a published
    /// report as text, HTML or PDF. note receives what the user should know (import problems).
    static bool readForeign(const QString& path, Report* out, QString* error, QString* note);
    /// True when the file starts like a .nianbao document (an SQLite database).
    static bool looksLikeDocument(const QString& path);

    /// Export options from the preferences (font overrides per role).
    /// fingerprint: of an intact final copy, printed on the last page of PDF and print (else "").
    static ExportOptions exportOptions(const QString& fingerprint = QString());
};

} // namespace nb::gui

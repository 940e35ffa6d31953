#pragma once

#include "AppSettings.h"

#include "model/Report.h"

#include <QCoreApplication>

class QWidget;

// Output (nianbao_render) and import (nianbao_import) are optional parts of the build.
#if defined(HAVE_NIANBAO_RENDER) && __has_include("render/Exporters.h")
#define NB_GUI_HAS_RENDER 1
#include "render/ExportOptions.h"
#include "render/FontResolver.h"
#endif
#if defined(HAVE_NIANBAO_IMPORT) && __has_include("import/ReportImporter.h")
#define NB_GUI_HAS_IMPORTER 1
#endif
#if defined(HAVE_NIANBAO_IMPORT) && __has_include("import/ImportPreviewDialog.h")
#define NB_GUI_HAS_IMPORT 1
#endif
#if defined(HAVE_NIANBAO_IMPORT) && __has_include("import/BatchCheckWindow.h")
#define NB_GUI_HAS_BATCH_CHECK 1
#endif

namespace nb::gui {

/// The window's bridge to the optional features: export, print and preview (render), import and
/// batch checking (import). Each is a no-op returning false when its library is not in the build.
class DocumentActions {
    Q_DECLARE_TR_FUNCTIONS(DocumentActions)
public:
    static bool canExport();
    static bool canImport();
    static bool canBatchCheck();

    /// kind: pdf, docx, odt, html, csv. Asks for the file name, writes, reports the outcome.
    static bool exportReport(QWidget* parent, const Report& report, const QString& kind);
    static void printPreview(QWidget* parent, const Report& report);
    static void print(QWidget* parent, const Report& report);
    /// Asks for a published report, shows the import preview; true with the report when accepted.
    static bool importReport(QWidget* parent, Report* out);
    static void batchCheck(QWidget* parent);
    /// Reads a file that is not a .nianbao document: Nianbao JSON, or (with the import module) a published
    /// report as text, HTML or PDF. note receives what the user should know (import problems).
    static bool readForeign(const QString& path, Report* out, QString* error, QString* note);
    /// True when the file starts like a .nianbao document (an SQLite database).
    static bool looksLikeDocument(const QString& path);

#ifdef NB_GUI_HAS_RENDER
    /// Export options from the preferences (font overrides per role).
    static ExportOptions exportOptions();
    static nb::FontRole renderRole(FontRole role);
    static void setOverride(ExportOptions* options, nb::FontRole role, const QString& family);
#endif
};

} // namespace nb::gui

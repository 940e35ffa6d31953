#pragma once

#include "import/ImportResult.h"
#include "rules/Finding.h"

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace nb::gui {

/// File → Import published report…: imports the file and shows what was recognised (input kind, format
/// and why, agency, year, title, 落款, every table value as printed, the narratives) and the import
/// problems, before the document is created. Accept = "Create document"; only possible when the file
/// could be read at all.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportPreviewDialog(const QString& filePath, QWidget* parent = nullptr);

    bool hasReport() const;
    nb::Report report() const;
    /// The whole import outcome (problems, kind …).
    const nb::ImportResult& result() const { return m_result; }

private:
    QWidget* buildSummary();
    QWidget* buildProblems();
    QWidget* buildFindings(const nb::Findings& findings);
    QWidget* buildNarratives();

    QString m_path;
    nb::ImportResult m_result;
    QTabWidget* m_tabs = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace nb::gui

#pragma once

#include "model/Report.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VersionsDialog;
}

namespace nb {
class ReportDocument;
class EditCommands;
} // namespace nb

namespace nb::gui {

/// File → Versions and History: the named versions of the document (Save a Version) and its edit log.
/// Restoring a version applies its content through EditCommands as one undoable step.
class VersionsDialog : public QDialog {
    Q_OBJECT
public:
    VersionsDialog(ReportDocument* document, EditCommands* edits, QWidget* parent = nullptr);
    ~VersionsDialog() override;

    /// Restores the version at a row of the list (0 = newest); false with a message when it fails.
    bool restoreVersion(int row, QString* error);
    /// Asks for confirmation (Dialogs::question), then restores the selected version; false when the
    /// user said no or the restore failed (with a warning).
    bool confirmAndRestore(int row);
    /// Shows the comparison (ComparisonView through Dialogs::exec) of the version at row with the version
    /// at otherRow, or with the report as it is now when otherRow is -1; false with a message when a
    /// version cannot be read.
    bool compareVersions(int row, int otherRow, QString* error);
    int versionCount() const;
    /// The readable text of the edit log rows as shown (newest first): "place: before → after".
    QStringList historyLines() const;

private:
    void load();
    bool loadVersion(int row, Report* out, QString* error) const;
    void compareSelected();

    std::unique_ptr<Ui::VersionsDialog> m_ui;
    ReportDocument* m_document;
    EditCommands* m_edits;
};

} // namespace nb::gui

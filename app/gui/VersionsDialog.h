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
    int versionCount() const;

private:
    void load();

    std::unique_ptr<Ui::VersionsDialog> m_ui;
    ReportDocument* m_document;
    EditCommands* m_edits;
};

} // namespace nb::gui

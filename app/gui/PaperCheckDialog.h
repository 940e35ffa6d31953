#pragma once

#include "model/Report.h"
#include "render/ExportOptions.h"
#include "rules/Finding.h"
#include "rules/OpenProblems.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace nb::gui {

/// Warnings before paper (issue "clerk's workbench"): before Print, Print Preview and every export, says
/// how many errors and unexplained warnings are open and which sections are empty, and offers 查看问题 /
/// 仍然继续 / 取消. Output of a report with errors carries the 草稿 watermark unless the clerk unticks it
/// (default from AppSettings::draftWhenErrors). Nothing is shown when nothing is open.
class PaperCheckDialog : public QDialog {
    Q_OBJECT
public:
    /// The dialog's result codes (QDialog::result()).
    enum Choice { Cancel = QDialog::Rejected, Continue = QDialog::Accepted, ShowProblems = 2 };

    /// kind: pdf, docx, odt, html, csv, print, preview (what the clerk asked for).
    PaperCheckDialog(const OpenProblems& problems, const QString& kind, QWidget* parent = nullptr);
    ~PaperCheckDialog() override;

    /// Whether the output is to carry the 草稿 watermark (the check box; false when it has none).
    bool draftWatermark() const;
    /// The text of the dialog (also what tests read).
    QString summary() const;

    /// The whole step: asks when anything is open (through Dialogs::execChoice, so tests can answer it)
    /// and sets options->draftWatermark; returns the clerk's choice (Continue when nothing is open).
    static Choice confirm(QWidget* parent, const Report& report, const Findings& findings,
                          const QString& kind, ExportOptions* options);
    /// True for the kinds whose output can carry the watermark (all but CSV).
    static bool supportsWatermark(const QString& kind);

private:
    QString m_summary;
    QCheckBox* m_draft = nullptr;
};

} // namespace nb::gui

#pragma once

#include "model/Report.h"
#include "years/FormatConverter.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace nb::gui {

/// Converts the open report to another format (a 2019-format report to the 2021 format) as a new document:
/// shows beforehand what is carried, which values have no place in the new tables (kept in the notes) and
/// which rows are new and stay blank; "Convert and Save As…" asks for the new file and creates it.
class ConvertDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConvertDialog(const Report& source, QWidget* parent = nullptr);

    /// False when there is no other format to convert to.
    bool hasTargets() const;
    QComboBox* targetBox() const { return m_target; }
    QPlainTextEdit* summaryView() const { return m_summary; }
    QPushButton* convertButton() const { return m_convert; }
    const FormatConverter::Result& conversion() const { return m_result; }
    /// The document created (after accept()).
    QString createdPath() const { return m_createdPath; }

private:
    void preview();
    void convertAndSave();

    Report m_source;
    FormatConverter::Result m_result;
    QString m_createdPath;
    QComboBox* m_target = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPushButton* m_convert = nullptr;
};

} // namespace nb::gui

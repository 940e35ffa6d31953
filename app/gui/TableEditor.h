#pragma once

#include <QWidget>

class QLabel;
class QSplitter;

namespace nb {
class ReportDocument;
class EditCommands;
} // namespace nb

namespace nb::gui {

class CellFindingLine;
class NarrativeEditor;
class TableModel;
class TableView;

/// One statistics section: its heading and hint, the table generated from the format, a line for inline
/// messages (why a value was refused), and the optional free text printed with the table.
class TableEditor : public QWidget {
    Q_OBJECT
public:
    TableEditor(ReportDocument* document, EditCommands* edits, const QString& sectionId,
                QWidget* parent = nullptr);

    QString sectionId() const { return m_sectionId; }
    TableView* view() const { return m_view; }
    TableModel* model() const { return m_model; }
    NarrativeEditor* notesEditor() const { return m_notes; }
    QLabel* messageLabel() const { return m_message; }
    /// The status line under the table: the findings of the current cell or of the last edit.
    CellFindingLine* findingLine() const { return m_findingLine; }
    QSplitter* splitter() const { return m_splitter; }
    void setReadOnly(bool readOnly);

public slots:
    void showMessage(const QString& text, bool isError);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitTopPane();

    ReportDocument* m_document;
    QString m_sectionId;
    QLabel* m_heading = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_message = nullptr;
    CellFindingLine* m_findingLine = nullptr;
    QLabel* m_legend = nullptr;
    TableModel* m_model = nullptr;
    TableView* m_view = nullptr;
    NarrativeEditor* m_notes = nullptr;
    QSplitter* m_splitter = nullptr;
    QWidget* m_top = nullptr;
};

} // namespace nb::gui

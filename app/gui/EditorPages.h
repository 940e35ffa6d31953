#pragma once

#include <QStackedWidget>
#include <QStringList>
#include <QVector>

namespace nb {
class EditCommands;
class ReportDocument;
struct Finding;
} // namespace nb

namespace nb::gui {

class MetadataForm;
class NarrativeEditor;
class SaveIndicator;
class TableEditor;

/// The editors of one document, one page per navigator item: the metadata form (标题与落款, section id
/// ""), then a TableEditor or a NarrativeEditor per section of the format. Every editor changes the
/// document through EditCommands only.
class EditorPages : public QStackedWidget {
    Q_OBJECT
public:
    explicit EditorPages(QWidget* parent = nullptr);

    /// Builds the pages of document (read-only editors for a read-only document); indicator follows the
    /// narrative editors' typing.
    void build(ReportDocument* document, EditCommands* edits, SaveIndicator* indicator);
    /// Deletes every page (remembers the table/notes splitter of the first table first).
    void clearPages();

    /// Section id of each page, in order.
    QStringList sections() const { return m_sections; }
    QString currentSection() const;
    int pageOf(const QString& sectionId) const { return int(m_sections.indexOf(sectionId)); }
    TableEditor* tableEditor(const QString& sectionId) const;
    /// The narrative editor of a section, or the notes editor of a table section.
    NarrativeEditor* narrativeEditor(const QString& sectionId) const;
    MetadataForm* metadataForm() const { return m_metadataForm; }

    /// Keyboard focus into the current page (its table, text or first field).
    void focusCurrent();
    /// Shows, in the current page, what a finding is about: its cell selected (with the message), its text
    /// or its field focused.
    void showFinding(const nb::Finding& finding);
    /// Commits what is being typed in a narrative, a notes text, a metadata field or a table cell.
    void flush();
    /// Typing in some narrative not yet committed (undo is then possible before the commit).
    bool hasPendingEdit() const;
    void setEditorFont(const QFont& font);

    /// The size of a table page's table and notes parts, the same for every table and kept across documents.
    QByteArray tableSplitterState() const;
    void setTableSplitterState(const QByteArray& state) { m_tableSplitterState = state; }

signals:
    /// An editor has a message for the status bar (why a value was refused …).
    void message(const QString& text, bool isError);
    /// hasPendingEdit() may have changed.
    void pendingChanged();

private:
    MetadataForm* m_metadataForm = nullptr;
    QVector<TableEditor*> m_tableEditors;
    QVector<NarrativeEditor*> m_narrativeEditors;
    QStringList m_sections; ///< section id of each page
    QByteArray m_tableSplitterState;
};

} // namespace nb::gui

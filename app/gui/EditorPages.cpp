#include "EditorPages.h"

#include "CellFindingLine.h"
#include "MetadataForm.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "SaveIndicator.h"
#include "TableEditor.h"
#include "TableView.h"

#include "document/ReportDocument.h"

#include <QSplitter>

namespace nb::gui {

EditorPages::EditorPages(QWidget* parent)
    : QStackedWidget(parent) {}

void EditorPages::build(ReportDocument* document, EditCommands* edits, SaveIndicator* indicator) {
    clearPages();
    m_metadataForm = new MetadataForm(document, edits, this);
    connect(m_metadataForm, &MetadataForm::message, this, &EditorPages::message);
    addWidget(m_metadataForm);
    m_sections << QString();
    for (const SectionDef& s : document->format().sections()) {
        if (document->format().freeForm && !document->report().headings.contains(s.id))
            continue; // a part that this report before 2019 does not have
        if (s.kind == SectionKind::Table) {
            auto* editor = new TableEditor(document, edits, s.id, this);
            if (!m_tableSplitterState.isEmpty())
                editor->splitter()->restoreState(m_tableSplitterState);
            connect(editor->notesEditor(), &NarrativeEditor::pendingChanged, this,
                    &EditorPages::pendingChanged);
            indicator->watch(editor->notesEditor());
            connect(editor->view(), &TableView::notice, this,
                    [this](const QString& text) { emit message(text, false); });
            m_tableEditors << editor;
            addWidget(editor);
        } else {
            auto* editor = new NarrativeEditor(document, edits, s.id, false, this);
            connect(editor, &NarrativeEditor::message, this, &EditorPages::message);
            connect(editor, &NarrativeEditor::pendingChanged, this, &EditorPages::pendingChanged);
            indicator->watch(editor);
            m_narrativeEditors << editor;
            addWidget(editor);
        }
        m_sections << s.id;
    }
    const bool readOnly = document->isReadOnly();
    m_metadataForm->setReadOnly(readOnly);
    for (TableEditor* t : std::as_const(m_tableEditors))
        t->setReadOnly(readOnly);
    for (NarrativeEditor* n : std::as_const(m_narrativeEditors))
        n->setReadOnly(readOnly);
}

void EditorPages::clearPages() {
    m_tableSplitterState = tableSplitterState();
    while (count() > 0) {
        QWidget* w = widget(0);
        removeWidget(w);
        delete w;
    }
    m_tableEditors.clear();
    m_narrativeEditors.clear();
    m_metadataForm = nullptr;
    m_sections.clear();
}

QByteArray EditorPages::tableSplitterState() const {
    return m_tableEditors.isEmpty() ? m_tableSplitterState : m_tableEditors.first()->splitter()->saveState();
}

QString EditorPages::currentSection() const {
    const int row = currentIndex();
    return row >= 0 && row < m_sections.size() ? m_sections.at(row) : QString();
}

TableEditor* EditorPages::tableEditor(const QString& sectionId) const {
    for (TableEditor* t : m_tableEditors)
        if (t->sectionId() == sectionId)
            return t;
    return nullptr;
}

NarrativeEditor* EditorPages::narrativeEditor(const QString& sectionId) const {
    for (NarrativeEditor* n : m_narrativeEditors)
        if (n->sectionId() == sectionId)
            return n;
    if (TableEditor* t = tableEditor(sectionId))
        return t->notesEditor();
    return nullptr;
}

void EditorPages::focusCurrent() {
    QWidget* page = currentWidget();
    if (auto* t = qobject_cast<TableEditor*>(page))
        t->view()->setFocus(Qt::ShortcutFocusReason);
    else if (auto* n = qobject_cast<NarrativeEditor*>(page))
        n->textEdit()->setFocus(Qt::ShortcutFocusReason);
    else if (m_metadataForm && page == m_metadataForm)
        m_metadataForm->focusField(QString());
}

void EditorPages::showFinding(const nb::Finding& finding) {
    const QString section = currentSection();
    if (section.isEmpty()) {
        if (m_metadataForm)
            m_metadataForm->focusField(finding.field);
    } else if (TableEditor* t = tableEditor(section)) {
        if (finding.cell >= 0)
            t->view()->selectCell(finding.cell);
        else
            t->view()->setFocus(Qt::OtherFocusReason);
        t->findingLine()->showFinding(finding); // gone with the problem (an edit, an undo)
    } else if (NarrativeEditor* n = narrativeEditor(section)) {
        n->textEdit()->setFocus(Qt::OtherFocusReason);
    }
}

void EditorPages::flush() {
    if (m_metadataForm)
        m_metadataForm->flush();
    for (NarrativeEditor* n : std::as_const(m_narrativeEditors))
        n->flush();
    for (TableEditor* t : std::as_const(m_tableEditors)) {
        t->notesEditor()->flush();
        t->view()->commitOpenEditor();
    }
}

bool EditorPages::hasPendingEdit() const {
    for (NarrativeEditor* n : m_narrativeEditors)
        if (n->hasPendingEdit())
            return true;
    for (TableEditor* t : m_tableEditors)
        if (t->notesEditor()->hasPendingEdit())
            return true;
    return false;
}

void EditorPages::setEditorFont(const QFont& font) {
    for (NarrativeEditor* n : std::as_const(m_narrativeEditors))
        n->setEditorFont(font);
}

} // namespace nb::gui

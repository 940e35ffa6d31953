#include "TableEditor.h"

#include "CellFindingLine.h"
#include "FindingsDock.h"
#include "NarrativeEditor.h"
#include "TableModel.h"
#include "TableView.h"

#include "document/ReportDocument.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace nb::gui {

TableEditor::TableEditor(ReportDocument* document, EditCommands* edits, const QString& sectionId,
                         QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_sectionId(sectionId) {
    setObjectName(QStringLiteral("tableEditor_") + sectionId);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);

    m_model = new TableModel(document, edits, sectionId, this);
    m_view = new TableView(this);
    m_view->setObjectName(QStringLiteral("tableView_") + sectionId);
    m_view->setTableModel(m_model);
    m_heading->setBuddy(m_view);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inlineMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(QStringLiteral("inlineMessage"));
    m_message->hide();
    connect(m_view, &TableView::message, this, &TableEditor::showMessage);
    // A message about a value (refused, pasted) is stale once the cells change again (an undo, a redo).
    connect(document, &ReportDocument::cellsChanged, this, [this] { showMessage(QString(), false); });
    m_findingLine = new CellFindingLine(m_view, m_model, this);
    connect(m_findingLine, &CellFindingLine::changed, this, &TableEditor::fitTopPane);

    auto* top = new QWidget(this);
    m_top = top;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_message);
    topLayout->addWidget(m_findingLine);
    topLayout->addStretch(0);

    m_notes = new NarrativeEditor(document, edits, sectionId, true, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("tableSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_notes);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_legend);
    connect(m_notes, &NarrativeEditor::message, this, &TableEditor::showMessage);
    connect(m_view, &TableView::metricsChanged, this, &TableEditor::fitTopPane);
    fitTopPane();
    retranslate();
}

void TableEditor::retranslate() {
    const SectionDef* section = m_document->format().section(m_sectionId);
    const QString heading = FindingsDock::sectionTitle(m_document, m_sectionId);
    m_heading->setText(section ? tr("%1 (&B)").arg(heading) : m_sectionId);
    m_hint->setText(section ? section->hint : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_legend->setText(
        tr("Blue cells are totals computed automatically. Red cells have an error, yellow cells a "
           "warning: point at a cell to read it. Paste blocks copied from Excel or WPS with Ctrl+V."));
    m_view->setAccessibleName(heading);
}

void TableEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TableEditor::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
    m_message->setVisible(!text.isEmpty());
    fitTopPane();
}

void TableEditor::fitTopPane() {
    // The table pane is never taller than the table and its message line; the notes get the rest.
    int height = m_view->maximumHeight();
    for (const QLabel* line :
         {static_cast<const QLabel*>(m_message), static_cast<const QLabel*>(m_findingLine)})
        if (line && !line->isHidden())
            height += line->heightForWidth(qMax(100, m_top->width())) + m_top->layout()->spacing();
    m_top->setMaximumHeight(height);
}

void TableEditor::setReadOnly(bool readOnly) {
    m_model->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
}

} // namespace nb::gui

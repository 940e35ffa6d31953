#include "CellFindingLine.h"

#include "TableModel.h"
#include "TableView.h"

#include <QItemSelectionModel>

namespace nb::gui {

CellFindingLine::CellFindingLine(TableView* view, TableModel* model, QWidget* parent)
    : QLabel(parent)
    , m_view(view)
    , m_model(model) {
    setObjectName(QStringLiteral("cellFindingLine"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    connect(m_model, &TableModel::findingsUpdated, this, &CellFindingLine::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_hasPinned && m_view->currentCell() != m_pinned.cell)
            m_hasPinned = false;
        refresh();
    });
    refresh();
}

void CellFindingLine::showFinding(const Finding& finding) {
    m_pinned = finding;
    m_hasPinned = true;
    refresh();
}

void CellFindingLine::refresh() {
    Findings shown;
    if (m_hasPinned && !m_model->sectionFindings().contains(m_pinned))
        m_hasPinned = false; // fixed (by an edit or an undo): its message goes with it
    if (m_hasPinned)
        shown << m_pinned;
    const int cell = m_view->currentCell();
    for (const Finding& f : m_model->findingsOf(cell))
        if (!shown.contains(f))
            shown << f;
    if (shown.isEmpty() && !m_model->findingsOfLastEdit().isEmpty())
        shown << m_model->findingsOfLastEdit().first();

    const QString before = text();
    const bool wasVisible = !isHidden();
    if (shown.isEmpty()) {
        m_shown = Finding();
        clear();
        hide();
    } else {
        m_shown = shown.first();
        QStringList lines;
        for (const Finding& f : std::as_const(shown).mid(0, 2))
            lines << (f.severity == Severity::Error     ? tr("Error: %1")
                      : f.severity == Severity::Warning ? tr("Warning: %1")
                                                        : QStringLiteral("%1"))
                         .arg(f.message);
        if (shown.size() > 2)
            lines << tr("(%n more: point at the cell to read them all)", nullptr, int(shown.size()) - 2);
        setText(lines.join(QLatin1Char('\n')));
        const bool error = m_shown.severity == Severity::Error;
        setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #7a5200;"));
        setProperty("severity", error ? QStringLiteral("error") : QStringLiteral("warning"));
        show();
    }
    if (before != text() || wasVisible != !isHidden())
        emit changed();
}

} // namespace nb::gui

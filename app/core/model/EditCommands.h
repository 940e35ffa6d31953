#pragma once

#include "model/ReportDocument.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace nb {

/// The only way the GUI changes a document: each call performs the edit (committing it to the file),
/// and on success pushes an undo command with a meaningful name (修改“自然人/（七）总计”).
/// Widgets never build QUndoCommands themselves. Undo/redo re-commit through the document too.
class EditCommands {
    Q_DECLARE_TR_FUNCTIONS(EditCommands)
public:
    EditCommands(ReportDocument* document, QUndoStack* stack);

    bool setCellText(int cell, const QString& text, QString* error);
    bool setCells(const QVector<ReportDocument::CellChange>& changes, const QString& actionName, QString* error);
    bool setNarrative(const QString& section, const QString& text, QString* error);
    bool setMeta(MetaField field, const QVariant& value, QString* error);

    ReportDocument* document() const { return m_document; }
    QUndoStack* stack() const { return m_stack; }

private:
    ReportDocument* m_document;
    QUndoStack* m_stack;
};

} // namespace nb

#pragma once

#include "document/ReportDocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace nb {

/// The only way the GUI changes a document: each call performs the edit (committing it to the file),
/// and on success pushes an undo command with a meaningful name (修改“自然人/（七）总计”).
/// Widgets never build QUndoCommands themselves. Undo/redo re-commit through the document too.
class EditCommands {
    Q_DECLARE_TR_FUNCTIONS(EditCommands)
public:
    EditCommands(ReportDocument* document, QUndoStack* stack);

    bool setCellText(int cell, const QString& text, QString* error);
    bool setCells(const QVector<ReportDocument::CellChange>& changes, const QString& actionName,
                  QString* error);
    bool setNarrative(const QString& section, const QString& text, QString* error);
    bool setMeta(MetaField field, const QVariant& value, QString* error);
    /// Adds, changes or (empty text) removes the explanation of a warning: one undo step named
    /// 添加说明 / 修改说明 / 删除说明. Errors are refused (ReportDocument::setExplanation).
    bool setExplanation(const QString& findingKey, const QString& text, QString* error);

    ReportDocument* document() const { return m_document; }
    QUndoStack* stack() const { return m_stack; }

    /// Called with a translated message when an undo or redo could not be written (disk full, read-only).
    /// The document and its file then keep the state before that undo/redo, and the command is dropped
    /// from the stack (QUndoCommand::setObsolete). Without a handler the message goes to qWarning().
    using ErrorHandler = std::function<void(const QString& message)>;
    void setErrorHandler(ErrorHandler handler);

    /// Translated name of a metadata field ("Agency", "Signing date" …) for undo names and messages.
    static QString metaFieldLabel(MetaField field);

private:
    bool pushIfChanged(const ReportDocument::Change& change, const QString& name, QString* error);

    ReportDocument* m_document;
    QUndoStack* m_stack;
    std::shared_ptr<ErrorHandler> m_onError;
};

} // namespace nb

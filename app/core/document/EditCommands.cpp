#include "document/EditCommands.h"

#include "model/CellInput.h"

#include <QPointer>
#include <QtDebug>

namespace nb {

namespace {

/// An edit that is already applied when pushed (its first redo does nothing). Undo and redo each apply the
/// stored opposite change through the document, which hands back the change that reverses them again.
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(ReportDocument* document, ReportDocument::Change inverse, const QString& name,
                    std::shared_ptr<EditCommands::ErrorHandler> onError)
        : QUndoCommand(name)
        , m_document(document)
        , m_other(std::move(inverse))
        , m_onError(std::move(onError)) {}

    void undo() override { step(); }
    void redo() override {
        if (m_first) {
            m_first = false;
            return;
        }
        step();
    }

private:
    void step() {
        QString error;
        ReportDocument::Change reverse;
        if (!m_document || !m_document->apply(m_other, &error, &reverse)) {
            // Nothing changed in memory or in the file; drop the command so the stack stays truthful.
            setObsolete(true);
            if (m_document) {
                if (m_onError && *m_onError)
                    (*m_onError)(error);
                else
                    qWarning().noquote() << error;
            }
            return;
        }
        m_other = std::move(reverse);
    }

    QPointer<ReportDocument> m_document;
    ReportDocument::Change m_other;
    std::shared_ptr<EditCommands::ErrorHandler> m_onError;
    bool m_first = true;
};

} // namespace

EditCommands::EditCommands(ReportDocument* document, QUndoStack* stack)
    : m_document(document)
    , m_stack(stack)
    , m_onError(std::make_shared<ErrorHandler>()) {}

void EditCommands::setErrorHandler(ErrorHandler handler) {
    *m_onError = std::move(handler);
}

QString EditCommands::metaFieldLabel(MetaField field) {
    return nb::metaFieldLabel(field);
}

bool EditCommands::pushIfChanged(const ReportDocument::Change& change, const QString& name, QString* error) {
    ReportDocument::Change inverse;
    if (!m_document->apply(change, error, &inverse))
        return false;
    if (!inverse.isEmpty())
        m_stack->push(new DocumentCommand(m_document, std::move(inverse), name, m_onError));
    return true;
}

bool EditCommands::setCellText(int cell, const QString& text, QString* error) {
    // Parse (and refuse computed cells) exactly as the document does, then go through apply() for undo.
    QString ignored;
    QString& err = error ? *error : ignored;
    if (!m_document->checkEditable(cell, &err))
        return false;
    const CellDef& def = m_document->format().cells().at(cell);
    const CellInputResult parsed = CellInput::parse(text, def.type);
    if (!parsed.ok) {
        err = parsed.error;
        return false;
    }
    ReportDocument::Change change;
    change.cells.append({cell, parsed.value});
    return pushIfChanged(change, tr("Edit \"%1\"").arg(m_document->cellLabel(cell)), error);
}

bool EditCommands::setCells(const QVector<ReportDocument::CellChange>& changes, const QString& actionName,
                            QString* error) {
    ReportDocument::Change change;
    change.cells = changes;
    return pushIfChanged(change, actionName, error);
}

bool EditCommands::setNarrative(const QString& section, const QString& text, QString* error) {
    const SectionDef* def = m_document->format().section(section);
    ReportDocument::Change change;
    change.narratives.insert(section, text);
    return pushIfChanged(change, tr("Edit \"%1\"").arg(def ? def->heading : section), error);
}

bool EditCommands::setNarratives(const QMap<QString, QString>& texts, const QString& actionName,
                                 QString* error) {
    ReportDocument::Change change;
    change.narratives = texts;
    return pushIfChanged(change, actionName, error);
}

bool EditCommands::setMeta(MetaField field, const QVariant& value, QString* error) {
    ReportDocument::Change change;
    change.meta.insert(field, value);
    return pushIfChanged(change, tr("Edit \"%1\"").arg(metaFieldLabel(field)), error);
}

bool EditCommands::setParagraphKept(const QString& section, int paragraph, bool kept, QString* error) {
    ReportDocument::Change change;
    if (!m_document->paragraphKeptChange(section, paragraph, kept, &change, error))
        return false;
    return pushIfChanged(change,
                         kept ? tr("Keep paragraph %1 of section %2").arg(paragraph).arg(section)
                              : tr("Unmark kept paragraph %1 of section %2").arg(paragraph).arg(section),
                         error);
}

bool EditCommands::setExplanation(const QString& findingKey, const QString& text, QString* error) {
    ReportDocument::Change change;
    if (!m_document->explanationChange(findingKey, text, &change, error))
        return false;
    const bool had = m_document->report().explanations.contains(findingKey);
    const QString name = text.trimmed().isEmpty() ? tr("Remove explanation")
                         : had                    ? tr("Change explanation")
                                                  : tr("Add explanation");
    return pushIfChanged(change, name, error);
}

} // namespace nb

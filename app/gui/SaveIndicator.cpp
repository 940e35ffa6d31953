#include "SaveIndicator.h"

#include "NarrativeEditor.h"

#include "document/ReportDocument.h"

#include <QLabel>

namespace nb::gui {

SaveIndicator::SaveIndicator(QLabel* label, QObject* parent)
    : QObject(parent)
    , m_label(label) {}

void SaveIndicator::setDocument(const ReportDocument* document) {
    m_document = document;
    m_editors.clear();
    refresh();
}

void SaveIndicator::watch(NarrativeEditor* editor) {
    m_editors << editor;
    connect(editor, &NarrativeEditor::pendingChanged, this, &SaveIndicator::refresh);
    connect(editor, &NarrativeEditor::commitFailed, this, &SaveIndicator::refresh);
    refresh();
}

bool SaveIndicator::hasUnsavedText() const {
    for (const QPointer<NarrativeEditor>& e : m_editors)
        if (e && e->hasPendingEdit())
            return true;
    return false;
}

QString SaveIndicator::lastError() const {
    for (const QPointer<NarrativeEditor>& e : m_editors)
        if (e && !e->commitError().isEmpty())
            return e->commitError();
    return {};
}

QString SaveIndicator::text() const {
    return m_label->text();
}

void SaveIndicator::refresh() {
    QString text;
    bool error = false;
    if (m_document && !m_document->isReadOnly()) {
        // Clerks used to Word look for "saved": say it only when every change really is in the file.
        if (!lastError().isEmpty()) {
            text = tr("Not saved: %1").arg(lastError());
            error = true;
        } else if (!m_document->hasFile()) {
            text = tr("Not saved to a file yet");
        } else if (hasUnsavedText()) {
            text = tr("Saving…");
        } else {
            text = tr("Every change is saved");
        }
    }
    m_label->setStyleSheet(error ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
    m_label->setToolTip(error ? tr("The text stays on screen and is stored as soon as saving works again.")
                              : QString());
    if (text == m_label->text())
        return;
    m_label->setText(text);
    emit textChanged(text);
}

} // namespace nb::gui

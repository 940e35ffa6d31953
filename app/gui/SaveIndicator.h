#pragma once

#include <QObject>
#include <QPointer>
#include <QVector>

class QLabel;

namespace nb {
class ReportDocument;
}

namespace nb::gui {

class NarrativeEditor;

/// The "saved" note in the status bar, kept honest: it says 正在保存… while typed narrative text is not yet
/// in the file, an error while a commit failed, and 所有修改均已保存 only when every edit is stored.
class SaveIndicator : public QObject {
    Q_OBJECT
public:
    explicit SaveIndicator(QLabel* label, QObject* parent = nullptr);

    /// The document shown (nullptr: nothing to say). Forgets the editors of the previous document.
    void setDocument(const ReportDocument* document);
    /// Follows an editor's uncommitted typing and failed commits.
    void watch(NarrativeEditor* editor);
    /// Some typing is not in the file yet (pending or failed).
    bool hasUnsavedText() const;
    /// The error of the last failed commit still not retried successfully ("" = none).
    QString lastError() const;
    QString text() const;

public slots:
    /// Recomputes the text (after a change of document state or of language).
    void refresh();

signals:
    void textChanged(const QString& text);

private:
    QLabel* m_label;
    const ReportDocument* m_document = nullptr;
    QVector<QPointer<NarrativeEditor>> m_editors;
};

} // namespace nb::gui

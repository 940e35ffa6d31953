#pragma once

#include "document/MetaField.h"
#include "model/Report.h"
#include "rules/RuleEngine.h"
#include "storage/DocumentStore.h"
#include "storage/FinalCopy.h"

#include <QMap>
#include <QObject>
#include <QVariant>

#include <memory>
#include <optional>

namespace nb {

/// A report being edited: the in-memory Report, its file (optional) and its findings, kept in step.
/// Every change is validated, committed to the file at once, and announced by signals. A failed write
/// (read-only, disk full) leaves the report unchanged and returns the error.
class ReportDocument : public QObject {
    Q_OBJECT
public:
    /// One change inside an edit.
    struct CellChange {
        int cell = -1;
        CellValue value;
    };

    /// A combined change (metadata, narratives and cells) committed in one transaction. Undo uses it.
    struct Change {
        QMap<MetaField, QVariant> meta;
        QMap<QString, QString> narratives;
        QVector<CellChange> cells;
        /// When set: the paragraphs marked as intentionally kept from last year (Report::keptParagraphs).
        std::optional<QMap<QString, QStringList>> keptParagraphs;
        /// When set: the explained warnings (Report::explanations, finding key → text).
        std::optional<QMap<QString, QString>> explanations;
        bool isEmpty() const {
            return meta.isEmpty() && narratives.isEmpty() && cells.isEmpty() && !keptParagraphs &&
                   !explanations;
        }
    };

    /// A document without a file (import preview, CLI check, tests).
    explicit ReportDocument(Report report, QObject* parent = nullptr);
    ~ReportDocument() override;

    static std::unique_ptr<ReportDocument> create(const QString& path, Report report, QString* error);
    static std::unique_ptr<ReportDocument> open(const QString& path, OpenInfo* info, QString* error,
                                                bool readOnlyRequested = false);

    const Report& report() const { return m_report; }
    const FormatDefinition& format() const { return *m_report.format; }
    QString filePath() const;
    bool hasFile() const { return m_store != nullptr; }
    bool isReadOnly() const;
    DocumentStore* store() const { return m_store.get(); }

    /// Parses typed text and sets the cell. Computed cells are refused while autoTotals is on.
    bool setCellText(int cell, const QString& text, QString* error);
    bool setCell(int cell, const CellValue& value, QString* error);
    /// Several cells in one transaction (paste, import). All or nothing.
    bool setCells(const QVector<CellChange>& changes, QString* error);
    bool setNarrative(const QString& section, const QString& text, QString* error);
    /// Marks paragraph (1-based) of a narrative section as intentionally kept from last year, or unmarks
    /// it: a kept paragraph is not flagged by narrative_copied.
    bool setParagraphKept(const QString& section, int paragraph, bool kept, QString* error);
    /// Explains the current warning with that finding key (findingKey), or with empty text removes the
    /// explanation (also one whose warning no longer exists). Errors are refused with a message
    /// (rules/Explanations.h, checkExplainable). The text is stored trimmed.
    bool setExplanation(const QString& key, const QString& text, QString* error);
    /// The change setExplanation would apply (false with *error when refused); for EditCommands.
    bool explanationChange(const QString& key, const QString& text, Change* change, QString* error) const;
    bool setMeta(MetaField field, const QVariant& value, QString* error);
    QVariant meta(MetaField field) const;
    bool saveVersion(const QString& name, QString* error);

    // Final copies (定稿, docs/file-format.md "Final copies"): while final, every change is refused here,
    // whatever front end asks, and by the store below.
    bool isFinal() const { return m_store && m_store->finalState().isFinal; }
    FinalState finalState() const { return m_store ? m_store->finalState() : FinalState(); }
    /// The fingerprint of the content as it is now (storage/FinalCopy: SHA-256, 64 hex digits).
    QString fingerprint() const;
    /// Makes the document a final copy; *fingerprint (optional) receives its fingerprint.
    bool finalize(const QString& by, QString* fingerprint, QString* error);
    /// Returns a final copy to draft; the reason (required) and by go to the edit log.
    bool returnToDraft(const QString& reason, const QString& by, QString* error);

    /// Applies a change all or nothing: metadata first, then narratives, then cells, then totals (when
    /// autoTotals). Writes the file first and changes memory only when that succeeded. On success, *inverse
    /// (optional) receives the change that restores the previous state (empty when nothing changed).
    bool apply(const Change& change, QString* error, Change* inverse = nullptr);
    /// "三、本年度办理结果/（七）总计 / 自然人": row path and column path of a cell, for messages and undo
    /// names.
    QString cellLabel(int cell) const;
    /// True when the cell may be typed into (model/CellEditability); otherwise false and *error says why.
    bool checkEditable(int cell, QString* error) const;

    const Findings& findings() const { return m_findings; }
    /// Optional previous-year report for cross-year rules (not owned, must outlive this document).
    void setPreviousYear(const Report* previous);
    void setValidationOptions(const RuleEngine::Options& options);

signals:
    void cellsChanged(const QVector<int>& cells); ///< includes recomputed totals
    void narrativeChanged(const QString& section);
    void metadataChanged(nb::MetaField field);
    void findingsChanged();
    void finalStateChanged();   ///< finalized or returned to draft
    void explanationsChanged(); ///< Report::explanations changed (the findings themselves did not)

private:
    ReportDocument(Report report, std::unique_ptr<DocumentStore> store, QObject* parent);
    bool setMetaIn(Report* report, MetaField field, const QVariant& value, QString* error) const;
    bool commit(const QVector<StoredEdit>& edits, QString* error);
    void revalidate();

    Report m_report;
    std::unique_ptr<DocumentStore> m_store;
    RuleEngine::Options m_options;
    Findings m_findings;
};

} // namespace nb

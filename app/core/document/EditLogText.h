#pragma once

#include "format/FormatDefinition.h"
#include "storage/DocumentStore.h"

#include <QCoreApplication>
#include <QString>

namespace nb {

/// One edit-log entry as the clerk knows it: the place by its printed labels (「表三 ·
/// 二、上年结转政府信息公开 申请数量 · 申请人情况 / 自然人」, a metadata field's label, a narrative section's
/// heading) and the values as typed (a cell "3", not "d:3" or "n:30000"; a narrative as a short excerpt).
/// Used by the versions dialog and `nianbao-cli history`.
struct EditLogText {
    QString place;  ///< where the change happened, readable
    QString before; ///< value before, readable ("（空白）" for blank)
    QString after;  ///< value after, readable
    QString kind;   ///< "cell", "narrative", "meta" or "other" (from the log's `what`)
    /// For a change of one explanation (说明, `meta explanations`): "explanation_added",
    /// "explanation_changed" or "explanation_removed", and the finding's key; "" otherwise.
    QString action;
    QString findingKey;

    /// "place：before → after".
    QString line() const;
};

class EditLogDescriber {
    Q_DECLARE_TR_FUNCTIONS(EditLogDescriber)
public:
    /// format may be null: the labels then come from the key itself.
    explicit EditLogDescriber(const FormatDefinition* format)
        : m_format(format) {}

    EditLogText describe(const EditLogEntry& entry) const;

    /// A cell's place: "Table 三 · row · column" (paths with " / " between their levels).
    QString cellPlace(const QString& section, const QString& rowPath, const QString& columnPath) const;
    /// A narrative section's heading ("一、总体情况"), or its id when the format does not know it.
    QString sectionName(const QString& sectionId) const;
    /// A cell's storage text as typed ("3", "12.50"); "(blank)" for nothing.
    static QString cellValueText(const QString& storage);
    /// The first characters of a text on one line, with "…" when cut.
    static QString excerpt(const QString& text, int length = 40);
    /// A finding named from its key (rules/Finding.h, findingKey) as the clerk knows it: the rule's short
    /// title and the place, e.g. "内容雷同 · 一、总体情况 第 2 段", "空白单元格 · 表三".
    QString findingName(const QString& key) const;
    /// A rule's short title (a format rule by its kind, a built-in check by its id); the id when unknown.
    QString ruleTitle(const QString& ruleId) const;

private:
    QString metaValueText(const QString& key, const QString& value) const;
    QString findingPlace(const QStringList& keyParts) const;
    /// The edit of the meta row `explanations` (JSON objects before and after): what the clerk did.
    bool describeExplanations(const EditLogEntry& entry, EditLogText* out) const;

    const FormatDefinition* m_format;
};

} // namespace nb

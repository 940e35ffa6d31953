#include "format/FormatKeys.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace nb {

namespace {

struct KeySet {
    FormatObject object;
    std::initializer_list<const char*> keys;
};

// Every key the loader (FormatLoader.cpp) and the rule compiler (FormatRuleCompiler.cpp) read, per object.
// Add a new key here (and document it in docs/format-definition.md); nothing else lists keys.
const KeySet kKeySets[] = {
    {FormatObject::Root,
     {"id", "name", "description", "formatVersion", "firstYear", "titleTemplate", "freeForm", "sections",
      "rules", "keyFigures"}},
    {FormatObject::Section, {"id", "heading", "hint", "required", "kind", "table"}},
    {FormatObject::Table, {"rowLabels", "blocks"}},
    {FormatObject::Block, {"caption", "captionInPath", "corner", "unitHeader", "type", "columns", "rows"}},
    {FormatObject::Column, {"label", "inPath", "span", "type", "children"}},
    {FormatObject::Row, {"label", "unit", "children"}},
    {FormatObject::Rule,
     {"id", "severity", "section", "each", "compute", "message", "description", "only", "parts", "left",
      "right", "kind", "figures", "factor", "similarity", "minLength"}},
    {FormatObject::RulePart, {"left", "right"}},
    {FormatObject::KeyFigure, {"id", "label", "section", "row", "column"}},
};

int editDistance(const QString& a, const QString& b) {
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitute = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace

QStringList FormatKeys::allowed(FormatObject object) {
    QStringList list;
    for (const KeySet& set : kKeySets) {
        if (set.object != object)
            continue;
        for (const char* key : set.keys)
            list << QString::fromLatin1(key);
    }
    return list;
}

QString FormatKeys::closest(const QString& key, const QStringList& allowed) {
    QString best;
    int bestDistance = 3; // at most two edits: "heding", "captionInpath", "frstYear"
    for (const QString& candidate : allowed) {
        const int d = editDistance(key.toLower(), candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    // A one- or two-letter key is "close" to too much; only suggest when the key is not mostly edits.
    return bestDistance < key.size() ? best : QString();
}

void FormatKeys::check(const QJsonObject& o, FormatObject object, const QString& where, QStringList* errors) {
    const QStringList keys = allowed(object);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (keys.contains(it.key()))
            continue;
        const QString suggestion = closest(it.key(), keys);
        const QString what =
            suggestion.isEmpty()
                ? tr("unknown key “%1” (expected one of: %2)").arg(it.key(), keys.join(QStringLiteral(", ")))
                : tr("unknown key “%1” (did you mean “%2”?)").arg(it.key(), suggestion);
        errors->append(where.isEmpty() ? what : where + QStringLiteral(": ") + what);
    }
}

} // namespace nb

#include "years/ReportComparison.h"

#include "io/JsonExchange.h"
#include "years/CellLocation.h"

#include <QJsonArray>
#include <QSet>

namespace nb {

namespace {

CellValue cellOf(const Report& report, int index) {
    return index >= 0 && index < report.cells.size() ? report.cells[index] : CellValue();
}

QString cellText(const CellComparison& c, bool after) {
    const bool exists = after ? c.inAfter : c.inBefore;
    if (!exists)
        return ReportComparison::tr("(not in the format)");
    const CellValue& v = after ? c.after : c.before;
    return v.isBlank() ? ReportComparison::tr("(blank)") : v.toDisplayString();
}

QString figureText(const IndicatorFigure* f) {
    return f && f->known ? formatScaled(f->scaled) : ReportComparison::tr("(blank)");
}

QString ratioText(const KeyRatio* r) {
    if (!r)
        return {};
    return r->defined() ? r->percentText(1)
                        : ReportComparison::tr("undefined (%1)").arg(r->undefinedReason());
}

} // namespace

bool CellComparison::changed() const {
    if (inBefore != inAfter)
        return !(inBefore ? before : after).isBlank(); // a blank cell of one format only is no change
    if (before.isBlank() != after.isBlank())
        return true;
    return before.scaled() != after.scaled();
}

QString comparableParagraph(const QString& paragraph) {
    QString out;
    out.reserve(paragraph.size());
    bool space = false; // a space is pending (written before the next visible character)
    for (const QChar c : paragraph) {
        const char16_t u = c.unicode();
        if ((u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF)
            continue;      // zero-width space, non-joiner, joiner, word joiner, byte-order mark
        if (c.isSpace()) { // U+00A0, U+3000, U+2000–U+200A, U+202F, U+205F, tab, line breaks …
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

QVector<ParagraphComparison> diffParagraphs(const QString& section, const QStringList& beforeText,
                                            const QStringList& afterText) {
    // Compared by their comparable form; reported with their own text (beforeText / afterText).
    QStringList before;
    QStringList after;
    for (const QString& p : beforeText)
        before << comparableParagraph(p);
    for (const QString& p : afterText)
        after << comparableParagraph(p);
    const int n = int(before.size());
    const int m = int(after.size());
    // lcs[i][j] = length of the longest common subsequence of before[i..] and after[j..].
    QVector<int> lcs(qsizetype(n + 1) * (m + 1), 0);
    const auto at = [m](int i, int j) { return i * (m + 1) + j; };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = before[i] == after[j] ? lcs[at(i + 1, j + 1)] + 1
                                                  : qMax(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    QVector<ParagraphComparison> steps;
    int i = 0;
    int j = 0;
    QVector<ParagraphComparison> removed;
    QVector<ParagraphComparison> added;
    const auto flush = [&]() {
        // Pair removed and added paragraphs of one run as changed ones, the rest stay removed / added.
        const int pairs = int(qMin(removed.size(), added.size()));
        for (int k = 0; k < pairs; ++k)
            steps.append({section, ParagraphComparison::Kind::Changed, removed[k].beforeIndex,
                          added[k].afterIndex, removed[k].before, added[k].after});
        for (int k = pairs; k < removed.size(); ++k)
            steps.append(removed[k]);
        for (int k = pairs; k < added.size(); ++k)
            steps.append(added[k]);
        removed.clear();
        added.clear();
    };
    while (i < n || j < m) {
        if (i < n && j < m && before[i] == after[j]) {
            flush();
            steps.append({section, ParagraphComparison::Kind::Same, i, j, beforeText[i], afterText[j]});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
            added.append({section, ParagraphComparison::Kind::Added, -1, j, QString(), afterText[j]});
            ++j;
        } else {
            removed.append({section, ParagraphComparison::Kind::Removed, i, -1, beforeText[i], QString()});
            ++i;
        }
    }
    flush();
    return steps;
}

ReportComparison ReportComparison::compare(const Report& before, const Report& after) {
    ReportComparison c;
    c.m_beforeYear = before.year;
    c.m_afterYear = after.year;
    c.m_beforeTitle = before.effectiveTitle();
    c.m_afterTitle = after.effectiveTitle();
    c.m_beforeFormat = before.format ? before.format->id : QString();
    c.m_afterFormat = after.format ? after.format->id : QString();
    c.m_beforeFigures = KeyIndicators::of(before);
    c.m_afterFigures = KeyIndicators::of(after);
    if (!before.format || !after.format)
        return c;
    // Cells: the newer report's format order, then the cells only the older format has.
    QSet<int> matchedBefore;
    for (const CellDef& def : after.format->cells()) {
        CellComparison cell;
        cell.section = def.section;
        cell.rowPath = def.rowPath;
        cell.columnPath = def.columnPath;
        cell.inAfter = true;
        cell.after = cellOf(after, def.index);
        const int b = before.format->cellIndex(def.section, def.rowPath, def.columnPath);
        if (b >= 0) {
            cell.inBefore = true;
            cell.before = cellOf(before, b);
            matchedBefore.insert(b);
        }
        c.m_cells.append(cell);
    }
    for (const CellDef& def : before.format->cells()) {
        if (matchedBefore.contains(def.index))
            continue;
        CellComparison cell;
        cell.section = def.section;
        cell.rowPath = def.rowPath;
        cell.columnPath = def.columnPath;
        cell.inBefore = true;
        cell.before = cellOf(before, def.index);
        c.m_cells.append(cell);
    }
    // Narratives: every narrative section of either format, the newer format's order first.
    QStringList sections = after.format->narrativeSectionIds();
    for (const QString& id : before.format->narrativeSectionIds())
        if (!sections.contains(id))
            sections.append(id);
    for (const QString& id : sections)
        c.m_paragraphs += diffParagraphs(id, paragraphsOf(before.narratives.value(id)),
                                         paragraphsOf(after.narratives.value(id)));
    return c;
}

int ReportComparison::changedCellCount() const {
    int n = 0;
    for (const CellComparison& c : m_cells)
        n += c.changed() ? 1 : 0;
    return n;
}

int ReportComparison::changedParagraphCount() const {
    int n = 0;
    for (const ParagraphComparison& p : m_paragraphs)
        n += p.kind != ParagraphComparison::Kind::Same ? 1 : 0;
    return n;
}

QString ReportComparison::changeText(qint64 scaled) {
    const QString text = formatScaled(scaled);
    return scaled > 0 ? u'+' + text : text;
}

QString ReportComparison::kindId(ParagraphComparison::Kind kind) {
    switch (kind) {
    case ParagraphComparison::Kind::Same:
        return QStringLiteral("same");
    case ParagraphComparison::Kind::Changed:
        return QStringLiteral("changed");
    case ParagraphComparison::Kind::Added:
        return QStringLiteral("added");
    case ParagraphComparison::Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QJsonObject ReportComparison::toJson() const {
    const auto side = [](int year, const QString& title, const QString& format) {
        return QJsonObject{{QStringLiteral("year"), year},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("format"), format}};
    };
    QJsonArray cells;
    for (const CellComparison& c : m_cells) {
        QJsonObject o{{QStringLiteral("section"), c.section},
                      {QStringLiteral("row"), c.rowPath},
                      {QStringLiteral("column"), c.columnPath},
                      {QStringLiteral("changed"), c.changed()}};
        o.insert(QStringLiteral("before"),
                 c.inBefore ? JsonExchange::cellToJson(c.before) : QJsonValue(QJsonValue::Undefined));
        o.insert(QStringLiteral("after"),
                 c.inAfter ? JsonExchange::cellToJson(c.after) : QJsonValue(QJsonValue::Undefined));
        if (!c.inBefore)
            o.insert(QStringLiteral("only_in"), QStringLiteral("after"));
        else if (!c.inAfter)
            o.insert(QStringLiteral("only_in"), QStringLiteral("before"));
        o.insert(QStringLiteral("change"), c.hasChange() ? JsonExchange::scaledToJson(c.changeScaled(), -1)
                                                         : QJsonValue(QJsonValue::Null));
        cells.append(o);
    }
    QJsonArray paragraphs;
    for (const ParagraphComparison& p : m_paragraphs) {
        if (p.kind == ParagraphComparison::Kind::Same)
            continue;
        QJsonObject o{{QStringLiteral("section"), p.section}, {QStringLiteral("kind"), kindId(p.kind)}};
        o.insert(QStringLiteral("before_index"),
                 p.beforeIndex >= 0 ? QJsonValue(p.beforeIndex + 1) : QJsonValue());
        o.insert(QStringLiteral("after_index"),
                 p.afterIndex >= 0 ? QJsonValue(p.afterIndex + 1) : QJsonValue());
        o.insert(QStringLiteral("before"), p.beforeIndex >= 0 ? QJsonValue(p.before) : QJsonValue());
        o.insert(QStringLiteral("after"), p.afterIndex >= 0 ? QJsonValue(p.after) : QJsonValue());
        paragraphs.append(o);
    }
    return {{QStringLiteral("schema"), QLatin1String(kSchema)},
            {QStringLiteral("before"), side(m_beforeYear, m_beforeTitle, m_beforeFormat)},
            {QStringLiteral("after"), side(m_afterYear, m_afterTitle, m_afterFormat)},
            {QStringLiteral("changed"), hasChanges()},
            {QStringLiteral("changed_cells"), changedCellCount()},
            {QStringLiteral("changed_paragraphs"), changedParagraphCount()},
            {QStringLiteral("indicators"),
             QJsonObject{{QStringLiteral("before"), KeyIndicators::toJson(m_beforeFigures)},
                         {QStringLiteral("after"), KeyIndicators::toJson(m_afterFigures)}}},
            {QStringLiteral("cells"), cells},
            {QStringLiteral("paragraphs"), paragraphs}};
}

QString ReportComparison::toText() const {
    QString s;
    s += tr("Before: %1 (%2, %3)").arg(m_beforeTitle).arg(m_beforeYear).arg(m_beforeFormat) + u'\n';
    s += tr("After:  %1 (%2, %3)").arg(m_afterTitle).arg(m_afterYear).arg(m_afterFormat) + u'\n';
    s += u'\n' + tr("Key indicators (%1 → %2)").arg(m_beforeYear).arg(m_afterYear) + u'\n';
    for (const IndicatorFigure& f : m_afterFigures.figures) {
        const IndicatorFigure* b = m_beforeFigures.figure(f.id);
        QString line = QStringLiteral("  %1: %2 → %3").arg(f.label, figureText(b), figureText(&f));
        if (b && b->known && f.known)
            line += QStringLiteral(" (%1)").arg(changeText(f.scaled - b->scaled));
        s += line + u'\n';
    }
    for (const KeyRatio& r : m_afterFigures.ratios)
        s += QStringLiteral("  %1: %2 → %3")
                 .arg(r.label, ratioText(m_beforeFigures.ratio(r.id)), ratioText(&r)) +
             u'\n';
    const int cellsChanged = changedCellCount();
    s += u'\n' + tr("Changed table cells: %1").arg(cellsChanged) + u'\n';
    for (const CellComparison& c : m_cells) {
        if (!c.changed())
            continue;
        QString line =
            QStringLiteral("  %1: %2 → %3")
                .arg(cellLocation(c.section, c.rowPath, c.columnPath), cellText(c, false), cellText(c, true));
        if (c.hasChange())
            line += QStringLiteral(" (%1)").arg(changeText(c.changeScaled()));
        s += line + u'\n';
    }
    const int paragraphsChanged = changedParagraphCount();
    s += u'\n' + tr("Changed narrative paragraphs: %1").arg(paragraphsChanged) + u'\n';
    for (const ParagraphComparison& p : m_paragraphs) {
        switch (p.kind) {
        case ParagraphComparison::Kind::Same:
            continue;
        case ParagraphComparison::Kind::Changed:
            s += QStringLiteral("  ") + tr("%1, paragraph %2: changed").arg(p.section).arg(p.afterIndex + 1) +
                 u'\n';
            break;
        case ParagraphComparison::Kind::Added:
            s += QStringLiteral("  ") + tr("%1, paragraph %2: added").arg(p.section).arg(p.afterIndex + 1) +
                 u'\n';
            break;
        case ParagraphComparison::Kind::Removed:
            s += QStringLiteral("  ") +
                 tr("%1, paragraph %2 of the older text: removed").arg(p.section).arg(p.beforeIndex + 1) +
                 u'\n';
            break;
        }
        if (p.beforeIndex >= 0)
            s += QStringLiteral("    - ") + p.before + u'\n';
        if (p.afterIndex >= 0)
            s += QStringLiteral("    + ") + p.after + u'\n';
    }
    s += u'\n' +
         (hasChanges() ? tr("%n table cell(s) and %1 paragraph(s) changed.", nullptr, cellsChanged)
                             .arg(paragraphsChanged)
                       : tr("Nothing changed.")) +
         u'\n';
    return s;
}

} // namespace nb

#include "render/ReportContent.h"

#include <QFontMetricsF>

#include <algorithm>
#include <limits>

namespace nb {

int headingPrefixLength(const QString& paragraph, HeadingLevel level) {
    if (level == HeadingLevel::Body)
        return 0;
    const int n = paragraph.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = paragraph.at(i);
        if (c == QChar(0x3002) /*。*/ || c == QChar(0xFF1A) /*：*/) {
            return i + 1 < n ? i + 1 : n;
        }
    }
    return n;
}

QString cellDisplayText(const Report& report, int cellIndex) {
    if (cellIndex < 0 || cellIndex >= report.cells.size())
        return {};
    const CellValue& v = report.cells.at(cellIndex);
    if (!v.printed().isEmpty() && !v.isNumber())
        return v.printed();
    return v.toDisplayString();
}

QVector<ContentBlock> contentBlocksOf(const Report& report) {
    QVector<ContentBlock> blocks;
    ContentBlock title;
    title.kind = ContentBlock::Kind::Title;
    title.text = report.effectiveTitle();
    blocks << title;
    if (report.format) {
        const QVector<SectionDef>& sections = report.format->sections();
        for (int s = 0; s < sections.size(); ++s) {
            const SectionDef& def = sections.at(s);
            if (!report.sectionShown(def))
                continue; // a part that this free-form report does not have
            ContentBlock heading;
            heading.kind = ContentBlock::Kind::SectionHeading;
            heading.text = report.sectionHeading(def);
            heading.level = HeadingLevel::Level1;
            heading.headingLength = int(heading.text.size());
            heading.section = s;
            if (!heading.text.isEmpty()) // the text before 一、 of an old report has no heading
                blocks << heading;
            if (def.kind == SectionKind::Table) {
                ContentBlock table;
                table.kind = ContentBlock::Kind::Table;
                table.section = s;
                blocks << table; // then its notes, if any, as paragraphs below it
            }
            for (const QString& p : paragraphsOf(report.narratives.value(def.id))) {
                ContentBlock para;
                para.kind = ContentBlock::Kind::Paragraph;
                para.text = p.trimmed();
                para.level = headingLevelOf(para.text);
                para.headingLength = headingPrefixLength(para.text, para.level);
                para.section = s;
                blocks << para;
            }
        }
    }
    ContentBlock sig;
    sig.kind = ContentBlock::Kind::Signature;
    sig.signatureAgency = report.effectiveSignatureAgency();
    sig.signatureDate = report.signatureDate.isValid() ? chineseDate(report.signatureDate) : QString();
    blocks << sig;
    return blocks;
}

namespace {

bool isDigit(QChar c) {
    return c.isDigit();
}

} // namespace

QStringList balancedTitleLines(const QString& title, const QString& agency, const QFont& font,
                               qreal maxWidth) {
    const QFontMetricsF fm(font);
    const qreal total = fm.horizontalAdvance(title);
    if (total <= maxWidth || title.size() < 2)
        return {title};
    const int n = title.size();
    // Break quality per position i (a break before character i): 0 = ideal … 1000 = never.
    const QString chineseDigits = QStringLiteral("〇零一二三四五六七八九十");
    QVector<qreal> penalty(n + 1, 6.0);
    for (int i = 1; i < n; ++i) {
        const QChar prev = title.at(i - 1);
        const QChar cur = title.at(i);
        const bool yearDigits = (isDigit(prev) || chineseDigits.contains(prev)) &&
                                (isDigit(cur) || chineseDigits.contains(cur) || cur == QChar(0x5E74) /*年*/);
        if (yearDigits || (prev == QChar(0x5E74) && cur == QChar(0x5EA6) /*年度*/))
            penalty[i] = 1000; // never inside a number, "2021年", "二〇二一年度"
        if (cur.category() == QChar::Punctuation_Close || cur.category() == QChar::Punctuation_Other ||
            prev.category() == QChar::Punctuation_Open)
            penalty[i] = 1000;
        if (isDigit(cur) && !isDigit(prev))
            penalty[i] = 0.5; // before the year
        if (prev == QChar(0x5E74) /*年*/ && isDigit(title.at(std::max(0, i - 2))))
            penalty[i] = 0.3; // after "2021年"
    }
    auto prefer = [&](int at, qreal value) {
        if (at > 0 && at < n)
            penalty[at] = std::min(penalty[at], value);
    };
    if (!agency.isEmpty() && title.indexOf(agency) >= 0)
        prefer(title.indexOf(agency) + agency.size(), 0); // after the agency name
    for (const QString& word : {QStringLiteral("关于"), QStringLiteral("年度")}) {
        const int at = title.indexOf(word);
        if (at >= 0)
            prefer(at + word.size(), 0.4); // "…关于" | "二〇二一年度" | "政府…"
    }
    for (const QString& word : {QStringLiteral("政府信息公开"), QStringLiteral("工作年度报告"),
                                QStringLiteral("工作情况"), QStringLiteral("年度报告")}) {
        const int at = title.indexOf(word);
        if (at > 0)
            prefer(at, word.startsWith(QChar(0x653F)) ? 0.2 : 1.0);
        if (at >= 0)
            for (int i = at + 1; i < at + word.size() && i < n; ++i)
                penalty[i] = std::max(penalty[i], 12.0); // keep the phrase whole
    }
    // Prefix sums of the advances (kerning is off for CJK text): substring widths in O(1).
    QVector<qreal> prefix(n + 1, 0);
    for (int i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + fm.horizontalAdvance(title.at(i));
    auto width = [&](int from, int to) { return prefix[to] - prefix[from]; };
    const qreal em = std::max<qreal>(1.0, fm.horizontalAdvance(QChar(0x4E00)));
    // Dynamic programming over break positions for 2–5 lines: spread of line widths plus break penalties
    // plus a cost per extra line; the cheapest layout wins (a third line beats breaking a year in two).
    QStringList best{title};
    qreal bestCost = std::numeric_limits<qreal>::max();
    for (int lines = 2; lines <= 5; ++lines) {
        const qreal target = total / lines;
        const qreal inf = std::numeric_limits<qreal>::max() / 4;
        QVector<QVector<qreal>> cost(lines + 1, QVector<qreal>(n + 1, inf));
        QVector<QVector<int>> from(lines + 1, QVector<int>(n + 1, -1));
        cost[0][0] = 0;
        for (int k = 1; k <= lines; ++k) {
            for (int j = 1; j <= n; ++j) {
                if ((k < lines && j == n) || (k == lines && j != n))
                    continue;
                for (int i = k - 1; i < j; ++i) {
                    if (cost[k - 1][i] >= inf)
                        continue;
                    const qreal w = width(i, j);
                    if (w > maxWidth)
                        continue;
                    const qreal dev = (w - target) / em;
                    const qreal c = cost[k - 1][i] + dev * dev + (j < n ? penalty[j] * 2 : 0);
                    if (c < cost[k][j]) {
                        cost[k][j] = c;
                        from[k][j] = i;
                    }
                }
            }
        }
        const qreal totalCost = cost[lines][n] + 10.0 * (lines - 2);
        if (cost[lines][n] >= inf || totalCost >= bestCost)
            continue;
        bestCost = totalCost;
        QStringList out;
        int j = n;
        for (int k = lines; k > 0; --k) {
            const int i = from[k][j];
            out.prepend(title.mid(i, j - i));
            j = i;
        }
        best = out;
    }
    return best;
}

} // namespace nb

#include "rules/YearRules.h"

#include "rules/TextSimilarity.h"

#include <QRegularExpression>

#include <cmath>

namespace nb {

namespace {

QString fill(QString text, const QMap<QString, QString>& values) {
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

} // namespace

void YearRules::evaluate(const RuleDef& rule, const Report& report, const Report* previous, Findings* out) {
    switch (rule.kind) {
    case RuleDef::Kind::Sum:
        return;
    case RuleDef::Kind::YearOnYear:
        if (previous)
            yearOnYear(rule, report, *previous, out);
        return;
    case RuleDef::Kind::TitleYear:
        titleYear(rule, report, out);
        return;
    case RuleDef::Kind::NarrativeCopied:
        if (previous)
            narrativeCopied(rule, report, *previous, out);
        return;
    }
}

void YearRules::yearOnYear(const RuleDef& rule, const Report& report, const Report& previous, Findings* out) {
    if (!report.format || !previous.format)
        return;
    for (const QString& id : rule.figures) {
        const KeyFigure* now = report.format->keyFigure(id);
        const KeyFigure* before = previous.format->keyFigure(id);
        if (!now || !before || before->cell >= previous.cells.size())
            continue;
        const CellValue& v = report.cells.at(now->cell);
        const CellValue& p = previous.cells.at(before->cell);
        if (!v.isNumber() || !p.isNumber() || p.scaled() <= 0 || v.scaled() < 0)
            continue;
        const double ratio = double(v.scaled()) / double(p.scaled());
        if (ratio <= rule.factor && ratio * rule.factor >= 1)
            continue;
        Finding f;
        f.severity = rule.severity;
        f.rule = rule.id;
        f.section = now->section;
        f.row = now->rowPath;
        f.column = now->columnPath;
        f.cell = now->cell;
        f.hasNumbers = true;
        f.actual = v.scaled();
        f.expected = p.scaled();
        f.message = fill(rule.message, {{QStringLiteral("figure"), now->label},
                                        {QStringLiteral("actual"), formatScaled(v.scaled())},
                                        {QStringLiteral("expected"), formatScaled(p.scaled())},
                                        {QStringLiteral("factor"), QString::number(rule.factor)},
                                        {QStringLiteral("year"), QString::number(report.year)},
                                        {QStringLiteral("lastYear"), QString::number(previous.year)}});
        *out << f;
    }
}

QVector<int> YearRules::yearsNamed(const QString& text) {
    static const QRegularExpression re(QStringLiteral("([0-9０-９〇○零一二三四五六七八九]{4})\\s*年"));
    static const QString chinese = QStringLiteral("〇一二三四五六七八九");
    QVector<int> years;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString digits = it.next().captured(1);
        int year = 0;
        bool ok = true;
        for (const QChar c : digits) {
            int d = -1;
            if (c.isDigit())
                d = c.digitValue();
            else if (c == QChar(0x25CB) || c == QChar(0x96F6)) // ○ 零
                d = 0;
            else
                d = int(chinese.indexOf(c));
            if (d < 0) {
                ok = false;
                break;
            }
            year = year * 10 + d;
        }
        if (ok && year >= 1900 && year <= 2199)
            years << year;
    }
    return years;
}

void YearRules::titleYear(const RuleDef& rule, const Report& report, Findings* out) {
    if (report.year <= 0)
        return;
    auto add = [&](const char* field, const QString& label, int named) {
        Finding f;
        f.severity = rule.severity;
        f.rule = rule.id;
        f.field = QLatin1String(field);
        f.hasNumbers = true;
        f.actual = qint64(named) * kValueScale;
        f.expected = qint64(report.year) * kValueScale;
        f.message = fill(rule.message, {{QStringLiteral("field"), label},
                                        {QStringLiteral("actual"), QString::number(named)},
                                        {QStringLiteral("expected"), QString::number(report.year)}});
        *out << f;
    };
    for (int named : yearsNamed(report.effectiveTitle())) {
        if (named != report.year) {
            add("title", tr("The title"), named);
            break;
        }
    }
    // A report is signed in the following year; a date in the report year itself is the report_date
    // error already, so only later years are this rule's business.
    if (report.signatureDate.isValid() && report.signatureDate.year() > report.year + 1)
        add("signature_date", tr("The report date (落款)"), report.signatureDate.year());
}

void YearRules::narrativeCopied(const RuleDef& rule, const Report& report, const Report& previous,
                                Findings* out) {
    if (!report.format)
        return;
    QStringList before;
    for (auto it = previous.narratives.cbegin(); it != previous.narratives.cend(); ++it) {
        for (const QString& p : paragraphsOf(it.value())) {
            const QString n = TextSimilarity::normalized(p);
            if (n.size() >= rule.minLength)
                before << n;
        }
    }
    if (before.isEmpty())
        return;
    for (const SectionDef& s : report.format->sections()) {
        if (s.kind != SectionKind::Narrative)
            continue;
        const QStringList paragraphs = paragraphsOf(report.narratives.value(s.id));
        for (int i = 0; i < paragraphs.size(); ++i) {
            const QString n = TextSimilarity::normalized(paragraphs.at(i));
            if (n.isEmpty() || n.size() < rule.minLength || report.isKeptParagraph(s.id, paragraphs.at(i)))
                continue;
            double best = 0;
            for (const QString& b : before) {
                best = std::max(best, TextSimilarity::similarity(n, b, rule.similarity));
                if (best >= 1)
                    break;
            }
            if (best < rule.similarity)
                continue;
            Finding f;
            f.severity = rule.severity;
            f.rule = rule.id;
            f.section = s.id;
            f.paragraph = i + 1;
            f.message = fill(rule.message, {{QStringLiteral("section"), s.id},
                                            {QStringLiteral("heading"), s.heading},
                                            {QStringLiteral("paragraph"), QString::number(i + 1)},
                                            {QStringLiteral("similarity"),
                                             QStringLiteral("%1%").arg(int(std::floor(best * 100 + 1e-9)))}});
            *out << f;
        }
    }
}

} // namespace nb

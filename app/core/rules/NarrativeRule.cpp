#include "rules/NarrativeRule.h"

#include "format/BundledData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb {

namespace {

/// Sentence text as the patterns see it: full-width ASCII folded, every space removed.
QString compactOf(const QString& sentence) {
    QString out;
    out.reserve(sentence.size());
    for (QChar c : sentence) {
        const char16_t u = c.unicode();
        if (u == 0x3000 || c.isSpace())
            continue;
        out += (u >= 0xFF01 && u <= 0xFF5E) ? QChar(char16_t(u - 0xFEE0)) : c;
    }
    return out;
}

bool hasDigit(const QString& text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= '0' && u <= '9') || (u >= 0xFF10 && u <= 0xFF19))
            return true;
    }
    return false;
}

/// Sentences that state a number (the others cannot match any pattern: skipped cheaply on every edit).
QStringList numberSentencesOf(const QString& text) {
    QStringList out;
    int start = 0;
    const int n = int(text.size());
    for (int i = 0; i <= n; ++i) {
        if (i < n) {
            const char16_t u = text.at(i).unicode();
            if (u != u'。' && u != u'；' && u != u';' && u != u'！' && u != u'!' && u != u'？' && u != u'?' &&
                u != u'\n')
                continue;
        }
        const QString s = text.mid(start, i - start).trimmed();
        if (!s.isEmpty() && hasDigit(s))
            out << s;
        start = i + 1;
    }
    return out;
}

/// A sentence that states a figure: which pattern, the number, the message with all but {expected} filled in.
struct Statement {
    int pattern = 0;
    qint64 stated = 0;
    QString message;
};

QVector<Statement> statementsOf(const QString& text, const QString& sectionId,
                                const NarrativePatterns& patterns) {
    QVector<Statement> out;
    for (const QString& sentence : numberSentencesOf(text)) {
        const QString compact = compactOf(sentence);
        for (int i = 0; i < patterns.patterns.size(); ++i) {
            const NarrativePattern& p = patterns.patterns.at(i);
            QRegularExpressionMatchIterator it = p.regex.globalMatch(compact);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                bool ok = false;
                const qint64 stated = m.captured(1).toLongLong(&ok);
                if (!ok || stated > kMaxCellUnits)
                    continue;
                QString quoted = sentence.simplified();
                if (quoted.size() > 120)
                    quoted = quoted.left(119) + QChar(0x2026);
                out << Statement{i, stated,
                                 QString(p.message)
                                     .replace(QLatin1String("{sentence}"), quoted)
                                     .replace(QLatin1String("{actual}"), QString::number(stated))
                                     .replace(QLatin1String("{table}"), p.cells.constFirst().section)
                                     .replace(QLatin1String("{section}"), sectionId)};
            }
        }
    }
    return out;
}

/// The statements of the narratives last validated on this thread: an edit of a table cell, or of another
/// section, does not read the sentences again (the rule runs on every keystroke).
struct StatementCache {
    const NarrativePatterns* patterns = nullptr;
    QString sectionId;
    QString text;
    QVector<Statement> statements;
};

const QVector<Statement>& cachedStatementsOf(const QString& text, const QString& sectionId,
                                             const NarrativePatterns& patterns) {
    thread_local QVector<StatementCache> cache;
    for (StatementCache& c : cache) {
        if (c.patterns == &patterns && c.sectionId == sectionId) {
            if (c.text != text) {
                c.text = text;
                c.statements = statementsOf(text, sectionId, patterns);
            }
            return c.statements;
        }
    }
    if (cache.size() >= 8)
        cache.clear();
    cache.append({&patterns, sectionId, text, statementsOf(text, sectionId, patterns)});
    return cache.constLast().statements;
}

} // namespace

const NarrativePatterns& NarrativePatterns::instance() {
    static const NarrativePatterns patterns(
        BundledData::read(QStringLiteral(":/rules/narrative-patterns.json")));
    return patterns;
}

NarrativePatterns::NarrativePatterns(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        loadErrors << QStringLiteral("narrative-patterns.json: %1").arg(error.errorString());
        return;
    }
    const QJsonObject root = doc.object();
    for (const auto& v : root.value(QLatin1String("sections")).toArray())
        sections << v.toString();
    for (const auto& v : root.value(QLatin1String("patterns")).toArray()) {
        const QJsonObject o = v.toObject();
        NarrativePattern p;
        p.id = o.value(QLatin1String("id")).toString();
        p.regex = QRegularExpression(o.value(QLatin1String("regex")).toString());
        p.message = o.value(QLatin1String("message")).toString();
        for (const auto& c : o.value(QLatin1String("cells")).toArray()) {
            const QJsonArray a = c.toArray();
            if (a.size() == 3)
                p.cells << NarrativePattern::CellRef{a.at(0).toString(), a.at(1).toString(),
                                                     a.at(2).toString()};
        }
        if (!p.regex.isValid()) {
            loadErrors << QStringLiteral("narrative-patterns.json: %1: %2").arg(p.id, p.regex.errorString());
            continue;
        }
        if (p.cells.isEmpty()) {
            loadErrors << QStringLiteral("narrative-patterns.json: %1: no cells").arg(p.id);
            continue;
        }
        p.regex.optimize();
        patterns << p;
    }
}

Findings NarrativeRule::check(const Report& report, const NarrativePatterns& patterns) {
    Findings findings;
    if (!report.format || patterns.patterns.isEmpty())
        return findings;
    const FormatDefinition& format = *report.format;
    for (const QString& sectionId : patterns.sections) {
        const QString text = report.narratives.value(sectionId);
        if (text.isEmpty())
            continue;
        for (const Statement& s : cachedStatementsOf(text, sectionId, patterns)) {
            const NarrativePattern& p = patterns.patterns.at(s.pattern);
            qint64 sum = 0;
            bool complete = true;
            int firstCell = -1;
            for (const NarrativePattern::CellRef& ref : p.cells) {
                const int index = format.cellIndex(ref.section, ref.row, ref.column);
                if (index < 0 || index >= report.cells.size() || report.cells.at(index).isBlank()) {
                    complete = false;
                    break;
                }
                if (firstCell < 0)
                    firstCell = index;
                sum += report.cells.at(index).scaled();
            }
            if (!complete || sum == s.stated * kValueScale)
                continue;
            const NarrativePattern::CellRef& first = p.cells.constFirst();
            Finding f;
            f.severity = Severity::Warning;
            f.rule = QLatin1String(kRuleId);
            f.section = first.section;
            f.row = first.row;
            f.column = p.cells.size() == 1 ? first.column : QString();
            f.cell = firstCell;
            f.hasNumbers = true;
            f.expected = sum;
            f.actual = s.stated * kValueScale;
            f.message = QString(s.message).replace(QLatin1String("{expected}"), formatScaled(sum));
            findings << f;
        }
    }
    return findings;
}

} // namespace nb

#include "import/NarrativeChecker.h"

#include "import/ImportVocabulary.h"
#include "import/LabelText.h"

#include <QRegularExpression>

namespace nb {

namespace {
QStringList sentencesOf(const QString& text) {
    static const QRegularExpression end(QStringLiteral("[。；;！!？?\\n]"));
    QStringList out;
    for (const QString& s : text.split(end, Qt::SkipEmptyParts)) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}
} // namespace

Findings NarrativeChecker::check(const Report& report, const ImportVocabulary& vocabulary) {
    Findings findings;
    if (!report.format)
        return findings;
    const FormatDefinition& format = *report.format;
    for (const QString& sectionId : vocabulary.narrativeSections) {
        const QString text = report.narratives.value(sectionId);
        if (text.isEmpty())
            continue;
        for (const QString& sentence : sentencesOf(text)) {
            QString compact = LabelText::foldWidth(sentence);
            compact.remove(QRegularExpression(QStringLiteral("\\s+")));
            for (const NarrativePattern& p : vocabulary.patterns) {
                QRegularExpressionMatchIterator it = p.regex.globalMatch(compact);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    bool ok = false;
                    const qint64 stated = m.captured(1).toLongLong(&ok);
                    if (!ok || stated > kMaxCellUnits)
                        continue;
                    qint64 sum = 0;
                    bool complete = !p.cells.isEmpty();
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
                    if (!complete || sum == stated * kValueScale)
                        continue;
                    const NarrativePattern::CellRef& first = p.cells.constFirst();
                    Finding f;
                    f.severity = Severity::Warning;
                    f.rule = p.id;
                    f.section = first.section;
                    f.row = first.row;
                    f.column = p.cells.size() == 1 ? first.column : QString();
                    f.cell = firstCell;
                    f.hasNumbers = true;
                    f.expected = sum;
                    f.actual = stated * kValueScale;
                    QString quoted = sentence.simplified();
                    if (quoted.size() > 120)
                        quoted = quoted.left(119) + QChar(0x2026);
                    f.message = QString(p.message)
                                    .replace(QLatin1String("{sentence}"), quoted)
                                    .replace(QLatin1String("{actual}"), QString::number(stated))
                                    .replace(QLatin1String("{expected}"), formatScaled(sum))
                                    .replace(QLatin1String("{table}"), first.section)
                                    .replace(QLatin1String("{section}"), sectionId);
                    findings << f;
                }
            }
        }
    }
    return findings;
}

} // namespace nb

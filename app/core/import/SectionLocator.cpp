#include "import/SectionLocator.h"

#include "import/ImportVocabulary.h"
#include "import/LabelText.h"

namespace nb {

namespace {
constexpr double kHeadingSimilarity = 0.72;
constexpr int kMaxHeadingLength = 48;

double dice(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty())
        return 0;
    return 2.0 * LabelText::lcs(a, b) / double(a.size() + b.size());
}
} // namespace

QVector<SectionSpan> SectionLocator::locate(const SourceLines& lines,
                                            const QVector<QPair<QString, QString>>& headings,
                                            const ImportVocabulary& vocabulary) {
    QVector<QStringList> variants;
    for (const auto& h : headings) {
        QStringList v = vocabulary.headingVariants.value(h.first);
        v.prepend(LabelText::normalize(h.second));
        v.removeDuplicates();
        variants << v;
    }
    QVector<SectionSpan> spans;
    int next = 0; // headings must appear in order
    for (int i = 0; i < lines.size() && next < headings.size(); ++i) {
        const SourceLine& line = lines.at(i);
        if (line.explicitCells && line.cells.size() > 1)
            continue;
        const QString trimmed = line.text.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > qsizetype(kMaxHeadingLength) * 2)
            continue;
        if (trimmed.contains(QLatin1Char('|')))
            continue;
        const QString norm = LabelText::normalize(trimmed);
        if (norm.isEmpty() || norm.size() > kMaxHeadingLength)
            continue;
        // Try the expected heading and the ones after it (a missing heading must not block the rest).
        for (int k = next; k < headings.size(); ++k) {
            if (!norm.startsWith(headings.at(k).first))
                continue;
            double best = 0;
            for (const QString& v : variants.at(k)) {
                if (norm == v) {
                    best = 1;
                    break;
                }
                best = qMax(best, dice(norm, v));
            }
            if (best >= kHeadingSimilarity) {
                SectionSpan span;
                span.id = headings.at(k).first;
                span.heading = i;
                span.begin = i + 1;
                if (!spans.isEmpty())
                    spans.back().end = i;
                spans << span;
                next = k + 1;
            }
            break;
        }
    }
    if (!spans.isEmpty())
        spans.back().end = int(lines.size());
    return spans;
}

} // namespace nb

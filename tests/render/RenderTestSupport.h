#pragma once
// Shared helpers of the render tests: the fixed sample report (乌海市公安局 2021, from tests/data/samples),
// running the poppler tools, and reading `pdftotext -bbox` output.

#include "TestTimeouts.h"
#include "format/FormatRegistry.h"
#include "model/Report.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QXmlStreamReader>

#include <cmath>

namespace nbtest {

inline QString samplesDir() {
    return QStringLiteral(NIANBAO_SAMPLES_DIR);
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The wuhai 2021 sample: numbers from 2021-wuhai-psb.expected.json, narrative from 2021-wuhai-psb.txt.
inline nb::Report sampleReport(QJsonObject* expectedOut = nullptr) {
    const QJsonObject expected =
        QJsonDocument::fromJson(readAll(samplesDir() + QStringLiteral("/2021-wuhai-psb.expected.json")))
            .object();
    if (expectedOut)
        *expectedOut = expected;
    nb::FormatPtr format =
        nb::FormatRegistry::instance().format(expected.value(QStringLiteral("format")).toString());
    nb::Report report =
        nb::Report::create(format, expected.value(QStringLiteral("year")).toInt(),
                           expected.value(QStringLiteral("agency")).toString(), nb::AgencyKind::Department);
    const QJsonObject cells = expected.value(QStringLiteral("cells")).toObject();
    for (auto s = cells.begin(); s != cells.end(); ++s) {
        const QJsonObject rows = s.value().toObject();
        for (auto r = rows.begin(); r != rows.end(); ++r) {
            const QJsonObject cols = r.value().toObject();
            for (auto c = cols.begin(); c != cols.end(); ++c)
                report.setCell(
                    s.key(), r.key(), c.key(),
                    nb::CellValue::fromScaled(qint64(std::llround(c.value().toDouble() * nb::kValueScale))));
        }
    }
    const QJsonObject sig = expected.value(QStringLiteral("signature")).toObject();
    report.signatureAgency = sig.value(QStringLiteral("agency")).toString();
    report.signatureDate = QDate::fromString(sig.value(QStringLiteral("date")).toString(), Qt::ISODate);

    // Narrative: the text between the section headings of the published page (tables are skipped).
    const QStringList lines = QString::fromUtf8(readAll(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt")))
                                  .split(QLatin1Char('\n'));
    QString current;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        bool heading = false;
        for (const nb::SectionDef& def : format->sections()) {
            if (line == def.heading) {
                current = def.kind == nb::SectionKind::Narrative ? def.id : QString();
                heading = true;
            }
        }
        if (heading || current.isEmpty() || line == report.agency ||
            line.startsWith(QStringLiteral("2022年")))
            continue;
        QString& text = report.narratives[current];
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += line;
    }
    return report;
}

/// The report with a distinct 5-digit value (12340, 12341, …) in every data cell of table 四 (15 narrow
/// columns) and automatic totals off; `values` receives them in grid order, `section` the table's index.
inline nb::Report withFiveDigitTableFour(nb::Report report, QStringList* values, int* section = nullptr) {
    report.autoTotals = false;
    for (int s = 0; s < report.format->sections().size(); ++s) {
        if (report.format->sections().at(s).id != QStringLiteral("四"))
            continue;
        if (section)
            *section = s;
        for (const nb::GridCell& c : report.format->sections().at(s).table.grid) {
            if (c.role != nb::GridCell::Role::Data)
                continue;
            const qint64 v = 12340 + values->size();
            report.cells[c.cellIndex] = nb::CellValue::fromUnits(v);
            *values << QString::number(v);
        }
    }
    return report;
}

struct Tool {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Tool run(const QString& program, const QStringList& args, int timeoutMs = 120000,
                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    Tool t;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(nb::test::waitMs(10000)))
        return t;
    p.waitForFinished(timeoutMs);
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    return t;
}

inline bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

struct Word {
    int page = 0;                                  ///< 1-based
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0; ///< points, from the page's top-left
    QString text;
    double height() const { return yMax - yMin; }
};

/// Words of `pdftotext -bbox`, with page numbers.
inline QVector<Word> bboxWords(const QString& pdf) {
    QVector<Word> words;
    const Tool t = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    // Skip the XHTML head (its DOCTYPE names an external DTD): parse the <doc> element only.
    const int from = t.out.indexOf("<doc>");
    const int to = t.out.lastIndexOf("</doc>");
    if (from < 0 || to < from)
        return words;
    QXmlStreamReader xml(t.out.mid(from, to + 6 - from));
    int page = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            Word w;
            w.page = page;
            const auto a = xml.attributes();
            w.xMin = a.value(QLatin1String("xMin")).toDouble();
            w.yMin = a.value(QLatin1String("yMin")).toDouble();
            w.xMax = a.value(QLatin1String("xMax")).toDouble();
            w.yMax = a.value(QLatin1String("yMax")).toDouble();
            w.text = xml.readElementText();
            words << w;
        }
    }
    return words;
}

inline QString pdfText(const QString& pdf) {
    return QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                                 .out);
}

inline QString withoutSpace(QString s) {
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

/// Code points U+2E80–U+2FDF in text (CJK/Kangxi radicals: a broken text layer).
inline QString radicalsIn(const QString& text) {
    QString found;
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x2E80 && c <= 0x2FDF)
            found += QString::fromUcs4(&c, 1);
    }
    return found;
}

/// needle's characters in order within a short stretch of hay (wrapped lines interleaved with a
/// neighbouring cell's lines by the text extraction).
inline bool containsSpread(const QString& hay, const QString& needle) {
    if (needle.isEmpty())
        return true;
    for (int start = hay.indexOf(needle.left(2)); start >= 0;
         start = hay.indexOf(needle.left(2), start + 1)) {
        int pos = start;
        int matched = 0;
        for (; matched < needle.size() && pos < hay.size() && pos - start < 3 * needle.size() + 80; ++pos) {
            if (hay.at(pos) == needle.at(matched))
                ++matched;
        }
        if (matched == needle.size())
            return true;
    }
    return false;
}

/// The text of a PDF, searchable for labels that may be wrapped inside narrow table cells.
struct PdfTextIndex {
    QString flat;    ///< pdftotext, whitespace removed
    QString columns; ///< words sharing a left edge or a centre, concatenated in reading order
    QString joined;  ///< all words in order
    QVector<Word> words;

    explicit PdfTextIndex(const QString& pdf) {
        flat = withoutSpace(pdfText(pdf));
        words = bboxWords(pdf);
        QMap<QString, QString> groups;
        for (const Word& w : words) {
            joined += w.text;
            // Not per page: a merged cell that crosses a page break continues on the next page.
            groups[QStringLiteral("L%1").arg(std::lround(w.xMin))] += w.text;
            groups[QStringLiteral("C%1").arg(std::lround((w.xMin + w.xMax) / 2))] += w.text;
        }
        columns = QStringList(groups.values()).join(QLatin1Char('|'));
    }
    bool contains(const QString& text) const {
        const QString t = withoutSpace(text);
        return flat.contains(t) || columns.contains(t) || containsSpread(columns, t) ||
               containsSpread(joined, t);
    }
};

} // namespace nbtest

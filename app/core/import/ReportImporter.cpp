#include "import/ReportImporter.h"

#include "import/FormatDetector.h"
#include "import/FreeFormReader.h"
#include "import/HtmlFlattener.h"
#include "import/ImportVocabulary.h"
#include "import/LabelText.h"
#include "import/MetadataReader.h"
#include "import/OfficeSource.h"
#include "import/PdfTextSource.h"
#include "import/SectionLocator.h"
#include "import/SourceText.h"
#include "import/TableAssembler.h"
#include "import/ZipReader.h"
#include "io/JsonExchange.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace nb {

namespace {
constexpr int kMaxProblems = 500;

QString shorten(const QString& text) {
    const QString t = text.simplified();
    return t.size() > 80 ? t.left(79) + QChar(0x2026) : t;
}

bool looksBinary(const QString& text) {
    const int n = int(qMin(text.size(), qsizetype(65536)));
    if (n == 0)
        return false;
    int bad = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == 0 || u == 0xFFFD || (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f'))
            ++bad;
    }
    return bad * 10 > n;
}

class Importer {
    Q_DECLARE_TR_FUNCTIONS(nb::ReportImporter)
public:
    Importer(const FormatRegistry& registry, const ImportVocabulary& vocabulary)
        : m_registry(registry)
        , m_vocabulary(vocabulary) {}

    ImportResult run(const QString& text, const QString& kind) {
        return run(kind == QLatin1String("html") ? HtmlFlattener::flatten(text) : SourceText::linesOf(text),
                   kind);
    }

    /// lines: the input as lines (pdf: rebuilt from word positions; docx/odt: paragraphs and table rows).
    ImportResult run(const SourceLines& input, const QString& kind) {
        m_result.kind = kind;
        m_lines = input;
        const bool layout = kind == QLatin1String("pdf-text") || kind == QLatin1String("pdf");

        // Section headings are the same in every national format; use those of the default format.
        const FormatPtr reference = m_registry.format(FormatRegistry::defaultFormatId());
        const FormatPtr anyFormat =
            reference
                ? reference
                : (m_registry.ids().isEmpty() ? FormatPtr() : m_registry.format(m_registry.ids().first()));
        if (!anyFormat) {
            m_result.error = tr("no report format is available");
            return m_result;
        }
        QVector<QPair<QString, QString>> headings;
        for (const SectionDef& s : anyFormat->sections())
            headings.append({s.id, s.heading});
        const QVector<SectionSpan> spans = SectionLocator::locate(m_lines, headings, m_vocabulary);
        const int firstHeading = spans.isEmpty() ? int(m_lines.size()) : spans.constFirst().heading;

        MetadataReader::Title title = MetadataReader::readTitle(m_lines, firstHeading);
        QString preamble;
        QStringList preambleParagraphs =
            MetadataReader::paragraphs(m_lines, title.lastLine + 1, firstHeading, layout);
        if (kind == QLatin1String("html")) // the page's frame (来源/时间, share buttons, download links)
            preambleParagraphs.removeIf([](const QString& p) { return MetadataReader::isPageChrome(p); });
        preamble = preambleParagraphs.join(QLatin1Char('\n'));
        int year = title.year;
        if (year == 0)
            year = MetadataReader::firstYear(preamble);
        if (year == 0 && !spans.isEmpty())
            year = MetadataReader::firstYear(
                MetadataReader::paragraphs(m_lines, spans.constFirst().begin, spans.constFirst().end, layout)
                    .join(QLatin1Char('\n'))
                    .left(4000));

        QString normalizedAll;
        {
            QString all;
            for (const SourceLine& l : std::as_const(m_lines))
                all += l.text;
            normalizedAll = LabelText::normalize(all);
        }
        const FormatDetector::Result detected =
            FormatDetector::detect(normalizedAll, year, m_registry, m_vocabulary);
        if (!detected.format) {
            m_result.error = tr("no report format is available");
            return m_result;
        }
        m_result.formatDetected = detected.detected;
        m_result.formatEvidence = detected.evidence;
        const FormatDefinition& format = *detected.format;

        Report report = Report::create(detected.format, year, title.agency, AgencyKind::Department);
        report.autoTotals = false;
        report.title = title.text;
        if (!preamble.isEmpty())
            report.notes = preamble;

        if (title.lastLine < 0)
            problem(firstHeading < m_lines.size() ? m_lines.at(firstHeading).number : 1, QString(),
                    tr("No title was found before the first section."));
        if (year == 0)
            problem(1, title.text, tr("The report year was not found."));
        if (!detected.detected && !format.freeForm)
            problem(
                0, QString(),
                tr("No statistics table of a known format was found; the report was read as format %1 from "
                   "its year.")
                    .arg(format.id));

        MetadataReader::Signature signature;
        if (format.freeForm) {
            readFreeForm(title.lastLine + 1, layout, &report, &signature);
        } else {
            readSections(spans, format, detected.detected, layout, kind, &report, &signature);
        }
        if (format.freeForm && title.agency.isEmpty()) // 2011年度长春市公安局政府信息公开工作报告
            title.agency = FreeFormReader::agencyAfterYear(title.text);

        // Agency, kind, signature.
        QStringList candidates;
        if (!signature.agency.isEmpty())
            candidates << signature.agency;
        const QString fromPreamble = MetadataReader::preambleAgency(preamble);
        if (!fromPreamble.isEmpty())
            candidates << fromPreamble;
        report.agency = MetadataReader::bestAgency(title.agency, candidates);
        if (report.agency.endsWith(QStringLiteral("人民政府")))
            report.agencyKind = AgencyKind::Government;
        if (signature.date.isValid())
            report.signatureDate = signature.date;
        if (!signature.agency.isEmpty() && signature.agency != report.agency)
            report.signatureAgency = signature.agency;
        if (report.agency.isEmpty())
            problem(0, QString(), tr("The agency was not found in the title or the signature."));

        if (spans.isEmpty() && title.lastLine < 0 && m_placedRows == 0) {
            m_result.error = tr("no part of an annual report was recognised");
            m_result.notAReport = true;
            m_result.problems = m_problems;
            return m_result;
        }
        // Cells an import problem left blank: rules resting on them cannot be checked (not report errors).
        for (const ImportProblem& p : std::as_const(m_problems)) {
            for (int cell : p.blankCells) {
                if (cell >= 0 && cell < report.cells.size() && report.cells.at(cell).isBlank() &&
                    !report.importGaps.contains(cell))
                    report.importGaps.insert(cell, p.line > 0 ? tr("line %1: %2").arg(p.line).arg(p.message)
                                                              : p.message);
            }
        }
        m_result.report = report;
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
        if (m_problems.size() > kMaxProblems) {
            const int more = int(m_problems.size()) - kMaxProblems;
            m_problems.resize(kMaxProblems);
            m_problems.append({0, QString(), tr("… and %1 more problems.").arg(more)});
        }
        m_result.problems = m_problems;
        m_result.ok = true;
        return m_result;
    }

    void readSections(const QVector<SectionSpan>& spans, const FormatDefinition& format, bool detected,
                      bool layout, const QString& kind, Report* report,
                      MetadataReader::Signature* signatureOut) {
        QHash<QString, SectionSpan> byId;
        for (const SectionSpan& s : spans)
            byId.insert(s.id, s);
        MetadataReader::Signature& signature = *signatureOut;
        if (!spans.isEmpty())
            signature =
                MetadataReader::readSignature(m_lines, spans.constLast().begin, spans.constLast().end);
        int bodyEnd = signature.first; // the last section's text ends where the 落款 starts
        if (!signature.textBefore.isEmpty()) {
            m_lines[signature.first].text = signature.textBefore;
            bodyEnd = signature.first + 1;
        }
        for (const SectionDef& section : format.sections()) {
            if (!byId.contains(section.id)) {
                problem(0, QString(), tr("Section “%1” was not found.").arg(section.heading));
                continue;
            }
            const SectionSpan span = byId.value(section.id);
            int end = span.end;
            const bool last = span.id == spans.constLast().id;
            if (last && signature.first >= 0) {
                end = bodyEnd;
                // On a saved page what follows the 落款 is the site's footer, not the report (also when the
                // page was printed to PDF or saved as DOCX).
                if (signature.last + 1 < span.end && kind != QLatin1String("html")) {
                    const QStringList after =
                        MetadataReader::paragraphs(m_lines, signature.last + 1, span.end, layout);
                    if (!after.isEmpty() && !MetadataReader::isSiteFooter(after))
                        problem(m_lines.at(signature.last + 1).number, after.constFirst(),
                                tr("Text after the signature was not imported."));
                }
            }
            if (section.kind == SectionKind::Narrative) {
                report->narratives.insert(
                    section.id,
                    MetadataReader::paragraphs(m_lines, span.begin, end, layout).join(QLatin1Char('\n')));
            } else if (!detected) {
                // Not a table of a national format (older free-form reports): keep it out, say so once.
                int count = 0;
                int first = -1;
                for (int i = span.begin; i < end; ++i) {
                    if (m_lines.at(i).text.trimmed().isEmpty() || m_lines.at(i).pageMark)
                        continue;
                    first = first < 0 ? i : first;
                    ++count;
                }
                if (count > 0)
                    problem(
                        m_lines.at(first).number, m_lines.at(first).text,
                        tr("%1 lines of section “%2” were not imported: they are not a table of format %3.")
                            .arg(count)
                            .arg(section.heading, format.id));
            } else {
                TableAssembler assembler(format, section, m_vocabulary);
                const SourceLines lines = m_lines.mid(span.begin, end - span.begin);
                assembler.assemble(lines, m_lines.at(span.heading).number, report, &m_problems,
                                   &m_result.unplacedRows);
                m_placedRows += assembler.placedRows();
            }
        }
    }

    void readFreeForm(int begin, bool layout, Report* report, MetadataReader::Signature* signature) {
        FreeFormReader::Result read = FreeFormReader::read(m_lines, begin, layout, m_vocabulary, report);
        *signature = read.signature;
        m_problems << read.problems;
        m_placedRows += read.placedRows + read.parts;
        if (!report->notes.isEmpty() && report->narratives.contains(report->format->sections().first().id))
            report->notes.clear(); // the text before 一、 is the report's own (section 前言)
        if (read.parts == 0)
            problem(0, QString(),
                    tr("No numbered part (一、…) was found; the text was kept before the first part."));
    }

private:
    void problem(int line, const QString& text, const QString& message) {
        m_problems.append({line, shorten(text), message});
    }

    const FormatRegistry& m_registry;
    const ImportVocabulary& m_vocabulary;
    ImportResult m_result;
    SourceLines m_lines;
    QVector<ImportProblem> m_problems;
    int m_placedRows = 0;
};

} // namespace

QString ReportImporter::detectKind(const QByteArray& bytes) {
    if (JsonExchange::looksLikeOurs(bytes))
        return QStringLiteral("json");
    if (PdfTextSource::looksLikePdf(bytes))
        return QStringLiteral("pdf");
    if (OfficeSource::looksLikeLegacyOffice(bytes))
        return QStringLiteral("doc");
    if (ZipReader::looksLikeZip(bytes)) {
        const OfficeSource::Result office = OfficeSource::read(bytes);
        return office.kind.isEmpty() ? QStringLiteral("zip") : office.kind;
    }
    return SourceText::detectKind(SourceText::decode(bytes.left(qsizetype(2) * 1024 * 1024)));
}

ImportResult ReportImporter::importBytes(const QByteArray& bytes, const FormatRegistry& registry) {
    ImportResult result;
    if (bytes.size() > kMaxInputBytes) {
        result.error =
            tr("the file is too large for a report (%1 MB)").arg(bytes.size() / (qsizetype(1024) * 1024));
        return result;
    }
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }
    if (JsonExchange::looksLikeOurs(bytes)) {
        result.kind = QStringLiteral("json");
        QString error;
        if (!JsonExchange::fromBytes(bytes, registry, &result.report, &error)) {
            result.error = error;
            return result;
        }
        result.ok = true;
        result.formatDetected = true;
        return result;
    }
    if (PdfTextSource::looksLikePdf(bytes)) {
        PdfTextSource::Result pdf = PdfTextSource::read(bytes);
        if (!pdf.error.isEmpty()) {
            ImportResult failed;
            failed.kind = QStringLiteral("pdf");
            failed.error = pdf.error;
            return failed;
        }
        return Importer(registry, ImportVocabulary::instance()).run(pdf.lines, QStringLiteral("pdf"));
    }
    if (OfficeSource::looksLikeLegacyOffice(bytes)) {
        ImportResult legacy;
        legacy.kind = QStringLiteral("doc");
        legacy.error = OfficeSource::legacyMessage();
        return legacy;
    }
    if (ZipReader::looksLikeZip(bytes)) {
        OfficeSource::Result office = OfficeSource::read(bytes);
        if (!office.error.isEmpty()) {
            ImportResult failed;
            failed.kind = office.kind.isEmpty() ? QStringLiteral("zip") : office.kind;
            failed.error = office.error;
            return failed;
        }
        return Importer(registry, ImportVocabulary::instance()).run(office.lines, office.kind);
    }
    const QString text = SourceText::decode(bytes);
    if (looksBinary(text)) {
        ImportResult binary;
        binary.kind = QStringLiteral("text");
        binary.error = tr("the file is not text (binary data)");
        return binary;
    }
    return Importer(registry, ImportVocabulary::instance()).run(text, SourceText::detectKind(text));
}

ImportResult ReportImporter::importFile(const QString& path, const FormatRegistry& registry) {
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        ImportResult result;
        result.error = tr("%1 is a folder").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = file.errorString();
        return result;
    }
    if (file.size() > kMaxInputBytes) {
        ImportResult result;
        result.error =
            tr("the file is too large for a report (%1 MB)").arg(file.size() / (qint64(1024) * 1024));
        return result;
    }
    return importBytes(file.read(kMaxInputBytes + 1), registry);
}

} // namespace nb

#include "carryover/CarryOver.h"

#include "document/ReportDocument.h"
#include "import/ReportFileReader.h"

#include <QFileInfo>

namespace nb {

namespace {

QString withoutSpaces(QString s) {
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x3000));
    return s.trimmed();
}

/// The default title of a report, i.e. the format's template filled in.
QString defaultTitle(const Report& r) {
    Report copy = r;
    copy.title.clear();
    return copy.effectiveTitle();
}

/// A copy of a report for Report::lastYear: without its own history (that moves to earlierYears).
std::shared_ptr<const Report> historyFree(const Report& last) {
    auto copy = std::make_shared<Report>(last);
    copy->lastYear.reset();
    copy->earlierYears.clear();
    copy->keptParagraphs.clear();
    return copy;
}

} // namespace

CarryOver::Result CarryOver::fromReport(const Report& last, const FormatRegistry& registry, int year) {
    Result result;
    if (!last.format) {
        result.error = tr("Last year's report has no format.");
        return result;
    }
    const int newYear = year > 0 ? year : last.year + 1;
    if (last.year <= 0) {
        result.error = tr("Last year's report names no report year; open it and set the year first.");
        return result;
    }
    if (newYear <= last.year) {
        result.error = tr("The new report year %1 must be after last year's report year %2.")
                           .arg(newYear)
                           .arg(last.year);
        return result;
    }
    QString conflict;
    const FormatPtr format = registry.formatForYear(newYear, &conflict);
    if (!format) {
        result.error =
            conflict.isEmpty() ? tr("No report format applies to the year %1.").arg(newYear) : conflict;
        return result;
    }
    Report next = Report::create(format, newYear, last.agency, last.agencyKind);
    next.signatureAgency = last.signatureAgency;
    next.autoTotals = true;
    if (last.agency.trimmed().isEmpty())
        result.warnings << tr("Last year's report names no agency; enter it in the new report.");

    // Title: regenerated when it had the default form, else the year in it is moved on and flagged.
    if (!last.title.trimmed().isEmpty() && withoutSpaces(last.title) != withoutSpaces(defaultTitle(last))) {
        const QString from = QString::number(last.year) + QStringLiteral("年");
        QString title = last.title;
        title.replace(from, QString::number(newYear) + QStringLiteral("年"));
        next.title = title;
        result.warnings << tr("The title “%1” is not the format's default title; it became “%2”. Check it.")
                               .arg(last.title, title);
    }

    // Cells tied to last year by the format's cross-year rules ("this cell = Σ last year's cells"): carried.
    const FormatDefinition& f = *format;
    for (const Equation& e : f.equations()) {
        const RuleDef& rule = f.rules().at(e.rule);
        if (!rule.crossYear || e.left.size() != 1 || e.left.first().previousYear || e.right.isEmpty())
            continue;
        bool allPrevious = true;
        for (const Equation::Ref& ref : e.right)
            allPrevious = allPrevious && ref.previousYear;
        if (!allPrevious)
            continue;
        qint64 sum = 0;
        int decimals = 0;
        bool complete = true;
        for (const Equation::Ref& ref : e.right) {
            const CellDef& def = f.cells().at(ref.cell);
            const int li = last.format->cellIndex(def.section, def.rowPath, def.columnPath);
            const CellValue v = li >= 0 ? last.cells.value(li) : CellValue::blank();
            if (v.isBlank()) {
                complete = false;
                break;
            }
            sum += ref.sign * v.scaled(); // a printed none mark ("/", "无") is 0
            decimals = std::max(decimals, v.decimals());
        }
        if (!complete)
            continue;
        next.cells[e.left.first().cell] = CellValue::fromScaled(sum, decimals);
        ++result.carriedCells;
    }

    // Narratives: last year's text as a draft; the copied-paragraph rule flags each paragraph until it is
    // rewritten or marked as intentionally kept.
    bool anyNarrative = false;
    for (auto it = last.narratives.cbegin(); it != last.narratives.cend(); ++it) {
        const SectionDef* s = format->section(it.key());
        if (!s || s->kind != SectionKind::Narrative || it.value().trimmed().isEmpty())
            continue;
        next.narratives.insert(it.key(), it.value());
        anyNarrative = true;
    }
    next.notes =
        tr("Started from the %1 report (carried over). The narratives are last year's text, a draft: "
           "rewrite each paragraph or mark it as intentionally kept.")
            .arg(last.year);
    if (!anyNarrative)
        next.notes = tr("Started from the %1 report (carried over).").arg(last.year);

    // The chain of years: the years before last year keep their key figures, last year is kept whole.
    next.earlierYears = last.earlierYears;
    if (last.lastYear)
        next.earlierYears << YearFigures::of(*last.lastYear);
    next.lastYear = historyFree(last);
    if (last.year + 1 != newYear)
        result.warnings << tr("The new report is for %1, not for the year after %2: the cross-year checks "
                              "compare it with %2.")
                               .arg(newYear)
                               .arg(last.year);
    result.report = std::move(next);
    result.ok = true;
    return result;
}

CarryOver::Result CarryOver::toFile(const QString& lastPath, const QString& newPath, int year) {
    Result result;
    if (QFileInfo::exists(newPath)) {
        result.error = tr("%1 already exists. Choose another file name.").arg(newPath);
        return result;
    }
    ReportFileReader::Result read = ReportFileReader::read(lastPath, /*allowPublished=*/true);
    if (!read.ok()) {
        result.error = tr("Cannot read last year's report %1: %2").arg(lastPath, read.error);
        return result;
    }
    result = fromReport(read.report, FormatRegistry::instance(), year);
    if (!result.ok)
        return result;
    if (read.importProblems > 0)
        result.warnings.prepend(tr("Last year's report was read with %n import problem(s); check the carried "
                                   "figures against the original.",
                                   nullptr, read.importProblems));
    QString error;
    auto doc = ReportDocument::create(newPath, result.report, &error);
    if (!doc) {
        result.ok = false;
        result.error = error;
    }
    return result;
}

} // namespace nb

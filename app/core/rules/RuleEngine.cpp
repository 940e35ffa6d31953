#include "rules/RuleEngine.h"

#include "rules/NarrativeRule.h"
#include "rules/YearRules.h"

#include <algorithm>

namespace nb {

namespace {

struct Sum {
    qint64 value = 0;
    int decimals = 0;        ///< most decimals among the terms: what a computed total shows
    bool anyValue = false;   ///< at least one non-blank cell
    bool anyCurrent = false; ///< at least one non-blank cell of this year's report
    bool complete = true;    ///< every referenced cell exists (previous-year cells may not)
};

Sum sumRefs(const QVector<Equation::Ref>& refs, const Report& report, const Report* previous,
            const FormatDefinition& format) {
    Sum s;
    for (const Equation::Ref& ref : refs) {
        const CellValue* v = nullptr;
        if (ref.previousYear) {
            if (!previous || !previous->format) {
                s.complete = false;
                return s;
            }
            const CellDef& def = format.cells().at(ref.cell);
            const int pi = previous->format == report.format
                               ? ref.cell
                               : previous->format->cellIndex(def.section, def.rowPath, def.columnPath);
            if (pi < 0 || pi >= previous->cells.size() || previous->cells.at(pi).isBlank()) {
                s.complete = false;
                return s;
            }
            v = &previous->cells.at(pi);
        } else {
            v = &report.cells.at(ref.cell);
        }
        if (!v->isBlank()) {
            s.anyValue = true;
            s.anyCurrent = s.anyCurrent || !ref.previousYear;
        }
        // Exact: at most kMaxSumTerms terms of at most kMaxCellScaled each (CellValue.h) fit a qint64.
        s.value += ref.sign * v->scaled();
        s.decimals = std::max(s.decimals, v->decimals());
    }
    return s;
}

/// The import problem behind a blank cell the rule rests on, or nullptr (cells filled in since count).
const QString* gapOf(const QVector<Equation::Ref>& refs, const Report& report) {
    for (const Equation::Ref& ref : refs) {
        if (ref.previousYear || !report.cells.at(ref.cell).isBlank())
            continue;
        const auto it = report.importGaps.constFind(ref.cell);
        if (it != report.importGaps.cend())
            return &it.value();
    }
    return nullptr;
}

QString fillTemplate(QString text, const Finding& f, qint64 left, qint64 right) {
    text.replace(QLatin1String("{section}"), f.section);
    text.replace(QLatin1String("{row}"), f.row);
    text.replace(QLatin1String("{column}"), f.column);
    text.replace(QLatin1String("{expected}"), formatScaled(right));
    text.replace(QLatin1String("{actual}"), formatScaled(left));
    text.replace(QLatin1String("{left}"), formatScaled(left));
    text.replace(QLatin1String("{right}"), formatScaled(right));
    text.replace(QLatin1String("{difference}"), formatScaled(left - right));
    return text;
}

} // namespace

QVector<int> RuleEngine::computeTotals(Report& report) {
    QVector<int> changed;
    if (!report.autoTotals || !report.format)
        return changed;
    const FormatDefinition& format = *report.format;
    for (const Equation& e : format.equations()) {
        if (e.target < 0)
            break; // computing equations come first
        const Sum s = sumRefs(e.right, report, nullptr, format);
        const CellValue next = s.anyValue ? CellValue::fromScaled(s.value, s.decimals) : CellValue::blank();
        CellValue& current = report.cells[e.target];
        if (current != next) {
            current = next;
            changed << e.target;
        }
    }
    return changed;
}

Findings RuleEngine::validate(const Report& report, const Options& options) {
    Findings findings;
    if (!report.format || report.cells.size() != report.format->cells().size())
        return findings;
    const FormatDefinition& format = *report.format;
    // Last year: given by the caller, else the one carried inside the report (carry-over).
    const Report* previous = options.previousYear ? options.previousYear : report.lastYear.get();

    for (const Equation& e : format.equations()) {
        const RuleDef& rule = format.rules().at(e.rule);
        if (rule.crossYear && !previous)
            continue;
        const Sum left = sumRefs(e.left, report, previous, format);
        const Sum right = sumRefs(e.right, report, previous, format);
        if (!left.complete || !right.complete)
            continue;
        if (!left.anyValue && !right.anyValue)
            continue; // nothing entered yet: the blank-cell warning covers it
        // A cross-year heuristic (a warning, e.g. crossyear_stock) waits until this year's figures are
        // entered; a strict one (crossyear_carryover, an error) also flags a blank 上年结转.
        if (rule.crossYear && rule.severity == Severity::Warning && !left.anyCurrent && !right.anyCurrent)
            continue;
        if (left.value == right.value)
            continue;
        Finding f;
        f.severity = rule.severity;
        f.rule = rule.id;
        f.section = e.section;
        f.row = e.rowPath;
        f.column = e.columnPath;
        f.cell = e.anchorCell;
        f.hasNumbers = true;
        f.expected = right.value;
        f.actual = left.value;
        f.message = fillTemplate(rule.message, f, left.value, right.value);
        if (!report.importGaps.isEmpty()) {
            const QString* gap = gapOf(e.left, report);
            if (!gap)
                gap = gapOf(e.right, report);
            if (gap) {
                // Not an error of the report: a cell it rests on was not read.
                f.severity = Severity::Unchecked;
                f.importProblem = *gap;
                f.message = tr("Cannot be checked: a cell of this rule was left blank by an import problem "
                               "(%1). Rule: %2")
                                .arg(*gap, f.message);
            }
        }
        findings << f;
    }

    for (const RuleDef& rule : format.rules()) {
        if (rule.kind != RuleDef::Kind::Sum && (!rule.crossYear || previous))
            YearRules::evaluate(rule, report, previous, &findings);
    }

    // Values that no input path produces but an imported or hand-edited file may hold.
    for (const CellDef& def : format.cells()) {
        const CellValue& v = report.cells.at(def.index);
        if (v.isNumber() && v.scaled() < 0 && def.type != CellType::Signed) {
            Finding f;
            f.rule = QStringLiteral("negative_value");
            f.section = def.section;
            f.row = def.rowPath;
            f.column = def.columnPath;
            f.cell = def.index;
            f.hasNumbers = true;
            f.actual = v.scaled();
            f.message = tr("%1 / %2 is negative (%3); counts and amounts cannot be below 0.")
                            .arg(def.rowPath, def.columnPath, formatScaled(v.scaled()));
            findings << f;
        }
    }

    if (options.checkBlanks) {
        for (const SectionDef& s : format.sections()) {
            if (s.kind != SectionKind::Table || !report.sectionShown(s))
                continue;
            int blanks = 0;
            int first = -1;
            for (int index : s.cellIndexes) {
                const CellDef& def = format.cells().at(index);
                if (report.autoTotals && def.computed)
                    continue;
                if (report.cells.at(index).isBlank()) {
                    if (first < 0)
                        first = index;
                    ++blanks;
                }
            }
            if (blanks > 0) {
                const CellDef& def = format.cells().at(first);
                Finding f;
                f.severity = Severity::Warning;
                f.rule = QStringLiteral("blank_cells");
                f.section = s.id;
                f.row = def.rowPath;
                f.column = def.columnPath;
                f.cell = first;
                f.message =
                    tr("Table %1 has %n blank cell(s), the first at %2 / %3. Enter 0 where nothing happened.",
                       nullptr, blanks)
                        .arg(s.id, def.rowPath.isEmpty() ? s.heading : def.rowPath, def.columnPath);
                findings << f;
            }
        }
    }

    if (options.checkNarratives) {
        for (const SectionDef& s : format.sections()) {
            if (s.kind != SectionKind::Narrative || !s.required)
                continue;
            if (paragraphsOf(report.narratives.value(s.id)).isEmpty()) {
                Finding f;
                f.severity = Severity::Warning;
                f.rule = QStringLiteral("narrative_empty");
                f.section = s.id;
                f.message = tr("Section “%1” is empty.").arg(s.heading);
                findings << f;
            }
        }
    }

    if (options.checkNarrativeFigures)
        findings << NarrativeRule::check(report);

    if (options.checkMetadata) {
        auto meta = [&findings](Severity severity, const char* rule, const char* field,
                                const QString& message) {
            Finding f;
            f.severity = severity;
            f.rule = QLatin1String(rule);
            f.field = QLatin1String(field);
            f.message = message;
            findings << f;
        };
        if (report.agency.trimmed().isEmpty())
            meta(Severity::Warning, "agency_missing", "agency", tr("The agency name is empty."));
        if (report.year < 2000 || report.year > 2100)
            meta(Severity::Error, "year_invalid", "year",
                 tr("The report year %1 is not plausible.").arg(report.year));
        if (!report.signatureDate.isValid()) {
            meta(Severity::Warning, "report_date_missing", "signature_date",
                 tr("The report date (成文日期) is not set."));
            if (options.today.isValid() && options.today > report.deadline() && !format.freeForm)
                meta(Severity::Warning, "deadline", "signature_date",
                     tr("The legal deadline %1 for a %2 has passed.")
                         .arg(chineseDate(report.deadline()), agencyKindToString(report.agencyKind)));
        } else if (report.signatureDate <= QDate(report.year, 12, 31)) {
            meta(Severity::Error, "report_date", "signature_date",
                 tr("The report date %1 must be after the report year %2.")
                     .arg(chineseDate(report.signatureDate))
                     .arg(report.year));
        } else if (report.signatureDate > report.deadline() && !format.freeForm) {
            // The deadlines of 条例第四十九条 (2019) do not apply to the free-form reports before 2019.
            meta(Severity::Warning, "deadline", "signature_date",
                 tr("The report date %1 is after the legal deadline %2 for a %3.")
                     .arg(chineseDate(report.signatureDate), chineseDate(report.deadline()),
                          agencyKindToString(report.agencyKind)));
        }
    }

    // Errors first; within a severity, sections in format order, then cells in grid order.
    // Six sections: a linear search costs less than building a lookup table on every keystroke.
    const auto sectionOrder = [&format](const QString& id) {
        const QVector<SectionDef>& sections = format.sections();
        for (int i = 0; i < sections.size(); ++i) {
            if (sections.at(i).id == id)
                return i + 1;
        }
        return 0; // metadata findings come first
    };
    std::stable_sort(findings.begin(), findings.end(), [&sectionOrder](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        const int sa = sectionOrder(a.section);
        const int sb = sectionOrder(b.section);
        if (sa != sb)
            return sa < sb;
        return a.cell < b.cell;
    });
    return findings;
}

int RuleEngine::errorCount(const Findings& findings) {
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.severity == Severity::Error; }));
}

int RuleEngine::warningCount(const Findings& findings) {
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.severity == Severity::Warning; }));
}

int RuleEngine::uncheckedCount(const Findings& findings) {
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.severity == Severity::Unchecked; }));
}

} // namespace nb

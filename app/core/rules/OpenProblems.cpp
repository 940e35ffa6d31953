#include "rules/OpenProblems.h"

#include "rules/Explanations.h"

namespace nb {

bool OpenProblems::sectionIsEmpty(const Report& report, const SectionDef& section) {
    if (section.kind == SectionKind::Narrative)
        return report.narratives.value(section.id).trimmed().isEmpty();
    for (int cell : section.cellIndexes) {
        if (cell >= 0 && cell < report.cells.size() && !report.cells.at(cell).isBlank())
            return false;
    }
    return true;
}

OpenProblems OpenProblems::of(const Report& report, const Findings& findings) {
    OpenProblems p;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error) {
            ++p.errors;
        } else if (Explanations::isExplainable(f)) {
            ++p.warnings;
            if (Explanations::of(f, report).isEmpty())
                ++p.unexplainedWarnings;
        }
    }
    if (!report.format)
        return p;
    for (const SectionDef& s : report.format->sections()) {
        if (report.sectionShown(s) && sectionIsEmpty(report, s))
            p.emptySections << report.sectionHeading(s);
    }
    return p;
}

} // namespace nb

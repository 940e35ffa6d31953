#include "office/UnitChecks.h"

#include "rules/Explanations.h"
#include "rules/RuleEngine.h"
#include "storage/FinalCopy.h"
#include "storage/SqliteFile.h"

namespace nb {

UnitCheck checkUnit(const Report& report, const QString& documentPath) {
    UnitCheck check;
    const Findings findings = RuleEngine::validate(report);
    check.errors = RuleEngine::errorCount(findings);
    check.warnings = RuleEngine::warningCount(findings);
    check.unexplained = countUnexplainedWarnings(findings, report);
    check.status = UnitStatus::Draft;
    if (report.format)
        check.fingerprint = contentFingerprint(*report.format, report);
    // Only a document can be a final copy (a JSON report is always a draft).
    if (!documentPath.isEmpty() && SqliteFile::hasSqliteHeader(documentPath)) {
        const FinalCopyCheck final = checkFinalCopy(documentPath);
        switch (final.state) {
        case FinalCopyCheck::State::Final:
            check.status = UnitStatus::Final;
            break;
        case FinalCopyCheck::State::Altered:
            check.status = UnitStatus::Altered;
            break;
        case FinalCopyCheck::State::Draft:
        case FinalCopyCheck::State::Unreadable:
            break;
        }
        if (!final.actualFingerprint.isEmpty())
            check.fingerprint = final.actualFingerprint;
    }
    return check;
}

} // namespace nb

#include "office/UnitChecks.h"

#include "io/JsonExchange.h"
#include "rules/RuleEngine.h"

#include <QCryptographicHash>

namespace nb {

UnitCheck checkUnit(const Report& report, const QString& documentPath) {
    Q_UNUSED(documentPath)
    UnitCheck check;
    const Findings findings = RuleEngine::validate(report);
    check.errors = RuleEngine::errorCount(findings);
    check.warnings = RuleEngine::warningCount(findings);
    // Until explained warnings exist every warning is unexplained.
    check.unexplained = check.warnings;
    // Until final copies exist: a draft, fingerprinted by its JSON interchange form.
    check.status = UnitStatus::Draft;
    check.fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(JsonExchange::toBytes(report), QCryptographicHash::Sha256).toHex());
    return check;
}

} // namespace nb

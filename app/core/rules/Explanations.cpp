#include "rules/Explanations.h"

#include <QSet>

namespace nb {

bool Explanations::isExplainable(const Finding& finding) {
    return finding.severity == Severity::Warning;
}

QString Explanations::of(const Finding& finding, const Report& report) {
    if (!isExplainable(finding) || report.explanations.isEmpty())
        return QString();
    return report.explanations.value(findingKey(finding));
}

QStringList Explanations::stale(const Findings& findings, const Report& report) {
    QSet<QString> active;
    for (const Finding& f : findings) {
        if (isExplainable(f))
            active.insert(findingKey(f));
    }
    QStringList out;
    for (auto it = report.explanations.cbegin(); it != report.explanations.cend(); ++it) {
        if (!active.contains(it.key()))
            out << it.key();
    }
    return out;
}

bool Explanations::checkExplainable(const Findings& findings, const QString& key, const QString& text,
                                    QString* error) {
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const Finding* found = nullptr;
    for (const Finding& f : findings) {
        if (findingKey(f) != key)
            continue;
        found = &f;
        if (isExplainable(f))
            break;
    }
    if (!found)
        return refuse(tr("There is no finding “%1” in this report (the keys are printed by nianbao-cli "
                         "validate and check).")
                          .arg(key));
    if (found->severity == Severity::Error)
        return refuse(tr("“%1” is an error: errors must be corrected, they cannot be explained.").arg(key));
    if (!isExplainable(*found))
        return refuse(tr("“%1” cannot be checked because of an import problem; only warnings can be "
                         "explained.")
                          .arg(key));
    if (text.trimmed().isEmpty())
        return refuse(tr("The explanation is empty."));
    if (text.size() > kMaxLength)
        return refuse(
            tr("The explanation is too long (%1 characters; at most %2).").arg(text.size()).arg(kMaxLength));
    return true;
}

int countUnexplainedWarnings(const Findings& findings, const Report& report) {
    int n = 0;
    for (const Finding& f : findings) {
        if (Explanations::isExplainable(f) && Explanations::of(f, report).isEmpty())
            ++n;
    }
    return n;
}

} // namespace nb

#pragma once

#include "Command.h"

#include "document/ReportDocument.h"
#include "rules/Finding.h"

#include <memory>

namespace nb::cli {

/// Reads a report from a .nianbao document (read-only, no lock) or from our JSON (ReportFileReader).
/// Prints the reason and returns false when it cannot.
bool loadReport(Context& ctx, const QString& path, Report* report);

/// Opens a .nianbao document for editing; prints why and returns null when it cannot
/// (including when another process holds it: scripts must not edit a document someone is working on).
std::unique_ptr<ReportDocument> openForEditing(Context& ctx, const QString& path);

/// Human-readable findings, one per line (a warning followed by its key line and its explanation, if any),
/// then a summary line that counts the unexplained warnings too.
void printFindings(QTextStream& out, const Findings& findings, const Report& report);
/// For a warning: "INDENT  key: KEY" and, when explained, "INDENT  explanation: TEXT" lines.
void printFindingKey(QTextStream& out, const Finding& finding, const Report& report, const QString& indent);
/// ", 2 unexplained" after a warning count (nothing when there are no warnings).
QString unexplainedSuffix(const Findings& findings, const Report& report);

/// "error" / "warning" in the user's language.
QString severityLabel(Severity severity);

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace nb::cli

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

/// Human-readable findings, one per line, then a summary line.
void printFindings(QTextStream& out, const Findings& findings);

/// "error" / "warning" in the user's language.
QString severityLabel(Severity severity);

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace nb::cli

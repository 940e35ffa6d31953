#pragma once

#include "Command.h"

#include "document/ReportDocument.h"
#include "rules/Finding.h"

#include <memory>

namespace nb::cli {

/// Which files loadReport accepts: our own (a .nianbao document, Nianbao JSON) or also any original the
/// importers read (a published report as PDF, DOCX, web page or text).
enum class Accept : quint8 { OwnFiles, AnyOriginal };

/// Reads a report from a .nianbao document (read-only, no lock), from our JSON or, with
/// Accept::AnyOriginal, from an original through the importers (ReportFileReader); an original read with
/// import problems is said on err. Prints the reason and returns false when it cannot.
bool loadReport(Context& ctx, const QString& path, Report* report, Accept accept = Accept::OwnFiles);

/// Opens a .nianbao document for editing; prints why and returns null when it cannot
/// (including when another process holds it: scripts must not edit a document someone is working on).
/// Opens a document for a change; refuses a read-only one and (unless finalCopyExpected, for finalize and
/// unfinalize) a final copy, with a message saying why.
std::unique_ptr<ReportDocument> openForEditing(Context& ctx, const QString& path,
                                               bool finalCopyExpected = false);

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

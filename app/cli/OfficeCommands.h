#pragma once
// nianbao-cli office ACTION …: the coordinating office's repository (docs/cli.md, "office"). One file per
// action; OfficeCommand.cpp registers "office" and dispatches.

#include "Command.h"

#include "office/Consolidation.h"
#include "office/OfficeRepository.h"

#include <memory>

namespace nb::cli {

int runOfficeAdd(Context& ctx);
int runOfficeStatus(Context& ctx);
int runOfficeConsolidate(Context& ctx);
int runOfficeExport(Context& ctx);

/// Adds the positional argument REPO (a file or a server address) with its help text.
void addRepositoryArgument(QCommandLineParser& parser);
/// Opens REPO (creating it when create is true); prints why and returns null when it cannot.
std::unique_ptr<OfficeRepository> openRepository(Context& ctx, const QString& location, bool create);
/// --year Y as a year; prints the problem and returns false when missing or not a year.
bool parseYear(Context& ctx, const QString& text, int* year);
/// The status board of a year for `office status` and `office export`: the --roster when set, REPO (the
/// first positional argument) opened read-only, and its status rows. Prints the problem and returns false
/// when one fails; an error reading the status is printed as "PREFIX: error" when statusErrorPrefix is not
/// empty (export names its CSV file).
bool readStatusBoard(Context& ctx, const QCommandLineParser& parser, const QCommandLineOption& roster,
                     int year, const QString& statusErrorPrefix, QVector<UnitStatusRow>* rows);
/// Adds the units up and writes the total to output (nianbao-cli consolidate and office consolidate):
/// prints the total's units and check summary. ExitOk when made and the total has no errors, ExitFindings
/// when refused for units with errors (or the forced total has errors), ExitFailure when refused for mixed
/// formats or years, or on I/O errors.
int consolidateAndWrite(Context& ctx, const QVector<ConsolidationUnit>& units, const QString& output,
                        const QString& agency, bool force);

} // namespace nb::cli

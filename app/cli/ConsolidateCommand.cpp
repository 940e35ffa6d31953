// nianbao-cli consolidate UNIT… -o TOTAL [--force]: add up units' reports given as files.
#include "CliSupport.h"
#include "OfficeCommands.h"

#include "office/UnitChecks.h"
#include "rules/RuleEngine.h"

#include <QDir>
#include <QFileInfo>

namespace nb::cli {

int consolidateAndWrite(Context& ctx, const QVector<ConsolidationUnit>& units, const QString& output,
                        const QString& agency, bool force) {
    const QString target = QFileInfo(output).absoluteFilePath();
    for (const ConsolidationUnit& u : units) {
        if (!u.source.isEmpty() && QFileInfo(u.source).absoluteFilePath() == target) {
            printError(ctx, CommandRegistry::tr("the total %1 would replace one of its units")
                                .arg(QDir::toNativeSeparators(output)));
            return ExitFailure;
        }
    }
    const ConsolidationResult result = Consolidation::consolidate(units, agency, force);
    switch (result.outcome) {
    case ConsolidationResult::Outcome::Made:
        break;
    case ConsolidationResult::Outcome::RefusedErrors:
        printError(ctx, result.message);
        return ExitFindings;
    case ConsolidationResult::Outcome::RefusedMixed:
    case ConsolidationResult::Outcome::Failed:
        printError(ctx, result.message);
        return ExitFailure;
    }
    QString error;
    if (!Consolidation::writeTotal(result.total, output, &error)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(QDir::toNativeSeparators(output), error));
        return ExitFailure;
    }
    const Findings findings = RuleEngine::validate(result.total);
    const int errors = RuleEngine::errorCount(findings);
    ctx.out << result.total.notes;
    ctx.out << CommandRegistry::tr("%1: total of %n unit(s), %2 %3", nullptr, int(units.size()))
                   .arg(QDir::toNativeSeparators(output), result.total.format->id)
                   .arg(result.total.year)
            << "\n";
    printFindings(ctx.out, findings, result.total);
    return errors > 0 ? ExitFindings : ExitOk;
}

namespace {

int runConsolidate(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Add up units' reports of the same format and year, cell by cell, into a new document that lists its "
        "units and their fingerprints. Units with errors are refused unless --force."));
    parser.addPositionalArgument(QStringLiteral("UNIT"),
                                 CommandRegistry::tr("The units' reports (.nianbao or JSON)."),
                                 QStringLiteral("UNIT…"));
    const QCommandLineOption out(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        CommandRegistry::tr("The total document to write (replaced when it exists)."),
        QStringLiteral("TOTAL"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   CommandRegistry::tr("Include units with errors."));
    const QCommandLineOption agency(QStringLiteral("agency"), CommandRegistry::tr("The name of the total."),
                                    QStringLiteral("NAME"));
    parser.addOptions({out, force, agency});
    if (!parseOrExplain(parser, ctx, 1, -1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    if (parser.value(out).isEmpty()) {
        printError(ctx, CommandRegistry::tr("-o TOTAL is required"));
        return ExitFailure;
    }
    QVector<ConsolidationUnit> units;
    for (const QString& path : parser.positionalArguments()) {
        ConsolidationUnit unit;
        if (!loadReport(ctx, path, &unit.report))
            return ExitFailure;
        const UnitCheck check = checkUnit(unit.report, path);
        unit.name = OfficeRepository::normalizedName(unit.report.agency);
        if (unit.name.isEmpty())
            unit.name = QFileInfo(path).completeBaseName();
        unit.source = path;
        unit.fingerprint = check.fingerprint;
        unit.errors = check.errors;
        units.append(std::move(unit));
    }
    return consolidateAndWrite(ctx, units, parser.value(out), parser.value(agency), parser.isSet(force));
}

} // namespace

NIANBAO_CLI_COMMAND("consolidate",
                    QT_TRANSLATE_NOOP("nb::cli::Commands", "Add up units' reports into a consolidated total"),
                    runConsolidate);

} // namespace nb::cli

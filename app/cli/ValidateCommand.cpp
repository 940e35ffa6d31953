// nianbao-cli validate: run every rule over a document and print the findings.
#include "CliSupport.h"

#include "io/JsonExchange.h"
#include "rules/Explanations.h"

#include <QJsonDocument>

namespace nb::cli {
namespace {

int runValidate(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Check a report (.nianbao document or Nianbao JSON) with every rule of its format."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The report to check."));
    const QCommandLineOption json(QStringLiteral("json"), CommandRegistry::tr("Print the findings as JSON."));
    const QCommandLineOption strict(QStringLiteral("strict"), CommandRegistry::tr("Exit 1 on warnings too."));
    const QCommandLineOption previous(QStringLiteral("previous"),
                                      CommandRegistry::tr("Last year's report, for the cross-year checks."),
                                      QStringLiteral("FILE"));
    parser.addOptions({json, strict, previous});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    Report report;
    if (!loadReport(ctx, parser.positionalArguments().constFirst(), &report))
        return ExitFailure;
    Report last;
    RuleEngine::Options options;
    if (parser.isSet(previous)) {
        if (!loadReport(ctx, parser.value(previous), &last))
            return ExitFailure;
        options.previousYear = &last;
    }
    RuleEngine::computeTotals(report);
    const Findings findings = RuleEngine::validate(report, options);
    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QStringLiteral("schema"), QLatin1String(JsonExchange::kSchema));
        root.insert(QStringLiteral("path"), parser.positionalArguments().constFirst());
        root.insert(QStringLiteral("format"), report.format->id);
        root.insert(QStringLiteral("agency"), report.agency);
        root.insert(QStringLiteral("year"), report.year);
        root.insert(QStringLiteral("errors"), RuleEngine::errorCount(findings));
        root.insert(QStringLiteral("warnings"), RuleEngine::warningCount(findings));
        root.insert(QStringLiteral("unexplained_warnings"), countUnexplainedWarnings(findings, report));
        root.insert(QStringLiteral("unchecked"), RuleEngine::uncheckedCount(findings));
        root.insert(QStringLiteral("findings"), JsonExchange::findingsToJson(findings, report));
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        ctx.out << report.effectiveTitle() << " (" << report.format->name << ")\n";
        printFindings(ctx.out, findings, report);
    }
    ctx.out.flush();
    const int errors = RuleEngine::errorCount(findings);
    const int warnings = RuleEngine::warningCount(findings);
    return errors > 0 || (parser.isSet(strict) && warnings > 0) ? ExitFindings : ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("validate", QT_TRANSLATE_NOOP("nb::cli::Commands", "Check a report with every rule"),
                    runValidate);

} // namespace nb::cli

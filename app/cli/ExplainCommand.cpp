// nianbao-cli explain: acknowledge a warning with a written explanation (说明), or remove it.
#include "CliSupport.h"

#include "rules/Explanations.h"

namespace nb::cli {
namespace {

int runExplain(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Explain a warning of a document (说明): the explanation is stored in the document, shown in the "
        "checks panel and exported with the findings; an explained warning no longer counts as unexplained. "
        "Errors cannot be explained. KEY is the finding key printed by validate and check."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The .nianbao document."));
    parser.addPositionalArgument(QStringLiteral("KEY"), CommandRegistry::tr("The finding key of a warning."));
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 CommandRegistry::tr("The explanation (not with --remove)."),
                                 QStringLiteral("[TEXT]"));
    const QCommandLineOption remove(QStringLiteral("remove"), CommandRegistry::tr("Remove the explanation."));
    parser.addOption(remove);
    if (!parseOrExplain(parser, ctx, 2, 3))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    const QStringList args = parser.positionalArguments();
    const bool removing = parser.isSet(remove);
    if (removing == (args.size() == 3)) {
        printError(ctx, removing ? CommandRegistry::tr("--remove takes no TEXT")
                                 : CommandRegistry::tr("TEXT is missing (or use --remove)"));
        return ExitFailure;
    }
    const QString& key = args.at(1);
    const QString text = removing ? QString() : args.at(2);
    if (!removing && text.trimmed().isEmpty()) {
        printError(ctx, CommandRegistry::tr("The explanation is empty (use --remove to remove one)."));
        return ExitFailure;
    }
    auto doc = openForEditing(ctx, args.at(0));
    if (!doc)
        return ExitFailure;
    QString error;
    if (!doc->setExplanation(key, text, &error)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(args.at(0), error));
        return ExitFailure;
    }
    ctx.out << (removing ? CommandRegistry::tr("%1: explanation removed.")
                         : CommandRegistry::tr("%1: explained."))
                   .arg(key)
            << Qt::endl;
    const Findings& findings = doc->findings();
    ctx.out << CommandRegistry::tr("%n warning(s)", nullptr, RuleEngine::warningCount(findings))
            << unexplainedSuffix(findings, doc->report()) << Qt::endl;
    return ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("explain",
                    QT_TRANSLATE_NOOP("nb::cli::Commands",
                                      "Explain a warning (说明), or remove an explanation"),
                    runExplain);

} // namespace nb::cli

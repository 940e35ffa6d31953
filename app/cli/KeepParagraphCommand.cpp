// nianbao-cli keep-paragraph: mark a narrative paragraph as intentionally kept from last year.
#include "CliSupport.h"

namespace nb::cli {
namespace {

int runKeepParagraph(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Mark paragraph N of a narrative section as intentionally kept from last year's report: the "
        "copied-paragraph check (narrative_copied) no longer flags it. Editing the paragraph ends the "
        "mark."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The .nianbao document."));
    parser.addPositionalArgument(QStringLiteral("SECTION"),
                                 CommandRegistry::tr("Narrative section: 一, 五 or 六."));
    parser.addPositionalArgument(QStringLiteral("N"), CommandRegistry::tr("Paragraph number, from 1."));
    const QCommandLineOption undo(QStringLiteral("undo"), CommandRegistry::tr("Remove the mark instead."));
    parser.addOption(undo);
    if (!parseOrExplain(parser, ctx, 3, 3))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int n = args.at(2).toInt(&ok);
    if (!ok || n < 1) {
        printError(ctx, CommandRegistry::tr("N: “%1” is not a paragraph number").arg(args.at(2)));
        return ExitFailure;
    }
    auto doc = openForEditing(ctx, args.at(0));
    if (!doc)
        return ExitFailure;
    QString error;
    if (!doc->setParagraphKept(args.at(1), n, !parser.isSet(undo), &error)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(args.at(0), error));
        return ExitFailure;
    }
    ctx.out << (parser.isSet(undo)
                    ? CommandRegistry::tr("Section %1, paragraph %2: no longer marked as kept.")
                    : CommandRegistry::tr("Section %1, paragraph %2: marked as intentionally kept."))
                   .arg(args.at(1))
                   .arg(n)
            << Qt::endl;
    return ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("keep-paragraph",
                    QT_TRANSLATE_NOOP("nb::cli::Commands",
                                      "Mark a narrative paragraph as intentionally kept"),
                    runKeepParagraph);

} // namespace nb::cli

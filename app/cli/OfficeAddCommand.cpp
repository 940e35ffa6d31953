// nianbao-cli office add REPO FILE|FOLDER…: receive units' documents into the repository.
#include "OfficeCommands.h"

#include <QDir>

namespace nb::cli {

int runOfficeAdd(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Receive units' documents (.nianbao) into the office repository, which is created on first use. A "
        "folder adds every .nianbao in it. A later copy of the same unit and year supersedes the earlier one "
        "(kept in the history); the same file twice is reported as a duplicate."));
    addRepositoryArgument(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("Documents or folders."),
                                 QStringLiteral("FILE…"));
    if (!parseOrExplain(parser, ctx, 2, -1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    QStringList inputs = parser.positionalArguments();
    const QString location = inputs.takeFirst();
    auto repo = openRepository(ctx, location, /*create=*/true);
    if (!repo)
        return ExitFailure;
    const QStringList files = OfficeRepository::expandPaths(inputs);
    if (files.isEmpty()) {
        printError(ctx,
                   CommandRegistry::tr("no .nianbao documents in %1").arg(inputs.join(QStringLiteral(", "))));
        return ExitFindings;
    }
    int failed = 0;
    int added = 0;
    int duplicates = 0;
    const QVector<AddResult> results = repo->addPaths(files);
    // A server connection lost during the add: every file after it failed for that one reason, said once.
    const bool lost = !repo->isConnected();
    int notReceived = 0;
    for (const AddResult& r : results) {
        const QString shown = QDir::toNativeSeparators(r.file);
        switch (r.outcome) {
        case AddResult::Outcome::Added:
        case AddResult::Outcome::Superseded:
            ++added;
            ctx.out << CommandRegistry::tr("%1: %2").arg(shown, r.message) << "\n";
            break;
        case AddResult::Outcome::Duplicate:
            ++duplicates;
            ctx.out << CommandRegistry::tr("%1: %2").arg(shown, r.message) << "\n";
            break;
        case AddResult::Outcome::Failed:
            ++failed;
            if (!lost || notReceived++ == 0)
                printError(ctx, CommandRegistry::tr("%1: %2").arg(shown, r.message));
            break;
        }
    }
    if (lost) {
        printError(ctx, CommandRegistry::tr("the connection to the repository was lost: %n document(s) "
                                            "were not received; run the same command again (what was "
                                            "received is recognised as a duplicate)",
                                            nullptr, failed));
        return ExitFailure;
    }
    ctx.out << CommandRegistry::tr("%n document(s) received", nullptr, added) << ", "
            << CommandRegistry::tr("%n duplicate(s)", nullptr, duplicates) << ", "
            << CommandRegistry::tr("%n refused", nullptr, failed) << "\n";
    return failed > 0 ? ExitFindings : ExitOk;
}

} // namespace nb::cli

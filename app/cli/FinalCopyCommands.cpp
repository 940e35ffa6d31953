// nianbao-cli finalize / unfinalize / verify: final copies (定稿) and their fingerprint (docs/cli.md).
#include "CliSupport.h"

#include "storage/DocumentLock.h"
#include "storage/FinalCopy.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace nb::cli {
namespace {

QCommandLineOption byOption() {
    return {QStringLiteral("by"),
            CommandRegistry::tr("Who does it (default: the user name of this session)."),
            QStringLiteral("NAME")};
}

QString byName(const QCommandLineParser& parser) {
    const QString by = parser.value(QStringLiteral("by")).trimmed();
    return by.isEmpty() ? DocumentLock::currentUserName() : by;
}

QString when(const QDateTime& time) {
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

int runFinalize(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Make a document a final copy (定稿): every later change is refused until it is returned to draft "
        "with a reason. Prints the fingerprint of its content (SHA-256, 64 hex digits) on stdout."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The document (.nianbao)."));
    parser.addOption(byOption());
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    const QString path = parser.positionalArguments().constFirst();
    auto doc = openForEditing(ctx, path, true);
    if (!doc)
        return ExitFailure;
    QString fingerprint;
    QString error;
    if (!doc->finalize(byName(parser), &fingerprint, &error)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(path, error));
        return ExitFailure;
    }
    ctx.out << fingerprint << Qt::endl;
    return ExitOk;
}

int runUnfinalize(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandRegistry::tr("Return a final copy to draft, so that it can be changed again. The reason and "
                            "who did it are written to the document's edit log."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The document (.nianbao)."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CommandRegistry::tr("Why the final copy goes back to draft (required)."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({reason, byOption()});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    if (parser.value(reason).trimmed().isEmpty()) {
        printError(ctx,
                   CommandRegistry::tr("--reason is required: say why the final copy goes back to draft"));
        return ExitFailure;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto doc = openForEditing(ctx, path, true);
    if (!doc)
        return ExitFailure;
    QString error;
    if (!doc->returnToDraft(parser.value(reason), byName(parser), &error)) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(path, error));
        return ExitFailure;
    }
    ctx.out << CommandRegistry::tr("%1 is a draft again.").arg(path) << Qt::endl;
    return ExitOk;
}

int runVerify(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Check a final copy: exit 0 when its content still matches its fingerprint and its edit log is "
        "intact, 1 when it was altered, 2 when it is not a final copy or cannot be read. The file is "
        "never changed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The document (.nianbao)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandRegistry::tr("Print the result as JSON (same exit codes)."));
    parser.addOption(json);
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    const QString path = parser.positionalArguments().constFirst();
    FinalCopyCheck check;
    if (QFileInfo::exists(path))
        check = checkFinalCopy(path);
    else
        check.problem = CommandRegistry::tr("no such file");
    const int code = check.state == FinalCopyCheck::State::Final     ? int(ExitOk)
                     : check.state == FinalCopyCheck::State::Altered ? int(ExitFindings)
                                                                     : int(ExitFailure);
    if (parser.isSet(json)) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("state"), finalCopyStateName(check.state));
        o.insert(QStringLiteral("fingerprint"), check.storedFingerprint);
        o.insert(QStringLiteral("actualFingerprint"), check.actualFingerprint);
        o.insert(QStringLiteral("finalizedBy"), check.finalizedBy);
        o.insert(QStringLiteral("finalizedAt"),
                 check.finalizedAt.isValid() ? check.finalizedAt.toString(Qt::ISODateWithMs) : QString());
        o.insert(QStringLiteral("problem"), check.problem);
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return code;
    }
    switch (check.state) {
    case FinalCopyCheck::State::Final:
        ctx.out << CommandRegistry::tr("%1: final copy, intact. Fingerprint %2, finalized by %3 on %4.")
                       .arg(path, check.storedFingerprint,
                            check.finalizedBy.isEmpty() ? CommandRegistry::tr("(not given)")
                                                        : check.finalizedBy,
                            when(check.finalizedAt))
                << Qt::endl;
        return ExitOk;
    case FinalCopyCheck::State::Altered:
        ctx.out << CommandRegistry::tr("%1: ALTERED after it was finalized.").arg(path) << Qt::endl;
        printError(ctx, check.problem);
        return ExitFindings;
    case FinalCopyCheck::State::Draft:
        printError(ctx, CommandRegistry::tr("%1 is not a final copy (it is a draft; fingerprint of its "
                                            "content now: %2).")
                            .arg(path, check.actualFingerprint));
        return ExitFailure;
    case FinalCopyCheck::State::Unreadable:
        break;
    }
    printError(ctx, CommandRegistry::tr("%1: %2").arg(path, check.problem));
    return ExitFailure;
}

} // namespace

NIANBAO_CLI_COMMAND("finalize",
                    QT_TRANSLATE_NOOP("nb::cli::Commands",
                                      "Make a document a final copy; print its fingerprint"),
                    runFinalize);
NIANBAO_CLI_COMMAND("unfinalize",
                    QT_TRANSLATE_NOOP("nb::cli::Commands", "Return a final copy to draft, with a reason"),
                    runUnfinalize);
NIANBAO_CLI_COMMAND("verify",
                    QT_TRANSLATE_NOOP("nb::cli::Commands",
                                      "Check that a final copy still matches its fingerprint"),
                    runVerify);

} // namespace nb::cli

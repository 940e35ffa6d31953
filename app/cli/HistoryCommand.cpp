// nianbao-cli history / checkpoint: the audit trail of a document and its named versions.
#include "CliSupport.h"

#include "document/EditLogText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::cli {
namespace {

int runHistory(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Show the edit log (every committed change, oldest first) and the saved versions."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The document (.nianbao)."));
    const QCommandLineOption json(QStringLiteral("json"), CommandRegistry::tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CommandRegistry::tr("At most N edits (default 1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({json, limit});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    const QString path = parser.positionalArguments().constFirst();
    OpenInfo info;
    QString error;
    auto doc = ReportDocument::open(path, &info, &error, /*readOnlyRequested=*/true);
    if (!doc || !doc->store()) {
        printError(ctx, CommandRegistry::tr("%1: %2").arg(path, error));
        return ExitFailure;
    }
    const QVector<EditLogEntry> edits = doc->store()->history(qMax(1, parser.value(limit).toInt()));
    const QVector<VersionInfo> versions = doc->store()->versions();
    const EditLogDescriber describer(doc->report().format.get());
    if (parser.isSet(json)) {
        QJsonArray e;
        for (const EditLogEntry& entry : edits) {
            const EditLogText text = describer.describe(entry);
            QJsonObject edit{{QStringLiteral("id"), entry.id},
                             {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("what"), entry.what},
                             {QStringLiteral("old"), entry.oldValue},
                             {QStringLiteral("new"), entry.newValue},
                             {QStringLiteral("kind"), text.kind},
                             {QStringLiteral("place"), text.place},
                             {QStringLiteral("old_text"), text.before},
                             {QStringLiteral("new_text"), text.after}};
            if (!text.action.isEmpty()) { // one explanation added, changed or removed
                edit.insert(QStringLiteral("action"), text.action);
                edit.insert(QStringLiteral("finding_key"), text.findingKey);
            }
            e << edit;
        }
        QJsonArray v;
        for (const VersionInfo& version : versions)
            v << QJsonObject{{QStringLiteral("id"), version.id},
                             {QStringLiteral("time"), version.time.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("name"), version.name},
                             {QStringLiteral("last_edit"), version.lastEditId}};
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("edits"), e}, {QStringLiteral("versions"), v}})
                .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const EditLogEntry& entry : edits)
        ctx.out << entry.id << "  " << entry.time.toLocalTime().toString(Qt::ISODate) << "  "
                << describer.describe(entry).line() << "\n";
    for (const VersionInfo& version : versions)
        ctx.out << CommandRegistry::tr("version %1 “%2” saved %3 after edit %4")
                       .arg(version.id)
                       .arg(version.name, version.time.toLocalTime().toString(Qt::ISODate))
                       .arg(version.lastEditId)
                << "\n";
    return ExitOk;
}

int runCheckpoint(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Save a named version of a document (edits are stored already; this marks a point)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The document (.nianbao)."));
    const QCommandLineOption name(QStringLiteral("name"), CommandRegistry::tr("Name of the version."),
                                  QStringLiteral("NAME"));
    parser.addOption(name);
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    if (parser.value(name).trimmed().isEmpty()) {
        printError(ctx, CommandRegistry::tr("--name is required"));
        return ExitFailure;
    }
    auto doc = openForEditing(ctx, parser.positionalArguments().constFirst());
    if (!doc)
        return ExitFailure;
    QString error;
    if (!doc->saveVersion(parser.value(name).trimmed(), &error)) {
        printError(ctx, error);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("history", QT_TRANSLATE_NOOP("nb::cli::Commands", "Show the edit log and saved versions"),
                    runHistory);
NIANBAO_CLI_COMMAND("checkpoint",
                    QT_TRANSLATE_NOOP("nb::cli::Commands", "Save a named version of a document"),
                    runCheckpoint);

} // namespace nb::cli

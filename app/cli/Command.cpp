#include "Command.h"

namespace nb::cli {

CommandRegistry& CommandRegistry::instance() {
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Command command) {
    m_commands << std::move(command);
    std::sort(m_commands.begin(), m_commands.end(),
              [](const Command& a, const Command& b) { return a.name < b.name; });
}

const Command* CommandRegistry::find(const QString& name) const {
    for (const Command& c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<Command> CommandRegistry::all() const {
    return m_commands;
}

bool parseOrExplain(QCommandLineParser& parser, Context& ctx, int minPositional, int maxPositional) {
    parser.addHelpOption();
    if (!parser.parse(ctx.arguments)) {
        printError(ctx, parser.errorText());
        ctx.err << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        printError(ctx, CommandRegistry::tr("wrong number of arguments"));
        ctx.err << parser.helpText();
        return false;
    }
    return true;
}

void printError(Context& ctx, const QString& message) {
    ctx.err << "nianbao-cli: " << message << Qt::endl;
}

} // namespace nb::cli

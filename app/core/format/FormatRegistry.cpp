#include "format/FormatRegistry.h"

#include "format/FormatLoader.h"

#include <QDir>
#include <QStandardPaths>

namespace nb {

const FormatRegistry& FormatRegistry::instance() {
    static const FormatRegistry registry = [] {
        FormatRegistry r;
        const QStringList problems = r.loadDirectory(QStringLiteral(":/formats"));
        Q_ASSERT_X(problems.isEmpty(), "FormatRegistry", "a built-in format failed to load");
        // Formats added by the user (e.g. a provincial variant) extend or override the built-in ones.
        r.loadDirectory(userFormatDirectory());
        const QString extra = qEnvironmentVariable("NIANBAO_FORMAT_DIR");
        if (!extra.isEmpty())
            r.loadDirectory(extra);
        return r;
    }();
    return registry;
}

QString FormatRegistry::userFormatDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/formats");
}

QStringList FormatRegistry::loadDirectory(const QString& dir) {
    QStringList problems;
    const QDir d(dir);
    if (!d.exists())
        return problems;
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QString error;
        FormatPtr f = FormatLoader::loadFile(d.filePath(name), &error);
        if (!f || !add(f, &error))
            problems << error;
    }
    return problems;
}

bool FormatRegistry::add(FormatPtr format, QString* error) {
    if (!format) {
        if (error)
            *error = tr("no format given");
        return false;
    }
    m_formats.insert(format->id, std::move(format));
    return true;
}

FormatPtr FormatRegistry::format(const QString& id) const {
    return m_formats.value(id);
}

QStringList FormatRegistry::ids() const {
    QStringList list = m_formats.keys();
    std::sort(list.begin(), list.end(), std::greater<QString>());
    return list;
}

} // namespace nb

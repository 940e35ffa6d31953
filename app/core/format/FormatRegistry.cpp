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
    m_problems << problems;
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

FormatPtr FormatRegistry::formatForYear(int year, QString* conflict) const {
    if (year <= 0)
        return format(defaultFormatId());
    FormatPtr best;
    FormatPtr oldest;
    QStringList tied;
    for (const FormatPtr& f : m_formats) {
        if (!oldest || f->firstYear < oldest->firstYear)
            oldest = f;
        if (f->firstYear > year)
            continue;
        if (!best || f->firstYear > best->firstYear) {
            best = f;
            tied = QStringList{f->id};
        } else if (f->firstYear == best->firstYear) {
            tied << f->id;
        }
    }
    if (tied.size() > 1) {
        if (conflict)
            *conflict = tr("The formats %1 all apply from %2; choose one of them explicitly.")
                            .arg(tied.join(QStringLiteral(", ")))
                            .arg(best->firstYear);
        return nullptr;
    }
    return best ? best : oldest;
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

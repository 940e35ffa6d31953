#include "format/FormatRegistry.h"

#include "format/FormatLoader.h"

#include <QDir>
#include <QFile>
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
        const QString path = d.filePath(name);
        QFile file(path);
        QStringList errors;
        FormatPtr f;
        if (!file.open(QIODevice::ReadOnly))
            errors << tr("cannot read the file: %1").arg(file.errorString());
        else
            f = FormatLoader::load(file.readAll(), &errors);
        if (!f) {
            QStringList lines;
            for (const QString& e : qAsConst(errors))
                lines << path + QStringLiteral(": ") + e;
            problems << lines.join(QLatin1Char('\n'));
            m_brokenFiles << FormatFileProblem{path, errors};
            continue;
        }
        const QString id = f->id;
        add(f, nullptr);
        m_sources.insert(id, path);
    }
    m_problems << problems;
    return problems;
}

bool FormatRegistry::add(const FormatPtr& format, QString* error) {
    if (!format) {
        if (error)
            *error = tr("no format given");
        return false;
    }
    m_sources.remove(format->id);
    m_formats.insert(format->id, format);
    return true;
}

QString FormatRegistry::describe(const QString& id) const {
    const QString file = sourceFile(id);
    if (file.isEmpty())
        return id;
    if (file.startsWith(QLatin1String(":/")))
        return tr("%1 (built in)").arg(id);
    return tr("%1 (file %2)").arg(id, QDir::toNativeSeparators(file));
}

QStringList FormatRegistry::conflicts() const {
    QMap<int, QStringList> byYear;
    for (const FormatPtr& f : m_formats)
        byYear[f->firstYear] << f->id;
    QStringList messages;
    for (auto it = byYear.constBegin(); it != byYear.constEnd(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList described;
        for (const QString& id : it.value())
            described << describe(id);
        messages << tr("The formats %1 all apply from %2: the program does not choose between them. Remove "
                       "one of the files or change its “firstYear”; until then a report of those years must "
                       "name its format.")
                        .arg(described.join(QStringLiteral(", ")))
                        .arg(it.key());
    }
    return messages;
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
        QStringList described;
        for (const QString& id : qAsConst(tied))
            described << describe(id);
        if (conflict)
            *conflict = tr("The formats %1 all apply from %2; choose one of them explicitly.")
                            .arg(described.join(QStringLiteral(", ")))
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

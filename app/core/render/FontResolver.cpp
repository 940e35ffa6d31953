#include "render/FontResolver.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>

namespace nb {

namespace {

struct Candidate {
    const char* name;  ///< UTF-8 family name as fontconfig / Windows report it
    bool boldForTitle; ///< use the Bold face when this family sets the title
};

/// Windows names first (Chinese and English spellings), then Fandol, then system CJK fonts.
QVector<Candidate> candidateList(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return {{"方正小标宋简体", false},
                {"FZXiaoBiaoSong-B05S", false},
                {"方正小标宋_GBK", false},
                {"华文中宋", false},
                {"STZhongsong", false},
                {"宋体", true},
                {"SimSun", true},
                {"FandolSong", true},
                {"Noto Serif CJK SC", true},
                {"Source Han Serif SC", true},
                {"AR PL UMing CN", false},
                {"Noto Sans CJK SC", true},
                {"WenQuanYi Zen Hei", false}};
    case FontRole::Body:
    case FontRole::Table:
        return {{"仿宋_GB2312", false},
                {"FangSong_GB2312", false},
                {"仿宋", false},
                {"FangSong", false},
                {"FandolFang", false},
                {"Noto Serif CJK SC", false},
                {"Source Han Serif SC", false},
                {"AR PL UMing CN", false},
                {"Noto Sans CJK SC", false},
                {"WenQuanYi Zen Hei", false}};
    case FontRole::Heading1:
        return {{"黑体", false},
                {"SimHei", false},
                {"FandolHei", false},
                {"Noto Sans CJK SC", false},
                {"Source Han Sans SC", false},
                {"WenQuanYi Zen Hei", false},
                {"WenQuanYi Micro Hei", false},
                {"Noto Serif CJK SC", false}};
    case FontRole::Heading2:
        return {{"楷体_GB2312", false},
                {"KaiTi_GB2312", false},
                {"楷体", false},
                {"KaiTi", false},
                {"FandolKai", false},
                {"AR PL UKai CN", false},
                {"LXGW WenKai", false},
                {"Noto Serif CJK SC", false},
                {"Noto Sans CJK SC", false},
                {"WenQuanYi Zen Hei", false}};
    case FontRole::PageNumber:
        return {{"宋体", false},
                {"SimSun", false},
                {"FandolSong", false},
                {"Noto Serif CJK SC", false},
                {"Source Han Serif SC", false},
                {"AR PL UMing CN", false},
                {"Noto Sans CJK SC", false},
                {"WenQuanYi Zen Hei", false}};
    }
    return {};
}

/// True for a family after the Fandol entry of the role's list (a system font the app did not ship).
bool isSystemFallback(FontRole role, const QString& family) {
    bool afterFandol = false;
    for (const Candidate& c : candidateList(role)) {
        const QString name = QString::fromUtf8(c.name);
        if (name.startsWith(QLatin1String("Fandol"))) {
            afterFandol = true;
            continue;
        }
        if (name == family)
            return afterFandol;
    }
    return false;
}

QString roleName(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return FontResolver::tr("title");
    case FontRole::Body:
        return FontResolver::tr("body");
    case FontRole::Heading1:
        return FontResolver::tr("level-1 heading");
    case FontRole::Heading2:
        return FontResolver::tr("level-2 heading");
    case FontRole::PageNumber:
        return FontResolver::tr("page number");
    case FontRole::Table:
        return FontResolver::tr("table text");
    }
    return {};
}

} // namespace

QStringList FontResolver::fontSearchPath() {
    QStringList dirs;
    const QString env = qEnvironmentVariable("NIANBAO_FONT_DIR");
    if (!env.isEmpty())
        dirs << env;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        dirs << appDir + QStringLiteral("/fonts") << appDir + QStringLiteral("/../share/nianbao/fonts");
    }
#ifdef NIANBAO_SOURCE_FONT_DIR
    dirs << QStringLiteral(NIANBAO_SOURCE_FONT_DIR);
#endif
    return dirs;
}

QString FontResolver::bundledFontDirectory() {
    // An explicit NIANBAO_FONT_DIR is used alone (also when it holds no fonts: tests use that).
    const QString env = qEnvironmentVariable("NIANBAO_FONT_DIR");
    if (!env.isEmpty())
        return QDir(env).exists() ? QDir::cleanPath(QDir(env).absolutePath()) : QString();
    for (const QString& dir : fontSearchPath()) {
        const QDir d(dir);
        if (d.exists() &&
            !d.entryList({QStringLiteral("*.otf"), QStringLiteral("*.ttf"), QStringLiteral("*.ttc")},
                         QDir::Files)
                 .isEmpty())
            return QDir::cleanPath(d.absolutePath());
    }
    return {};
}

QStringList FontResolver::loadBundledFonts() {
    static QMutex mutex;
    static bool loaded = false;
    static QStringList families;
    QMutexLocker lock(&mutex);
    if (loaded)
        return families;
    loaded = true;
    const QString dir = bundledFontDirectory();
    if (dir.isEmpty())
        return families;
    const QDir d(dir);
    const QStringList files = d.entryList(
        {QStringLiteral("*.otf"), QStringLiteral("*.ttf"), QStringLiteral("*.ttc")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const int id = QFontDatabase::addApplicationFont(d.filePath(file));
        if (id < 0)
            continue;
        for (const QString& family : QFontDatabase::applicationFontFamilies(id)) {
            if (!families.contains(family))
                families << family;
        }
    }
    return families;
}

QStringList FontResolver::candidates(FontRole role) {
    QStringList out;
    for (const Candidate& c : candidateList(role))
        out << QString::fromUtf8(c.name);
    return out;
}

FontResolver::FontResolver(const ExportOptions& options) {
    loadBundledFonts();
    for (int r = 0; r < kFontRoleCount; ++r) {
        const auto role = FontRole(r);
        QStringList& list = m_families[r];
        const QString override = options.fontOverride(role).trimmed();
        if (role == FontRole::Table && override.isEmpty()) {
            // Tables follow the body (its override too) unless they have their own.
            m_families[r] = m_families[int(FontRole::Body)];
            m_bold[r] = m_bold[int(FontRole::Body)];
            continue;
        }
        if (!override.isEmpty()) {
            if (QFontDatabase::hasFamily(override))
                list << override;
            else
                m_warnings << tr("The %1 font \"%2\" is not installed; using the standard fonts.")
                                  .arg(roleName(role), override);
        }
        bool first = list.isEmpty();
        for (const Candidate& c : candidateList(role)) {
            const QString name = QString::fromUtf8(c.name);
            if (list.contains(name) || !QFontDatabase::hasFamily(name))
                continue;
            list << name;
            if (first) {
                m_bold[r] = role == FontRole::Title && c.boldForTitle;
                first = false;
            }
        }
        if (list.isEmpty())
            m_warnings
                << tr("No Chinese font found for the %1; characters may be missing.").arg(roleName(role));
        else if (isSystemFallback(role, list.first()))
            m_warnings << tr("The %1 uses the system font \"%2\".").arg(roleName(role), list.first());
    }
}

QFont FontResolver::font(FontRole role, qreal pointSize) const {
    QFont f;
    if (!m_families[int(role)].isEmpty())
        f.setFamilies(m_families[int(role)]);
    f.setPointSizeF(pointSize);
    f.setWeight(m_bold[int(role)] ? QFont::Bold : QFont::Normal);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferQuality));
    return f;
}

QString FontResolver::officeFamily(FontRole role, const ExportOptions& options) {
    QString override = options.fontOverride(role).trimmed();
    if (!override.isEmpty())
        return override;
    switch (role) {
    case FontRole::Title:
        return QStringLiteral("方正小标宋简体");
    case FontRole::Body:
        return QStringLiteral("仿宋_GB2312");
    case FontRole::Heading1:
        return QStringLiteral("黑体");
    case FontRole::Heading2:
        return QStringLiteral("楷体_GB2312");
    case FontRole::PageNumber:
        return QStringLiteral("宋体");
    case FontRole::Table:
        return officeFamily(FontRole::Body, options);
    }
    return {};
}

QStringList FontResolver::officeAlternates(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return {QStringLiteral("华文中宋"), QStringLiteral("宋体")};
    case FontRole::Body:
    case FontRole::Table:
        return {QStringLiteral("仿宋"), QStringLiteral("FangSong")};
    case FontRole::Heading1:
        return {QStringLiteral("SimHei")};
    case FontRole::Heading2:
        return {QStringLiteral("楷体"), QStringLiteral("KaiTi")};
    case FontRole::PageNumber:
        return {QStringLiteral("SimSun")};
    }
    return {};
}

QString FontResolver::cssFamilies(FontRole role, const ExportOptions& options) {
    QStringList names;
    names << officeFamily(role, options) << officeAlternates(role);
    for (const QString& c : candidates(role)) {
        if (!names.contains(c))
            names << c;
    }
    QStringList quoted;
    for (const QString& n : names)
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    quoted << (role == FontRole::Heading1 ? QStringLiteral("sans-serif") : QStringLiteral("serif"));
    return quoted.join(QStringLiteral(", "));
}

} // namespace nb

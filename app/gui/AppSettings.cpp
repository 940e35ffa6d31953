#include "AppSettings.h"

#include "UiFonts.h"

#include "render/PageGeometry.h"

#include <QDir>
#include <QFileInfo>
#include <QFontInfo>

namespace nb::gui {

namespace {
QString& settingsFile() {
    static QString file = qEnvironmentVariable("NIANBAO_SETTINGS");
    return file;
}

std::unique_ptr<QSettings>& shared() {
    static std::unique_ptr<QSettings> settings;
    return settings;
}
} // namespace

void AppSettings::useFile(const QString& iniPath) {
    if (shared())
        shared()->sync();
    shared().reset();
    settingsFile() = iniPath;
}

QSettings* AppSettings::open() {
    // One instance for the process: QSettings writes the file once per batch of changes (each write is
    // synced to disk, which costs as much as a document commit), not once per value.
    if (!shared()) {
        if (!settingsFile().isEmpty())
            shared() = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
        else
            shared() = std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("Nianbao"),
                                                   QStringLiteral("nianbao"));
    }
    return shared().get();
}

void AppSettings::sync() {
    if (shared())
        shared()->sync();
}

QString AppSettings::language() {
    return open()->value(QStringLiteral("ui/language")).toString();
}
void AppSettings::setLanguage(const QString& language) {
    open()->setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::defaultAgency() {
    return open()->value(QStringLiteral("defaults/agency")).toString();
}
void AppSettings::setDefaultAgency(const QString& agency) {
    open()->setValue(QStringLiteral("defaults/agency"), agency);
}

AgencyKind AppSettings::defaultAgencyKind() {
    AgencyKind kind = AgencyKind::Department;
    agencyKindFromString(open()->value(QStringLiteral("defaults/agency_kind")).toString(), &kind);
    return kind;
}

void AppSettings::setDefaultAgencyKind(AgencyKind kind) {
    open()->setValue(QStringLiteral("defaults/agency_kind"), agencyKindToString(kind));
}

QList<FontRole> AppSettings::fontRoles() {
    return {FontRole::Title, FontRole::Body, FontRole::Heading1, FontRole::Heading2, FontRole::Table};
}

QString AppSettings::fontRoleName(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return tr("Title");
    case FontRole::Body:
        return tr("Body text");
    case FontRole::Heading1:
        return tr("Level-1 headings (一、)");
    case FontRole::Heading2:
        return tr("Level-2 headings (（一）)");
    case FontRole::Table:
        return tr("Tables");
    case FontRole::PageNumber:
        break;
    }
    return {};
}

QString AppSettings::fontRoleKey(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return QStringLiteral("title");
    case FontRole::Body:
        return QStringLiteral("body");
    case FontRole::Heading1:
        return QStringLiteral("heading1");
    case FontRole::Heading2:
        return QStringLiteral("heading2");
    case FontRole::Table:
        return QStringLiteral("table");
    case FontRole::PageNumber:
        return QStringLiteral("page_number");
    }
    return {};
}

QStringList AppSettings::defaultFontFamilies(FontRole role) {
    // GB/T 9704 official-document fonts first, then the free fonts that look alike.
    switch (role) {
    case FontRole::Title:
        return {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                QStringLiteral("FandolSong"), QStringLiteral("Noto Serif CJK SC")};
    case FontRole::Body:
    case FontRole::Table:
        return {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong"), QStringLiteral("仿宋"),
                QStringLiteral("FandolFang"), QStringLiteral("Noto Serif CJK SC")};
    case FontRole::Heading1:
        return {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("FandolHei"),
                QStringLiteral("Noto Sans CJK SC")};
    case FontRole::Heading2:
        return {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi"), QStringLiteral("楷体"),
                QStringLiteral("FandolKai"), QStringLiteral("Noto Serif CJK SC")};
    case FontRole::PageNumber:
        return {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("FandolSong"),
                QStringLiteral("Noto Serif CJK SC")};
    }
    return {};
}

double AppSettings::paperFontSize(FontRole role) {
    return PageGeometry::pointSize(role);
}

QString AppSettings::fontOverride(FontRole role) {
    return open()->value(QStringLiteral("fonts/%1").arg(fontRoleKey(role))).toString();
}

void AppSettings::setFontOverride(FontRole role, const QString& family) {
    open()->setValue(QStringLiteral("fonts/%1").arg(fontRoleKey(role)), family);
}

QStringList AppSettings::fontFamilies(FontRole role) {
    QStringList families = defaultFontFamilies(role);
    const QString chosen = fontOverride(role);
    if (!chosen.isEmpty()) {
        families.removeAll(chosen);
        families.prepend(chosen);
    }
    return families;
}

QFont AppSettings::font(FontRole role) {
    QFont f;
    // Not the fonts that printing registers later in the session (UiFonts): the editors stay the same.
    f.setFamilies(UiFonts::installedAtStart(fontFamilies(role), fontOverride(role)));
    f.setPointSizeF(paperFontSize(role));
    return f;
}

QStringList AppSettings::recentList(const QString& key) {
    return open()->value(key).toStringList();
}

void AppSettings::addToRecentList(const QString& key, const QString& entry) {
    QStringList list = recentList(key);
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    open()->setValue(key, list);
}

void AppSettings::removeFromRecentList(const QString& key, const QString& entry) {
    QStringList list = recentList(key);
    if (list.removeAll(entry) > 0)
        open()->setValue(key, list);
}

QStringList AppSettings::recentFiles() {
    return recentList(QStringLiteral("files/recent"));
}

void AppSettings::addRecentFile(const QString& path) {
    addToRecentList(QStringLiteral("files/recent"), QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
}

void AppSettings::removeRecentFile(const QString& path) {
    removeFromRecentList(QStringLiteral("files/recent"), QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
}

QString AppSettings::lastDocument() {
    return open()->value(QStringLiteral("files/last")).toString();
}
void AppSettings::setLastDocument(const QString& path) {
    open()->setValue(QStringLiteral("files/last"), path);
}

bool AppSettings::draftWhenErrors() {
    return open()->value(QStringLiteral("output/draftWhenErrors"), true).toBool();
}
void AppSettings::setDraftWhenErrors(bool on) {
    open()->setValue(QStringLiteral("output/draftWhenErrors"), on);
}

QStringList AppSettings::userPhrases() {
    return open()->value(QStringLiteral("phrases/user")).toStringList();
}
void AppSettings::setUserPhrases(const QStringList& phrases) {
    open()->setValue(QStringLiteral("phrases/user"), phrases);
}

int AppSettings::zoomPercent() {
    bool ok = false;
    const int percent = open()->value(QStringLiteral("ui/zoom"), 100).toInt(&ok);
    return ok && percent > 0 ? percent : 100;
}
void AppSettings::setZoomPercent(int percent) {
    open()->setValue(QStringLiteral("ui/zoom"), percent);
}

QByteArray AppSettings::value(const QString& key) {
    return open()->value(key).toByteArray();
}
void AppSettings::setValue(const QString& key, const QByteArray& value) {
    open()->setValue(key, value);
}

} // namespace nb::gui

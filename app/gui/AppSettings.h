#pragma once

#include "model/Report.h"
#include "render/ExportOptions.h"

#include <QCoreApplication>
#include <QFont>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace nb::gui {

/// Typed access to the user's preferences and window state (QSettings). Tests point it at a temporary
/// file with useFile() (or the NIANBAO_SETTINGS environment variable) so they never touch the real ones.
class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    static void useFile(const QString& iniPath);
    /// The process-wide settings object.
    static QSettings* open();
    /// Writes pending changes to disk now (also done by QSettings when the event loop is idle).
    static void sync();

    static QString language(); ///< "" = follow the system, "zh_CN", "en"
    static void setLanguage(const QString& language);

    static QString defaultAgency();
    static void setDefaultAgency(const QString& agency);
    static AgencyKind defaultAgencyKind();
    static void setDefaultAgencyKind(AgencyKind kind);

    /// The roles the user can choose a font for (nb::FontRole; the page number keeps the standard font):
    /// used by the editors' previews and handed to the renderer (DocumentActions::exportOptions).
    static QList<FontRole> fontRoles();
    static QString fontRoleName(FontRole role); ///< translated: 标题, 正文 …
    static QString fontRoleKey(FontRole role);  ///< title, body, heading1, heading2, table
    /// The standard candidates for a role (used when there is no override and no renderer to ask).
    static QStringList defaultFontFamilies(FontRole role);
    /// Point size of the role on paper (GB/T 9704, PageGeometry::pointSize): 22 (二号) for the title,
    /// 16 (三号) for body and headings, 10.5 (五号) for tables.
    static double paperFontSize(FontRole role);
    /// The family the user chose for a role; "" = the standard choice.
    static QString fontOverride(FontRole role);
    static void setFontOverride(FontRole role, const QString& family);
    /// Candidate families for a role: the override first, then the standard ones.
    static QStringList fontFamilies(FontRole role);
    /// A font for the role with the families as fallbacks (QFontInfo tells which one is really used).
    static QFont font(FontRole role);

    /// A most-recently-used list under key (newest first, at most kMaxRecentFiles entries): the reports
    /// (recentFiles) and the office window's repositories (OfficeRecentMenu).
    static QStringList recentList(const QString& key);
    static void addToRecentList(const QString& key, const QString& entry);
    static void removeFromRecentList(const QString& key, const QString& entry);
    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
    static QString lastDocument();
    static void setLastDocument(const QString& path);

    /// Print, preview and exports of a report with errors carry the 草稿 watermark unless the clerk
    /// unticks it in the warning before paper (PaperCheckDialog). Default: on.
    static bool draftWhenErrors();
    static void setDraftWhenErrors(bool on);

    static QStringList userPhrases();
    static void setUserPhrases(const QStringList& phrases);

    /// Zoom of the narrative editors and tables in percent (100 = normal), for every document opened.
    static int zoomPercent();
    static void setZoomPercent(int percent);

    static QByteArray value(const QString& key);
    static void setValue(const QString& key, const QByteArray& value);

    static constexpr int kMaxRecentFiles = 8;
};

} // namespace nb::gui

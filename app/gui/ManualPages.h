#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace nb {
class FormatDefinition;
}

namespace nb::gui {

/// The user manual shipped inside the program: HTML pages under :/manual/zh_CN/ (resources/manual), two of
/// which carry parts generated from the format data (the sections of each format, every rule with its
/// description): a page comment <!--generated:sections--> or <!--generated:rules--> is replaced by them.
/// Topics are URLs of a page and an anchor: F1 on a table opens sectionTopic(), on a finding ruleTopic().
class ManualPages {
    Q_DECLARE_TR_FUNCTIONS(ManualPages)
public:
    static QUrl home();
    /// The file names of the manual's pages (index.html, start.html …).
    static QStringList pageNames();
    /// A page's HTML with its generated parts; empty when there is no such page.
    static QString html(const QString& fileName);
    /// The page and anchor about a section of a format ("" = title and signature).
    static QUrl sectionTopic(const FormatDefinition& format, const QString& sectionId);
    /// The anchor of a rule id (format rules and built-in checks); the checks page when it has none.
    static QUrl ruleTopic(const QString& ruleId);
    /// Anchor names.
    static QString sectionAnchor(const FormatDefinition& format, const QString& sectionId);
    static QString ruleAnchor(const QString& ruleId);
    /// The page file name of a manual URL (qrc:/manual/zh_CN/x.html → x.html); empty when not a manual URL.
    static QString pageOf(const QUrl& url);

private:
    static QString sectionsHtml();
    static QString rulesHtml();
};

} // namespace nb::gui

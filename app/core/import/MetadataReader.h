#pragma once

#include "import/SourceLine.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace nb {

/// Title, agency, year, 落款 and narrative paragraphs of a published report.
class MetadataReader {
public:
    struct Title {
        QString text;   ///< as printed, line breaks and PDF spacing removed
        QString agency; ///< text before the year
        int year = 0;
        int lastLine = -1; ///< index of the last title line (-1 = no title)
    };
    /// Reads the title from the lines before the first section heading (end = index of that heading).
    static Title readTitle(const SourceLines& lines, int end);

    struct Signature {
        QString agency;
        QDate date;
        int first = -1; ///< index of the first signature line (-1 = none found)
        int last = -1;
        /// When the 落款 is run into the text on line `first` (…情况。2022年1月10日): the text before it,
        /// which belongs to the body; empty otherwise.
        QString textBefore;
    };
    /// Looks for the 落款 (agency line and date line) at the end of [begin, end); further up (a saved page's
    /// footer follows it) only an agency line directly above a date line is taken.
    static Signature readSignature(const SourceLines& lines, int begin, int end);

    /// Paragraphs of [begin, end): one per line, or for PDF text lines joined until the next indented line.
    static QStringList paragraphs(const SourceLines& lines, int begin, int end, bool layout);

    /// 2022年01月19日, 2022 年 1 月 19 日, 二〇二二年一月十九日; invalid when not a date.
    static QDate parseDate(const QString& text);
    /// The agency named in a preamble such as 本报告由淮安市洪泽区人民政府办公室根据…编制 (办公室 kept).
    static QString preambleAgency(const QString& preamble);
    /// Picks the fullest form of the agency name: a candidate that ends with the title's agency.
    static QString bestAgency(const QString& titleAgency, const QStringList& candidates);
    /// A line of a saved page's frame between title and text (来源：… 时间：…, 微信 微博, 文件下载): short
    /// and without sentence punctuation, or web metadata.
    static bool isPageChrome(const QString& paragraph);
    /// What follows the 落款 of a saved web page (printed to PDF, saved as DOCX): the site's footer — only
    /// page chrome (附件下载, 关闭, link lists), or the marks of a site footer (ICP备, 版权所有, 网站标识码
    /// …).
    static bool isSiteFooter(const QStringList& paragraphs);
    /// First plausible year (4 digits + 年) in the text, or 0.
    static int firstYear(const QString& text);
};

} // namespace nb

// Golden checks on the PDF of the fixed sample report (乌海市公安局 2021): page size and count, embedded
// fonts, the text layer (title, headings, table labels and numbers, no radicals), and positions measured
// with `pdftotext -bbox` (margins, sizes, line pitch, page numbers by parity).
#include "RenderTestSupport.h"

#include "format/FormatRegistry.h"
#include "render/Exporters.h"
#include "render/PdfTextLayerFix.h"
#include "render/RadicalMap.h"
#include "render/ReportContent.h"
#include "render/ReportRenderer.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace nb;
using namespace nbtest;

namespace {
constexpr double kMm = 72.0 / 25.4;

} // namespace

class TestReportRenderer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Report m_report;
    QJsonObject m_expected;
    QString m_pdf;
    int m_pages = 0;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_report = sampleReport(&m_expected);
        QVERIFY(m_report.format);
        QVERIFY(!m_report.narratives.value(QStringLiteral("一")).isEmpty());
        QVERIFY(!m_report.narratives.value(QStringLiteral("五")).isEmpty());
        ReportRenderer renderer(m_report);
        m_pages = renderer.pageCount();
        QVERIFY2(renderer.missingGlyphs().isEmpty(), qPrintable(renderer.missingGlyphs().join(QString())));
        m_pdf = m_dir.filePath(QStringLiteral("sample.pdf"));
        QString error;
        QVERIFY2(exportPdf(m_report, m_pdf, ExportOptions(), &error), qPrintable(error));
        if (!havePoppler())
            QSKIP("poppler-utils (pdfinfo, pdffonts, pdftotext) not installed");
    }

    void pageSizeAndCount() {
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {m_pdf}).out);
        QVERIFY2(info.contains(QLatin1String("(A4)")), qPrintable(info));
        QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const auto m = pages.match(info);
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toInt(), m_pages);
        // A sample of this length: about two pages of narrative, the three tables, the 落款.
        QVERIFY2(m_pages >= 4 && m_pages <= 8, qPrintable(QString::number(m_pages)));
    }

    void fontsEmbedded() {
        const QStringList lines =
            QString::fromUtf8(run(QStringLiteral("pdffonts"), {m_pdf}).out).split(QLatin1Char('\n'));
        int fonts = 0;
        for (int i = 2; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            ++fonts;
            // name type encoding emb sub uni object ID: "emb" is the 3rd column from the right + 3.
            const QStringList cols = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7, qPrintable(lines[i]));
            QCOMPARE(cols.at(cols.size() - 5), QStringLiteral("yes"));
        }
        QVERIFY(fonts >= 3); // title, body, heading fonts at least
    }

    void textLayerHasEverything() {
        const QString text = pdfText(m_pdf);
        const QString flat = withoutSpace(text);
        QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
        QVERIFY(flat.contains(withoutSpace(m_report.effectiveTitle())));
        for (const SectionDef& s : m_report.format->sections())
            QVERIFY2(flat.contains(s.heading), qPrintable(s.heading));
        QVERIFY(flat.contains(QStringLiteral("工作"))); // the classic radical victims 工 and 一
        QVERIFY(flat.contains(QStringLiteral("一是")));
        // Every table label (wrapped cell lines are joined without spaces by the flattening above).
        const QVector<Word> words = bboxWords(m_pdf);
        QString wordsJoined;
        for (const Word& w : words)
            wordsJoined += w.text;
        // Wrapped cell text: the lines of one cell share their left edge (left-aligned) or their centre.
        QMap<QString, QString> columns;
        for (const Word& w : words) {
            columns[QStringLiteral("L%1/%2").arg(w.page).arg(std::lround(w.xMin))] += w.text;
            columns[QStringLiteral("C%1/%2").arg(w.page).arg(std::lround((w.xMin + w.xMax) / 2))] += w.text;
        }
        const QString columnText = QStringList(columns.values()).join(QLatin1Char('|'));
        for (const SectionDef& s : m_report.format->sections()) {
            for (const GridCell& c : s.table.grid) {
                if (c.role == GridCell::Role::Data || c.text.isEmpty())
                    continue;
                QVERIFY2(flat.contains(withoutSpace(c.text)) || columnText.contains(withoutSpace(c.text)) ||
                             containsSpread(wordsJoined, withoutSpace(c.text)),
                         qPrintable(c.text));
            }
        }
        // Every number of the tables appears as a word.
        QSet<QString> numbers;
        for (const Word& w : words)
            numbers.insert(w.text);
        const QJsonObject cells = m_expected.value(QStringLiteral("cells")).toObject();
        int checked = 0;
        for (const auto& s : cells) {
            for (const auto& r : s.toObject()) {
                for (const auto& v : r.toObject()) {
                    const QString n = formatScaled(qint64(std::llround(v.toDouble() * kValueScale)));
                    QVERIFY2(numbers.contains(n), qPrintable(n));
                    ++checked;
                }
            }
        }
        QVERIFY(checked >= 10 + 175 + 15);
        // 175 + 10 + 15 data cells: count the number words inside table areas roughly via "0" words.
        int zeros = 0;
        for (const Word& w : words)
            zeros += w.text == QLatin1String("0") ? 1 : 0;
        QVERIFY2(zeros >= 175 + 15, qPrintable(QString::number(zeros)));
    }

    void positionsAndSizes() {
        const QVector<Word> words = bboxWords(m_pdf);
        QVERIFY(!words.isEmpty());
        const double left = 28 * kMm, right = (210 - 26) * kMm, top = 37 * kMm, bottom = (297 - 35) * kMm;
        const double tol = 1.0;
        std::map<int, int> heightCount; // rounded height (1/10 pt) → words
        for (const Word& w : words) {
            if (w.yMin > bottom + tol) // page numbers are below the text block
                continue;
            QVERIFY2(w.xMin >= left - tol && w.xMax <= right + tol && w.yMin >= top - tol &&
                         w.yMax <= bottom + tol,
                     qPrintable(QStringLiteral("%1 on page %2 at %3,%4–%5,%6")
                                    .arg(w.text)
                                    .arg(w.page)
                                    .arg(w.xMin)
                                    .arg(w.yMin)
                                    .arg(w.xMax)
                                    .arg(w.yMax)));
            heightCount[int(std::lround(w.height() * 10))] += int(w.text.size()); // by characters
        }
        // pdftotext reports the font size as the word box height for these fonts.
        const QString firstWord = words.first().text;
        QVERIFY(m_report.effectiveTitle().startsWith(firstWord.left(2)));
        QVERIFY2(std::abs(words.first().height() - 22.0) < 0.3,
                 qPrintable(QString::number(words.first().height())));
        // Body text: the height of most characters is 16 pt.
        const auto body = std::max_element(heightCount.begin(), heightCount.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        QVERIFY2(std::abs(body->first / 10.0 - 16.0) < 0.3, qPrintable(QString::number(body->first / 10.0)));
        // Line pitch: consecutive body lines on page 1 are 225 mm / 22 apart.
        const double pitch = 225 * kMm / 22;
        QVector<double> ys;
        for (const Word& w : words) {
            if (w.page == 1 && std::abs(w.height() - 16.0) < 0.3 &&
                (ys.isEmpty() || std::abs(ys.last() - w.yMin) > 1))
                ys << w.yMin;
        }
        QVERIFY(ys.size() >= 10);
        int checked = 0;
        for (int i = 1; i < ys.size(); ++i) {
            const double d = ys[i] - ys[i - 1];
            if (d > 1.5 * pitch)
                continue; // a blank line
            QVERIFY2(std::abs(d - pitch) < 0.5,
                     qPrintable(QStringLiteral("pitch %1 vs %2").arg(d).arg(pitch)));
            ++checked;
        }
        QVERIFY(checked >= 10);
        // A full body page holds 22 lines: page 2 is all narrative.
        QSet<int> page2Lines;
        for (const Word& w : words) {
            if (w.page == 2 && w.yMax <= bottom + tol)
                page2Lines.insert(int(std::lround(w.yMin)));
        }
        QCOMPARE(page2Lines.size(), 22);
    }

    void wideNumbersStayWhole() {
        // Table 四 has 15 narrow data columns: a 5-digit value in every cell must not wrap inside its cell
        // (the table is set smaller, down to 小五, until the widest value fits).
        QStringList values;
        const Report report = withFiveDigitTableFour(m_report, &values);
        QCOMPARE(values.size(), 15);
        const QString pdf = m_dir.filePath(QStringLiteral("wide-numbers.pdf"));
        QString error;
        QVERIFY2(exportPdf(report, pdf, ExportOptions(), &error), qPrintable(error));
        const QVector<Word> words = bboxWords(pdf);
        double smallest = 1e9;
        for (const QString& v : values) {
            const auto it =
                std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.text == v; });
            QVERIFY2(it != words.end(), qPrintable(QStringLiteral("%1 is split or missing").arg(v)));
            smallest = std::min(smallest, it->xMax - it->xMin);
        }
        // Not shrunk below 小五: five digits of 9 pt are at least 5 × 0.45 × 9 pt wide.
        QVERIFY2(smallest >= 5 * 0.45 * 9, qPrintable(QString::number(smallest)));
    }

    void pageNumbersByParity() {
        const QVector<Word> words = bboxWords(m_pdf);
        const double bottom = (297 - 35) * kMm, left = 28 * kMm, right = (210 - 26) * kMm;
        QMap<int, QVector<Word>> footer;
        for (const Word& w : words) {
            if (w.yMin > bottom)
                footer[w.page] << w;
        }
        QCOMPARE(footer.size(), m_pages);
        for (auto it = footer.begin(); it != footer.end(); ++it) {
            QString text;
            double xMin = 1e9, xMax = 0, yMin = 1e9, h = 0;
            for (const Word& w : it.value()) {
                text += w.text;
                xMin = std::min(xMin, w.xMin);
                xMax = std::max(xMax, w.xMax);
                yMin = std::min(yMin, w.yMin);
                h = std::max(h, w.height());
            }
            QCOMPARE(withoutSpace(text), QStringLiteral("\u2014%1\u2014").arg(it.key()));
            QVERIFY2(std::abs(h - 14.0) < 0.3, qPrintable(QString::number(h)));
            // The line sits about 7 mm below the text block.
            QVERIFY2(yMin - bottom > 4 * kMm && yMin - bottom < 8 * kMm,
                     qPrintable(QString::number((yMin - bottom) / kMm)));
            if (it.key() % 2 == 1) // odd: right, one 4号 character in
                QVERIFY2(std::abs((right - 14) - xMax) < 1.0, qPrintable(QString::number(right - xMax)));
            else
                QVERIFY2(std::abs((left + 14) - xMin) < 1.0, qPrintable(QString::number(xMin - left)));
        }
    }

    void signatureWithLastText() {
        const QVector<Word> words = bboxWords(m_pdf);
        int datePage = -1, agencyPage = -1, lastTextPage = -1;
        double dateRight = 0, dateLeft = 0, agencyLeft = 0, agencyRight = 0;
        for (const Word& w : words) {
            if (w.text.contains(QStringLiteral("2022年1月19日"))) {
                datePage = w.page;
                dateRight = w.xMax;
                dateLeft = w.xMin;
            }
            if (w.text == m_report.effectiveSignatureAgency()) {
                agencyPage = w.page;
                agencyLeft = w.xMin;
                agencyRight = w.xMax;
            }
            if (w.text.contains(QStringLiteral("无")))
                lastTextPage = w.page;
        }
        QCOMPARE(datePage, m_pages);
        QCOMPARE(agencyPage, datePage);
        QCOMPARE(lastTextPage, datePage);
        // 右空四字 and the name centred over the date.
        QVERIFY2(std::abs(((210 - 26) * kMm - 4 * 16) - dateRight) < 1.5,
                 qPrintable(QString::number(dateRight)));
        QVERIFY(std::abs((agencyLeft + agencyRight) / 2 - (dateLeft + dateRight) / 2) < 1.5);
    }

    void systemFontsTextLayer() {
        if (!QFontDatabase::hasFamily(QStringLiteral("Noto Serif CJK SC")) ||
            !QFontDatabase::hasFamily(QStringLiteral("Noto Sans CJK SC")))
            QSKIP("Noto CJK fonts not installed (fonts-noto-cjk)");
        // System fonts keep their radical cmap entries: the PDF post-processing must repair the text layer.
        ExportOptions o;
        o.titleFont = o.bodyFont = o.heading2Font = o.pageNumberFont = QStringLiteral("Noto Serif CJK SC");
        o.heading1Font = QStringLiteral("Noto Sans CJK SC");
        const QString fixedPdf = m_dir.filePath(QStringLiteral("noto.pdf"));
        QString error;
        QVERIFY2(exportPdf(m_report, fixedPdf, o, &error), qPrintable(error));
        const QString fonts = QString::fromUtf8(run(QStringLiteral("pdffonts"), {fixedPdf}).out);
        QVERIFY2(fonts.contains(QLatin1String("NotoSerifCJK")), qPrintable(fonts));
        const QString text = pdfText(fixedPdf);
        QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
        QVERIFY(withoutSpace(text).contains(QStringLiteral("政府信息公开工作年度报告")));
        // Without the repair the same file has radicals (the problem is real, the test is not vacuous).
        o.fixTextLayer = false;
        const QString brokenPdf = m_dir.filePath(QStringLiteral("noto-unfixed.pdf"));
        QVERIFY(exportPdf(m_report, brokenPdf, o, &error));
        QVERIFY(!radicalsIn(pdfText(brokenPdf)).isEmpty());
        // The repair keeps the file valid: every xref offset still points at its object (poppler would
        // silently rebuild a broken table, so check it directly), and the page count is unchanged.
        const QByteArray bytes = readAll(fixedPdf);
        const int startxref = bytes.lastIndexOf("startxref");
        const int xref = bytes.mid(startxref + 9, 20).trimmed().split('\n').value(0).toInt();
        QVERIFY(bytes.mid(xref, 4) == "xref");
        const QList<QByteArray> lines = bytes.mid(xref, bytes.indexOf("trailer", xref) - xref).split('\n');
        int object = 0, checkedObjects = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> parts = lines[i].trimmed().split(' ');
            if (parts.size() == 2) {
                object = parts[0].toInt();
                continue;
            }
            if (parts.size() == 3 && parts[2] == "n") {
                const QByteArray head = QByteArray::number(object) + " 0 obj";
                QVERIFY2(bytes.mid(parts[0].toInt(), head.size()) == head, head.constData());
                ++checkedObjects;
            }
            ++object;
        }
        QVERIFY(checkedObjects > 10);
        QVERIFY(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {fixedPdf}).out)
                    .contains(QStringLiteral("Pages:           %1").arg(m_pages)));
    }

    void radicalTable() {
        QCOMPARE(unifiedIdeographForRadical(0x2F00), char32_t(0x4E00)); // ⼀ → 一
        QCOMPARE(unifiedIdeographForRadical(0x2F2F), char32_t(0x5DE5)); // ⼯ → 工
        QCOMPARE(unifiedIdeographForRadical(0x2ED4), char32_t(0x95E8)); // ⻔ → 门
        QCOMPARE(unifiedIdeographForRadical(0x4E00), char32_t(0x4E00));
        QVERIFY(radicalTableSize() >= 300);
        for (char32_t c = 0x2F00; c <= 0x2FD5; ++c) // every Kangxi radical has a mapping
            QVERIFY(unifiedIdeographForRadical(c) != c);
        // All three CMap forms: bfchar, bfrange with an array, bfrange with a start code.
        QByteArray cmap = "3 beginbfchar\n<0003> <2F00>\n<0004> <0041>\n<0005> <0001>\nendbfchar\n"
                          "1 beginbfrange\n<0001> <0002> [<2F2F> <4F5C>]\nendbfrange\n"
                          "1 beginbfrange\n<0010> <0012> <2F00>\nendbfrange\n";
        QCOMPARE(PdfTextLayerFix::fixCMap(&cmap), 6);
        QVERIFY(cmap.contains("<0005> <0020>"));
        QVERIFY(cmap.contains("<0003> <4E00>"));
        QVERIFY(cmap.contains("<0004> <0041>"));
        QVERIFY(cmap.contains("[<5DE5> <4F5C> ]"));
        QVERIFY(cmap.contains("<0010> <0012> [<4E00> <4E28> <4E36> ]"));
        QByteArray notPdf = "hello";
        QCOMPARE(PdfTextLayerFix::fixToUnicode(&notPdf), -1);
        QCOMPARE(notPdf, QByteArray("hello"));
    }

    void draftWatermark() {
        ExportOptions o;
        o.draftWatermark = true;
        const QString path = m_dir.filePath(QStringLiteral("draft.pdf"));
        QString error;
        QVERIFY2(exportPdf(m_report, path, o, &error), qPrintable(error));
        // The watermark is drawn as outlines (Qt's PDF engine does so for very large text), so it stays
        // out of the text layer: copied text is clean. Check the pixels instead: the centre of page 1 is
        // darker with the watermark than without.
        QVERIFY(!pdfText(path).contains(QStringLiteral("草稿")));
        auto centreInk = [&](const QString& pdf) {
            const QString prefix = m_dir.filePath(QFileInfo(pdf).baseName());
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), QStringLiteral("-png"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                 QStringLiteral("-singlefile"), pdf, prefix});
            const QImage image(prefix + QStringLiteral(".png"));
            double ink = 0;
            const QRect centre(image.width() / 4, image.height() / 3, image.width() / 2, image.height() / 3);
            for (int y = centre.top(); y <= centre.bottom(); ++y)
                for (int x = centre.left(); x <= centre.right(); ++x)
                    ink += 255 - qGray(image.pixel(x, y));
            return ink / (centre.width() * centre.height());
        };
        const double withMark = centreInk(path);
        const double without = centreInk(m_pdf);
        QVERIFY2(withMark > without + 3, qPrintable(QStringLiteral("%1 vs %2").arg(withMark).arg(without)));
    }

    void balancedTitle() {
        ReportRenderer renderer(m_report);
        QFont font = renderer.fonts().font(FontRole::Title, 22);
        const QStringList lines =
            balancedTitleLines(m_report.effectiveTitle(), m_report.agency, font,
                               QFontMetricsF(font).horizontalAdvance(QStringLiteral("一")) * 18);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.join(QString()), m_report.effectiveTitle());
        QCOMPARE(lines.at(1), QStringLiteral("政府信息公开工作年度报告")); // words kept whole
        // A long title: a third line rather than a year broken in two; phrases kept whole.
        const QStringList three = balancedTitleLines(
            QStringLiteral("内蒙古自治区乌海市公安局关于二〇二一年度政府信息公开工作情况的年度报告"),
            QStringLiteral("乌海市公安局"), font,
            QFontMetricsF(font).horizontalAdvance(QStringLiteral("一")) * 18);
        QCOMPARE(three.size(), 3);
        for (const QString& line : three) {
            QVERIFY2(!line.endsWith(QStringLiteral("二〇")) && !line.endsWith(QStringLiteral("二〇二")) &&
                         !line.endsWith(QStringLiteral("二〇二一")),
                     qPrintable(three.join(QLatin1Char('|'))));
        }
        QCOMPARE(three.first(), QStringLiteral("内蒙古自治区乌海市公安局"));
        // A short title stays on one line.
        QCOMPARE(balancedTitleLines(QStringLiteral("短标题"), QString(), font, 1000).size(), 1);
    }

    void everyFormatAndEmptyReports() {
        // Every built-in format, empty (blank cells, no narrative, no date) and with a very long title.
        for (const QString& id : FormatRegistry::instance().ids()) {
            Report report = Report::create(FormatRegistry::instance().format(id), 2020,
                                           QStringLiteral("某某县人民政府办公室"), AgencyKind::Government);
            for (const QString& title :
                 {QString(),
                  QStringLiteral(
                      "某某省某某市某某县某某镇人民政府关于二〇二〇年度政府信息公开工作情况的年度报告")}) {
                report.title = title;
                QByteArray pdf;
                QStringList missing;
                QString error;
                QVERIFY2(renderPdf(report, ExportOptions(), &pdf, &missing, &error), qPrintable(id + error));
                QVERIFY(pdf.startsWith("%PDF"));
                QVERIFY(missing.isEmpty());
                ReportRenderer renderer(report);
                QVERIFY(renderer.pageCount() >= 2);
                int n = 0;
                for (auto write : {&exportDocx, &exportOdt, &exportHtml, &exportCsv}) {
                    const QString path = m_dir.filePath(QStringLiteral("empty-%1-%2").arg(id).arg(++n));
                    QVERIFY2(write(report, path, ExportOptions(), &error) ||
                                 error.contains(QLatin1String("QuaZip")),
                             qPrintable(id + error));
                }
            }
        }
    }

    void paintPageOnImage() {
        // The preview path: the same pages painted on a raster device (as QPrintPreviewDialog's widget does).
        ReportRenderer renderer(m_report);
        const qreal dpi = 72;
        QImage image(int(210 / 25.4 * dpi), int(297 / 25.4 * dpi), QImage::Format_RGB32);
        for (int page = 0; page < 2; ++page) {
            image.fill(Qt::white);
            QPainter painter(&image);
            renderer.paintPage(&painter, page, dpi);
            painter.end();
            const QRect block(int(28 * kMm), int(37 * kMm), int(156 * kMm), int(225 * kMm));
            int inside = 0, outside = 0, footerLeft = 0, footerRight = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) > 160)
                        continue;
                    if (block.adjusted(-2, -2, 2, 2).contains(x, y))
                        ++inside;
                    else if (y > block.bottom() && y < block.bottom() + 12 * kMm)
                        (x < image.width() / 2 ? footerLeft : footerRight)++;
                    else
                        ++outside;
                }
            }
            QVERIFY(inside > 1000);
            QCOMPARE(outside, 0);
            if (page % 2 == 0) // page 1: number right
                QVERIFY(footerRight > 0 && footerLeft == 0);
            else
                QVERIFY(footerLeft > 0 && footerRight == 0);
        }
    }

    void pageRangeOnPagedDevice() {
        // What a print dialog does: the same renderer on a paged device with a page range.
        ReportRenderer renderer(m_report);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(600);
            QPageRanges ranges;
            ranges.addRange(2, 3);
            writer.setPageRanges(ranges);
            QString error;
            QVERIFY2(renderer.render(&writer, &error), qPrintable(error));
        }
        const QString path = m_dir.filePath(QStringLiteral("range.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}).out)
                    .contains(QLatin1String("Pages:           2")));
        // Page 2's first words are the same as in the full export (device resolution does not matter).
        const QVector<Word> part = bboxWords(path);
        const QVector<Word> full = bboxWords(m_pdf);
        const auto firstOn = [](const QVector<Word>& ws, int page) {
            for (const Word& w : ws)
                if (w.page == page)
                    return w;
            return Word();
        };
        const Word a = firstOn(part, 1), b = firstOn(full, 2);
        QCOMPARE(a.text, b.text);
        QVERIFY(std::abs(a.xMin - b.xMin) < 0.5 && std::abs(a.yMin - b.yMin) < 0.5);
    }
};

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"

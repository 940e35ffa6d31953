#include "model/Report.h"

#include <QJsonObject>

#include <QRegularExpression>

namespace nb {

QString agencyKindToString(AgencyKind kind) {
    return kind == AgencyKind::Government ? QStringLiteral("人民政府") : QStringLiteral("部门");
}

bool agencyKindFromString(const QString& s, AgencyKind* kind) {
    const QString t = s.trimmed();
    if (t == QStringLiteral("部门") || t.compare(QLatin1String("department"), Qt::CaseInsensitive) == 0) {
        *kind = AgencyKind::Department;
        return true;
    }
    if (t == QStringLiteral("人民政府") || t == QStringLiteral("政府") ||
        t.compare(QLatin1String("government"), Qt::CaseInsensitive) == 0) {
        *kind = AgencyKind::Government;
        return true;
    }
    return false;
}

HeadingLevel headingLevelOf(const QString& paragraph) {
    static const QRegularExpression level1(QStringLiteral("^\\s*[一二三四五六七八九十]{1,3}、"));
    static const QRegularExpression level2(QStringLiteral("^\\s*[（(][一二三四五六七八九十]{1,3}[）)]"));
    static const QRegularExpression level3(QStringLiteral("^\\s*[0-9０-９]{1,2}(\\.|．|、)(?![0-9０-９])"));
    static const QRegularExpression level4(QStringLiteral("^\\s*[（(][0-9０-９]{1,2}[）)]"));
    if (level1.match(paragraph).hasMatch())
        return HeadingLevel::Level1;
    if (level2.match(paragraph).hasMatch())
        return HeadingLevel::Level2;
    if (level3.match(paragraph).hasMatch())
        return HeadingLevel::Level3;
    if (level4.match(paragraph).hasMatch())
        return HeadingLevel::Level4;
    return HeadingLevel::Body;
}

Report Report::create(FormatPtr format, int year, const QString& agency, AgencyKind kind) {
    Report r;
    r.format = std::move(format);
    r.year = year;
    r.agency = agency;
    r.agencyKind = kind;
    if (r.format)
        r.cells.resize(r.format->cells().size());
    if (r.format && r.format->freeForm) { // a new report starts with the format's suggested parts
        bool headed = false;              // and the text before them; spare slots are left out
        for (const SectionDef& s : r.format->sections()) {
            headed = headed || !s.heading.isEmpty();
            if (!s.heading.isEmpty() || !headed)
                r.headings.insert(s.id, s.heading);
        }
    }
    return r;
}

QString Report::sectionHeading(const SectionDef& section) const {
    if (format && format->freeForm)
        return headings.value(section.id, section.heading);
    return section.heading;
}

bool Report::sectionShown(const SectionDef& section) const {
    if (!format || !format->freeForm)
        return true;
    if (!headings.contains(section.id))
        return false;
    if (!headings.value(section.id).trimmed().isEmpty())
        return true;
    if (!paragraphsOf(narratives.value(section.id)).isEmpty())
        return true;
    for (int index : section.cellIndexes) {
        if (index < cells.size() && !cells.at(index).isBlank())
            return true;
    }
    return false;
}

QString Report::effectiveTitle() const {
    if (!title.trimmed().isEmpty())
        return title;
    QString t = format ? format->titleTemplate : QStringLiteral("{agency}{year}年政府信息公开工作年度报告");
    t.replace(QLatin1String("{agency}"), agency);
    t.replace(QLatin1String("{year}"), year > 0 ? QString::number(year) : QString());
    return t;
}

QString Report::effectiveSignatureAgency() const {
    return signatureAgency.trimmed().isEmpty() ? agency : signatureAgency;
}

QDate Report::deadline() const {
    return QDate(year + 1, agencyKind == AgencyKind::Government ? 3 : 1, 31);
}

CellValue Report::cell(const QString& section, const QString& row, const QString& column) const {
    const int i = format ? format->cellIndex(section, row, column) : -1;
    return i >= 0 && i < cells.size() ? cells.at(i) : CellValue();
}

bool Report::setCell(const QString& section, const QString& row, const QString& column, const CellValue& v) {
    const int i = format ? format->cellIndex(section, row, column) : -1;
    if (i < 0 || i >= cells.size())
        return false;
    cells[i] = v;
    return true;
}

bool Report::operator==(const Report& o) const {
    const bool sameFormat = (format && o.format) ? format->id == o.format->id : format == o.format;
    auto nonEmpty = [](const QMap<QString, QString>& m) {
        QMap<QString, QString> out;
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isEmpty())
                out.insert(it.key(), it.value());
        }
        return out;
    };
    return sameFormat && year == o.year && agency == o.agency && agencyKind == o.agencyKind &&
           title == o.title && signatureAgency == o.signatureAgency && signatureDate == o.signatureDate &&
           notes == o.notes && autoTotals == o.autoTotals && importGaps == o.importGaps &&
           headings == o.headings && nonEmpty(narratives) == nonEmpty(o.narratives) && cells == o.cells &&
           (lastYear == o.lastYear || (lastYear && o.lastYear && *lastYear == *o.lastYear)) &&
           earlierYears == o.earlierYears && keptParagraphs == o.keptParagraphs &&
           explanations == o.explanations;
}

QVector<YearFigures> Report::yearChain() const {
    QVector<YearFigures> chain = earlierYears;
    if (lastYear)
        chain << YearFigures::of(*lastYear);
    chain << YearFigures::of(*this);
    return chain;
}

bool Report::isKeptParagraph(const QString& section, const QString& paragraph) const {
    const auto it = keptParagraphs.constFind(section);
    return it != keptParagraphs.cend() && it->contains(paragraph.trimmed());
}

QJsonArray Report::importGapsToJson() const {
    QJsonArray out;
    if (!format)
        return out;
    for (auto it = importGaps.cbegin(); it != importGaps.cend(); ++it) {
        if (it.key() < 0 || it.key() >= format->cells().size())
            continue;
        const CellDef& def = format->cells().at(it.key());
        QJsonObject o;
        o.insert(QStringLiteral("section"), def.section);
        o.insert(QStringLiteral("row"), def.rowPath);
        o.insert(QStringLiteral("column"), def.columnPath);
        o.insert(QStringLiteral("problem"), it.value());
        out.append(o);
    }
    return out;
}

bool Report::setImportGapsFromJson(const QJsonValue& value) {
    importGaps.clear();
    if (value.isNull() || value.isUndefined())
        return true;
    if (!value.isArray() || !format)
        return false;
    for (const auto& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject())
            return false;
        const int index = format->cellIndex(o.value(QLatin1String("section")).toString(),
                                            o.value(QLatin1String("row")).toString(),
                                            o.value(QLatin1String("column")).toString());
        if (index >= 0)
            importGaps.insert(index, o.value(QLatin1String("problem")).toString());
    }
    return true;
}

QStringList paragraphsOf(const QString& text) {
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        while (!line.isEmpty() && (line.back().isSpace() || line.back() == QChar(0x3000)))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        out << line;
    }
    return out;
}

QString chineseDate(const QDate& date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace nb

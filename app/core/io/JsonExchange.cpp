#include "io/JsonExchange.h"

#include "io/JsonNumbers.h"
#include "rules/Explanations.h"

#include <QJsonDocument>

namespace nb {

QJsonValue JsonExchange::scaledToJson(qint64 scaled, int decimals) {
    if (neededDecimals(scaled) == 0)
        return QJsonValue(scaled / kValueScale);
    return QJsonValue(formatScaled(scaled, decimals).toDouble()); // nearest double; see JsonNumbers.h
}

QJsonValue JsonExchange::cellToJson(const CellValue& v, bool exactText) {
    const auto number = [&]() {
        return exactText ? JsonNumbers::decimalToJson(v.scaled(), v.decimals())
                         : scaledToJson(v.scaled(), v.decimals());
    };
    if (v.printed().isEmpty()) {
        if (v.isBlank())
            return QJsonValue(QJsonValue::Null);
        if (v.isNumber())
            return number();
    }
    QJsonObject o;
    o.insert(QStringLiteral("value"), v.isNumber() ? number() : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("printed"), v.printed());
    return o;
}

QJsonObject JsonExchange::toJson(const Report& report) {
    return toJson(report, false);
}

QJsonObject JsonExchange::toJson(const Report& report, bool exactText) {
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QLatin1String(kSchema));
    root.insert(QStringLiteral("format"), report.format ? report.format->id : QString());
    root.insert(QStringLiteral("year"), report.year);
    root.insert(QStringLiteral("agency"), report.agency);
    root.insert(QStringLiteral("agency_kind"), agencyKindToString(report.agencyKind));
    root.insert(QStringLiteral("title"), report.title);
    root.insert(QStringLiteral("display_title"), report.effectiveTitle());
    QJsonObject signature;
    signature.insert(QStringLiteral("agency"), report.signatureAgency);
    signature.insert(QStringLiteral("date"), report.signatureDate.isValid()
                                                 ? QJsonValue(report.signatureDate.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("signature"), signature);
    root.insert(QStringLiteral("notes"), report.notes);
    root.insert(QStringLiteral("auto_totals"), report.autoTotals);
    if (!report.importGaps.isEmpty())
        root.insert(QStringLiteral("import_gaps"), report.importGapsToJson());

    QJsonArray sections;
    if (report.format) {
        for (const SectionDef& s : report.format->sections()) {
            QJsonObject so;
            so.insert(QStringLiteral("id"), s.id);
            so.insert(QStringLiteral("heading"), report.sectionHeading(s));
            if (report.format->freeForm) // free-form: whether the report has this part (docs/json-format.md)
                so.insert(QStringLiteral("in_report"), report.headings.contains(s.id));
            so.insert(QStringLiteral("kind"),
                      s.kind == SectionKind::Table ? QStringLiteral("table") : QStringLiteral("narrative"));
            so.insert(QStringLiteral("text"), report.narratives.value(s.id));
            if (s.kind == SectionKind::Table) {
                QJsonArray rows;
                for (const TableBlock& b : s.table.blocks) {
                    for (const QString& rowPath : b.rowPaths) {
                        QJsonObject cells;
                        for (const QString& columnPath : b.columnPaths) {
                            const int i = report.format->cellIndex(s.id, rowPath, columnPath);
                            cells.insert(columnPath, cellToJson(report.cells.value(i), exactText));
                        }
                        QJsonObject row;
                        row.insert(QStringLiteral("row"), rowPath);
                        row.insert(QStringLiteral("cells"), cells);
                        rows << row;
                    }
                }
                so.insert(QStringLiteral("rows"), rows);
            }
            sections << so;
        }
    }
    root.insert(QStringLiteral("sections"), sections);
    // Earlier years (carry-over): optional keys, absent for a report without them (docs/json-format.md).
    if (report.lastYear)
        root.insert(QStringLiteral("last_year"), toJson(*report.lastYear, exactText));
    if (!report.earlierYears.isEmpty()) {
        QJsonArray years;
        for (const YearFigures& y : report.earlierYears)
            years << yearFiguresToJson(y);
        root.insert(QStringLiteral("earlier_years"), years);
    }
    if (!report.keptParagraphs.isEmpty())
        root.insert(QStringLiteral("kept_paragraphs"), keptParagraphsToJson(report));
    if (!report.explanations.isEmpty())
        root.insert(QStringLiteral("explanations"), explanationsToJson(report.explanations));
    return root;
}

QJsonObject JsonExchange::yearFiguresToJson(const YearFigures& y) {
    QJsonObject o;
    o.insert(QStringLiteral("year"), y.year);
    o.insert(QStringLiteral("agency"), y.agency);
    o.insert(QStringLiteral("format"), y.formatId);
    QJsonObject figures;
    for (auto it = y.values.cbegin(); it != y.values.cend(); ++it)
        figures.insert(it.key(), it.value().isNumber()
                                     ? scaledToJson(it.value().scaled(), it.value().decimals())
                                     : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("figures"), figures);
    return o;
}

bool JsonExchange::yearFiguresFromJson(const QJsonValue& v, YearFigures* out) {
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    YearFigures y;
    y.year = o.value(QLatin1String("year")).toInt();
    y.agency = o.value(QLatin1String("agency")).toString();
    y.formatId = o.value(QLatin1String("format")).toString();
    const QJsonObject figures = o.value(QLatin1String("figures")).toObject();
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        CellValue cell;
        if (!it.value().isNull() && !JsonNumbers::cellFromJson(it.value(), &cell))
            return false;
        y.values.insert(it.key(), cell);
    }
    if (y.year <= 0)
        return false;
    *out = y;
    return true;
}

QJsonArray JsonExchange::keptParagraphsToJson(const Report& report) {
    QJsonArray a;
    for (auto it = report.keptParagraphs.cbegin(); it != report.keptParagraphs.cend(); ++it) {
        const QStringList paragraphs = paragraphsOf(report.narratives.value(it.key()));
        for (const QString& text : it.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("section"), it.key());
            int number = 0;
            for (int i = 0; i < paragraphs.size() && number == 0; ++i) {
                if (paragraphs.at(i).trimmed() == text)
                    number = i + 1;
            }
            o.insert(QStringLiteral("paragraph"),
                     number > 0 ? QJsonValue(number) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("text"), text);
            a << o;
        }
    }
    return a;
}

bool JsonExchange::keptParagraphsFromJson(const QJsonValue& v, QMap<QString, QStringList>* out) {
    out->clear();
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    for (const auto& e : v.toArray()) {
        const QJsonObject o = e.toObject();
        const QString section = o.value(QLatin1String("section")).toString();
        const QString text = o.value(QLatin1String("text")).toString().trimmed();
        if (!e.isObject() || section.isEmpty() || text.isEmpty())
            return false;
        if (!(*out)[section].contains(text))
            (*out)[section] << text;
    }
    return true;
}

QJsonObject JsonExchange::explanationsToJson(const QMap<QString, QString>& explanations) {
    QJsonObject o;
    for (auto it = explanations.cbegin(); it != explanations.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool JsonExchange::explanationsFromJson(const QJsonValue& v, QMap<QString, QString>* out) {
    out->clear();
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().isEmpty() || !it.value().isString())
            return false;
        if (!it.value().toString().trimmed().isEmpty())
            out->insert(it.key(), it.value().toString());
    }
    return true;
}

bool JsonExchange::earlierYearsFromJson(const QJsonObject& root, const FormatRegistry& registry, Report* out,
                                        QString* error) {
    auto failed = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (root.contains(QLatin1String("last_year"))) {
        const QJsonValue v = root.value(QLatin1String("last_year"));
        if (!v.isNull()) {
            auto last = std::make_shared<Report>();
            QString inner;
            if (!v.isObject() || !fromJson(v.toObject(), registry, last.get(), &inner))
                return failed(tr("last_year: %1").arg(inner.isEmpty() ? tr("not a report") : inner));
            out->lastYear = std::move(last);
        }
    }
    const QJsonValue earlier = root.value(QLatin1String("earlier_years"));
    if (!earlier.isUndefined() && !earlier.isNull()) {
        if (!earlier.isArray())
            return failed(tr("earlier_years: not a list"));
        const QJsonArray a = earlier.toArray();
        for (int i = 0; i < a.size(); ++i) {
            YearFigures y;
            if (!yearFiguresFromJson(a.at(i), &y))
                return failed(tr("earlier_years[%1]: not a year of key figures").arg(i));
            out->earlierYears << y;
        }
    }
    if (!keptParagraphsFromJson(root.value(QLatin1String("kept_paragraphs")), &out->keptParagraphs))
        return failed(tr("kept_paragraphs: not a list of {section, text}"));
    return true;
}

QByteArray JsonExchange::toBytes(const Report& report) {
    // Numbers with decimals go out as the exact text entered ("12.50"), never through a double.
    return JsonNumbers::restoreDecimals(QJsonDocument(toJson(report, true)).toJson(QJsonDocument::Indented));
}

bool JsonExchange::looksLikeOurs(const QByteArray& bytes) {
    const QByteArray head = bytes.left(4096);
    return head.trimmed().startsWith('{') && head.contains("\"schema\"") && head.contains("nianbao/");
}

bool JsonExchange::fromBytes(const QByteArray& bytes, const FormatRegistry& registry, Report* out,
                             QString* error) {
    QJsonParseError pe;
    // Numbers with a fraction or exponent are read from their text, never through a double.
    const QJsonDocument doc = QJsonDocument::fromJson(JsonNumbers::protectDecimals(bytes), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = pe.error != QJsonParseError::NoError
                         ? tr("not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString())
                         : tr("the JSON document must be an object");
        return false;
    }
    return fromJson(doc.object(), registry, out, error);
}

bool JsonExchange::fromJson(const QJsonObject& root, const FormatRegistry& registry, Report* out,
                            QString* error) {
    auto failed = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString schema = root.value(QLatin1String("schema")).toString();
    if (schema != QLatin1String(kSchema) && !schema.startsWith(QLatin1String("nianbao/1.")))
        return failed(schema.startsWith(QLatin1String("nianbao/"))
                          ? tr("this file uses the newer interchange schema “%1”; this version reads “%2”. "
                               "Please update Nianbao.")
                                .arg(schema, QLatin1String(kSchema))
                          : tr("not a Nianbao report (no \"schema\": \"%1\")").arg(QLatin1String(kSchema)));
    const QString formatId = root.value(QLatin1String("format")).toString();
    FormatPtr format = registry.format(formatId);
    if (!format)
        return failed(tr("unknown report format “%1”").arg(formatId));
    Report r = Report::create(format, root.value(QLatin1String("year")).toInt(),
                              root.value(QLatin1String("agency")).toString(), AgencyKind::Department);
    const QString kind = root.value(QLatin1String("agency_kind")).toString(QStringLiteral("部门"));
    if (!agencyKindFromString(kind, &r.agencyKind))
        return failed(tr("agency_kind: “%1” is neither 部门 nor 人民政府").arg(kind));
    r.title = root.value(QLatin1String("title")).toString();
    const QJsonObject signature = root.value(QLatin1String("signature")).toObject();
    r.signatureAgency = signature.value(QLatin1String("agency")).toString();
    const QJsonValue date = signature.value(QLatin1String("date"));
    if (date.isString()) {
        r.signatureDate = QDate::fromString(date.toString(), Qt::ISODate);
        if (!r.signatureDate.isValid())
            return failed(tr("signature.date: “%1” is not a date (YYYY-MM-DD)").arg(date.toString()));
    }
    r.notes = root.value(QLatin1String("notes")).toString();
    r.autoTotals = root.value(QLatin1String("auto_totals")).toBool(true);
    if (!r.setImportGapsFromJson(root.value(QLatin1String("import_gaps"))))
        return failed(tr("import_gaps: not a list of cells"));

    const QJsonArray sections = root.value(QLatin1String("sections")).toArray();
    for (int si = 0; si < sections.size(); ++si) {
        const QJsonObject so = sections.at(si).toObject();
        const QString id = so.value(QLatin1String("id")).toString();
        const SectionDef* def = format->section(id);
        if (!def)
            return failed(tr("sections[%1]: unknown section “%2”").arg(si).arg(id));
        const QString text = so.value(QLatin1String("text")).toString();
        if (!text.isEmpty())
            r.narratives.insert(id, text);
        if (format->freeForm && so.contains(QLatin1String("in_report"))) {
            if (so.value(QLatin1String("in_report")).toBool())
                r.headings.insert(id, so.value(QLatin1String("heading")).toString());
            else
                r.headings.remove(id);
        }
        const QJsonArray rows = so.value(QLatin1String("rows")).toArray();
        for (int ri = 0; ri < rows.size(); ++ri) {
            const QJsonObject ro = rows.at(ri).toObject();
            const QString rowPath = ro.value(QLatin1String("row")).toString();
            const QJsonObject cells = ro.value(QLatin1String("cells")).toObject();
            for (auto it = cells.begin(); it != cells.end(); ++it) {
                const QString where = QStringLiteral("%1 / %2 / %3").arg(id, rowPath, it.key());
                const int index = format->cellIndex(id, rowPath, it.key());
                if (index < 0)
                    return failed(tr("%1: no such cell in format %2").arg(where, formatId));
                const CellType type = format->cells().at(index).type;
                QJsonValue v = it.value();
                QString printed;
                if (v.isObject()) {
                    printed = v.toObject().value(QLatin1String("printed")).toString();
                    v = v.toObject().value(QLatin1String("value"));
                }
                CellValue cell;
                if (v.isNull() || v.isUndefined()) {
                    cell = printed.isEmpty() ? CellValue::blank() : CellValue::printedNone(printed);
                } else if (v.isDouble() || (v.isString() && v.toString().startsWith(JsonNumbers::kMark))) {
                    const QString shown = v.isString() ? v.toString().mid(1) : v.toVariant().toString();
                    if (!JsonNumbers::cellFromJson(v, &cell))
                        return failed(tr("%1: %2 is not a valid value (at most 999,999,999 with up to 6 "
                                         "decimals)")
                                          .arg(where, shown));
                    if (type != CellType::Amount && cell.decimals() != 0) {
                        if (neededDecimals(cell.scaled()) != 0)
                            return failed(tr("%1: %2 is not a whole number").arg(where, shown));
                        cell = CellValue::fromScaled(cell.scaled()); // 3.0 in a count is 3
                    }
                    if (type != CellType::Signed && cell.scaled() < 0)
                        return failed(tr("%1: %2 is negative").arg(where, shown));
                    cell.setPrinted(printed);
                } else {
                    return failed(tr("%1: a cell must be a number or null").arg(where));
                }
                r.cells[index] = cell;
            }
        }
    }
    if (!earlierYearsFromJson(root, registry, &r, error))
        return false;
    if (!explanationsFromJson(root.value(QLatin1String("explanations")), &r.explanations))
        return failed(tr("explanations: not an object of finding key → text"));
    *out = r;
    return true;
}

QJsonObject JsonExchange::findingToJson(const Finding& f, const QString& explanation) {
    QJsonObject o;
    o.insert(QStringLiteral("key"), findingKey(f));
    if (!explanation.isEmpty())
        o.insert(QStringLiteral("explanation"), explanation);
    o.insert(QStringLiteral("severity"), severityId(f.severity));
    o.insert(QStringLiteral("rule"), f.rule);
    o.insert(QStringLiteral("section"), f.section);
    o.insert(QStringLiteral("row"), f.row);
    o.insert(QStringLiteral("column"), f.column);
    if (!f.field.isEmpty())
        o.insert(QStringLiteral("field"), f.field);
    o.insert(QStringLiteral("expected"),
             f.hasNumbers ? scaledToJson(f.expected, -1) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("actual"),
             f.hasNumbers ? scaledToJson(f.actual, -1) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("message"), f.message);
    if (f.severity == Severity::Unchecked)
        o.insert(QStringLiteral("import_problem"), f.importProblem);
    if (f.paragraph > 0)
        o.insert(QStringLiteral("paragraph"), f.paragraph);
    return o;
}

QJsonArray JsonExchange::findingsToJson(const Findings& findings) {
    QJsonArray a;
    for (const Finding& f : findings)
        a << findingToJson(f);
    return a;
}

QJsonArray JsonExchange::findingsToJson(const Findings& findings, const Report& report) {
    QJsonArray a;
    for (const Finding& f : findings)
        a << findingToJson(f, Explanations::of(f, report));
    return a;
}

} // namespace nb

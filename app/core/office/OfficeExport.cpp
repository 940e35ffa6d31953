#include "office/OfficeExport.h"

#include "io/Csv.h"
#include "model/CellValue.h"

#include <QJsonArray>
#include <QJsonValue>

namespace nb {

QString OfficeExport::statusLabel(UnitStatus status) {
    switch (status) {
    case UnitStatus::Missing:
        return tr("missing");
    case UnitStatus::Draft:
        break;
    case UnitStatus::Final:
        return tr("final");
    case UnitStatus::Altered:
        return tr("altered");
    }
    return tr("draft");
}

QString OfficeExport::csv(const QVector<UnitStatusRow>& rows) {
    QStringList figureIds;
    QStringList figureLabels;
    for (const UnitStatusRow& row : rows) {
        for (const UnitKeyFigure& f : row.unit.keyFigures) {
            if (!figureIds.contains(f.id)) {
                figureIds << f.id;
                figureLabels << (f.label.isEmpty() ? f.id : f.label);
            }
        }
    }
    QStringList header{tr("Unit"),     tr("Status"),      tr("Status id"),
                       tr("Errors"),   tr("Warnings"),    tr("Unexplained warnings"),
                       tr("Received"), tr("Fingerprint"), tr("File")};
    header += figureLabels;
    QString text = csv::line(header);
    for (const UnitStatusRow& row : rows) {
        QStringList fields{row.agency, statusLabel(row.status), unitStatusId(row.status)};
        if (row.received) {
            const ReceivedUnit& u = row.unit;
            fields << QString::number(u.errors) << QString::number(u.warnings)
                   << QString::number(u.unexplained) << u.received.toUTC().toString(Qt::ISODate)
                   << row.finalCopyFingerprint() << u.fileName;
        } else {
            fields << QString() << QString() << QString() << QString() << QString() << QString();
        }
        for (const QString& id : std::as_const(figureIds)) {
            QString value;
            for (const UnitKeyFigure& f : row.unit.keyFigures) {
                if (f.id == id && f.known)
                    value = formatScaled(f.scaled);
            }
            fields << value;
        }
        text += csv::line(fields);
    }
    return text;
}

bool OfficeExport::writeCsv(const QVector<UnitStatusRow>& rows, const QString& path, QString* error) {
    return csv::writeFile(path, csv(rows), error);
}

QJsonObject OfficeExport::statusJson(int year, const QVector<UnitStatusRow>& rows) {
    QJsonArray units;
    for (const UnitStatusRow& row : rows) {
        QJsonObject o{{QStringLiteral("agency"), row.agency},
                      {QStringLiteral("status"), unitStatusId(row.status)}};
        if (row.received) {
            const ReceivedUnit& u = row.unit;
            o.insert(QStringLiteral("errors"), u.errors);
            o.insert(QStringLiteral("warnings"), u.warnings);
            o.insert(QStringLiteral("unexplained"), u.unexplained);
            o.insert(QStringLiteral("received"), u.received.toUTC().toString(Qt::ISODate));
            o.insert(QStringLiteral("fingerprint"), row.finalCopyFingerprint()); // "" for a draft
            o.insert(QStringLiteral("file"), u.fileName);
        } else {
            for (const char* key : {"errors", "warnings", "unexplained", "received", "fingerprint", "file"})
                o.insert(QLatin1String(key), QJsonValue::Null);
        }
        units.append(o);
    }
    return QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("units"), units}};
}

} // namespace nb

#include "office/Roster.h"

#include "office/OfficeRepository.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringDecoder>

namespace nb {

bool Roster::decode(const QByteArray& bytes, QString* text) {
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString t = utf8.decode(body);
        if (!utf8.hasError()) {
            *text = t;
            return true;
        }
    }
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        gb = QStringDecoder(QStringDecoder::System); // GBK on a Chinese Windows without ICU
    if (gb.isValid()) {
        QString t = gb.decode(body);
        if (!gb.hasError()) {
            *text = t;
            return true;
        }
    }
    return false;
}

bool Roster::parse(const QByteArray& bytes, QStringList* names, QString* error) {
    QString text;
    if (!decode(bytes, &text)) {
        *error = tr("The roster is neither UTF-8 nor GBK text.");
        return false;
    }
    names->clear();
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString name = OfficeRepository::normalizedName(line);
        if (name.isEmpty() || name.startsWith(QLatin1Char('#')) || seen.contains(name))
            continue;
        seen.insert(name);
        names->append(name);
    }
    return true;
}

bool Roster::read(const QString& path, QStringList* names, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            tr("The roster %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!parse(file.readAll(), names, error)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), *error);
        return false;
    }
    return true;
}

} // namespace nb

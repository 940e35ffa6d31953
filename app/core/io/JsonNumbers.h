#pragma once

#include "model/CellValue.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace nb {

/// Exact decimal numbers in JSON without going through double (docs/json-format.md, "Numbers").
///
/// QJsonDocument keeps every non-integer number as a double. To keep a cell value exact on the way in,
/// `protectDecimals` rewrites each number literal that has a fraction or an exponent into a string that
/// starts with U+0001 before the bytes are parsed; `cellFromJson` reads that text exactly. On the way
/// out, `decimalToJson` puts such a marked string into the document and `restoreDecimals` turns it back
/// into the bare number literal after QJsonDocument has written the bytes. Integers need no help:
/// QJsonDocument keeps them as qint64.
namespace JsonNumbers {

inline constexpr QChar kMark = QChar(0x0001);

/// Rewrites every fraction/exponent number literal outside strings as a marked string.
QByteArray protectDecimals(const QByteArray& json);
/// Turns every marked string written by QJsonDocument back into a bare number literal.
QByteArray restoreDecimals(QByteArray json);
/// A value as entered: an integer QJsonValue when it has no decimals, else a marked string holding the
/// exact text ("12.50", "24252.311082").
QJsonValue decimalToJson(qint64 scaled, int decimals);
/// Reads a JSON cell number exactly: a marked string (from protectDecimals), an integer, or a double put
/// into a QJsonObject by other code (read through its shortest round-trip text, exact for decimals of up
/// to 15 significant digits, which covers every cell value). Decimals after the 6th must be zeros.
bool cellFromJson(const QJsonValue& v, CellValue* out);
/// Exact parse of a JSON number literal ("1.5", "-2", "1.25e3", "12.50").
bool cellFromLiteral(QStringView literal, CellValue* out);

} // namespace JsonNumbers

} // namespace nb

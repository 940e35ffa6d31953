#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace nb {

/// The kinds of JSON object in a format definition file (docs/format-definition.md).
enum class FormatObject : quint8 { Root, Section, Table, Block, Column, Row, Rule, RulePart, KeyFigure };

/// The one table of the keys a format file may use, per kind of JSON object. A key that is not in it is an
/// error (a misspelt "heding" must not be ignored). A new key — a new format kind, a new rule type — is
/// added to the table in FormatKeys.cpp and nowhere else; the loader and the rule compiler check every
/// object against it.
class FormatKeys {
    Q_DECLARE_TR_FUNCTIONS(FormatKeys)
public:
    /// The allowed keys of one kind of object, in the order the documentation lists them.
    static QStringList allowed(FormatObject object);
    /// Appends "where: unknown key “k” (did you mean “key”?)" for every key of o that is not allowed; when no
    /// allowed key is close, the message lists the allowed ones instead.
    static void check(const QJsonObject& o, FormatObject object, const QString& where, QStringList* errors);
    /// The allowed key closest to a misspelt one (edit distance ≤ 2, ignoring case), or empty when none is.
    static QString closest(const QString& key, const QStringList& allowed);
};

} // namespace nb

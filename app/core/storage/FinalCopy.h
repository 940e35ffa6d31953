#pragma once

#include "format/FormatDefinition.h"
#include "format/FormatRegistry.h"
#include "model/Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace nb {

// Final copies (定稿) and their fingerprint (docs/file-format.md, "Final copies").

/// The canonical content of a report: every stored field as netstring records, sorted by kind and key
/// (docs/file-format.md, "Canonical content"). Independent of SQLite page layout and row order.
QByteArray canonicalContent(const FormatDefinition& format, const Report& report);

/// SHA-256 of canonicalContent(), as 64 lowercase hex digits.
QString contentFingerprint(const FormatDefinition& format, const Report& report);

/// The hash of one edit-log row in the chain: SHA-256 (hex) of the previous row's hash and this row's
/// time, what, old and new (docs/file-format.md, "Edit log chain"). previousHash is "" for the first row.
QString editLogRowHash(const QString& previousHash, const QString& time, const QString& what,
                       const QString& oldValue, const QString& newValue);

/// Whether a document is a final copy, as stored in its meta table.
struct FinalState {
    bool isFinal = false;
    QString fingerprint; ///< 64 hex digits, stored at finalize time
    QString by;          ///< who finalized it ("" when not given)
    QDateTime at;        ///< when (UTC)
};

/// The result of checking a document file against its stored fingerprint and edit-log chain.
struct FinalCopyCheck {
    enum class State { Draft, Final, Altered, Unreadable };
    State state = State::Unreadable;
    QString storedFingerprint; ///< as stored at finalize time (empty for a draft)
    QString actualFingerprint; ///< of the content as it is now (empty when unreadable)
    QString finalizedBy;
    QDateTime finalizedAt;
    QString problem; ///< translated: why Altered or Unreadable (empty otherwise)
};

/// Checks a document file: opens it read-only without taking the lock and never writes to it (only an
/// edit interrupted by a crash is finished first, as for every read; docs/file-format.md). Formats come
/// from FormatRegistry::instance().
FinalCopyCheck checkFinalCopy(const QString& documentPath);
FinalCopyCheck checkFinalCopy(const QString& documentPath, const FormatRegistry& registry);

/// The words for the state ("draft", "final", "altered", "unreadable"; stable, not translated: used in
/// JSON and scripts).
QString finalCopyStateName(FinalCopyCheck::State state);

} // namespace nb

#pragma once

#include <QCoreApplication>
#include <QString>

namespace nb {

/// Finishes an edit that a crash interrupted, so that a read-only open can read the document.
///
/// A process killed while committing leaves a "hot" rollback journal (`<file>-journal`) beside a file whose
/// pages may be half-changed. Only a connection with write access may roll it back; a read-only connection
/// gets SQLITE_READONLY_ROLLBACK. finish() does that rollback for readers: it takes the document lock
/// (DocumentLock), opens a read-write connection just long enough for SQLite to roll the journal back,
/// closes it and releases the lock. The document then holds its last committed state (docs/file-format.md,
/// "Interrupted edits").
class JournalRecovery {
    Q_DECLARE_TR_FUNCTIONS(JournalRecovery)
public:
    enum class Result : quint8 {
        Finished,      ///< rolled back: the document can be read now
        HeldElsewhere, ///< a live process holds the lock; it rolls the journal back itself on its next read
        Impossible,    ///< no write access (read-only file, folder or medium); nothing was changed
        Failed,        ///< the rollback itself failed (e.g. a disk error); SQLite keeps the journal for later
    };
    /// How long a reader waits for a live lock holder to roll the journal back (DocumentStore::open).
    static constexpr int kHolderWaitMs = 3000;

    /// Rolls back the interrupted edit of path under the document lock. On anything but Finished, *error
    /// receives a translated message for the user that says what to do; the file and its journal are then
    /// left as they were.
    static Result finish(const QString& path, QString* error);
};

} // namespace nb

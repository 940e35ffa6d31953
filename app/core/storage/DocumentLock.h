#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace nb {

/// Who holds a document open for editing (shown to a second user).
struct LockOwner {
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;
    bool isValid() const { return pid != 0 || !host.isEmpty(); }
};

/// The editing lock of one document: a QLockFile beside it (".~<file name>.lock") plus an owner sidecar
/// (".~<file name>.owner", JSON: user, host, pid, since) so that a second user can be told who has it.
///
/// - Stale time is 0: a lock taken on another host never expires by age.
/// - A lock of a dead process on this host (same host name / machine id and boot, pid gone) is stale and is
///   taken over; wasStaleTakenOver() then reports it. So is an empty or unreadable lock file older than one
///   second (a process killed between creating the lock file and writing into it); tryLock() may then wait
///   up to about a second.
/// - The sidecar is advisory: pid and host always come from the lock file itself; user and since come from
///   the sidecar only when its pid and host match the lock file.
class DocumentLock {
    Q_DECLARE_TR_FUNCTIONS(DocumentLock)
public:
    enum class Result : quint8 { Locked, HeldElsewhere, Failed };

    explicit DocumentLock(const QString& documentPath);
    ~DocumentLock();
    DocumentLock(const DocumentLock&) = delete;
    DocumentLock& operator=(const DocumentLock&) = delete;

    /// Tries once, without waiting. On HeldElsewhere, owner() says who; on Failed, errorString() says why.
    Result tryLock();
    bool isLocked() const;
    void unlock();

    LockOwner owner() const { return m_owner; }
    bool wasStaleTakenOver() const { return m_staleTakenOver; }
    QString errorString() const { return m_error; }

    static QString lockFilePath(const QString& documentPath);
    static QString ownerFilePath(const QString& documentPath);
    /// Who holds the lock of a document right now (invalid LockOwner when nobody does).
    static LockOwner currentOwner(const QString& documentPath);
    /// The user name of this process, for LockOwner::user.
    static QString currentUserName();

private:
    static constexpr qint64 kUnreadableGraceMs = 1000;
    bool removeUnreadableLock();
    void writeOwnerFile();

    QString m_documentPath;
    std::unique_ptr<QLockFile> m_lock;
    LockOwner m_owner;
    bool m_staleTakenOver = false;
    QString m_error;
};

} // namespace nb

#include "storage/DocumentLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace nb {

namespace {

QString sidecarPath(const QString& documentPath, const QString& suffix) {
    const QFileInfo fi(documentPath);
    return fi.absoluteDir().filePath(QStringLiteral(".~") + fi.fileName() + suffix);
}

} // namespace

DocumentLock::DocumentLock(const QString& documentPath)
    : m_documentPath(documentPath) {}

DocumentLock::~DocumentLock() {
    unlock();
}

QString DocumentLock::lockFilePath(const QString& documentPath) {
    return sidecarPath(documentPath, QStringLiteral(".lock"));
}

QString DocumentLock::ownerFilePath(const QString& documentPath) {
    return sidecarPath(documentPath, QStringLiteral(".owner"));
}

QString DocumentLock::currentUserName() {
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

LockOwner DocumentLock::currentOwner(const QString& documentPath) {
    LockOwner owner;
    const QString lockPath = lockFilePath(documentPath);
    if (!QFileInfo::exists(lockPath))
        return owner;
    QLockFile probe(lockPath);
    QString app;
    if (!probe.getLockInfo(&owner.pid, &owner.host, &app))
        return LockOwner();
    owner.since = QFileInfo(lockPath).lastModified().toUTC();

    QFile sidecar(ownerFilePath(documentPath));
    if (sidecar.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(sidecar.read(qint64(64) * 1024)).object();
        if (o.value(QStringLiteral("pid")).toInteger() == owner.pid &&
            o.value(QStringLiteral("host")).toString() == owner.host) {
            owner.user = o.value(QStringLiteral("user")).toString();
            const QDateTime since =
                QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
            if (since.isValid())
                owner.since = since.toUTC();
        }
    }
    return owner;
}

DocumentLock::Result DocumentLock::tryLock() {
    if (isLocked())
        return Result::Locked;
    m_error.clear();
    m_owner = LockOwner();
    m_staleTakenOver = false;
    const QString lockPath = lockFilePath(m_documentPath);
    const bool existed = QFileInfo::exists(lockPath);
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // other-host locks never expire; dead local owners are found by pid
    if (m_lock->tryLock(0)) {
        m_staleTakenOver = existed;
        writeOwnerFile();
        return Result::Locked;
    }
    const QLockFile::LockError err = m_lock->error();
    if (err == QLockFile::LockFailedError && removeUnreadableLock() && m_lock->tryLock(0)) {
        m_staleTakenOver = true;
        writeOwnerFile();
        return Result::Locked;
    }
    m_lock.reset();
    if (err == QLockFile::LockFailedError) {
        m_owner = currentOwner(m_documentPath);
        return Result::HeldElsewhere;
    }
    m_error = err == QLockFile::PermissionError
                  ? tr("No permission to create the lock file %1.").arg(QDir::toNativeSeparators(lockPath))
                  : tr("Could not create the lock file %1.").arg(QDir::toNativeSeparators(lockPath));
    return Result::Failed;
}

bool DocumentLock::isLocked() const {
    return m_lock && m_lock->isLocked();
}

void DocumentLock::unlock() {
    if (!isLocked())
        return;
    QFile::remove(ownerFilePath(m_documentPath));
    m_lock->unlock();
    m_lock.reset();
}

bool DocumentLock::removeUnreadableLock() {
    // QLockFile creates the file and then writes pid and host into it. A process killed in between leaves an
    // empty file that QLockFile never considers stale (no pid to check, and stale time 0). A live process
    // fills it within microseconds, so a file that is still unreadable after kUnreadableGraceMs is dead.
    const QString lockPath = lockFilePath(m_documentPath);
    const auto unreadableAge = [&lockPath]() -> qint64 {
        QLockFile probe(lockPath);
        qint64 pid = 0;
        QString host, app;
        if (!QFileInfo::exists(lockPath) || probe.getLockInfo(&pid, &host, &app))
            return -1;
        return QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime());
    };
    qint64 age = unreadableAge();
    if (age < 0)
        return false;
    if (age < kUnreadableGraceMs) {
        QThread::msleep(quint32(kUnreadableGraceMs - std::max<qint64>(age, 0)) + 50);
        age = unreadableAge();
        if (age < kUnreadableGraceMs)
            return false;
    }
    // The same guard QLockFile uses, so that two processes never both remove and re-create the lock.
    QLockFile removal(lockPath + QStringLiteral(".rmlock"));
    if (!removal.tryLock(0))
        return false;
    return unreadableAge() >= kUnreadableGraceMs && QFile::remove(lockPath);
}

void DocumentLock::writeOwnerFile() {
    QJsonObject o;
    o.insert(QStringLiteral("user"), currentUserName());
    o.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    o.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    o.insert(QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(ownerFilePath(m_documentPath));
    // Advisory only: a failure here leaves the lock valid, and readers fall back to the lock file's data.
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

} // namespace nb

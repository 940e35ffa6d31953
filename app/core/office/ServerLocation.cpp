#include "office/ServerLocation.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace nb {

namespace {

const QString kScheme = QStringLiteral("postgresql");
const QString kShortScheme = QStringLiteral("postgres");

/// The authority of "scheme://authority/..." as written (still percent-encoded), or empty.
QString rawAuthority(const QString& text) {
    const int start = text.indexOf(QLatin1String("://"));
    if (start < 0)
        return {};
    int end = text.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const int at = text.indexOf(stop, start + 3);
        if (at >= 0 && at < end)
            end = at;
    }
    return text.mid(start + 3, end - start - 3);
}

bool queryHasPassword(const QString& text) {
    const int q = text.indexOf(QLatin1Char('?'));
    if (q < 0)
        return false;
    const QUrlQuery query(text.mid(q + 1));
    for (const auto& item : query.queryItems())
        if (item.first.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

bool ServerLocation::looksLikeServer(const QString& text) {
    const QString t = text.trimmed();
    return t.startsWith(kScheme + QLatin1Char(':'), Qt::CaseInsensitive) ||
           t.startsWith(kShortScheme + QLatin1Char(':'), Qt::CaseInsensitive);
}

bool ServerLocation::parse(const QString& text, ServerLocation* location, QString* error) {
    const QString form = QStringLiteral("postgresql://USER@HOST[:PORT]/DATABASE");
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString t = text.trimmed();
    if (!looksLikeServer(t))
        return fail(tr("A server address starts with postgresql:// (%1).").arg(form));
    // The password check comes first and works on the text itself: nothing below may echo a password.
    const QString authority = rawAuthority(t);
    const int at = authority.lastIndexOf(QLatin1Char('@'));
    if ((at >= 0 && authority.left(at).contains(QLatin1Char(':'))) || queryHasPassword(t))
        return fail(tr("The server address contains a password. A password is never given in the address "
                       "(it would show in the list of processes and in the shell's history): set "
                       "PGPASSWORD or put it in the .pgpass file (pgpass.conf on Windows), then give "
                       "the address as %1.")
                        .arg(form));
    if (!t.contains(QLatin1String("://")))
        return fail(tr("The server address is incomplete: write it as %1.").arg(form));

    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("The server address is not valid (%1): write it as %2.").arg(url.errorString(), form));
    ServerLocation loc;
    loc.user = url.userName(QUrl::FullyDecoded);
    loc.host = url.host(QUrl::FullyDecoded);
    if (loc.user.isEmpty())
        return fail(tr("The server address names no user: write it as %1.").arg(form));
    if (loc.host.isEmpty())
        return fail(tr("The server address names no server (host): write it as %1.").arg(form));
    const int port = url.port(kDefaultPort);
    if (port <= 0 || port > 65535)
        return fail(tr("The server address has no valid port (1 to 65535)."));
    loc.port = port;
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty())
        return fail(tr("The server address names no database: write it as %1.").arg(form));
    if (path.contains(QLatin1Char('/')))
        return fail(
            tr("The server address has more than one database name (“%1”): write it as %2.").arg(path, form));
    loc.database = path;
    if (url.hasFragment())
        return fail(tr("The server address may not end with a “#” part: write it as %1.").arg(form));
    const QUrlQuery query(url);
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("sslmode")) {
            static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                              QStringLiteral("prefer"),    QStringLiteral("require"),
                                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(item.second))
                return fail(tr("Unknown sslmode “%1” (one of %2).")
                                .arg(item.second, modes.join(QLatin1String(", "))));
            loc.sslMode = item.second;
        } else if (item.first == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = item.second.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                return fail(tr("connect_timeout must be a number of seconds from 1 to 600."));
            loc.connectTimeout = seconds;
        } else {
            return fail(tr("Unknown setting “%1” in the server address (allowed: sslmode, connect_timeout).")
                            .arg(item.first));
        }
    }
    if (location)
        *location = loc;
    return true;
}

QString ServerLocation::display() const {
    QUrl url;
    url.setScheme(kScheme);
    url.setUserName(user);
    url.setHost(host);
    if (port != kDefaultPort)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString(QUrl::PrettyDecoded);
}

bool ServerLocation::driverAvailable(QString* error) {
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return true;
    if (error)
        *error = tr("Qt's PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql "
                    "(Debian); on Windows, qsqlpsql.dll needs libpq.dll and its DLLs beside it "
                    "(docs/office-server.md).");
    return false;
}

QSqlDatabase ServerLocation::connect(const QString& connectionName, QString* error) const {
    if (!driverAvailable(error))
        return {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(host);
        db.setPort(port);
        db.setDatabaseName(database);
        db.setUserName(user);
        // No password here: libpq takes it from PGPASSWORD or the .pgpass file, and it is never logged.
        QString options = QStringLiteral("connect_timeout=%1;application_name=nianbao").arg(connectTimeout);
        if (!sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + sslMode;
        db.setConnectOptions(options);
        if (db.open())
            return db;
        if (error)
            *error = tr("Cannot connect to the office repository %1: %2")
                         .arg(display(), db.lastError().databaseText().trimmed().isEmpty()
                                             ? db.lastError().text().trimmed()
                                             : db.lastError().databaseText().trimmed());
    }
    QSqlDatabase::removeDatabase(connectionName);
    return {};
}

} // namespace nb

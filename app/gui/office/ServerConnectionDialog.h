#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nb::gui {

/// 连接服务器: the address of an office repository on a PostgreSQL server (docs/office-server.md, "From the
/// office window") from host, port, database and user, with the address it makes shown as it is typed and
/// where the password comes from (PGPASSWORD or the pgpass file; it is never asked for nor stored). OK
/// connects through the connector given: on failure the error is shown inside the dialog, which stays open
/// so that a field can be corrected. Host, port, database and user are remembered (settings group
/// "office/server"), the password never.
class ServerConnectionDialog : public QDialog {
    Q_OBJECT
public:
    /// Tries the address; false with a translated error when it cannot be opened.
    using Connector = std::function<bool(const QString& address, QString* error)>;

    explicit ServerConnectionDialog(Connector connector, QWidget* parent = nullptr);
    ~ServerConnectionDialog() override;

    /// The address of the fields (postgresql://USER@HOST[:PORT]/DATABASE), "" while one is empty.
    QString address() const;
    /// The error of the last attempt or of the fields, as shown ("" = none).
    QString errorText() const;
    /// Where the password comes from, as shown: PGPASSWORD, or the pgpass file and its path.
    static QString passwordSource();
    /// The pgpass file libpq reads: PGPASSFILE, else %APPDATA%\postgresql\pgpass.conf on Windows and
    /// ~/.pgpass elsewhere.
    static QString passwordFile();

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void remember() const;

    Connector m_connector;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_hostLabel = nullptr;
    QLabel* m_portLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_failure; ///< the error of the last attempt, until a field changes
};

} // namespace nb::gui

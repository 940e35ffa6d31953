#include "office/ServerConnectionDialog.h"

#include "AppSettings.h"
#include "office/ServerLocation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nb::gui {

namespace {

const QString kGroup = QStringLiteral("office/server");

/// The name the user logged in with: the default user of the server, as for libpq.
QString loginName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

ServerConnectionDialog::ServerConnectionDialog(Connector connector, QWidget* parent)
    : QDialog(parent)
    , m_connector(std::move(connector)) {
    setObjectName(QStringLiteral("serverConnectionDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setReadOnly(true);
    m_hostLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_addressLabel = new QLabel(this);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_addressLabel, m_address);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("serverError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b01c12;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QSettings* settings = AppSettings::open();
    settings->beginGroup(kGroup);
    m_host->setText(settings->value(QStringLiteral("host"), QStringLiteral("localhost")).toString());
    m_port->setValue(settings->value(QStringLiteral("port"), ServerLocation::kDefaultPort).toInt());
    m_database->setText(settings->value(QStringLiteral("database")).toString());
    m_user->setText(settings->value(QStringLiteral("user"), loginName()).toString());
    settings->endGroup();

    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_failure.clear();
            updateState();
        });
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        m_failure.clear();
        updateState();
    });
    retranslate();
    // The first empty field gets the focus, so that a remembered connection is one Enter away.
    for (QWidget* field : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_database),
                           static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_buttons)}) {
        auto* edit = qobject_cast<QLineEdit*>(field);
        if (!edit || edit->text().trimmed().isEmpty()) {
            field->setFocus();
            break;
        }
    }
}

ServerConnectionDialog::~ServerConnectionDialog() = default;

QString ServerConnectionDialog::passwordFile() {
    const QString file = qEnvironmentVariable("PGPASSFILE");
    if (!file.isEmpty())
        return QDir::toNativeSeparators(file);
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(qEnvironmentVariable("APPDATA") +
                                    QStringLiteral("/postgresql/pgpass.conf"));
#else
    return QDir::homePath() + QStringLiteral("/.pgpass");
#endif
}

QString ServerConnectionDialog::passwordSource() {
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return tr("from the environment variable PGPASSWORD");
    const QString file = passwordFile();
    return QFileInfo::exists(file) ? tr("from the password file %1").arg(file)
                                   : tr("from the password file %1 (it does not exist yet)").arg(file);
}

QString ServerConnectionDialog::address() const {
    ServerLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    if (location.host.isEmpty() || location.database.isEmpty() || location.user.isEmpty())
        return {};
    return location.display();
}

QString ServerConnectionDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void ServerConnectionDialog::updateState() {
    const QString text = address();
    m_address->setText(text.isEmpty() ? tr("(fill in server, database and user)") : text);
    QString error;
    bool ok = !text.isEmpty() && ServerLocation::parse(text, nullptr, &error);
    if (ok && !ServerLocation::driverAvailable(&error))
        ok = false;
    if (error.isEmpty())
        error = m_failure;
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ServerConnectionDialog::accept() {
    const QString text = address();
    if (text.isEmpty() || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    // Connecting can take up to connect_timeout seconds: a busy cursor, and no second click meanwhile.
    m_buttons->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool connected = m_connector ? m_connector(text, &error) : false;
    QApplication::restoreOverrideCursor();
    m_buttons->setEnabled(true);
    if (!connected) {
        m_failure = error.isEmpty() ? tr("Could not connect to %1.").arg(text) : error;
        updateState();
        return;
    }
    m_failure.clear();
    remember();
    QDialog::accept();
}

void ServerConnectionDialog::remember() const {
    // Never the password: it comes from PGPASSWORD or the pgpass file and is not known here.
    QSettings* settings = AppSettings::open();
    settings->beginGroup(kGroup);
    settings->setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings->setValue(QStringLiteral("port"), m_port->value());
    settings->setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings->setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings->endGroup();
    AppSettings::sync();
}

void ServerConnectionDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServerConnectionDialog::retranslate() {
    setWindowTitle(tr("Connect to Server"));
    m_hostLabel->setText(tr("&Server:"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_portLabel->setText(tr("&Port:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Password:"));
    m_password->setText(passwordSource());
    m_password->setToolTip(tr("The password is never asked for nor remembered: set PGPASSWORD, or put a "
                              "line host:port:database:user:password in %1.")
                               .arg(passwordFile()));
    m_addressLabel->setText(tr("Address:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    updateState();
}

} // namespace nb::gui

#pragma once

#include <QDialog>
#include <QString>
#include <QVector>

class QLabel;
class QTextBrowser;

namespace nb::gui {

/// Help → About: the version, build date and Qt versions of this build (nb::BuildInfo), and the licences
/// of the components that ship with the program, with their full texts (resources/licenses).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    /// One component that ships with Nianbao and the licence it comes under.
    struct Component {
        QString name;      ///< "Qt 6"
        QString licence;   ///< translated licence name, e.g. "GNU LGPL version 3"
        QString spdx;      ///< SPDX expression, e.g. "LGPL-3.0-only"
        QString use;       ///< translated: what Nianbao uses it for
        QStringList texts; ///< resource paths of the licence texts shown in full
    };
    static QVector<Component> components();

    explicit AboutDialog(QWidget* parent = nullptr);

    /// The version lines at the top (for tests and screen readers).
    QString versionText() const;
    /// The licence part as plain text.
    QString licenceText() const;

private:
    QString licenceHtml() const;

    QLabel* m_version = nullptr;
    QTextBrowser* m_licences = nullptr;
};

} // namespace nb::gui

#include "AboutDialog.h"

#include "StatusIcons.h"

#include "io/BuildInfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nb::gui {

namespace {
QString anchorOf(const QString& resource) {
    return QStringLiteral("licence-") +
           resource.section(QLatin1Char('/'), -1).chopped(4).replace(QLatin1Char('.'), QLatin1Char('-'));
}
} // namespace

QVector<AboutDialog::Component> AboutDialog::components() {
    const QString lgpl3 = QStringLiteral(":/licenses/LGPL-3.0.txt");
    const QString lgpl21 = QStringLiteral(":/licenses/LGPL-2.1.txt");
    const QString gpl3 = QStringLiteral(":/licenses/GPL-3.0.txt");
    const QString gpl2 = QStringLiteral(":/licenses/GPL-2.0.txt");
    return {
        {QStringLiteral("Qt 6"),
         tr("GNU Lesser General Public License version 3"),
         QStringLiteral("LGPL-3.0-only"),
         tr("The application framework: windows, printing, PDF output, the SQLite driver. Linked "
            "dynamically; "
            "it can be replaced by another build of the same Qt version."),
         {lgpl3, gpl3}},
        {QStringLiteral("QuaZip"),
         tr("GNU Lesser General Public License version 2.1 with static linking exception"),
         QStringLiteral("LGPL-2.1-or-later WITH QuaZip static linking exception"),
         tr("Writes the zip container of DOCX and ODT files."),
         {QStringLiteral(":/licenses/QuaZip-exception.txt"), lgpl21}},
        {QStringLiteral("Fandol"),
         tr("GNU General Public License version 3 with font exception"),
         QStringLiteral("GPL-3.0-only WITH Font-exception-2.0"),
         tr("The bundled fallback fonts (FandolFang, FandolSong, FandolHei, FandolKai). The exception means "
            "that documents embedding them are not covered by the GPL."),
         {QStringLiteral(":/licenses/font-exception.txt"), gpl3}},
        {QStringLiteral("SQLite"),
         tr("Public domain"),
         QStringLiteral("blessing"),
         tr("Stores each report file (.nianbao), through Qt's SQLite driver."),
         {QStringLiteral(":/licenses/SQLite.txt")}},
        {QStringLiteral("Poppler"),
         tr("GNU General Public License version 2 or later"),
         QStringLiteral("GPL-2.0-or-later"),
         tr("Reads the text of published reports in PDF (PDF import)."),
         {gpl2}},
    };
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Nianbao"));

    auto* icon = new QLabel(this);
    icon->setPixmap(StatusIcons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* title =
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Nianbao (年报工作台)").toHtmlEscaped()), this);
    auto* purpose = new QLabel(tr("Drafts and checks government information disclosure annual reports "
                                  "(政府信息公开工作年度报告) in the national formats."),
                               this);
    purpose->setWordWrap(true);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->setText(tr("Version %1\nBuilt on %2\nQt %3 (compiled with Qt %4)")
                           .arg(BuildInfo::version(), BuildInfo::buildDate(), BuildInfo::qtRuntimeVersion(),
                                BuildInfo::qtBuildVersion()));

    auto* header = new QVBoxLayout;
    header->addWidget(title);
    header->addWidget(purpose);
    header->addWidget(m_version);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(header, 1);

    m_licences = new QTextBrowser(this);
    m_licences->setObjectName(QStringLiteral("licenceBrowser"));
    m_licences->setOpenExternalLinks(false);
    m_licences->setHtml(licenceHtml());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Nianbao ships with these components:"), this));
    layout->addWidget(m_licences, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString AboutDialog::versionText() const {
    return m_version->text();
}

QString AboutDialog::licenceText() const {
    return m_licences->toPlainText();
}

QString AboutDialog::licenceHtml() const {
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    QStringList texts;
    for (const Component& c : components()) {
        QStringList links;
        for (const QString& t : c.texts) {
            if (!texts.contains(t))
                texts << t;
            links << QStringLiteral("<a href=\"#%1\">%2</a>")
                         .arg(anchorOf(t), t.section(QLatin1Char('/'), -1).toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2<br/><small>%3</small><br/>%4<br/>%5</td></tr>")
                    .arg(c.name.toHtmlEscaped(), c.licence.toHtmlEscaped(), c.spdx.toHtmlEscaped(),
                         c.use.toHtmlEscaped(), tr("Full text: %1").arg(links.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</table>");
    for (const QString& t : texts) {
        QFile file(t);
        const QString body = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                            : tr("(licence text missing from this build)");
        html += QStringLiteral("<hr/><h3><a name=\"%1\"></a>%2</h3><pre>%3</pre>")
                    .arg(anchorOf(t), t.section(QLatin1Char('/'), -1).toHtmlEscaped(), body.toHtmlEscaped());
    }
    return html;
}

} // namespace nb::gui

#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "DocumentActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>

namespace nb::gui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>()) {
    m_ui->setupUi(this);
    m_ui->fontsHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->kindCombo->addItem(tr("Department (部门)"), int(AgencyKind::Department));
    m_ui->kindCombo->addItem(tr("People's government (人民政府)"), int(AgencyKind::Government));
    m_ui->languageCombo->addItem(tr("Same as the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));

    auto* grid = m_ui->fontsLayout;
    grid->addWidget(new QLabel(tr("Role"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Font"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Size"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Font used"), this), 0, 3);
    QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    families.sort(Qt::CaseInsensitive);
    int row = 1;
    for (FontRole role : AppSettings::fontRoles()) {
        FontRow r;
        r.role = role;
        auto* label = new QLabel(AppSettings::fontRoleName(role), this);
        r.family = new QComboBox(this);
        r.family->setObjectName(QStringLiteral("fontFamily_") + AppSettings::fontRoleKey(role));
        r.family->addItem(tr("Standard"), QString());
        for (const QString& f : families)
            r.family->addItem(f, f);
        r.family->setAccessibleName(AppSettings::fontRoleName(role));
        r.family->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        r.family->setMinimumContentsLength(14);
        auto* size = new QLabel(tr("%1 pt").arg(AppSettings::paperFontSize(role)), this);
        r.resolved = new QLabel(this);
        r.resolved->setObjectName(QStringLiteral("fontResolved_") + AppSettings::fontRoleKey(role));
        r.resolved->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setBuddy(r.family);
        grid->addWidget(label, row, 0);
        grid->addWidget(r.family, row, 1);
        grid->addWidget(size, row, 2);
        grid->addWidget(r.resolved, row, 3);
        m_fonts << r;
        ++row;
    }
    grid->setColumnStretch(3, 1);
    for (int i = 0; i < m_fonts.size(); ++i)
        connect(m_fonts[i].family, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [this, i] { updateResolved(m_fonts[i]); });
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    m_draftWhenErrors =
        new QCheckBox(tr("Mark the output of a report with errors as draft (草稿 watermark)"), this);
    m_draftWhenErrors->setObjectName(QStringLiteral("draftWhenErrors"));
    m_ui->generalLayout->addRow(m_draftWhenErrors);
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::resolvedFamily(FontRole role, const QString& override) {
    ExportOptions options;
    options.setFontOverride(role, override);
    QString family = nb::FontResolver(options).family(role);
    if (!family.isEmpty())
        return family;
    QStringList families = AppSettings::defaultFontFamilies(role);
    if (!override.isEmpty())
        families.prepend(override);
    QFont f;
    f.setFamilies(families);
    return QFontInfo(f).family();
}

void PreferencesDialog::updateResolved(FontRow& row) {
    const QString family = resolvedFamily(row.role, row.family->currentData().toString());
    row.resolved->setText(family);
    QFont preview = font();
    preview.setFamilies({family});
    row.resolved->setFont(preview);
}

void PreferencesDialog::load() {
    m_ui->agencyEdit->setText(AppSettings::defaultAgency());
    m_ui->kindCombo->setCurrentIndex(AppSettings::defaultAgencyKind() == AgencyKind::Government ? 1 : 0);
    const int lang = m_ui->languageCombo->findData(AppSettings::language());
    m_ui->languageCombo->setCurrentIndex(lang < 0 ? 0 : lang);
    m_draftWhenErrors->setChecked(AppSettings::draftWhenErrors());
    for (FontRow& r : m_fonts) {
        const QString chosen = AppSettings::fontOverride(r.role);
        int index = r.family->findData(chosen);
        if (index < 0 && !chosen.isEmpty()) {
            r.family->addItem(tr("%1 (not installed)").arg(chosen), chosen);
            index = r.family->count() - 1;
        }
        const QSignalBlocker block(r.family);
        r.family->setCurrentIndex(qMax(0, index));
        updateResolved(r);
    }
}

void PreferencesDialog::restoreDefaults() {
    for (FontRow& r : m_fonts)
        r.family->setCurrentIndex(0);
}

QString PreferencesDialog::language() const {
    return m_ui->languageCombo->currentData().toString();
}

void PreferencesDialog::accept() {
    AppSettings::setDefaultAgency(m_ui->agencyEdit->text().trimmed());
    AppSettings::setDefaultAgencyKind(AgencyKind(m_ui->kindCombo->currentData().toInt()));
    AppSettings::setLanguage(language());
    AppSettings::setDraftWhenErrors(m_draftWhenErrors->isChecked());
    for (const FontRow& r : m_fonts)
        AppSettings::setFontOverride(r.role, r.family->currentData().toString());
    QDialog::accept();
}

} // namespace nb::gui

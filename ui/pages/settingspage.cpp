#include "settingspage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "background.h"
#include "errortext.h"
#include "settings/desktopsettings.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"
#include "uilogging.h"
#include "widgets/credentialspanel.h"
#include "widgets/officespanel.h"

namespace Bfs::Ui {

namespace {

const QString kDatabaseUrlKey = QStringLiteral("settings/databaseUrl");

enum TeamColumn {
    KeyColumn,
    ValueColumn,
    DescriptionColumn
};

} // namespace

QString SettingsPage::savedDatabaseUrl()
{
    return DesktopSettings::uiState(kDatabaseUrlKey).toString();
}

SettingsPage::SettingsPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createDatabaseTab(), tr("Database and desktop"));
    m_tabs->addTab(createTeamTab(), tr("Team settings"));
    m_offices = new OfficesPanel(context.database, this);
    m_tabs->addTab(m_offices, tr("Offices and accounts"));
    m_credentials = new CredentialsPanel(this);
    m_tabs->addTab(m_credentials, tr("Services and credentials"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    saveButton->setAccessibleName(tr("Save settings"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
}

QWidget *SettingsPage::createDatabaseTab()
{
    auto *tab = new QWidget(this);
    m_databaseUrl = new QLineEdit(savedDatabaseUrl(), tab);
    m_databaseUrl->setObjectName(QStringLiteral("databaseUrl"));
    m_databaseUrl->setAccessibleName(tr("Database URL"));
    m_databaseUrl->setPlaceholderText(
        tr("sqlite:/path/file.sqlite or postgresql://user@host:5432/bfs (empty: this desktop's "
           "file)"));
    m_testConnection = new QPushButton(tr("Test connection"), tab);
    m_connectionResult = new QLabel(tab);
    m_connectionResult->setWordWrap(true);
    m_reviewer = new QLineEdit(
        DesktopSettings::value(QString::fromLatin1(SettingKeys::kReviewerName)), tab);
    m_reviewer->setObjectName(QStringLiteral("reviewerName"));
    m_reviewer->setAccessibleName(tr("Reviewer name"));
    m_reviewer->setPlaceholderText(DesktopSettings::reviewerName());

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_databaseUrl, 1);
    urlRow->addWidget(m_testConnection);
    auto *form = new QFormLayout(tab);
    form->addRow(tr("In use now:"), new QLabel(context().database->describe(), tab));
    form->addRow(tr("Database:"), urlRow);
    form->addRow(QString(), m_connectionResult);
    form->addRow(QString(), new QLabel(tr("A changed database is used from the next start."), tab));
    form->addRow(tr("Your name on decisions:"), m_reviewer);
    connect(m_testConnection, &QPushButton::clicked, this, &SettingsPage::testConnection);
    return tab;
}

QWidget *SettingsPage::createTeamTab()
{
    m_team = new QTableWidget(0, 3, this);
    m_team->setObjectName(QStringLiteral("teamSettings"));
    m_team->setAccessibleName(tr("Team settings"));
    m_team->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("What it does")});
    m_team->verticalHeader()->hide();
    m_team->horizontalHeader()->setStretchLastSection(true);
    m_team->setColumnWidth(KeyColumn, 260);
    m_team->setColumnWidth(ValueColumn, 260);
    return m_team;
}

void SettingsPage::refresh()
{
    m_offices->refresh();
    m_credentials->refresh();
    runInBackground(
        this,
        [database = context().database] {
            TeamSettings settings(database);
            QList<QPair<QString, QString>> values;
            for (const SettingDefinition &definition : SettingsRegistry::all()) {
                if (definition.scope == SettingScope::Team) {
                    values.append({definition.key, settings.value(definition.key)});
                }
            }
            return values;
        },
        [this](const QList<QPair<QString, QString>> &values) { showTeamValues(values); });
}

void SettingsPage::showTeamValues(const QList<QPair<QString, QString>> &values)
{
    m_loadedTeamValues.clear();
    m_team->setRowCount(int(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const auto &[key, value] = values.at(row);
        m_loadedTeamValues.insert(key, value);
        auto *keyItem = new QTableWidgetItem(key);
        keyItem->setFlags(keyItem->flags() & ~Qt::ItemIsEditable);
        const auto definition = SettingsRegistry::find(key);
        auto *description = new QTableWidgetItem(definition ? definition->description : QString());
        description->setFlags(description->flags() & ~Qt::ItemIsEditable);
        m_team->setItem(row, KeyColumn, keyItem);
        m_team->setItem(row, ValueColumn, new QTableWidgetItem(value));
        m_team->setItem(row, DescriptionColumn, description);
    }
}

void SettingsPage::testConnection()
{
    m_connectionResult->setText(tr("Connecting…"));
    m_testConnection->setEnabled(false);
    runInBackground(
        this,
        [url = m_databaseUrl->text().trimmed(), dataDir = context().dataDir]() -> VoidResult {
            const auto location = DatabaseLocation::parse(url, dataDir);
            if (!location) {
                return location.error();
            }
            return Database::probe(*location);
        },
        [this](const VoidResult &result) {
            m_testConnection->setEnabled(true);
            m_connectionResult->setText(result ? tr("Connected: this database can be used.")
                                               : errorText(result.error()));
        });
}

void SettingsPage::save()
{
    DesktopSettings::setUiState(kDatabaseUrlKey, m_databaseUrl->text().trimmed());
    const auto reviewer = DesktopSettings::setValue(QString::fromLatin1(SettingKeys::kReviewerName),
                                                    m_reviewer->text().trimmed());
    if (!reviewer) {
        setMessage(errorText(reviewer.error()), true);
        emit saved(false);
        return;
    }

    QList<QPair<QString, QString>> changes;
    for (int row = 0; row < m_team->rowCount(); ++row) {
        const QString key = m_team->item(row, KeyColumn)->text();
        const QString value = m_team->item(row, ValueColumn)->text().trimmed();
        if (m_loadedTeamValues.value(key) != value) {
            changes.append({key, value});
        }
    }
    runInBackground(
        this,
        [database = context().database, changes] {
            TeamSettings settings(database);
            QStringList problems;
            for (const auto &[key, value] : changes) {
                if (const auto stored = settings.setValue(key, value); !stored) {
                    problems.append(stored.errorDetail());
                }
            }
            return problems;
        },
        [this, count = changes.size()](const QStringList &problems) {
            const bool ok = problems.isEmpty();
            setMessage(ok ? tr("Saved (%n team setting(s) changed).", nullptr, int(count))
                          : tr("Not saved: %1").arg(problems.join(QLatin1String("; "))),
                       !ok);
            qCInfo(lcUi) << "settings saved," << count << "team settings changed," << problems;
            refresh();
            emit saved(ok);
        });
}

void SettingsPage::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    emit statusMessage(text);
}

} // namespace Bfs::Ui

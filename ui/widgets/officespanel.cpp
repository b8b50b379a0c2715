#include "officespanel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "background.h"
#include "errortext.h"
#include "repositories/officerepository.h"
#include "uilogging.h"

namespace Bfs::Ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *activeItem(bool active)
{
    auto *item = new QTableWidgetItem(OfficesPanel::tr("Active"));
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(active ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

OfficesPanel::OfficesPanel(DatabasePtr database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    m_offices = makeTable(
        {tr("Office"), tr("Code"), tr("Time zone"), tr("Active")}, tr("Offices"), this);
    m_accounts = makeTable(
        {tr("Platform"), tr("Account"), tr("Active")}, tr("Brand accounts"), this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_offices);
    splitter->addWidget(m_accounts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_offices, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        onOfficeChanged(item->row());
    });
    connect(m_accounts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        onAccountChanged(item->row());
    });
}

void OfficesPanel::refresh()
{
    runInBackground(
        this,
        [database = m_database] {
            OfficeRepository repository(database);
            return std::make_pair(valueOrEmpty(repository.offices(false)),
                                  valueOrEmpty(repository.accounts(false)));
        },
        [this](const std::pair<QList<Office>, QList<SocialAccount>> &data) {
            show(data.first, data.second);
        });
}

void OfficesPanel::show(const QList<Office> &offices, const QList<SocialAccount> &accounts)
{
    m_filling = true;
    m_officeRows = offices;
    m_accountRows = accounts;
    m_offices->setRowCount(int(offices.size()));
    for (int row = 0; row < offices.size(); ++row) {
        const Office &office = offices.at(row);
        m_offices->setItem(row, 0, new QTableWidgetItem(office.name));
        m_offices->setItem(row, 1, new QTableWidgetItem(office.shortCode));
        m_offices->setItem(row, 2, new QTableWidgetItem(office.timeZone));
        m_offices->setItem(row, 3, activeItem(office.active));
    }
    m_accounts->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const SocialAccount &account = accounts.at(row);
        m_accounts->setItem(row, 0, new QTableWidgetItem(account.platform));
        m_accounts->setItem(row, 1, new QTableWidgetItem(account.handle));
        m_accounts->setItem(row, 2, activeItem(account.active));
    }
    m_offices->resizeColumnsToContents();
    m_accounts->resizeColumnsToContents();
    m_filling = false;
}

void OfficesPanel::onOfficeChanged(int row)
{
    if (m_filling || row < 0 || row >= m_officeRows.size() || !m_offices->item(row, 3)) {
        return;
    }
    Office office = m_officeRows.at(row);
    office.active = m_offices->item(row, 3)->checkState() == Qt::Checked;
    m_officeRows[row] = office;
    runInBackground(
        this,
        [database = m_database, office] { return OfficeRepository(database).saveOffice(office); },
        [](const Result<qint64> &saved) {
            if (!saved) {
                qCWarning(lcUi) << "saving an office failed:" << saved.errorDetail();
            }
        });
}

void OfficesPanel::onAccountChanged(int row)
{
    if (m_filling || row < 0 || row >= m_accountRows.size() || !m_accounts->item(row, 2)) {
        return;
    }
    SocialAccount account = m_accountRows.at(row);
    account.active = m_accounts->item(row, 2)->checkState() == Qt::Checked;
    m_accountRows[row] = account;
    runInBackground(
        this,
        [database = m_database, account] {
            return OfficeRepository(database).saveAccount(account);
        },
        [](const Result<qint64> &saved) {
            if (!saved) {
                qCWarning(lcUi) << "saving an account failed:" << saved.errorDetail();
            }
        });
}

} // namespace Bfs::Ui

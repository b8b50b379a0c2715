#include "shuffleddeck.h"

#include <QRandomGenerator>

namespace Bfs {

ShuffledDeck::ShuffledDeck(int size, QRandomGenerator *random)
    : m_size(size)
    , m_random(random)
{}

int ShuffledDeck::next(const std::function<bool(int)> &accept)
{
    // Two rounds: what is left of this cycle, then a fresh cycle behind it.
    for (int round = 0; round < 2; ++round) {
        for (qsizetype i = m_position; i < m_order.size(); ++i) {
            if (accept(m_order.at(i))) {
                m_order.swapItemsAt(i, m_position);
                return m_order.at(m_position++);
            }
        }
        m_order = m_order.mid(m_position) + shuffledCycle();
        m_position = 0;
    }
    return -1;
}

QList<int> ShuffledDeck::shuffledCycle() const
{
    QList<int> cycle(m_size);
    for (int i = 0; i < m_size; ++i) {
        cycle[i] = i;
    }
    shuffleWith(cycle, *m_random);
    return cycle;
}

void shuffleWith(QList<int> &items, QRandomGenerator &random)
{
    for (qsizetype i = items.size() - 1; i > 0; --i) {
        items.swapItemsAt(i, random.bounded(int(i) + 1));
    }
}

} // namespace Bfs

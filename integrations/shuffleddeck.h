#pragma once

#include <functional>

#include <QList>

class QRandomGenerator;

namespace Bfs {

// A shuffled cycle of the indices 0..size-1, like a deck of cards: next()
// deals the first acceptable index not yet dealt in this cycle and shuffles
// a new cycle in when none is left, so every index comes up once before
// any comes up twice. Deterministic for a given generator state.
class ShuffledDeck
{
public:
    // The generator must outlive the deck.
    ShuffledDeck(int size, QRandomGenerator *random);

    // The next acceptable index, or -1 when none is acceptable at all.
    int next(const std::function<bool(int)> &accept);

private:
    QList<int> shuffledCycle() const;

    int m_size = 0;
    QRandomGenerator *m_random = nullptr;
    QList<int> m_order;
    qsizetype m_position = 0;
};

// Shuffles a list in place with the given generator (Fisher-Yates).
void shuffleWith(QList<int> &items, QRandomGenerator &random);

} // namespace Bfs

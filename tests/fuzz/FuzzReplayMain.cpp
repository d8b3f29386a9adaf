// Replays a fuzz target without libFuzzer (the normal g++ build): every file of the given seed and
// regression directories, then deterministic random mutations of them for a bounded time. A crash,
// sanitizer report or __builtin_trap() fails the ctest; so does finding no input at all.
#include "FuzzSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>

#include <cstdio>
#include <cstring>

namespace {

constexpr qsizetype kMaxMutantSize = 256 * 1024;

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(const QList<QByteArray> &corpus, QRandomGenerator &rng)
{
    QByteArray m = corpus.at(rng.bounded(qsizetype(corpus.size())));
    static const char interesting[] = {'\0', '\r', '\n', ' ', ':', ';', '=', '.', '%', '{', '}', '-',
                                       '<', '>', '"', '\\', char(0xff), char(0x80), char(0xc0), char(0x7f)};
    const int steps = 1 + int(rng.bounded(6));
    for (int s = 0; s < steps; ++s) {
        const qsizetype n = m.size();
        const qsizetype at = n ? qsizetype(rng.bounded(quint64(n))) : 0;
        switch (rng.bounded(8)) {
        case 0: if (n) m[at] = char(m.at(at) ^ (1 << rng.bounded(8))); break;
        case 1: if (n) m[at] = interesting[rng.bounded(int(sizeof interesting))]; break;
        case 2: m.insert(at, char(rng.bounded(256))); break;
        case 3: if (n) m.remove(at, 1 + qsizetype(rng.bounded(quint64(qMin<qsizetype>(n - at, 64))))); break;
        case 4: if (n) m.insert(at, m.mid(at, 1 + qsizetype(rng.bounded(quint64(qMin<qsizetype>(n - at, 256)))))); break;
        case 5: m.truncate(at); break;
        case 6: { // splice with another entry
            const QByteArray &o = corpus.at(rng.bounded(qsizetype(corpus.size())));
            if (!o.isEmpty())
                m.insert(at, o.mid(qsizetype(rng.bounded(quint64(o.size()))), 1 + qsizetype(rng.bounded(512))));
            break;
        }
        case 7: m.insert(at, QByteArray(1 + qsizetype(rng.bounded(64)), interesting[rng.bounded(int(sizeof interesting))])); break;
        }
        if (m.size() > kMaxMutantSize)
            m.truncate(kMaxMutantSize);
    }
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    qint64 mutations = 2000;
    qint64 budgetMs = 8000;
    quint32 seed = 20261129;
    QList<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--mutations") && i + 1 < argc) {
            mutations = QByteArray(argv[++i]).toLongLong();
        } else if (!std::strcmp(argv[i], "--seconds") && i + 1 < argc) {
            budgetMs = QByteArray(argv[++i]).toLongLong() * 1000;
        } else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) {
            seed = QByteArray(argv[++i]).toUInt();
        } else {
            const QString path = QString::fromLocal8Bit(argv[i]);
            QStringList files;
            if (QFileInfo(path).isDir()) {
                QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (it.hasNext())
                    files.append(it.next());
                files.sort(); // same order every run
            } else if (QFileInfo::exists(path)) {
                files.append(path);
            }
            for (const QString &f : files) {
                QFile file(f);
                if (file.open(QIODevice::ReadOnly))
                    corpus.append(file.read(kMaxMutantSize));
            }
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no seed inputs found in the given paths\n");
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &input : corpus)
        run(input);
    const qint64 replayMs = clock.elapsed();
    QRandomGenerator rng(seed);
    qint64 done = 0;
    while (done < mutations && clock.elapsed() < budgetMs) {
        run(mutate(corpus, rng));
        ++done;
    }
    std::printf("replayed %lld inputs in %lld ms, then %lld mutations (seed %u) in %lld ms\n",
                static_cast<long long>(corpus.size()), static_cast<long long>(replayMs),
                static_cast<long long>(done), seed, static_cast<long long>(clock.elapsed() - replayMs));
    return 0;
}

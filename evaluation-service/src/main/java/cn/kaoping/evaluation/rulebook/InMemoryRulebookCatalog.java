package cn.kaoping.evaluation.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A catalog held in memory, filled from the published versions (at start from the event store, then from
 * each {@code RulebookVersionPublished}). Versions are few and change rarely: a copy-on-write list serves
 * concurrent readers.
 */
public final class InMemoryRulebookCatalog implements RulebookCatalog {

    private final List<Rulebook> versions = new CopyOnWriteArrayList<>();

    public InMemoryRulebookCatalog(Rulebook... versions) {
        for (Rulebook version : versions) {
            add(version);
        }
    }

    /** Adds a published version; adding a version id again is ignored (replays are harmless). */
    public synchronized void add(Rulebook rulebook) {
        if (version(rulebook.versionId()).isEmpty()) {
            versions.add(rulebook);
        }
    }

    @Override
    public Optional<Rulebook> findInForceOn(LocalDate date) {
        Rulebook inForce = null;
        for (Rulebook candidate : versions) {
            if (!candidate.effectiveFrom().isAfter(date)
                    && (inForce == null || !candidate.effectiveFrom().isBefore(inForce.effectiveFrom()))) {
                inForce = candidate;
            }
        }
        return Optional.ofNullable(inForce);
    }

    @Override
    public Optional<Rulebook> version(String versionId) {
        return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
    }

    @Override
    public List<Rulebook> versions() {
        return List.copyOf(versions);
    }
}

package cn.kaoping.evaluation.infrastructure.rulebook;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.rulebook.InMemoryRulebookCatalog;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import jakarta.inject.Singleton;
import cn.kaoping.runtime.db.Db;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The published rulebook versions, read from the event store: every {@code RulebookVersionPublished} ever
 * appended, by any instance of the service. Versions are held in memory ({@link InMemoryRulebookCatalog});
 * this instance's own publications are added when their transaction commits ({@link RulebookCatalogFeed}),
 * and the store is read again where another instance may have published meanwhile: before answering which
 * version is in force on a date, and when a version asked for by id is not (yet) known here.
 */
@Singleton
public class EventStoreRulebookCatalog implements RulebookCatalog {

    private static final Logger LOG = Logger.getLogger(EventStoreRulebookCatalog.class);
    /** Written into the query, not bound, so that PostgreSQL uses the partial index of V2 (few rows of many). */
    private static final String SELECT_NEW_VERSIONS = """
            select event_identifier, payload from domain_event_entry
             where payload_type = '%s' and not (event_identifier = any (:read))
             order by global_index""".formatted(RulebookVersionPublished.class.getName());

    private final Db db;
    private final InMemoryRulebookCatalog published = new InMemoryRulebookCatalog();
    /** The event identifiers already read, so that a catch-up parses only what is new. */
    private final Set<String> read = new HashSet<>();

    EventStoreRulebookCatalog(Db db) {
        this.db = db;
    }

    @Override
    public Optional<Rulebook> findInForceOn(LocalDate date) {
        catchUp();
        return published.findInForceOn(date);
    }

    @Override
    public Optional<Rulebook> version(String versionId) {
        Optional<Rulebook> known = published.version(versionId);
        if (known.isPresent()) {
            return known;
        }
        catchUp();
        return published.version(versionId);
    }

    @Override
    public List<Rulebook> versions() {
        catchUp();
        return published.versions();
    }

    /** A version this instance published, once its transaction committed. */
    void add(Rulebook rulebook) {
        published.add(rulebook);
    }

    /** Reads the versions appended to the event store since the last reading. */
    public synchronized void catchUp() {
        List<Map.Entry<String, byte[]>> rows = db.withHandle(handle -> handle.createQuery(SELECT_NEW_VERSIONS)
                .bindArray("read", String.class, List.copyOf(read))
                .map((row, context) -> Map.entry(row.getString("event_identifier"), row.getBytes("payload")))
                .list());
        for (Map.Entry<String, byte[]> row : rows) {
            try {
                addPublished(Json.mapper().readValue(row.getValue(), RulebookVersionPublished.class));
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable rulebook version in the event store", e);
            }
            read.add(row.getKey());
        }
    }

    private void addPublished(RulebookVersionPublished event) {
        try {
            published.add(Rulebook.of(event.rulebook()));
        } catch (DomainException e) {
            // Validated on publication; a later, stricter validator must not take a published version away.
            LOG.errorf("Rulebook version %s in the event store fails validation now: %s", event.versionId(),
                    e.getMessage());
        }
    }
}

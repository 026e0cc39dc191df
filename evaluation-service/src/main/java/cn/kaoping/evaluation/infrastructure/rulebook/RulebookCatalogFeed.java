package cn.kaoping.evaluation.infrastructure.rulebook;

import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import cn.kaoping.evaluation.rulebook.Rulebook;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/**
 * Adds a version this instance publishes to the {@link EventStoreRulebookCatalog} once the publication has
 * committed: a version whose transaction rolls back never becomes usable.
 */
@Singleton
public class RulebookCatalogFeed implements SynchronousReadModel {

    private final EventStoreRulebookCatalog catalog;
    private final TransactionSynchronizationRegistry transactions;

    RulebookCatalogFeed(EventStoreRulebookCatalog catalog, TransactionSynchronizationRegistry transactions) {
        this.catalog = catalog;
        this.transactions = transactions;
    }

    /** The catalog lives in memory and catches up with the event store by itself. */
    @Override
    public List<String> tables() {
        return List.of();
    }

    @EventHandler
    void on(RulebookVersionPublished event) {
        Rulebook rulebook = Rulebook.of(event.rulebook());
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            catalog.add(rulebook);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    catalog.add(rulebook);
                }
            }
        });
    }
}

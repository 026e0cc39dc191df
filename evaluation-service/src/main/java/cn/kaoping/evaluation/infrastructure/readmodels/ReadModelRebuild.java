package cn.kaoping.evaluation.infrastructure.readmodels;

import cn.kaoping.evaluation.infrastructure.axon.AxonSetup;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import cn.kaoping.runtime.db.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.jboss.logging.Logger;

/**
 * Rebuilds the synchronous read models from the event store, e.g. after a bug fix in a projection: the tables
 * then hold what the fixed handlers make of every event ever appended.
 *
 * <p>One transaction: it holds the {@link ReadModelLock} exclusively (running commands finish first, new ones
 * wait), lets each read model keep aside what the events do not give back, empties the tables the read models
 * declare, and hands every event of the store, in global order, to the handlers of the read-model processor —
 * the very handlers that run in commands. Readers meanwhile wait on the emptied tables' locks and then see the
 * rebuilt ones; a handler that fails rolls everything back and the old tables stay.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    private final AxonSetup axon;
    private final Db db;
    private final ReadModelLock lock;
    private final Instance<SynchronousReadModel> readModels;
    private final ReadModelSettings settings;

    ReadModelRebuild(AxonSetup axon, Db db, ReadModelLock lock, Instance<SynchronousReadModel> readModels,
                     ReadModelSettings settings) {
        this.axon = axon;
        this.db = db;
        this.lock = lock;
        this.readModels = readModels;
        this.settings = settings;
    }

    /** The tables the read models fill from the events. */
    public List<String> tables() {
        List<String> tables = new ArrayList<>();
        for (SynchronousReadModel readModel : readModels) {
            tables.addAll(readModel.tables());
        }
        return tables;
    }

    public RebuildReport rebuild() {
        LOG.info("Rebuilding the read models from the event store");
        RebuildReport report = QuarkusTransaction.requiringNew()
                .timeout(Math.toIntExact(settings.rebuildTimeout().toSeconds()))
                .call(this::rebuildInTransaction);
        LOG.infof("Read models rebuilt from %d events in %d ms: %s", report.events(), report.millis(), report.rows());
        return report;
    }

    /** Every statement on a {@link Db} handle without a transaction of its own: the connection is this one's. */
    private RebuildReport rebuildInTransaction() throws Exception {
        long started = System.nanoTime();
        lock.holdExclusively();
        List<String> tables = tables();
        readModels.forEach(SynchronousReadModel::beforeRebuild);
        db.useHandle(handle -> handle.execute("truncate table " + String.join(", ", tables)));
        EventHandlerInvoker handlers = readModelHandlers();
        long events = new EventStoreInOrder(db, axon.configuration().eventSerializer())
                .replay(event -> handlers.handle(event, Segment.ROOT_SEGMENT));
        readModels.forEach(SynchronousReadModel::afterRebuild);
        Map<String, Long> rows = new TreeMap<>();
        for (String table : tables) {
            rows.put(table, count(table));
        }
        return new RebuildReport(events, rows, (System.nanoTime() - started) / 1_000_000);
    }

    /** The handlers of every {@link SynchronousReadModel}, with the processor's error handling (propagate). */
    private EventHandlerInvoker readModelHandlers() {
        return axon.configuration().eventProcessingConfiguration()
                .eventProcessor(AxonSetup.READ_MODEL_PROCESSOR, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + AxonSetup.READ_MODEL_PROCESSOR))
                .eventHandlerInvoker();
    }

    private long count(String table) {
        return db.withHandle(handle -> handle.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }
}

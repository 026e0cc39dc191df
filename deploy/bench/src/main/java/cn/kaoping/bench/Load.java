package cn.kaoping.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads each doing one operation after the other for a fixed time, latencies in
 * an HdrHistogram (microseconds). Bounded in time and count; stops by itself.
 */
public final class Load {

    /** One operation; true when it succeeded. */
    @FunctionalInterface
    public interface Operation {
        boolean run() throws Exception;
    }

    /** What a run did. */
    public record Result(long succeeded, long failed, double seconds, Histogram latencyMicros) {

        public double perSecond() {
            return succeeded / seconds;
        }

        public double p(double percentile) {
            return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private Load() {
    }

    public static Result closedLoop(int clients, Duration duration, Operation operation) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Histogram>> work = new ArrayList<>();
        long began = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                Histogram h = new Histogram(60_000_000L, 3);
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    boolean success;
                    try {
                        success = operation.run();
                    } catch (NoMoreWork e) {
                        break;
                    } catch (Exception e) {
                        success = false;
                    }
                    h.recordValue(Math.min(h.getHighestTrackableValue(), (System.nanoTime() - t) / 1000));
                    (success ? ok : failed).incrementAndGet();
                }
                return h;
            }));
        }
        Histogram all = new Histogram(60_000_000L, 3);
        for (Future<Histogram> f : work) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return new Result(ok.get(), failed.get(), seconds, all);
    }

    /** Thrown by an operation that has run out of prepared work (the run then ends early for that client). */
    public static final class NoMoreWork extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoMoreWork() {
            super(null, null, false, false);
        }
    }
}

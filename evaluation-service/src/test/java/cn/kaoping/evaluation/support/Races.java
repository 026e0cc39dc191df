package cn.kaoping.evaluation.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests that race each other, as two users clicking at the same moment. */
public final class Races {

    private Races() {
    }

    /** Runs the same request from several threads released at once; their results in the threads' order. */
    public static <T> List<T> race(int parallel, Callable<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CyclicBarrier start = new CyclicBarrier(parallel);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }
}

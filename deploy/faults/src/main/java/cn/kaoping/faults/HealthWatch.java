package cn.kaoping.faults;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/** Samples every service's live and ready status about once a second while a fault is on, until closed. */
final class HealthWatch implements AutoCloseable {

    /** One sample: when, which service, the statuses of live and ready (-1: no answer). */
    record Sample(long atMillis, String service, int live, int ready) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new java.util.ArrayList<>();

    /** One thread per service: a probe that waits for a timeout must not thin out the samples of the others. */
    HealthWatch(Lab lab) {
        for (String s : Lab.SERVICES) {
            String url = lab.url(s);
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    long round = System.currentTimeMillis();
                    samples.add(new Sample(System.currentTimeMillis(), s, Probe.live(url), Probe.ready(url)));
                    long rest = 1_000 - (System.currentTimeMillis() - round);
                    if (rest > 0) {
                        Lab.sleep(rest);
                    }
                }
            }, "faults-health-watch-" + s);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    @Override
    public void close() {
        stop.set(true);
        for (Thread thread : threads) {
            try {
                thread.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

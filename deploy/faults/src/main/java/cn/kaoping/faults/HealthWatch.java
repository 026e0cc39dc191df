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
    private final Thread thread;

    HealthWatch(Lab lab) {
        thread = new Thread(() -> {
            while (!stop.get()) {
                long round = System.currentTimeMillis();
                for (String s : Lab.SERVICES) {
                    String url = lab.url(s);
                    samples.add(new Sample(System.currentTimeMillis(), s, Probe.live(url), Probe.ready(url)));
                }
                long rest = 1_000 - (System.currentTimeMillis() - round);
                if (rest > 0) {
                    Lab.sleep(rest);
                }
            }
        }, "faults-health-watch");
        thread.setDaemon(true);
        thread.start();
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    @Override
    public void close() {
        stop.set(true);
        try {
            thread.join(20_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

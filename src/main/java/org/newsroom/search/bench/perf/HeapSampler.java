package org.newsroom.search.bench.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Samples the used Java heap on a daemon thread and remembers the peak. The JVM's own per-pool peaks are also read
 * at the end ({@link MemoryPoolMXBean#getPeakUsage}), which catch peaks between samples but add the pools' peaks
 * up, so they can only overstate. Start it, run the work, then {@link #close()}. One thread writes, readers read
 * after close.
 */
final class HeapSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakSampled;

    HeapSampler() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        thread = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sample);
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peakSampled = Math.max(peakSampled, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest sampled heap use in bytes. */
    long peakSampledBytes() {
        return peakSampled;
    }

    /** The sum of the heap pools' peak use in bytes (an upper bound). */
    static long poolPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.newssearch.bench;

/** Samples used heap every few milliseconds on a daemon thread; the peak is what it saw. */
final class HeapSampler implements AutoCloseable {

  private volatile boolean running = true;
  private volatile long peak;
  private final Thread thread;

  HeapSampler() {
    thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
      Runtime rt = Runtime.getRuntime();
      while (running) {
        long used = rt.totalMemory() - rt.freeMemory();
        if (used > peak) {
          peak = used;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  long peakBytes() {
    return peak;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}

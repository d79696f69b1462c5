package co.factusapi.emulator.tenant;

/** A growable ring of millisecond timestamps, oldest first: primitive longs, as an unlimited account may log many. */
final class Timestamps {
    private long[] items = new long[16];
    private int head;
    private int size;

    void add(long millis) {
        if (size == items.length) {
            grow();
        }
        items[(head + size) % items.length] = millis;
        size++;
    }

    /** Forgets every timestamp at or before the cutoff. */
    void dropUpTo(long cutoff) {
        while (size > 0 && items[head] <= cutoff) {
            head = (head + 1) % items.length;
            size--;
        }
    }

    long oldest() {
        return items[head];
    }

    int size() {
        return size;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    private void grow() {
        long[] bigger = new long[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = items[(head + i) % items.length];
        }
        items = bigger;
        head = 0;
    }
}

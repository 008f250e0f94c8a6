package io.cxgate.terraform.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last non-blank lines seen, at most a fixed number. Thread-safe. */
public final class ErrorTail {
    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    public ErrorTail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void add(String line) {
        String trimmed = line.stripTrailing();
        if (trimmed.isBlank()) {
            return;
        }
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(trimmed);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized boolean isEmpty() {
        return lines.isEmpty();
    }
}

package dev.rebound.rejection;

/** A zero-based page of a given size. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public long offset() {
        return (long) page * size;
    }
}

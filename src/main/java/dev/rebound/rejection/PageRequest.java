package dev.rebound.rejection;

/** A zero-based page of a given size. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** How many pages of this size hold {@code totalItems} (0 when there are none). */
    public int pagesFor(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }

    public long offset() {
        return (long) page * size;
    }
}

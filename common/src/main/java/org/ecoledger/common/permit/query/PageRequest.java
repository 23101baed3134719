package org.ecoledger.common.permit.query;

/** A zero-based page of at most {@value #MAXIMUM_SIZE} rows. */
public record PageRequest(int number, int size) {

    public static final int MAXIMUM_SIZE = 200;

    public PageRequest {
        if (number < 0) {
            throw new IllegalArgumentException("page numbers start at 0");
        }
        if (size < 1 || size > MAXIMUM_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAXIMUM_SIZE + " rows");
        }
    }

    public long offset() {
        return (long) number * size;
    }
}

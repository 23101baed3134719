package org.ecoledger.common.permit.query;

import java.util.List;

public record ResultPage<T>(List<T> items, int number, int size, long totalItems) {

    public ResultPage {
        items = List.copyOf(items);
    }
}

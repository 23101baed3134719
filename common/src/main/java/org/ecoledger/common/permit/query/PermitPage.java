package org.ecoledger.common.permit.query;

import java.util.List;

/** One page of the register. */
public record PermitPage(List<PermitSummary> items, int number, int size, long totalItems) {

    public PermitPage {
        items = List.copyOf(items);
    }
}

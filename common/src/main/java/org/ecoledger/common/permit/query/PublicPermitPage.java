package org.ecoledger.common.permit.query;

import java.util.List;

/** One page of the public permit search. */
public record PublicPermitPage(List<PublicPermit> items, int number, int size, long totalItems) {

    public PublicPermitPage {
        items = List.copyOf(items);
    }
}

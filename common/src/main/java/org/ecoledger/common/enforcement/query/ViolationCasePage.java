package org.ecoledger.common.enforcement.query;

import java.util.List;

public record ViolationCasePage(List<ViolationCaseSummary> items, int page, int size, long total) {
}

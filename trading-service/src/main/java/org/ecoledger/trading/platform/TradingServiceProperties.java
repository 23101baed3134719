package org.ecoledger.trading.platform;

import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.RegionCode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * @param areas          the trading areas: each a group of regions (province, city or county codes)
 *                       whose rights trade with each other, as the bureau configures basins and airsheds
 * @param snapshotEvery  a ledger is snapshotted after this many events, so that loading it never
 *                       replays more than that
 * @param maxBatch       the most orders the gateway puts into one unit of work
 */
@ConfigurationProperties("ecoledger.trading")
public record TradingServiceProperties(
        Map<String, List<String>> areas,
        @DefaultValue("20000") int snapshotEvery,
        @DefaultValue("256") int maxBatch,
        @DefaultValue Kafka kafka) {

    public TradingServiceProperties {
        areas = areas == null ? Map.of() : Map.copyOf(areas);
        areas.forEach((area, regions) -> {
            TradingAreaId.of(area);
            regions.forEach(RegionCode::of);
        });
    }

    /** The area whose regions contain this one; rights and accounts of a region live in exactly one area. */
    public Optional<TradingAreaId> areaOf(RegionCode region) {
        return areas.entrySet().stream()
                .filter(e -> e.getValue().stream().map(RegionCode::of).anyMatch(r -> r.contains(region)))
                .map(e -> TradingAreaId.of(e.getKey()))
                .findFirst();
    }

    public List<RegionCode> regionsOf(TradingAreaId area) {
        return areas.getOrDefault(area.value(), List.of()).stream().map(RegionCode::of).toList();
    }

    public record Kafka(
            @DefaultValue("localhost:9092") String bootstrapServers,
            @DefaultValue("PT15S") Duration publishTimeout,
            @DefaultValue("trading-service") String consumerGroup) {
    }
}

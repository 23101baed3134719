package org.ecoledger.trading.platform;

import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.web.RequestRefused;
import org.springframework.stereotype.Component;

/** Which area's ledger holds an enterprise's account or a region's rights, from the configured groups. */
@Component
public class TradingAreas {

    private final TradingServiceProperties properties;

    TradingAreas(TradingServiceProperties properties) {
        this.properties = properties;
    }

    public TradingAreaId areaOf(EnterpriseId enterprise) {
        return areaOf(regionOf(enterprise));
    }

    public TradingAreaId areaOf(RegionCode region) {
        return properties.areaOf(region).orElseThrow(() -> new RequestRefused("trading-area", "OUTSIDE_TRADING_AREA",
                "region " + region + " belongs to no trading area"));
    }

    /** Whether the bureau configured this area: an order ID that names another area names no order. */
    public boolean isConfigured(TradingAreaId area) {
        return properties.areas().containsKey(area.value());
    }

    public static RegionCode regionOf(EnterpriseId enterprise) {
        return RegionCode.of(enterprise.registeringDivision());
    }
}

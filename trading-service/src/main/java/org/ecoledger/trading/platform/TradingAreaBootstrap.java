package org.ecoledger.trading.platform;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.OpenTradingArea;
import org.ecoledger.common.value.Actor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Opens every configured area's ledger at start-up, or redraws its regions when the configuration
 * changed. Opening an unchanged area records nothing, so restarts leave no trace.
 */
@Component
class TradingAreaBootstrap {

    private final CommandGateway commands;
    private final TradingServiceProperties properties;
    private final Clock clock;

    TradingAreaBootstrap(CommandGateway commands, TradingServiceProperties properties, Clock clock) {
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openConfiguredAreas() {
        properties.areas().keySet().forEach(area -> commands.sendAndWait(new OpenTradingArea(TradingAreaId.of(area),
                properties.regionsOf(TradingAreaId.of(area)), Actor.system("trading-configuration"), clock.instant())));
    }
}

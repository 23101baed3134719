package org.ecoledger.trading.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tradingServiceApi() {
        return new OpenAPI()
                .info(new Info().title("EcoLedger trading service")
                        .description("Emission-rights accounts, allocation, order matching, auctions, transfers and market data. "
                                + "Prices are fen per kilogram, quantities whole kilograms. Errors are RFC 9457 problem details.")
                        .version("1"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}

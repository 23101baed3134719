package org.ecoledger.permit.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.query.FindPublicPermits;
import org.ecoledger.common.permit.query.PageRequest;
import org.ecoledger.common.permit.query.PublicPermit;
import org.ecoledger.common.permit.query.PublicPermitPage;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.permit.register.PermitRegisterQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disclosure (信息公开): issued permits and their limits, readable by anyone, with no personal data. */
@RestController
@RequestMapping("/api/public/permits")
@Tag(name = "Public disclosure")
class PublicPermitController {

    private final QueryGateway queries;
    private final PermitRegisterQueries register;

    PublicPermitController(QueryGateway queries, PermitRegisterQueries register) {
        this.queries = queries;
        this.register = register;
    }

    @Operation(summary = "Search issued permits by region, enterprise name and pollutant; no login")
    @GetMapping
    PublicPermitPage search(@RequestParam(required = false) String region,
                                    @RequestParam(required = false) String name,
                                    @RequestParam(required = false) String pollutant,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        var query = new FindPublicPermits(region == null ? null : RegionCode.of(region), name,
                pollutant == null ? null : Pollutant.of(pollutant),
                new PageRequest(page, size));
        return queries.query(query, PublicPermitPage.class).join();
    }

    @Operation(summary = "One issued permit by its number; no login")
    @GetMapping("/{permitNumber}")
    PublicPermit permit(@PathVariable String permitNumber) {
        return register.publicPermit(PermitNumber.of(permitNumber))
                .orElseThrow(() -> new NotFound("no disclosed permit " + permitNumber));
    }
}

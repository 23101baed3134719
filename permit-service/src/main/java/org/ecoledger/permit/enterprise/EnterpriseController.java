package org.ecoledger.permit.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecoledger.common.permit.command.RegisterEnterprise;
import org.ecoledger.common.permit.query.EnterpriseSummary;
import org.ecoledger.common.permit.query.FindEnterprise;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.personaldata.PersonalDataVault;
import org.ecoledger.permit.personaldata.ResponsiblePerson;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "Enterprises")
@SecurityRequirement(name = "bearer")
class EnterpriseController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PersonalDataVault vault;
    private final Clock clock;

    EnterpriseController(CommandGateway commands, QueryGateway queries, PersonalDataVault vault, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.vault = vault;
        this.clock = clock;
    }

    record Registration(@Schema(example = "91510104MA6CHP001C") @NotBlank String creditCode,
                        @Schema(example = "Chengdu Jinjiang Thermal Power Co., Ltd.") @NotBlank String name,
                        @Schema(example = "thermal power") @NotBlank String industry, @Schema(example = "510104") @NotBlank String region,
                        @NotNull @Valid ResponsiblePerson responsiblePerson) {
    }

    @Operation(summary = "Register an enterprise (itself, or by a reviewer of its region)")
    @PostMapping
    @Transactional
    public ResponseEntity<EnterpriseSummary> register(@Valid @RequestBody Registration body, @AuthenticationPrincipal Actor actor) {
        Instant now = clock.instant();
        EnterpriseId id = EnterpriseId.of(body.creditCode());
        RegionCode region = RegionCode.of(body.region());
        String personRef = vault.store(body.responsiblePerson(), null, now);
        commands.sendAndWait(new RegisterEnterprise(id, body.name(), body.industry(), region, personRef, actor, now));
        return ResponseEntity.created(URI.create("/api/enterprises/" + id))
                .body(new EnterpriseSummary(id, body.name(), body.industry(), region, now));
    }

    @Operation(summary = "An enterprise's registration")
    @GetMapping("/{enterpriseId}")
    EnterpriseSummary find(@PathVariable String enterpriseId, @AuthenticationPrincipal Actor actor) {
        EnterpriseSummary enterprise = queries.query(new FindEnterprise(EnterpriseId.of(enterpriseId)),
                        ResponseTypes.optionalInstanceOf(EnterpriseSummary.class)).join()
                .orElseThrow(() -> new NotFound("enterprise " + enterpriseId + " is not registered"));
        Guards.requireAccess(actor, enterprise.enterpriseId(), enterprise.region());
        return enterprise;
    }
}

package org.ecoledger.permit.personaldata;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A named person who answers for an enterprise or signs its commitment. */
public record ResponsiblePerson(@Schema(example = "Li Ming") @NotBlank String name,
                                @Schema(example = "+86 28 5555 0101") @NotBlank @Pattern(regexp = "[+0-9 -]{5,20}") String phone) {
}

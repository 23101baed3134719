package org.ecoledger.permit.personaldata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A named person who answers for an enterprise or signs its commitment. */
public record ResponsiblePerson(@NotBlank String name, @NotBlank @Pattern(regexp = "[+0-9 -]{5,20}") String phone) {
}

package org.ecoledger.common.permit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.ecoledger.common.value.EnterpriseId;

/** The credit code, a 3-digit sequence and P (a permit) or W (a registration): {@code 91510700MA62A1B2C3001P}. */
public record PermitNumber(String value) {

    public PermitNumber {
        if (value == null || !value.matches("[0-9A-Z]{18}\\d{3}[PW]")) {
            throw new IllegalArgumentException("a permit number is a credit code, 3 digits and P or W: " + value);
        }
        EnterpriseId.of(value.substring(0, 18));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PermitNumber of(String value) {
        return new PermitNumber(value);
    }

    public static PermitNumber of(EnterpriseId enterprise, int sequence, ManagementClass managementClass) {
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("an enterprise holds at most 999 permits and registrations");
        }
        return new PermitNumber("%s%03d%c".formatted(enterprise.value(), sequence, managementClass.numberSuffix()));
    }

    public EnterpriseId enterprise() {
        return EnterpriseId.of(value.substring(0, 18));
    }

    public boolean isRegistration() {
        return value.endsWith("W");
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

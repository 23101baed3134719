package org.ecoledger.permit.lifecycle;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.command.ApplyForPermit;
import org.ecoledger.common.value.RegionCode;

/** Lets the enterprise open a permit without the permit's constructor leaving its package. */
public final class PermitApplications {

    private PermitApplications() {
    }

    /** Creates the permit aggregate inside the enterprise's unit of work, so both commit or neither. */
    public static void open(ApplyForPermit application, PermitNumber number, RegionCode region, String industry) throws Exception {
        AggregateLifecycle.createNew(Permit.class, () -> new Permit(application, number, region, industry));
    }
}

package org.ecoledger.permit.enforcement;

import org.ecoledger.common.value.Actor;

/** The platform's own parts, as they appear on the commands they send and in audit trails. */
public final class EnforcementActors {

    /** Opens and updates cases from monitoring's flags and accounts. */
    public static final Actor MONITORING_INBOX = Actor.system("monitoring-inbox");
    /** Accrues daily penalties, escalates overdue rectifications and marks overdue reports. */
    public static final Actor ENFORCEMENT_SCHEDULER = Actor.system("enforcement-scheduler");
    /** Assigns credit levels as the rating rule computes them. */
    public static final Actor CREDIT_RATING = Actor.system("credit-rating");
    /** Carries an inspector's suspension out on the permit; the reason it records names the case, the decision and the inspector. */
    public static final Actor ENFORCEMENT_OFFICE = Actor.system("violation-enforcement");

    private EnforcementActors() {
    }
}

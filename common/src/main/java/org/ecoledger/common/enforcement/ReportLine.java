package org.ecoledger.common.enforcement;

import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

/**
 * One pollutant of an execution report beside what monitoring counted for the period.
 *
 * @param monitored  empty where monitoring counted nothing for the pollutant
 * @param discrepant the two differ by more than the bureau tolerates
 */
public record ReportLine(Pollutant pollutant, Mass reported, Mass monitored, boolean discrepant) {
}

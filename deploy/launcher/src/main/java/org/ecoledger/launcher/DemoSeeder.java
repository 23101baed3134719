package org.ecoledger.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.launcher.PermitApiClient.PermitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts demo data into a fresh platform through the permit API, as its users would: both demo
 * enterprises register and apply for a KEY permit; the Chengdu reviewer confirms and issues
 * Chengdu's, the Sichuan reviewer confirms Mianyang's and leaves it under review.
 *
 * <p>A marker file records that this happened, so a restart on the same data folder does not apply
 * again. Without the marker (say the first attempt failed half-way) it runs again; enterprises
 * registered before are accepted as they are.
 */
final class DemoSeeder {

    private static final String MARKER_FILE = "demo-seeded";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final PermitApiClient permits;
    private final Path marker;
    private final Clock clock;

    DemoSeeder(PermitApiClient permits, Path home, Clock clock) {
        this.permits = permits;
        this.marker = home.resolve(MARKER_FILE);
        this.clock = clock;
    }

    /** What an earlier run seeded, if one did. */
    Optional<String> previousSummary() {
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(marker).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + marker, e);
        }
    }

    /** Seeds the demo data and returns a summary of it, one line per permit. */
    String seed() {
        List<String> summary = new ArrayList<>();
        for (DemoEnterprise enterprise :
                List.of(DemoEnterprise.CHENGDU_POWER, DemoEnterprise.MIANYANG_PAPER)) {
            boolean created = permits.registerEnterprise(enterprise.user(), enterprise.registration());
            LOG.info(
                    "Demo: {} {} ({})",
                    created ? "registered" : "found already registered",
                    enterprise.name(),
                    enterprise.creditCode());
        }

        PermitRef chengdu = apply(DemoEnterprise.CHENGDU_POWER);
        permits.confirmCompleteness(DemoUsers.REVIEWER_CHENGDU, chengdu);
        permits.issue(DemoUsers.REVIEWER_CHENGDU, chengdu, "Meets GB 13223-2011.");
        LOG.info(
                "Demo: {} confirmed and issued permit {}",
                DemoUsers.REVIEWER_CHENGDU.username(),
                chengdu.permitNumber());
        summary.add(
                line(
                        DemoEnterprise.CHENGDU_POWER,
                        chengdu,
                        "issued by " + DemoUsers.REVIEWER_CHENGDU.username()));

        PermitRef mianyang = apply(DemoEnterprise.MIANYANG_PAPER);
        permits.confirmCompleteness(DemoUsers.REVIEWER_SICHUAN, mianyang);
        LOG.info(
                "Demo: {} confirmed permit {} complete and left it under review",
                DemoUsers.REVIEWER_SICHUAN.username(),
                mianyang.permitNumber());
        summary.add(
                line(
                        DemoEnterprise.MIANYANG_PAPER,
                        mianyang,
                        "under review by " + DemoUsers.REVIEWER_SICHUAN.username()));

        String text = String.join("\n", summary);
        writeMarker("Seeded " + clock.instant().truncatedTo(ChronoUnit.SECONDS) + "\n" + text + "\n");
        return text;
    }

    private PermitRef apply(DemoEnterprise enterprise) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // A full five-year term from today (China): the demo's devices stream from now on, and a
        // reading before the validity would be flagged as discharge without a valid permit.
        LocalDate today = LocalDate.now(clock.withZone(Validity.CHINA));
        PermitRef permit =
                permits.applyForPermit(
                        enterprise.user(),
                        enterprise.creditCode(),
                        enterprise.keyPermitApplication(Validity.fullTermFrom(today), now));
        LOG.info(
                "Demo: {} applied for KEY permit {} ({})",
                enterprise.user().username(),
                permit.permitNumber(),
                permit.permitId());
        return permit;
    }

    private static String line(DemoEnterprise enterprise, PermitRef permit, String state) {
        return enterprise.user().username()
                + ": permit "
                + permit.permitNumber()
                + " "
                + state
                + ", GET /api/permits/"
                + permit.permitId();
    }

    private void writeMarker(String content) {
        try {
            Files.writeString(marker, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + marker, e);
        }
    }
}

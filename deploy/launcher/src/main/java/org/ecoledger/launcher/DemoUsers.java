package org.ecoledger.launcher;

import java.util.List;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.local.token.LocalUser;

/**
 * The people of the demo, one per role and scope. Chengdu's reviewer sees only the Chengdu
 * enterprise; Sichuan's sees both, which is what makes jurisdictions visible in a demo.
 */
public final class DemoUsers {

    /** Registered in Jinjiang District, Chengdu (510104). */
    public static final String CHENGDU_POWER_CREDIT_CODE = creditCode("91510104MA6CHP001");

    /** Registered in Mianyang (510700): inside Sichuan, outside Chengdu. */
    public static final String MIANYANG_PAPER_CREDIT_CODE = creditCode("91510700MA6MYP002");

    public static final DemoUser ADMIN =
            new DemoUser("Platform administrator", LocalUser.admin("admin"));
    public static final DemoUser REVIEWER_SICHUAN =
            new DemoUser(
                    "Permit reviewer, Sichuan province", LocalUser.reviewer("reviewer-sichuan", "510000"));
    public static final DemoUser REVIEWER_CHENGDU =
            new DemoUser("Permit reviewer, Chengdu", LocalUser.reviewer("reviewer-chengdu", "510100"));
    public static final DemoUser INSPECTOR_CHENGDU =
            new DemoUser(
                    "Enforcement inspector, Chengdu", LocalUser.inspector("inspector-chengdu", "510100"));
    public static final DemoUser CHENGDU_POWER =
            new DemoUser(
                    "Chengdu Jinjiang Thermal Power Co., Ltd.",
                    LocalUser.enterprise("chengdu-power", CHENGDU_POWER_CREDIT_CODE));
    public static final DemoUser MIANYANG_PAPER =
            new DemoUser(
                    "Mianyang Fujiang Paper Co., Ltd.",
                    LocalUser.enterprise("mianyang-paper", MIANYANG_PAPER_CREDIT_CODE));

    public static final DemoUser SETTLEMENT_BANK =
            new DemoUser(
                    "Settlement bank of the trading centre",
                    new LocalUser("settlement-bank", "settlement_bank", null, null));

    public static final List<DemoUser> ALL =
            List.of(
                    ADMIN,
                    REVIEWER_SICHUAN,
                    REVIEWER_CHENGDU,
                    INSPECTOR_CHENGDU,
                    CHENGDU_POWER,
                    MIANYANG_PAPER,
                    SETTLEMENT_BANK);

    private DemoUsers() {}

    private static String creditCode(String first17) {
        return first17 + EnterpriseId.checkCharacter(first17);
    }
}

package org.ecoledger.local.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecoledger.common.value.EnterpriseId;
import org.junit.jupiter.api.Test;

class LocalUserTest {

    private static final String CREDIT_CODE =
            "91510104MA6CHP001" + EnterpriseId.checkCharacter("91510104MA6CHP001");

    @Test
    void enterpriseUserNeedsACreditCodeAndNoJurisdiction() {
        assertThat(LocalUser.enterprise("chengdu-power", CREDIT_CODE).enterprise())
                .isEqualTo(CREDIT_CODE);
        assertThatThrownBy(() -> new LocalUser("x", "enterprise", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalUser("x", "enterprise", CREDIT_CODE, "510100"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reviewersAndInspectorsNeedAJurisdictionAndNoEnterprise() {
        assertThat(LocalUser.reviewer("r", "510100").jurisdiction()).isEqualTo("510100");
        assertThat(LocalUser.inspector("i", "510100").jurisdiction()).isEqualTo("510100");
        assertThatThrownBy(() -> new LocalUser("r", "reviewer", null, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalUser("i", "inspector", CREDIT_CODE, "510100"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adminIsBoundToNothing() {
        assertThat(LocalUser.admin("admin")).isEqualTo(new LocalUser("admin", "admin", "", null));
        assertThatThrownBy(() -> new LocalUser("admin", "admin", null, "510000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roleIsOneOfTheFourHumanRolesInLowerCase() {
        assertThat(new LocalUser("r", " Reviewer ", null, "510100").role()).isEqualTo("reviewer");
        assertThatThrownBy(() -> new LocalUser("s", "system", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalUser("s", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void creditCodeAndRegionCodeAreCheckedLikeTheServicesCheckThem() {
        String wrongCheckCharacter =
                CREDIT_CODE.substring(0, 17) + (CREDIT_CODE.endsWith("0") ? "1" : "0");
        assertThatThrownBy(() -> LocalUser.enterprise("e", wrongCheckCharacter))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalUser.reviewer("r", "5101"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalUser.enterprise("e", CREDIT_CODE.toLowerCase()).enterprise())
                .isEqualTo(CREDIT_CODE);
    }

    @Test
    void subjectIsRequired() {
        assertThatThrownBy(() -> LocalUser.admin(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.ecoledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.junit.jupiter.api.Test;

class DemoUsersTest {

    private static final RegionCode CHENGDU = RegionCode.of("510100");
    private static final RegionCode SICHUAN = RegionCode.of("510000");

    @Test
    void demoCreditCodesAreValidAndRegisteredWhereTheirEnterprisesAre() {
        assertThat(EnterpriseId.of(DemoUsers.CHENGDU_POWER_CREDIT_CODE).registeringDivision())
                .isEqualTo(DemoEnterprise.CHENGDU_POWER.region());
        assertThat(EnterpriseId.of(DemoUsers.MIANYANG_PAPER_CREDIT_CODE).registeringDivision())
                .isEqualTo(DemoEnterprise.MIANYANG_PAPER.region());
    }

    @Test
    void chengduReviewerSeesOnlyChengduWhileSichuansSeesBoth() {
        RegionCode chengduPower = RegionCode.of(DemoEnterprise.CHENGDU_POWER.region());
        RegionCode mianyangPaper = RegionCode.of(DemoEnterprise.MIANYANG_PAPER.region());

        assertThat(DemoUsers.REVIEWER_CHENGDU.user().jurisdiction()).isEqualTo(CHENGDU.value());
        assertThat(CHENGDU.contains(chengduPower)).isTrue();
        assertThat(CHENGDU.contains(mianyangPaper)).isFalse();
        assertThat(DemoUsers.REVIEWER_SICHUAN.user().jurisdiction()).isEqualTo(SICHUAN.value());
        assertThat(SICHUAN.contains(chengduPower)).isTrue();
        assertThat(SICHUAN.contains(mianyangPaper)).isTrue();
    }

    @Test
    void usernamesAreUnique() {
        assertThat(DemoUsers.ALL).extracting(DemoUser::username).doesNotHaveDuplicates();
    }
}

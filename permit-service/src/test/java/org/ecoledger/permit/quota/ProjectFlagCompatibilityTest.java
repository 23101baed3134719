package org.ecoledger.permit.quota;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ecoledger.common.permit.event.PermitApplied;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.permit.support.PermitFixture.submittedApplication;

/** {@code newOrExpandedProject} came to {@link PermitApplied} without a new revision: applications stored before it read as no project. */
class ProjectFlagCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void anApplicationStoredBeforeTheFlagReadsAsNoProject() throws Exception {
        ObjectNode stored = JSON.valueToTree(submittedApplication());
        assertThat(stored.remove("newOrExpandedProject").asBoolean()).isFalse();

        assertThat(JSON.treeToValue(stored, PermitApplied.class)).isEqualTo(submittedApplication());
    }
}

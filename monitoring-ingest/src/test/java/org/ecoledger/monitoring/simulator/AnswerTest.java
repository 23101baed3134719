package org.ecoledger.monitoring.simulator;

import org.ecoledger.monitoring.protocol.Acknowledgements;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.QnRtn;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTest {

    private static final Header UPLOAD = new Header("20261123100000123", "31", "2061", "123456", "010000A8900016F000169DC0", 5, null, null);

    private static byte[] withoutLineEnd(byte[] frame) {
        return Arrays.copyOf(frame, frame.length - 2);
    }

    @Test
    void aDataAnswerAcknowledgesTheUploadWithItsQn() {
        Answer answer = Answer.parse(withoutLineEnd(Acknowledgements.dataAnswer(UPLOAD))).orElseThrow();
        assertThat(answer).isEqualTo(new Answer("9014", "20261123100000123", 0));
        assertThat(answer.acknowledges()).isTrue();
    }

    @Test
    void aPasswordErrorRefusesTheUpload() {
        Answer answer = Answer.parse(withoutLineEnd(Acknowledgements.requestAnswer(UPLOAD, QnRtn.PASSWORD_ERROR))).orElseThrow();
        assertThat(answer.cn()).isEqualTo("9011");
        assertThat(answer.qn()).isEqualTo("20261123100000123");
        assertThat(answer.refuses()).isTrue();
        assertThat(answer.acknowledges()).isFalse();
    }

    @Test
    void anythingElseIsNoAnswer() {
        assertThat(Answer.parse("HTTP/1.1 400 Bad Request".getBytes())).isEmpty();
        assertThat(Answer.parse("##0010ST=91;CP=&&&&0000".getBytes())).isEmpty();
    }
}

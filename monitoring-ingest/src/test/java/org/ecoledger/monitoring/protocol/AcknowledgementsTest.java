package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.Frames.MN_2017;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class AcknowledgementsTest {

    private static final String MN_2005 = "88888880000001";

    private static Header header(String qn, String cn, Integer flag, String mn) {
        return new Header(qn, "31", cn, "123456", mn, flag, null, null);
    }

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }

    @Test
    void aDataAnswerEchoesTheUploadsQnWithFlag4For2017() {
        byte[] answer = Acknowledgements.dataAnswer(header("20160801085857223", "2051", 5, MN_2017));

        assertThat(text(answer)).isEqualTo(
                "##0087QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=" + MN_2017 + ";Flag=4;CP=&&&&3240\r\n");
    }

    @Test
    void aDataAnswerTo2025CarriesFlag8() {
        byte[] answer = Acknowledgements.dataAnswer(header("20260101000000001", "2051", 9, MN_2017));

        assertThat(DataSegmentParser.parse(utf8(text(answer).substring(6, answer.length - 6))).header().flag()).isEqualTo(8);
    }

    @Test
    void aDataAnswerTo2005CarriesTheQnAndCnInsideCp() {
        byte[] answer = Acknowledgements.dataAnswer(header("20040516010101001", "2051", 1, MN_2005));

        assertThat(text(answer).substring(6))
                .startsWith("ST=91;CN=9014;PW=123456;MN=" + MN_2005 + ";Flag=0;CP=&&QN=20040516010101001;CN=2051&&");
    }

    @Test
    void aNotificationIsAnsweredWith9013() {
        byte[] answer = Acknowledgements.notificationAnswer(header("20261123101500123", "1013", 5, MN_2017));

        assertThat(text(answer)).contains("QN=20261123101500123;ST=91;CN=9013;PW=123456;MN=" + MN_2017 + ";Flag=4;CP=&&&&");
    }

    @Test
    void theAppendixC9011AnswerIsWrittenByteForByte() {
        Header request = new Header("20160801085857223", "32", "1062", "123456", MN_2017, 5, null, null);

        assertThat(text(Acknowledgements.requestAnswer(request, QnRtn.READY))).isEqualTo(
                "##0094QN=20160801085857223;ST=91;CN=9011;PW=123456;MN=" + MN_2017 + ";Flag=4;CP=&&QnRtn=1&&1B00\r\n");
    }

    @Test
    void aWrongPasswordIsAnsweredWithQnRtn3() {
        byte[] answer = Acknowledgements.requestAnswer(header("20261123101500123", "2051", 5, MN_2017), QnRtn.PASSWORD_ERROR);

        assertThat(text(answer)).contains("CN=9011;").contains("CP=&&QnRtn=3&&");
    }

    @Test
    void a2005DeviceIsToldRejectedForReasonsItsVersionDoesNotKnow() {
        byte[] answer = Acknowledgements.requestAnswer(header("20040516010101001", "2051", 1, MN_2005), QnRtn.MN_ERROR);

        assertThat(text(answer)).contains("CP=&&QN=20040516010101001;QnRtn=2&&");
    }

    @Test
    void onlyPacketsWithTheAnswerBitAreAnswered() {
        String upload = "QN=20261123101500123;ST=31;CN=2051;PW=123456;MN=" + MN_2017;

        assertThat(Acknowledgements.answerFor(DataSegmentParser.parse(utf8(upload + ";Flag=4;CP=&&&&")))).isEmpty();
        assertThat(Acknowledgements.answerFor(DataSegmentParser.parse(utf8(upload + ";Flag=5;CP=&&&&"))))
                .hasValueSatisfying(answer -> assertThat(text(answer)).contains("CN=9014"));
    }

    @Test
    void notificationsAreAnsweredWith9013AndHeartbeatsNotAtAll() {
        String header = "QN=20261123101500123;ST=31;PW=123456;MN=" + MN_2017;

        assertThat(Acknowledgements.answerFor(DataSegmentParser.parse(utf8(header + ";CN=1013;Flag=5;CP=&&&&"))))
                .hasValueSatisfying(answer -> assertThat(text(answer)).contains("CN=9013"));
        assertThat(Acknowledgements.answerFor(DataSegmentParser.parse(utf8(header + ";CN=9015;Flag=9;CP=&&&&")))).isEmpty();
    }

    @Test
    void aPacketWhoseQnCannotBeEchoedGetsNoAnswer() {
        Packet packet = DataSegmentParser.parse(utf8("QN==20261123101500123;ST=31;CN=2051;PW=123456;MN=" + MN_2017 + ";Flag=5;CP=&&&&"));

        assertThat(packet.header().qn()).isEqualTo("=20261123101500123");
        assertThat(Acknowledgements.answerFor(packet)).isEmpty();
    }

    @Test
    void a2005PacketWhoseQnWouldReadAsTextInsideCpGetsNoAnswer() {
        Packet packet = DataSegmentParser.parse(utf8("QN=//20261123;ST=31;CN=2051;PW=123456;MN=" + MN_2005 + ";Flag=1;CP=&&&&"));

        assertThat(Acknowledgements.answerFor(packet)).isEmpty();
    }

    @Test
    void aRefusalIsNotWrittenForAPasswordThatCannotBeEchoed() {
        Packet packet = DataSegmentParser.parse(utf8("QN=20261123101500123;ST=31;CN=2051;PW=a&b;MN=" + MN_2017 + ";Flag=5;CP=&&&&"));

        assertThat(Acknowledgements.requestAnswerFor(packet, QnRtn.PASSWORD_ERROR)).isEmpty();
        assertThat(Acknowledgements.requestAnswerFor(DataSegmentParser.parse(utf8(
                "QN=20261123101500123;ST=31;CN=2051;PW=123456;MN=" + MN_2017 + ";Flag=5;CP=&&&&")), QnRtn.PASSWORD_ERROR))
                .hasValueSatisfying(answer -> assertThat(text(answer)).contains("CP=&&QnRtn=3&&"));
    }
}

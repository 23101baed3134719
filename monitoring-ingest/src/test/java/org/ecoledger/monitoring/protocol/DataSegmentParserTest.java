package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.monitoring.protocol.Frames.MN_2017;
import static org.ecoledger.monitoring.protocol.Frames.STANDARD_EXAMPLE_SEGMENT;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class DataSegmentParserTest {

    private static Packet parse(String segment) {
        return DataSegmentParser.parse(utf8(segment));
    }

    private static List<Deviation.Type> deviations(Packet packet) {
        return packet.deviations().stream().map(Deviation::type).toList();
    }

    @Test
    void theStandardsExampleReadsAsA2017PacketAskingForAnAnswer() {
        Packet packet = parse(STANDARD_EXAMPLE_SEGMENT);

        assertThat(packet.header()).isEqualTo(new Header("20160801085857223", "32", "1062", "100000", MN_2017, 5, null, null));
        assertThat(packet.version()).isEqualTo(ProtocolVersion.V2017);
        assertThat(packet.header().answerRequested()).isTrue();
        assertThat(packet.cp().items()).containsExactly(new CpItem("RtdInterval", "30"));
        assertThat(packet.conforms()).isTrue();
    }

    @Test
    void aPacketWithoutFlagIsTakenFor2005() {
        Packet packet = parse("ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20261123101500;011-Rtd=12.5&&");

        assertThat(packet.header().flag()).isNull();
        assertThat(packet.version()).isEqualTo(ProtocolVersion.V2005);
        assertThat(packet.header().answerRequested()).isFalse();
        assertThat(packet.conforms()).isTrue();
    }

    @Test
    void aDeviceWithout2005FlagButWith2017MnPassesAsHybrid() {
        Packet packet = parse("ST=32;CN=2011;PW=123456;MN=" + MN_2017 + ";CP=&&DataTime=20261123101500;w01018-Rtd=12.5&&");

        assertThat(packet.deviations()).isEmpty();
    }

    @Test
    void headerFieldsAreReadInAnyOrder() {
        Packet packet = parse("MN=" + MN_2017 + ";ST=32;QN=20160801085857223;PW=100000;Flag=5;CN=1062;CP=&&RtdInterval=30&&");

        assertThat(packet.header()).isEqualTo(parse(STANDARD_EXAMPLE_SEGMENT).header());
        assertThat(packet.conforms()).isTrue();
    }

    @Test
    void theFirstOfARepeatedHeaderFieldWinsAndTheRepeatIsKept() {
        Packet packet = parse("QN=20160801085857223;ST=32;CN=2011;CN=2051;PW=100000;MN=" + MN_2017 + ";Flag=4;CP=&&&&");

        assertThat(packet.header().cn()).isEqualTo("2011");
        assertThat(packet.extraHeaderFields()).containsExactly(new Field("CN", "2051"));
        assertThat(deviations(packet)).containsExactly(Deviation.Type.DUPLICATE_HEADER_FIELD);
    }

    @Test
    void anUnknownHeaderFieldIsKept() {
        Packet packet = parse("QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=" + MN_2017 + ";Flag=4;Vendor=x1;CP=&&&&");

        assertThat(packet.extraHeaderFields()).containsExactly(new Field("Vendor", "x1"));
        assertThat(deviations(packet)).containsExactly(Deviation.Type.UNKNOWN_HEADER_FIELD);
    }

    @Test
    void commasBetweenHeaderFieldsAreAcceptedAsInAppendixC() {
        Packet packet = parse("QN=20160801085857534,ST=32;CN=2011;PW=100000;MN=" + MN_2017 + ";Flag=4;CP=&&&&");

        assertThat(packet.header().qn()).isEqualTo("20160801085857534");
        assertThat(packet.header().st()).isEqualTo("32");
        assertThat(deviations(packet)).containsExactly(Deviation.Type.COMMA_IN_HEADER);
    }

    @Test
    void aFlagGluedToCpAsInAppendixCIsStillRead() {
        Packet packet = parse("QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=" + MN_2017 + ";Flag=5CP=&&RtdInterval=30&&");

        assertThat(packet.header().flag()).isEqualTo(5);
        assertThat(packet.cp().first("RtdInterval")).contains("30");
        assertThat(deviations(packet)).containsExactly(Deviation.Type.MISSING_SEPARATOR);
    }

    @Test
    void spacesAroundKeysAndValuesAreDropped() {
        Packet packet = parse("QN = 20160801085857223 ; ST=32;CN=2011;PW=100000;MN=" + MN_2017 + ";Flag=4;CP=&& a21026-Rtd = 1.5 ; DataTime=20261123101500 &&");

        assertThat(packet.header().qn()).isEqualTo("20160801085857223");
        assertThat(packet.cp().items()).containsExactly(new CpItem("a21026-Rtd", "1.5"), new CpItem("DataTime", "20261123101500"));
    }

    @Test
    void cpItemsKeepTheirOrderAndDuplicates() {
        Packet packet = parse("CN=2011;CP=&&a21026-Rtd=1.5,a21026-Flag=N;a21026-Rtd=1.7;x99999-Rtd=3&&");

        assertThat(packet.cp().items()).containsExactly(
                new CpItem("a21026-Rtd", "1.5"), new CpItem("a21026-Flag", "N"),
                new CpItem("a21026-Rtd", "1.7"), new CpItem("x99999-Rtd", "3"));
        assertThat(packet.cp().all("a21026-Rtd")).containsExactly("1.5", "1.7");
    }

    @Test
    void commaAndSemicolonAreAcceptedWhereTheOtherBelongsAndNoted() {
        Packet packet = parse("CN=2011;CP=&&DataTime=20261123101500,a21026-Rtd=1.5;a21026-Flag=N&&");

        assertThat(packet.cp().items()).extracting(CpItem::key).containsExactly("DataTime", "a21026-Rtd", "a21026-Flag");
        assertThat(deviations(packet)).filteredOn(Deviation.Type.SEPARATOR_MISMATCH::equals).hasSize(2);
    }

    @Test
    void aCpItemSplitsOnItsFirstEqualsSign() {
        Packet packet = parse("CN=3020;CP=&&i13001-Info=a=b&&");

        assertThat(packet.cp().items()).containsExactly(new CpItem("i13001-Info", "a=b"));
    }

    @Test
    void aTextValueMayHoldSeparatorsAndAmpersands() {
        Packet packet = parse("CN=3020;CP=&&DataTime=20261123101500;i11001-Info=//zero; span, cal && done//;PolId=w01018&&");

        assertThat(packet.cp().items()).containsExactly(
                new CpItem("DataTime", "20261123101500"),
                new CpItem("i11001-Info", "//zero; span, cal && done//"),
                new CpItem("PolId", "w01018"));
        assertThat(packet.cp().items().get(1).text()).isEqualTo("zero; span, cal && done");
    }

    @Test
    void chineseTextIsReadAsUtf8() {
        Packet packet = parse("CN=3020;CP=&&i11001-Info=//分析仪运行正常//&&");

        assertThat(packet.cp().items().get(0).text()).isEqualTo("分析仪运行正常");
    }

    @Test
    void the2005AnswerWithQnInsideCpIsRead() {
        Packet packet = parse("ST=91;CN=9014;CP=&&QN=20040516010101001;CN=2051&&");

        assertThat(packet.cp().first("QN")).contains("20040516010101001");
        assertThat(packet.cp().first("CN")).contains("2051");
        assertThat(packet.kind()).isEqualTo(MessageKind.RESPONSE);
    }

    @Test
    void anMnOf14CharactersIsWrongFor2017() {
        Packet packet = parse("QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=88888880000001;Flag=4;CP=&&&&");

        assertThat(deviations(packet)).containsExactly(Deviation.Type.MN_LENGTH);
    }

    @Test
    void anMnOf24CharactersIsWrongForAnExplicit2005Flag() {
        Packet packet = parse("ST=32;CN=2011;PW=100000;MN=" + MN_2017 + ";Flag=1;CP=&&&&");

        assertThat(deviations(packet)).containsExactly(Deviation.Type.MN_LENGTH);
    }

    @Test
    void a2017MnMustBeUpperCaseHex() {
        Packet packet = parse("QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=010000a8900016f000169dc0;Flag=4;CP=&&&&");

        assertThat(deviations(packet)).containsExactly(Deviation.Type.MN_NOT_HEX);
    }

    @Test
    void versionBitsBeyond2025AreReportedAsUnknown() {
        Packet packet = parse("QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=" + MN_2017 + ";Flag=12;CP=&&&&");

        assertThat(packet.version()).isEqualTo(ProtocolVersion.UNKNOWN);
        assertThat(deviations(packet)).containsExactly(Deviation.Type.UNKNOWN_VERSION);
    }

    @Test
    void theSubpacketBitAndPacketNumbersMustAgree() {
        String header = "QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=" + MN_2017;

        assertThat(deviations(parse(header + ";Flag=7;CP=&&&&"))).containsExactly(Deviation.Type.PACKET_NUMBERS_MISMATCH);
        assertThat(deviations(parse(header + ";PNUM=2;PNO=1;CP=&&&&")))
                .contains(Deviation.Type.PACKET_NUMBERS_MISMATCH);
        assertThat(deviations(parse(header + ";Flag=7;PNUM=2;PNO=3;CP=&&&&"))).containsExactly(Deviation.Type.BAD_PACKET_NUMBER);
        assertThat(parse(header + ";Flag=7;PNUM=2;PNO=1;CP=&&&&").conforms()).isTrue();
    }

    @Test
    void aFlagThatIsNotANumberIsNotedAndKept() {
        Packet packet = parse("QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=" + MN_2017 + ";Flag=x;CP=&&&&");

        assertThat(packet.header().flag()).isNull();
        assertThat(packet.extraHeaderFields()).containsExactly(new Field("Flag", "x"));
        assertThat(deviations(packet)).contains(Deviation.Type.BAD_FLAG);
    }

    @Test
    void aMissingCpOrItsClosingAmpersandsAreNoted() {
        assertThat(deviations(parse("CN=2011"))).contains(Deviation.Type.MISSING_CP);
        Packet unterminated = parse("CN=2011;CP=&&a21026-Rtd=1.5");
        assertThat(unterminated.cp().items()).containsExactly(new CpItem("a21026-Rtd", "1.5"));
        assertThat(deviations(unterminated)).contains(Deviation.Type.UNTERMINATED_CP);
    }

    @Test
    void cpWithoutOpeningAmpersandsEndsAtItsClosingOnes() {
        Packet packet = parse("CN=2011;CP=&1&Rtd=3&&;Flag=4");

        assertThat(packet.cp().items()).containsExactly(new CpItem("&1&Rtd", "3"));
        assertThat(packet.header().flag()).isEqualTo(4);
        assertThat(deviations(packet)).contains(Deviation.Type.UNDELIMITED_CP, Deviation.Type.FIELD_AFTER_CP);
    }

    @Test
    void aSegmentWithoutAFourDigitCnIsNotHj212() {
        assertThatThrownBy(() -> parse("GET / HTTP/1.1")).isInstanceOf(Hj212FormatException.class);
        assertThatThrownBy(() -> parse("QN=1;ST=32;CN=20x1;CP=&&&&")).isInstanceOf(Hj212FormatException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(Hj212FormatException.class);
    }

    @Test
    void aFrameIsParsedInPlace() {
        RawFrame frame = CollectingSink.scan(FramingPolicy.STRICT, utf8(Frames.STANDARD_EXAMPLE_FRAME)).frames.get(0);

        assertThat(DataSegmentParser.parse(frame)).isEqualTo(parse(STANDARD_EXAMPLE_SEGMENT));
    }
}

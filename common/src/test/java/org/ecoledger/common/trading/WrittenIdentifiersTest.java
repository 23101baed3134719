package org.ecoledger.common.trading;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The written forms of order IDs, trading areas and client order IDs are checked by hand, since
 * every trading event is read through them; they accept exactly what their regular expressions
 * accept.
 */
class WrittenIdentifiersTest {

    private static final Pattern ORDER_ID = Pattern.compile("(.+)-(\\d{1,18})");
    private static final Pattern AREA = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,40}");

    @Test
    void anOrderIdIsItsAreaAndSequenceJoinedByTheLastHyphen() {
        assertThat(OrderId.parse("sichuan-42")).isEqualTo(new OrderId(TradingAreaId.of("sichuan"), 42));
        assertThat(OrderId.parse("yangtze-delta-7")).isEqualTo(new OrderId(TradingAreaId.of("yangtze-delta"), 7));
        assertThat(OrderId.parse("sichuan-999999999999999999").sequence()).isEqualTo(999_999_999_999_999_999L);
    }

    @Test
    void anOrderIdWithoutAPositiveSequenceOfAtMostEighteenDigitsIsRefused() {
        for (String text : new String[] {"sichuan", "sichuan-", "-42", "sichuan-0", "sichuan-4a", "sichuan-1234567890123456789",
                "sichuan-+42", "sichuan-٤٢", "sich\nuan-42", "Sichuan-42", ""}) {
            assertThatIllegalArgumentException().as(text).isThrownBy(() -> OrderId.parse(text));
        }
    }

    @Property(tries = 3000)
    void anOrderIdIsReadWhereItsRegularExpressionMatches(@ForAll("orderIdLike") String text) {
        var matcher = ORDER_ID.matcher(text);
        boolean expected = matcher.matches() && AREA.matcher(matcher.group(1)).matches() && Long.parseLong(matcher.group(2)) > 0;
        if (expected) {
            assertThat(OrderId.parse(text).value()).isEqualTo(matcher.group(1) + "-" + Long.parseLong(matcher.group(2)));
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> OrderId.parse(text));
        }
    }

    @Property(tries = 3000)
    void aTradingAreaIsAcceptedWhereItsRegularExpressionMatches(@ForAll("areaLike") String text) {
        if (AREA.matcher(text).matches()) {
            assertThat(TradingAreaId.of(text).value()).isEqualTo(text);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> TradingAreaId.of(text));
        }
    }

    @Property(tries = 3000)
    void aClientOrderIdIsAcceptedWhereItsRegularExpressionMatches(@ForAll("clientOrderIdLike") String text) {
        if (CLIENT_ORDER_ID.matcher(text).matches()) {
            assertThat(ClientOrderId.of(text).value()).isEqualTo(text);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> ClientOrderId.of(text));
        }
    }

    @Provide
    Arbitrary<String> orderIdLike() {
        return Arbitraries.strings().withChars("az09-\n\u2028A.").ofMinLength(0).ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> areaLike() {
        return Arbitraries.strings().withChars("az09-A_ é").ofMinLength(0).ofMaxLength(42);
    }

    @Provide
    Arbitrary<String> clientOrderIdLike() {
        return Arbitraries.strings().withChars("aZ09._:-/ é\n").ofMinLength(0).ofMaxLength(42);
    }
}

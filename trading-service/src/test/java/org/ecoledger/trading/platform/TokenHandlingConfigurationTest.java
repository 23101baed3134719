package org.ecoledger.trading.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The cheaper token checks decide exactly as Spring Security's own regular expressions do. */
class TokenHandlingConfigurationTest {

    /** StrictHttpFirewall's default rule for header names and values. */
    private static final Pattern ASSIGNED_AND_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.DEF-123_~+/xyz", "bearer abc==", "BEARER a", "Bearer abc=def", "Bearer  abc", "Bearer ", "Bearer",
            "Bearerabc", "Basic dXNlcjpwYXNz", "Bearer abc def", "Bearer abc\t", "Bearer ==", "Bearer a==", "Bearer é", "bearer.x", ""})
    void theBearerTokenIsFoundAndRefusedAsBySpringSecuritysResolver(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", authorization);

        Object expected = outcome(() -> new DefaultBearerTokenResolver().resolve(request));
        Object actual = outcome(() -> TokenHandlingConfiguration.bearerToken(request));

        assertThat(actual).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void noAuthorizationHeaderMeansNoToken() {
        assertThat(TokenHandlingConfiguration.bearerToken(new MockHttpServletRequest())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig", "tab\there", "line\nbreak", "nul\u0000", "del\u007f",
            "c1\u0085control", "unassigned\u0378", "emoji \uD83D\uDE00", "lone \uD800 surrogate", "中文 and ü", "private \uE000 use"})
    void aHeaderIsAllowedExactlyWhenTheFirewallsPatternAllowsIt(String value) {
        assertThat(TokenHandlingConfiguration.assignedAndNotControl(value)).isEqualTo(ASSIGNED_AND_NOT_CONTROL.matcher(value).matches());
    }

    /** The token, or the kind of exception and its message. */
    private static Object outcome(java.util.function.Supplier<String> resolve) {
        Throwable failure = catchThrowable(resolve::get);
        if (failure == null) {
            return String.valueOf(resolve.get());
        }
        return failure.getClass().getSimpleName() + ": " + ((OAuth2AuthenticationException) failure).getError().getDescription();
    }
}

package org.ecoledger.permit.disclosure;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PublicRateLimitTest {

    private final AtomicLong nanos = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(3, 1, 2, nanos::get);
    private final PublicRateLimit filter = new PublicRateLimit(buckets, new SimpleMeterRegistry());

    private MockHttpServletResponse get(String client) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/public/permits");
        request.setRemoteAddr(client);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aClientGetsItsBurstThenATooManyRequestsProblemWithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("203.0.113.7").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse limited = get("203.0.113.7");
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getContentType()).startsWith("application/problem+json");
        assertThat(limited.getHeader("Retry-After")).isEqualTo("1");
        assertThat(limited.getContentAsString()).contains("\"status\":429", "\"title\":\"Too many requests\"");
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() throws Exception {
        for (int i = 0; i < 3; i++) {
            get("203.0.113.7");
        }
        assertThat(get("203.0.113.7").getStatus()).isEqualTo(429);
        nanos.addAndGet(1_000_000_000L);
        assertThat(get("203.0.113.7").getStatus()).isEqualTo(200);
        assertThat(get("203.0.113.7").getStatus()).isEqualTo(429);
    }

    @Test
    void oneClientsBurstDoesNotLimitAnother() throws Exception {
        for (int i = 0; i < 4; i++) {
            get("203.0.113.7");
        }
        assertThat(get("198.51.100.1").getStatus()).isEqualTo(200);
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlySeenClient() throws Exception {
        for (int client = 0; client < 1000; client++) {
            get("10.0.%d.%d".formatted(client / 256, client % 256));
        }
        assertThat(buckets.remembered()).isEqualTo(2);
    }
}

package org.ecoledger.permit.disclosure;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Rate-limits the public disclosure API per client address, answering 429 as an RFC 9457 problem
 * with {@code Retry-After}. The address is the connection's: a deployment behind a proxy sets
 * Tomcat's remote-IP handling so that it is the client's, not the proxy's.
 */
final class PublicRateLimit extends OncePerRequestFilter {

    private final TokenBuckets buckets;
    private final MeterRegistry meters;

    PublicRateLimit(TokenBuckets buckets, MeterRegistry meters) {
        this.buckets = buckets;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.tryTake(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        meters.counter("ecoledger.disclosure.rate-limited").increment();
        long retryAfter = buckets.secondsToNextToken();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                {"type":"about:blank","title":"Too many requests","status":429,\
                "detail":"public disclosure is rate-limited per client; retry in %d s","instance":"%s"}"""
                .formatted(retryAfter, request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"")));
    }
}

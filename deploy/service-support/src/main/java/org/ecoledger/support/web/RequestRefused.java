package org.ecoledger.support.web;

/**
 * A request a business rule refused; the refusal has been recorded. Answered with 409 and the
 * rule's reason code, so that clients can act on it without parsing prose.
 */
public class RequestRefused extends RuntimeException {

    private final String reason;
    private final String request;

    public RequestRefused(String request, String reason, String detail) {
        super(detail);
        this.request = request;
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public String request() {
        return request;
    }
}

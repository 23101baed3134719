package org.ecoledger.support.web;

/** The actor may not do this, or not to this enterprise's data. Answered with 403, never recorded as a business event. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}

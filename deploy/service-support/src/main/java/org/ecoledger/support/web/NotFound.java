package org.ecoledger.support.web;

public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}

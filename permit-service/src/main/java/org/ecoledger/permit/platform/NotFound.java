package org.ecoledger.permit.platform;

public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}

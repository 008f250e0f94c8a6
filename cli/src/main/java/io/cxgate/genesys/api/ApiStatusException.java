package io.cxgate.genesys.api;

import io.cxgate.CxgateException;

/**
 * A call the Platform API answered with an error status (after retries): the one-line, masked description, and the
 * status, so a caller can treat a refusal it expects (403 for a permission the OAuth client may lack) as a value.
 */
public final class ApiStatusException extends CxgateException {
    private final int status;

    public ApiStatusException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 403: the OAuth client lacks a permission (or the division). */
    public boolean isForbidden() {
        return status == 403;
    }
}

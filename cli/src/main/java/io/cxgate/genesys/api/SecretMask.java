package io.cxgate.genesys.api;

import java.util.List;

import io.cxgate.redact.Redactor;

/**
 * The redactor of one client: the caller's redactor plus the OAuth credentials plus every access
 * token issued so far. Every log line and error message of the client passes through {@link #mask}.
 */
final class SecretMask {
    private volatile Redactor redactor;

    SecretMask(Redactor base, List<String> literals) {
        this.redactor = base.withLiterals(literals);
    }

    void add(String literal) {
        synchronized (this) {
            redactor = redactor.withLiterals(List.of(literal));
        }
    }

    String mask(String text) {
        return redactor.mask(text);
    }
}

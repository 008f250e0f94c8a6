package io.cxgate.genesys.api;

import java.io.IOException;

/**
 * An interceptor's way out of the OkHttp chain with a finished one-line message (already masked),
 * e.g. a token request the login service refused. {@link PlatformApiClient} turns it into a
 * {@link io.cxgate.CxgateException} with the same message.
 */
final class ApiFailure extends IOException {
    ApiFailure(String message) {
        super(message);
    }

    ApiFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

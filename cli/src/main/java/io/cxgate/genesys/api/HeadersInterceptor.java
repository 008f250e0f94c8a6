package io.cxgate.genesys.api;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;

/** {@code User-Agent: cxgate/<version>} and {@code Accept: application/json} on every request. */
final class HeadersInterceptor implements Interceptor {
    private final String userAgent;

    HeadersInterceptor(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .build());
    }
}

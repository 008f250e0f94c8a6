package io.cxgate.genesys.api;

import java.io.IOException;
import java.io.InterruptedIOException;

import okhttp3.Interceptor;
import okhttp3.Response;

/** Takes one permit of the client's {@link TokenBucket} before every HTTP request, retries included. */
final class RateLimitInterceptor implements Interceptor {
    private final TokenBucket bucket;

    RateLimitInterceptor(TokenBucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            bucket.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the request budget");
        }
        return chain.proceed(chain.request());
    }
}

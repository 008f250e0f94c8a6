package io.cxgate.genesys.api;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts HTTP requests: every attempt, token requests and retries included, successful or not.
 * The client turns off OkHttp's own silent retries, so one pass here is one request on the wire.
 */
final class CountingInterceptor implements Interceptor {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Response intercept(Chain chain) throws IOException {
        count.incrementAndGet();
        return chain.proceed(chain.request());
    }

    int count() {
        return count.get();
    }
}

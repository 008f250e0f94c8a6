package io.cxgate.genesys.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * At most {@code permits} HTTP requests in flight at once, synchronous calls included (OkHttp's
 * {@code Dispatcher} limits only asynchronous ones). Held for one attempt, not across retry waits.
 */
final class ConcurrencyLimitInterceptor implements Interceptor {
    private final Semaphore semaphore;

    ConcurrencyLimitInterceptor(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + permits);
        }
        this.semaphore = new Semaphore(permits, true);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            semaphore.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a free connection slot");
        }
        try {
            Response response = chain.proceed(chain.request());
            // the body is small JSON: read it while holding the slot, so the slot covers the whole exchange
            return response.newBuilder().body(okhttp3.ResponseBody.create(response.body().bytes(),
                    response.body().contentType())).build();
        } finally {
            semaphore.release();
        }
    }
}

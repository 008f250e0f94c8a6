package io.cxgate.genesys.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.internal.connection.RealConnection;

/**
 * A network interceptor: sees each request as it goes onto a connection, and counts it there, once.
 *
 * <ul>
 *   <li>An {@code HTTP/1.0} answer without {@code Connection: keep-alive} means the server closes the connection
 *       (proxies and gateways reached through {@code --api-base-url} do); OkHttp would pool it anyway and the next
 *       request would fail on it. Such a connection takes no further request.</li>
 *   <li>A request that fails on a <em>pooled</em> connection before any response (the server closed it while it
 *       was idle) fails as a {@link StaleConnectionException}, which {@link RetryInterceptor} sends again at once,
 *       without backoff and without using an attempt. OkHttp drops the failed connection from its pool, so the
 *       retry goes out on another one.</li>
 * </ul>
 */
final class WireInterceptor implements Interceptor {
    private final AtomicInteger count = new AtomicInteger();
    /** Connections that have carried a request: a failure on one of these before any response is a stale one. */
    private final Set<Connection> used = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public Response intercept(Chain chain) throws IOException {
        Connection connection = chain.connection();
        boolean reused = connection != null && !used.add(connection);
        count.incrementAndGet();
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            if (reused && !(e instanceof InterruptedIOException)) {
                throw new StaleConnectionException(e);
            }
            throw e;
        }
        if (closesAfterResponse(response) && connection instanceof RealConnection real) {
            real.noNewExchanges();
        }
        return response;
    }

    /** HTTP/1.0 is one request per connection unless the server says keep-alive. */
    static boolean closesAfterResponse(Response response) {
        return response.protocol() == Protocol.HTTP_1_0
                && !"keep-alive".equalsIgnoreCase(response.header("Connection", "").strip());
    }

    /** Requests sent: every attempt, token requests and retries included, each once. */
    int count() {
        return count.get();
    }

    /** A request failed on a pooled connection the server had already closed. */
    static final class StaleConnectionException extends IOException {
        StaleConnectionException(IOException cause) {
            super("stale pooled connection: " + cause.getMessage(), cause);
        }
    }
}

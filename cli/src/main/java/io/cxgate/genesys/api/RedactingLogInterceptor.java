package io.cxgate.genesys.api;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One line per HTTP request to the verbose sink: method, path and query, status, duration and the
 * rate-limit headers when present, e.g.
 * {@code api: GET /api/v2/routing/queues?pageSize=500&pageNumber=1 200 (41 ms, rate 12/300)}.
 * Headers and bodies are never logged (so neither the Authorization header nor the token, nor the
 * client secret); the line still passes through the client's mask in case a value reached the URL.
 */
final class RedactingLogInterceptor implements Interceptor {
    private final Consumer<String> sink;
    private final SecretMask mask;

    RedactingLogInterceptor(Consumer<String> sink, SecretMask mask) {
        this.sink = sink;
        this.mask = mask;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String target = request.method() + " " + pathAndQuery(request.url());
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (WireInterceptor.StaleConnectionException e) {
            throw e; // never reached the server; the retry says so
        } catch (IOException e) {
            sink.accept(mask.mask("api: " + target + " failed: " + ApiErrors.describe(e) + " (" + elapsed(start) + ")"));
            throw e;
        }
        StringBuilder line = new StringBuilder("api: ").append(target).append(' ').append(response.code())
                .append(" (").append(elapsed(start));
        String count = response.header("inin-ratelimit-count");
        String allowed = response.header("inin-ratelimit-allowed");
        if (count != null && allowed != null) {
            line.append(", rate ").append(count).append('/').append(allowed);
        }
        line.append(')');
        sink.accept(mask.mask(line.toString()));
        return response;
    }

    private static String pathAndQuery(HttpUrl url) {
        String query = url.encodedQuery();
        return url.encodedPath() + (query == null ? "" : "?" + query);
    }

    private static String elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms";
    }
}

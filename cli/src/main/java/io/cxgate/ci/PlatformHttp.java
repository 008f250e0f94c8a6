package io.cxgate.ci;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.cxgate.CxgateException;
import io.cxgate.Version;
import io.cxgate.genesys.api.ApiErrors;
import io.cxgate.genesys.api.RetryInterceptor;
import io.cxgate.genesys.api.Sleeper;
import io.cxgate.redact.Redactor;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * JSON over HTTP to one comment platform: one {@link OkHttpClient} with the Platform API client's
 * {@link RetryInterceptor} (429 with {@code Retry-After}, 5xx, I/O failures), the platform's auth headers on every
 * attempt, no redirects followed (a redirect would carry the token elsewhere). A call that still fails is one
 * {@link CxgateException} line, {@code GitHub: POST /repos/o/r/issues/7/comments: 403: Resource not accessible},
 * with the token masked even if the platform echoed it.
 */
final class PlatformHttp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    /** A guard against a server whose paging never ends (a looping next-page header). */
    private static final int MAX_PAGES = 1_000;

    private final String platform;
    private final OkHttpClient http;
    private final Redactor mask;

    /** A response's body (missing when empty) and headers (for paging). */
    record JsonResponse(JsonNode body, Headers headers) {
    }

    PlatformHttp(String platform, Map<String, String> authHeaders, String token, Sleeper sleeper, Consumer<String> log) {
        this.platform = platform;
        this.mask = Redactor.none().withLiterals(List.of(token));
        this.http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(60))
                .addInterceptor(RetryInterceptor.withDefaults(sleeper, line -> log.accept(mask.mask(platform + " " + line))))
                .addInterceptor(chain -> {
                    Request.Builder request = chain.request().newBuilder()
                            .header("User-Agent", "cxgate/" + Version.get())
                            .header("Accept", "application/json");
                    authHeaders.forEach(request::header);
                    return chain.proceed(request.build());
                })
                .build();
    }

    JsonResponse get(HttpUrl url) {
        return call("GET", url, null, Map.of());
    }

    /**
     * GETs {@code first}, then each page {@code next} names after the one before (null on the last page), at most
     * {@value #MAX_PAGES} pages, giving each page's body to {@code read} before asking {@code next}.
     */
    <T> List<T> pages(HttpUrl first, BiConsumer<JsonNode, Consumer<T>> read, Function<JsonResponse, HttpUrl> next) {
        List<T> items = new ArrayList<>();
        HttpUrl url = first;
        for (int n = 0; url != null && n < MAX_PAGES; n++) {
            JsonResponse response = get(url);
            read.accept(response.body(), items::add);
            url = next.apply(response);
        }
        return items;
    }

    JsonResponse send(String method, HttpUrl url, JsonNode body, Map<String, String> headers) {
        return call(method, url, body, headers);
    }

    private JsonResponse call(String method, HttpUrl url, JsonNode body, Map<String, String> headers) {
        Request.Builder builder = new Request.Builder().url(url);
        headers.forEach(builder::header);
        builder.method(method, body == null ? null : RequestBody.create(body.toString(), JSON_TYPE));
        String path = url.encodedPath();
        try (Response response = http.newCall(builder.build()).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new CxgateException(mask.mask(platform + ": " + ApiErrors.describe(method, path, response.code(),
                        response.message(), text)
                        + (response.code() == 429 ? Optional.ofNullable(response.header("Retry-After"))
                                .map(s -> " (rate limited; Retry-After " + s + " s)").orElse(" (rate limited)") : "")));
            }
            JsonNode node = text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
            return new JsonResponse(node, response.headers());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CxgateException(platform + ": " + method + " " + path + ": the response is not JSON");
        } catch (IOException e) {
            throw new CxgateException(mask.mask(platform + ": " + method + " " + path + ": " + ApiErrors.describe(e)), e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}

package io.cxgate.genesys.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OAuth client credentials: fetches a token from the token endpoint (Basic auth, form body
 * {@code grant_type=client_credentials}), caches it until shortly before it expires, and sends it
 * as {@code Authorization: Bearer}. On a 401 it fetches a new token once (unless another call has
 * already replaced the rejected one) and retries the request once.
 *
 * <p>Token requests go through {@code tokenClient}, which has every other interceptor (retry,
 * budget, counting, logging) but not this one.
 */
final class OAuthInterceptor implements Interceptor {
    /** Refresh this long before the token's stated expiry (capped at a tenth of its lifetime). */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient tokenClient;
    private final HttpUrl tokenUrl;
    private final ApiCredentials credentials;
    private final Clock clock;
    private final SecretMask mask;
    private final Consumer<String> log;

    private final Object lock = new Object();
    private Token token;
    private int fetches;

    OAuthInterceptor(OkHttpClient tokenClient, HttpUrl tokenUrl, ApiCredentials credentials, Clock clock,
            SecretMask mask, Consumer<String> log) {
        this.tokenClient = tokenClient;
        this.tokenUrl = tokenUrl;
        this.credentials = credentials;
        this.clock = clock;
        this.mask = mask;
        this.log = log;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Token used = currentToken();
        Response response = chain.proceed(authorized(request, used));
        if (response.code() != 401) {
            return response;
        }
        response.close();
        Token fresh = replace(used);
        return chain.proceed(authorized(request, fresh));
    }

    /** Makes sure a live token is at hand, fetching one when needed. */
    void authenticate() throws IOException {
        currentToken();
    }

    /** How many tokens were fetched. */
    int fetches() {
        synchronized (lock) {
            return fetches;
        }
    }

    private static Request authorized(Request request, Token token) {
        return request.newBuilder().header("Authorization", "Bearer " + token.value()).build();
    }

    private Token currentToken() throws IOException {
        synchronized (lock) {
            if (token == null || !clock.instant().isBefore(token.refreshAt())) {
                token = fetch();
            }
            return token;
        }
    }

    /** A new token after {@code rejected} got a 401; one fetch however many calls saw the 401. */
    private Token replace(Token rejected) throws IOException {
        synchronized (lock) {
            if (token == rejected || token == null) {
                log.accept("api: token rejected (401), fetching a new one");
                token = fetch();
            }
            return token;
        }
    }

    private Token fetch() throws IOException {
        fetches++;
        String path = tokenUrl.encodedPath();
        Request request = new Request.Builder()
                .url(tokenUrl)
                .header("Authorization", Credentials.basic(credentials.clientId(), credentials.clientSecret(),
                        StandardCharsets.UTF_8))
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build())
                .build();
        try (Response response = tokenClient.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new ApiFailure(mask.mask("get OAuth token: " + ApiErrors.describe("POST", path, response.code(),
                        response.message(), body) + hint(response.code())));
            }
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                throw new ApiFailure("get OAuth token: POST " + path + ": " + response.code()
                        + ": the response is not JSON");
            }
            JsonNode accessToken = json == null ? null : json.get("access_token");
            if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
                throw new ApiFailure("get OAuth token: POST " + path + ": " + response.code()
                        + ": the response has no access_token");
            }
            String value = accessToken.asText();
            mask.add(value);
            long lifetime = json.path("expires_in").asLong(0);
            Instant now = clock.instant();
            Instant refreshAt;
            if (lifetime <= 0) {
                refreshAt = Instant.MAX;
            } else {
                long margin = Math.min(EXPIRY_MARGIN.toSeconds(), lifetime / 10);
                refreshAt = now.plusSeconds(lifetime - margin);
            }
            return new Token(value, refreshAt);
        } catch (ApiFailure e) {
            throw e;
        } catch (IOException e) {
            throw new ApiFailure(mask.mask("get OAuth token: POST " + path + ": " + ApiErrors.describe(e)), e);
        }
    }

    private String hint(int status) {
        if (status == 400 || status == 401) {
            return " (check the OAuth client id and secret, and that the client belongs to region "
                    + credentials.region().awsRegion() + ")";
        }
        return "";
    }

    private record Token(String value, Instant refreshAt) {
        @Override
        public String toString() {
            return "Token[(sensitive), refreshAt=" + refreshAt + "]";
        }
    }
}

package io.cxgate.genesys.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.Version;
import io.cxgate.redact.Redactor;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The Genesys Cloud Platform API, read side. One {@link OkHttpClient} whose application
 * interceptors are, outermost first: {@link OAuthInterceptor} (API calls only), then for API and
 * token calls alike {@link RetryInterceptor}, {@link RateLimitInterceptor} (a {@link TokenBucket}
 * per client), {@link ConcurrencyLimitInterceptor}, {@link HeadersInterceptor} (User-Agent),
 * and {@link RedactingLogInterceptor}; and one network interceptor, {@link WireInterceptor}, which counts each
 * request once as it reaches the server and turns a failure on a pooled connection the server had closed into a
 * retry at once. OkHttp's own silent retry is off, so {@link #requests()} counts exactly the HTTP requests the
 * server saw, token and retries included.
 *
 * <p>Every failure is a {@link CxgateException} with one masked line such as
 * {@code GET /api/v2/routing/queues: 403 missing.permissions: …}; the token and the client secret
 * never appear.
 */
public final class PlatformApiClient implements AutoCloseable {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_RETRY_AFTER_CAP = Duration.ofSeconds(60);
    public static final int DEFAULT_CONCURRENCY = 4;
    public static final int DEFAULT_RATE_PER_MINUTE = 300;
    public static final int DEFAULT_BURST = 300;
    /** An API that does not accept a connection within this is treated as unreachable (then retried). */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** No retry of a failed connection or a 5xx starts later than this after the request's first attempt. */
    public static final Duration DEFAULT_RETRY_WINDOW = Duration.ofSeconds(30);

    public static final String CONSUMING_RESOURCES = "/api/v2/architect/dependencytracking/consumingresources";
    public static final String CONSUMED_RESOURCES = "/api/v2/architect/dependencytracking/consumedresources";

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient http;
    private final HttpUrl apiBase;
    private final HttpUrl tokenUrl;
    private final WireInterceptor counter;
    private final OAuthInterceptor oauth;
    private final TokenBucket bucket;
    private final SecretMask mask;
    private final Paging paging;
    private final int maxAttempts;
    private final Duration retryAfterCap;

    private PlatformApiClient(Builder b) {
        this.mask = new SecretMask(b.redactor, b.credentials.secrets());
        if (b.apiBaseUrl != null) {
            this.apiBase = b.apiBaseUrl;
            this.tokenUrl = append(b.apiBaseUrl, "/oauth/token");
        } else {
            this.apiBase = HttpUrl.get(b.credentials.region().apiBaseUrl());
            this.tokenUrl = HttpUrl.get(b.credentials.region().tokenUrl());
        }
        this.maxAttempts = b.maxAttempts;
        this.retryAfterCap = b.retryAfterCap;
        this.counter = new WireInterceptor();
        this.bucket = new TokenBucket(b.ratePerMinute, b.burst, b.clock, b.sleeper);
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(b.concurrency);
        dispatcher.setMaxRequestsPerHost(b.concurrency);
        OkHttpClient base = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(b.concurrency, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(b.connectTimeout)
                .readTimeout(b.readTimeout)
                .writeTimeout(b.readTimeout)
                .addInterceptor(new RetryInterceptor(b.maxAttempts, b.retryAfterCap, b.baseBackoff, b.maxBackoff,
                        b.retryWindow, b.clock, b.sleeper, b.random, b.log))
                .addInterceptor(new RateLimitInterceptor(bucket))
                .addInterceptor(new ConcurrencyLimitInterceptor(b.concurrency))
                .addInterceptor(new HeadersInterceptor("cxgate/" + Version.get()))
                .addInterceptor(new RedactingLogInterceptor(b.log, mask))
                .addNetworkInterceptor(counter)
                .build();
        this.oauth = new OAuthInterceptor(base, tokenUrl, b.credentials, b.clock, mask, b.log);
        OkHttpClient.Builder withAuth = base.newBuilder();
        withAuth.interceptors().add(0, oauth);
        this.http = withAuth.build();
        this.paging = new Paging(new Paging.Calls() {
            @Override
            public JsonNode get(String path, Map<String, String> query) {
                return PlatformApiClient.this.get(path, query);
            }

            @Override
            public JsonNode post(String path, JsonNode body) {
                return PlatformApiClient.this.post(path, body);
            }

            @Override
            public JsonNode next(String path, String nextUri) {
                return execute("GET", path, resolve(path, nextUri), null);
            }
        }, b.concurrency);
    }

    public static Builder builder(ApiCredentials credentials) {
        return new Builder(credentials);
    }

    /** HTTP requests made so far: every attempt, token requests and retries included. */
    public int requests() {
        return counter.count();
    }

    /**
     * Fetches a token now (a preflight: credentials, region and reachability are known good, or this fails
     * with the one-line reason).
     */
    public void authenticate() {
        try {
            oauth.authenticate();
        } catch (IOException e) {
            throw new CxgateException(e.getMessage(), e);
        }
    }

    /** OAuth tokens fetched so far. */
    public int tokenFetches() {
        return oauth.fetches();
    }

    /** The client's request budget. */
    public TokenBucket budget() {
        return bucket;
    }

    public String apiBaseUrl() {
        return apiBase.toString();
    }

    public String tokenUrl() {
        return tokenUrl.toString();
    }

    /** GET {@code path} (e.g. {@code /api/v2/routing/queues}) with these query parameters. */
    public JsonNode get(String path, Map<String, String> query) {
        return execute("GET", path, url(path, query), null);
    }

    /** POST a JSON body to {@code path}. */
    public JsonNode post(String path, JsonNode body) {
        return execute("POST", path, url(path, Map.of()), body);
    }

    /**
     * Every entity of a paged listing ({@code entities}, {@code pageCount}, {@code nextUri}): page 1
     * with the page size of {@link PageSizes}, then pages 2…{@code pageCount} concurrently (within
     * the concurrency limit), in page order. A listing without {@code pageCount} is followed through
     * {@code nextUri} instead.
     */
    public List<JsonNode> listAll(String path, Map<String, String> query) {
        return paging.listAll(path, query);
    }

    /**
     * Every entity of a paged listing that refuses pages past {@code maxResults} results (the user
     * listing refuses {@code pageNumber * pageSize} beyond 10,000 with a 400): page 1, then the
     * other pages as {@link #listAll} does when they all lie within the window; empty when they do
     * not (the caller lists another way; page 1 was the only request).
     */
    public Optional<List<JsonNode>> listWithin(String path, Map<String, String> query, int maxResults) {
        return paging.listWithin(path, query, maxResults);
    }

    /**
     * The results of a search ({@code POST /api/v2/users/search}) as far as its result window
     * reaches: pages 1… while {@code pageNumber * pageSize <= maxResults}.
     *
     * @return the results, and whether the search matched more than the window holds
     */
    public SearchWindow searchWithin(String path, ObjectNode request, int maxResults) {
        return paging.searchWithin(path, request, maxResults);
    }

    /** What {@link #searchWithin} read: the results in order, and whether more matched beyond the window. */
    public record SearchWindow(List<JsonNode> results, boolean more) {
        public SearchWindow {
            results = List.copyOf(results);
        }
    }

    /**
     * Every entity of a cursor-paged listing such as {@code /api/v2/routing/skillgroups}: pages
     * carry only {@code entities}, {@code nextUri} (with the {@code after} cursor) and
     * {@code selfUri}, so pages are fetched one after the other.
     */
    public List<JsonNode> listAllCursor(String path, Map<String, String> query) {
        return paging.listAllCursor(path, query);
    }

    /**
     * Every result of a search ({@code POST /api/v2/users/search}, {@code /api/v2/groups/search}):
     * the request body with {@code pageSize} and {@code pageNumber} set, results in {@code results},
     * paged by {@code pageCount}.
     */
    public List<JsonNode> searchAll(String path, ObjectNode request) {
        return paging.searchAll(path, request);
    }

    /** Architect dependency tracking: the objects (mostly flows) that use object {@code id}. */
    public List<JsonNode> consumingResources(String id, String objectType) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("id", id);
        query.put("objectType", objectType);
        query.put("flowFilter", "published"); // a checked-in draft is not what callers reach
        return listAll(CONSUMING_RESOURCES, query);
    }

    /** Architect dependency tracking: what one version of a flow uses. */
    public List<JsonNode> consumedResources(String id, String version, String objectType) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("id", id);
        query.put("version", version);
        query.put("objectType", objectType);
        return listAll(CONSUMED_RESOURCES, query);
    }

    @Override
    public void close() {
        paging.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /**
     * A {@code nextUri} as a URL on the API base. Only its path and query are used, so the token is
     * never sent to another host, whatever the server puts in the link.
     */
    private HttpUrl resolve(String path, String nextUri) {
        HttpUrl absolute = HttpUrl.parse(nextUri);
        if (absolute == null) {
            absolute = HttpUrl.get("http://placeholder").resolve(nextUri.startsWith("/") ? nextUri : "/" + nextUri);
        }
        if (absolute == null || !absolute.encodedPath().startsWith("/api/")) {
            throw new CxgateException("GET " + path + ": the listing's nextUri is not an API path: "
                    + mask.mask(ApiErrors.oneLine(nextUri)));
        }
        HttpUrl.Builder builder = append(apiBase, absolute.encodedPath()).newBuilder();
        builder.encodedQuery(absolute.encodedQuery());
        return builder.build();
    }

    private HttpUrl url(String path, Map<String, String> query) {
        if (!path.startsWith("/api/")) {
            throw new IllegalArgumentException("API path must start with /api/: " + path);
        }
        HttpUrl.Builder builder = append(apiBase, path).newBuilder();
        query.forEach(builder::addQueryParameter);
        return builder.build();
    }

    private JsonNode execute(String method, String path, HttpUrl url, JsonNode body) {
        Request.Builder request = new Request.Builder().url(url);
        if (body != null) {
            request.method(method, RequestBody.create(body.toString(), JSON_TYPE));
        } else {
            request.method(method, null);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new ApiStatusException(response.code(), mask.mask(ApiErrors.describe(method, path, response.code(),
                        response.message(), text) + outcomeNote(response)));
            }
            if (text.isBlank()) {
                return NullNode.getInstance();
            }
            try {
                return json.readTree(text);
            } catch (IOException e) {
                throw new CxgateException(method + " " + path + ": " + response.code() + ": the response is not JSON");
            }
        } catch (ApiFailure e) {
            throw new CxgateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CxgateException(mask.mask(method + " " + path + ": " + ApiErrors.describe(e)), e);
        }
    }

    /** Why a retryable status still ended the call: past the Retry-After cap, or out of attempts. */
    private String outcomeNote(Response response) {
        int code = response.code();
        if (code == 429) {
            OptionalLong retryAfter = RetryInterceptor.retryAfterSeconds(response);
            String allowed = response.header("inin-ratelimit-allowed");
            String limit = allowed == null ? "rate limit reached" : "rate limit of " + allowed + " requests reached";
            if (retryAfter.isPresent() && retryAfter.getAsLong() > retryAfterCap.toSeconds()) {
                return " (" + limit + "; the API asks to wait " + retryAfter.getAsLong()
                        + " s (Retry-After), past cxgate's " + retryAfterCap.toSeconds() + " s cap)";
            }
            return " (" + limit + "; still rate limited after " + RetryInterceptor.attempts(response) + " attempts)";
        }
        if (RetryInterceptor.isRetryableServerError(code) && RetryInterceptor.attempts(response) > 1) {
            return " (after " + RetryInterceptor.attempts(response) + " attempts)";
        }
        return "";
    }

    private static HttpUrl append(HttpUrl base, String path) {
        String basePath = base.encodedPath();
        if (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        return base.newBuilder().encodedPath(basePath + path).query(null).build();
    }

    @Override
    public String toString() {
        return "PlatformApiClient[" + apiBase + ", " + requests() + " requests]";
    }

    /** Options of a {@link PlatformApiClient}; every one has a production default. */
    public static final class Builder {
        private final ApiCredentials credentials;
        private HttpUrl apiBaseUrl;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Consumer<String> log = line -> { };
        private Redactor redactor = Redactor.none();
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration retryAfterCap = DEFAULT_RETRY_AFTER_CAP;
        private Duration baseBackoff = RetryInterceptor.DEFAULT_BASE_BACKOFF;
        private Duration maxBackoff = RetryInterceptor.DEFAULT_MAX_BACKOFF;
        private int concurrency = DEFAULT_CONCURRENCY;
        private int ratePerMinute = DEFAULT_RATE_PER_MINUTE;
        private int burst = DEFAULT_BURST;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration retryWindow = DEFAULT_RETRY_WINDOW;
        private Duration readTimeout = Duration.ofSeconds(60);

        private Builder(ApiCredentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        /**
         * {@code --api-base-url}: one base serving both {@code URL/oauth/token} and
         * {@code URL/api/v2/…} (gateways, tests). Null keeps the region's hosts.
         *
         * @throws InvalidInputException when the value is not an http(s) URL
         */
        public Builder apiBaseUrl(String url) {
            if (url == null || url.isBlank()) {
                this.apiBaseUrl = null;
                return this;
            }
            HttpUrl parsed = HttpUrl.parse(url.strip());
            if (parsed == null || parsed.encodedQuery() != null || parsed.fragment() != null) {
                throw new InvalidInputException("--api-base-url: not an http(s) URL without query: " + url);
            }
            this.apiBaseUrl = parsed;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        /** Source of jitter in [0, 1). */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random);
            return this;
        }

        /** Where the one-line request log goes (e.g. stderr under {@code --verbose}). */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log);
            return this;
        }

        /** Extra masking (the config's {@code maskPatterns}); the credentials are always masked. */
        public Builder redactor(Redactor redactor) {
            this.redactor = Objects.requireNonNull(redactor);
            return this;
        }

        /** Attempts per request, the first included (1 = no retries). */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The longest {@code Retry-After} cxgate waits; a longer one fails the call. */
        public Builder retryAfterCap(Duration cap) {
            this.retryAfterCap = Objects.requireNonNull(cap);
            return this;
        }

        public Builder backoff(Duration base, Duration max) {
            this.baseBackoff = Objects.requireNonNull(base);
            this.maxBackoff = Objects.requireNonNull(max);
            return this;
        }

        /** Requests in flight at once. */
        public Builder concurrency(int concurrency) {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
            }
            this.concurrency = concurrency;
            return this;
        }

        /** The request budget: {@code perMinute} regained per minute, up to {@code burst} at once. */
        public Builder rateLimit(int perMinute, int burst) {
            if (perMinute < 1 || burst < 1) {
                throw new IllegalArgumentException("rate limit must be positive, was " + perMinute + "/min burst " + burst);
            }
            this.ratePerMinute = perMinute;
            this.burst = burst;
            return this;
        }

        /** Retries of failed connections and 5xx start no later than {@code window} after the first attempt. */
        public Builder retryWindow(Duration window) {
            this.retryWindow = Objects.requireNonNull(window);
            return this;
        }

        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = Objects.requireNonNull(connect);
            this.readTimeout = Objects.requireNonNull(read);
            return this;
        }

        public PlatformApiClient build() {
            return new PlatformApiClient(this);
        }
    }
}

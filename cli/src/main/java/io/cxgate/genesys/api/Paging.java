package io.cxgate.genesys.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.genesys.api.PlatformApiClient.SearchWindow;

/**
 * How {@link PlatformApiClient} reads a listing or a search to its end: page 1, then pages 2…{@code pageCount}
 * concurrently on its own pool (within the client's concurrency limit) in page order, or {@code nextUri} links one
 * after the other. The requests themselves are the client's ({@link Calls}).
 */
final class Paging implements AutoCloseable {
    /** Stop following {@code nextUri} after this many pages: a guard against a server that loops. */
    static final int MAX_PAGES = 10_000;

    /** The client's requests, each one a masked {@link CxgateException} when it fails. */
    interface Calls {
        JsonNode get(String path, Map<String, String> query);

        JsonNode post(String path, JsonNode body);

        /** GET the page a listing's {@code nextUri} names, on the API base whatever host the link names. */
        JsonNode next(String path, String nextUri);
    }

    private final Calls calls;
    private final ExecutorService pagePool;

    Paging(Calls calls, int concurrency) {
        this.calls = calls;
        this.pagePool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "cxgate-api-page");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@link PlatformApiClient#listAll}. */
    List<JsonNode> listAll(String path, Map<String, String> query) {
        Map<String, String> params = new LinkedHashMap<>(query);
        params.put("pageSize", String.valueOf(PageSizes.forPath(path)));
        params.put("pageNumber", "1");
        JsonNode first = calls.get(path, params);
        List<JsonNode> out = new ArrayList<>(items(first, "entities", "GET", path));
        JsonNode pageCount = first.get("pageCount");
        if (pageCount != null && pageCount.canConvertToInt()) {
            out.addAll(pages(pageCount.asInt(), page -> listedPage(path, params, page)));
            return out;
        }
        out.addAll(followNextUri(path, first));
        return out;
    }

    /** {@link PlatformApiClient#listWithin}. */
    Optional<List<JsonNode>> listWithin(String path, Map<String, String> query, int maxResults) {
        Map<String, String> params = new LinkedHashMap<>(query);
        int pageSize = PageSizes.forPath(path);
        params.put("pageSize", String.valueOf(pageSize));
        params.put("pageNumber", "1");
        JsonNode first = calls.get(path, params);
        int pageCount = first.path("pageCount").asInt(1);
        if ((long) pageCount * pageSize > maxResults) {
            return Optional.empty();
        }
        List<JsonNode> out = new ArrayList<>(items(first, "entities", "GET", path));
        out.addAll(pages(pageCount, page -> listedPage(path, params, page)));
        return Optional.of(out);
    }

    /** {@link PlatformApiClient#searchWithin}. */
    SearchWindow searchWithin(String path, ObjectNode request, int maxResults) {
        int pageSize = PageSizes.forPath(path);
        JsonNode first = calls.post(path, request.deepCopy().put("pageSize", pageSize).put("pageNumber", 1));
        List<JsonNode> out = new ArrayList<>(items(first, "results", "POST", path));
        int pageCount = first.path("pageCount").asInt(1);
        int reachable = Math.max(1, Math.min(pageCount, maxResults / pageSize));
        out.addAll(pages(reachable, page -> searchedPage(path, request, pageSize, page)));
        return new SearchWindow(out, reachable < pageCount);
    }

    /** {@link PlatformApiClient#listAllCursor}. */
    List<JsonNode> listAllCursor(String path, Map<String, String> query) {
        Map<String, String> params = new LinkedHashMap<>(query);
        params.put("pageSize", String.valueOf(PageSizes.forPath(path)));
        JsonNode first = calls.get(path, params);
        List<JsonNode> out = new ArrayList<>(items(first, "entities", "GET", path));
        out.addAll(followNextUri(path, first));
        return out;
    }

    /** {@link PlatformApiClient#searchAll}. */
    List<JsonNode> searchAll(String path, ObjectNode request) {
        int pageSize = PageSizes.forPath(path);
        ObjectNode firstBody = request.deepCopy().put("pageSize", pageSize).put("pageNumber", 1);
        JsonNode first = calls.post(path, firstBody);
        List<JsonNode> out = new ArrayList<>(items(first, "results", "POST", path));
        int pages = first.path("pageCount").asInt(1);
        out.addAll(pages(pages, page -> searchedPage(path, request, pageSize, page)));
        return out;
    }

    @Override
    public void close() {
        pagePool.shutdownNow();
    }

    private List<JsonNode> listedPage(String path, Map<String, String> params, int page) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("pageNumber", String.valueOf(page));
        return items(calls.get(path, p), "entities", "GET", path);
    }

    private List<JsonNode> searchedPage(String path, ObjectNode request, int pageSize, int page) {
        return items(calls.post(path, request.deepCopy().put("pageSize", pageSize).put("pageNumber", page)),
                "results", "POST", path);
    }

    private List<JsonNode> pages(int pageCount, IntFunction<List<JsonNode>> fetch) {
        if (pageCount <= 1) {
            return List.of();
        }
        if (pageCount > MAX_PAGES) {
            throw new CxgateException("listing reports " + pageCount + " pages, more than the " + MAX_PAGES
                    + " cxgate reads");
        }
        List<CompletableFuture<List<JsonNode>>> futures = new ArrayList<>();
        for (int page = 2; page <= pageCount; page++) {
            int p = page;
            futures.add(CompletableFuture.supplyAsync(() -> fetch.apply(p), pagePool));
        }
        List<JsonNode> out = new ArrayList<>();
        try {
            for (CompletableFuture<List<JsonNode>> future : futures) {
                out.addAll(future.join());
            }
        } catch (CompletionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof CxgateException cx) {
                throw cx;
            }
            throw new CxgateException("read page: " + e.getCause(), e.getCause());
        }
        return out;
    }

    private List<JsonNode> followNextUri(String path, JsonNode page) {
        List<JsonNode> out = new ArrayList<>();
        String previous = null;
        JsonNode current = page;
        for (int pages = 1; ; pages++) {
            String next = current.path("nextUri").asText(null);
            if (next == null || next.isBlank() || next.equals(previous)) {
                return out;
            }
            if (pages >= MAX_PAGES) {
                throw new CxgateException("GET " + path + ": more than " + MAX_PAGES + " pages; stopped following nextUri");
            }
            current = calls.next(path, next);
            out.addAll(items(current, "entities", "GET", path));
            previous = next;
        }
    }

    private static List<JsonNode> items(JsonNode page, String field, String method, String path) {
        JsonNode items = page.get(field);
        if (items == null || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw new CxgateException(method + " " + path + ": the response's " + field + " is not an array");
        }
        List<JsonNode> out = new ArrayList<>(items.size());
        items.forEach(out::add);
        return out;
    }
}

package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A stand-in for the proxies and gateways {@code --api-base-url} reaches: it answers HTTP/1.0 and closes every
 * connection after one response. The client must not pay a backoff per request, nor count a request twice.
 */
class ClosingServerTest {
    private static final String QUEUES = "/api/v2/routing/queues";

    @Test
    void aServerThatClosesEveryConnectionCostsNoBackoffAndEveryRequestCountsOnce() throws Exception {
        try (Http10Server server = new Http10Server()) {
            FakeClock clock = new FakeClock();
            RecordingSleeper sleeper = new RecordingSleeper(clock);
            List<String> log = new CopyOnWriteArrayList<>();
            try (PlatformApiClient client = PlatformApiClient.builder(
                            new ApiCredentials("client-id", "client-secret", Region.of("us-east-1")))
                    .apiBaseUrl(server.url()).clock(clock).sleeper(sleeper).random(() -> 0.5).log(log::add)
                    .concurrency(1).build()) {
                for (int i = 0; i < 6; i++) {
                    assertEquals(1, client.get(QUEUES, Map.of()).path("entities").size());
                }

                assertEquals(List.of(), sleeper.sleeps(), "no backoff: " + log);
                assertEquals(7, server.requests(), "one token request and six GETs reach the server");
                assertEquals(server.requests(), client.requests(), "the client counts what reached the server: " + log);
            }
        }
    }

    @Test
    void aStalePooledConnectionIsRetriedAtOnceOnANewOneWithoutUsingAnAttempt() throws Exception {
        // claims HTTP/1.1 keep-alive, then closes anyway (an idle timeout shorter than the client's)
        try (Http10Server server = new Http10Server("HTTP/1.1")) {
            List<String> log = new CopyOnWriteArrayList<>();
            FakeClock clock = new FakeClock();
            RecordingSleeper sleeper = new RecordingSleeper(clock);
            try (PlatformApiClient client = PlatformApiClient.builder(
                            new ApiCredentials("client-id", "client-secret", Region.of("us-east-1")))
                    .apiBaseUrl(server.url()).clock(clock).sleeper(sleeper).log(log::add).maxAttempts(1).build()) {
                client.get(QUEUES, Map.of());
                client.get(QUEUES, Map.of());

                assertEquals(List.of(), sleeper.sleeps());
                assertEquals(3, server.requests());
                assertTrue(log.stream().anyMatch(line -> line.equals("api: GET /api/v2/routing/queues: the server had"
                        + " closed the pooled connection; sent again at once on a new one")), log.toString());
            }
        }
    }

    /** Answers every request with {@code 200} and a JSON body, then closes the connection. */
    static final class Http10Server implements AutoCloseable {
        private final String version;
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger requests = new AtomicInteger();
        private final Thread acceptor;

        Http10Server() throws IOException {
            this("HTTP/1.0");
        }

        Http10Server(String version) throws IOException {
            this.version = version;
            acceptor = new Thread(this::serve, "http10-stand-in");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        int requests() {
            return requests.get();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    answer(connection);
                } catch (IOException e) {
                    // closed: the test is over
                }
            }
        }

        private void answer(Socket connection) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            if (requestLine == null || requestLine.isEmpty()) {
                return;
            }
            int length = 0;
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                if (header.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).strip());
                }
            }
            in.skip(length);
            requests.incrementAndGet();
            String body = requestLine.contains("/oauth/token")
                    ? "{\"access_token\":\"stand-in-token\",\"token_type\":\"bearer\",\"expires_in\":86400}"
                    : "{\"entities\":[{\"id\":\"q1\",\"name\":\"Sales\"}],\"pageSize\":25,\"pageNumber\":1,\"total\":1}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = connection.getOutputStream();
            out.write((version + " 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}

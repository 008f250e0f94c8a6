package io.cxgate.genesys.api;

import io.cxgate.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cxgate.CxgateException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Real Platform API error bodies (shared/fixtures/platform-api-samples/errors) become one clear line. */
class ApiErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String failWith(int status, String body) throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                    .body("{\"access_token\":\"abcd-token-1234\",\"expires_in\":86400}").build());
            server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                    .body(body).build());
            server.start();
            try (PlatformApiClient client = PlatformApiClient.builder(new ApiCredentials("id", "secret", Region.US_EAST_1))
                    .apiBaseUrl(server.url("/").toString()).maxAttempts(1).build()) {
                return assertThrows(CxgateException.class, () -> client.get("/api/v2/routing/queues/q1", Map.of()))
                        .getMessage();
            }
        }
    }

    @Test
    void everyRealErrorBodyBecomesOneLineWithStatusCodeAndMessage() throws IOException {
        Path errors = Fixtures.shared("platform-api-samples/errors");
        List<Path> files;
        try (Stream<Path> list = Files.list(errors)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            JsonNode body = JSON.readTree(file.toFile());
            String message = failWith(body.get("status").asInt(), Files.readString(file));

            String expected = "GET /api/v2/routing/queues/q1: " + body.get("status").asInt() + " "
                    + body.get("code").asText() + ": " + body.get("message").asText().replaceAll("\\s+", " ").strip();
            assertEquals(expected.length() > 330 ? expected.substring(0, 330) : expected,
                    message.length() > 330 ? message.substring(0, 330) : message, file.getFileName().toString());
            assertFalse(message.contains("\n"), file.getFileName().toString());
        }
    }

    @Test
    void aQueueThatDoesNotExistReadsAsTheApiSaysIt() throws IOException {
        Path file = Fixtures.shared("platform-api-samples/errors").resolve("404-resource-not-found-queue.json");
        assertEquals("GET /api/v2/routing/queues/q1: 404 resource.not.found: QueueV2 9bef187c-f4ba-4614-82dd-6a0af96e84b6"
                + " does not exist.", failWith(404, Files.readString(file)));
    }

    @Test
    void aBodyThatIsNotJsonIsQuotedShortAndOnOneLine() throws IOException {
        String message = failWith(502, "<html>\n<body>Bad gateway</body>\n</html>");
        assertEquals("GET /api/v2/routing/queues/q1: 502: <html> <body>Bad gateway</body> </html>", message);
    }

    @Test
    void anEmptyBodyFallsBackToTheReasonPhrase() throws IOException {
        String message = failWith(404, "");
        assertTrue(message.startsWith("GET /api/v2/routing/queues/q1: 404"), message);
    }
}

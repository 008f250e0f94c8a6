package io.cxgate.genesys.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One-line descriptions of failed calls: {@code GET /api/v2/routing/queues: 403 missing.permissions:
 * <message>}. Reads the Platform API error body ({@code code}, {@code message}) and the login
 * service's OAuth error ({@code error}, {@code error_description}), and the {@code message} of the GitHub, GitLab
 * and Azure DevOps APIs' errors. Never includes headers.
 */
public final class ApiErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 300;

    private ApiErrors() {
    }

    /** {@code METHOD path: status code: message}, from the response body when it has one. */
    public static String describe(String method, String path, int status, String reason, String body) {
        StringBuilder out = new StringBuilder().append(method).append(' ').append(path).append(": ").append(status);
        String code = null;
        String message = null;
        if (body != null && !body.isBlank()) {
            try {
                JsonNode node = JSON.readTree(body);
                if (node != null && node.isObject()) {
                    code = text(node, "code", "error");
                    message = text(node, "message", "error_description", "description");
                }
            } catch (IOException notJson) {
                message = body;
            }
        }
        if (code != null) {
            out.append(' ').append(code);
        }
        if (message == null && code == null && reason != null && !reason.isBlank()) {
            message = reason;
        }
        if (message != null) {
            out.append(": ").append(oneLine(message));
        }
        return out.toString();
    }

    /** A short phrase for an I/O failure. */
    public static String describe(IOException e) {
        String detail = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
        if (e instanceof UnknownHostException) {
            return "unknown host" + detail;
        }
        if (e instanceof ConnectException) {
            return "connection refused" + detail;
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out" + detail;
        }
        if (e instanceof InterruptedIOException) {
            return "interrupted" + detail;
        }
        return "connection failed (" + e.getClass().getSimpleName() + ")" + detail;
    }

    static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > MAX_MESSAGE ? flat.substring(0, MAX_MESSAGE) + "…" : flat;
    }

    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}

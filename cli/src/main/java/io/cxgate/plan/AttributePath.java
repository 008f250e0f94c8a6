package io.cxgate.plan;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one attribute-path grammar used by the report, CEL {@code changedPaths}, policy
 * {@code match.paths} and the resource catalog:
 * <ul>
 *   <li>a top-level attribute is its name: {@code acw_timeout_ms};</li>
 *   <li>a member of an object or list element is {@code .name}: {@code media_settings_call[0].alerting_timeout_sec};</li>
 *   <li>a key of a map-valued attribute is {@code ["key"]}: {@code substitutions["sales_queue"]};</li>
 *   <li>a list, set or block element is {@code [0]}.</li>
 * </ul>
 * In patterns {@code [*]} matches any index or key and {@code *} any run of characters within one
 * step.
 */
public final class AttributePath {

    private AttributePath() {
    }

    public static String member(String prefix, String name) {
        if (!isIdentifier(name)) {
            return key(prefix, name);
        }
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    public static String key(String prefix, String key) {
        return prefix + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    public static String index(String prefix, int index) {
        return prefix + "[" + index + "]";
    }

    /**
     * The node at a concrete path of members and indexes, such as {@code config[0].name}, or null when
     * absent. (Map keys are not followed: naming attributes and IDs never sit under one.)
     */
    public static JsonNode valueAt(JsonNode root, String path) {
        JsonNode current = root;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String field = bracket < 0 ? step : step.substring(0, bracket);
            current = current == null ? null : current.get(field);
            while (bracket >= 0 && current != null) {
                int close = step.indexOf(']', bracket);
                current = current.get(Integer.parseInt(step.substring(bracket + 1, close)));
                bracket = step.indexOf('[', close);
            }
        }
        return current;
    }

    /** The catalog pattern of a concrete path: every index and key becomes {@code [*]}. */
    public static String toPattern(String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        // a hand-written scan: this runs for every leaf of every change in large plans
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '[') {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            if (j < path.length() && path.charAt(j) == '"') {
                j++;
                while (j < path.length() && path.charAt(j) != '"') {
                    j += path.charAt(j) == '\\' ? 2 : 1;
                }
                j++;
            } else {
                while (j < path.length() && path.charAt(j) != ']') {
                    j++;
                }
            }
            out.append("[*]");
            i = j + 1;
        }
        return out.toString();
    }

    /** Pattern of a member below a pattern (no identifier check needed for keys already starred). */
    public static String memberPattern(String prefixPattern, String name) {
        return isIdentifier(name) ? (prefixPattern.isEmpty() ? name : prefixPattern + "." + name)
                : prefixPattern + "[*]";
    }

    /** Pattern of an element or key below a pattern. */
    public static String elementPattern(String prefixPattern) {
        return prefixPattern + "[*]";
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!(Character.isLetter(first) && first < 128 || first == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code path} lies at or below {@code ancestor} (both concrete or both patterns). */
    public static boolean isAtOrBelow(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
    }

    /**
     * Compiles a policy path pattern: {@code [*]} matches any index or key, {@code *} any characters
     * except {@code .} and {@code [}; a pattern also matches every path below what it names.
     */
    public static Pattern compilePattern(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("[*]", i)) {
                regex.append("\\[(?:\\d+|\"(?:[^\"\\\\]|\\\\.)*\")]");
                i += 3;
            } else if (pattern.charAt(i) == '*') {
                regex.append("[^.\\[]*");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
                i++;
            }
        }
        regex.append("(?:[.\\[].*)?");
        return Pattern.compile(regex.toString());
    }
}

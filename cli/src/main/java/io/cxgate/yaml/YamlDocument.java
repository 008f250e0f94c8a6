package io.cxgate.yaml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import io.cxgate.InvalidInputException;

/**
 * A YAML document read in one location-aware pass: the tree for the schema and the binder, and where each
 * field was written for error messages.
 *
 * <p>YAML 1.2 style scalars: {@code yes}/{@code no}/{@code on}/{@code off} stay strings and an empty value is
 * null. Anchors and aliases work; merge keys ({@code <<}) and duplicate keys do not.
 *
 * @param start where the document's top-level mapping begins
 */
public record YamlDocument(ObjectNode root, SourceMap marks, Mark start) {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Caps the values a file may hold once aliases are expanded ("billion laughs"). */
    static final int MAX_VALUES = 100_000;

    /**
     * Parses {@code text}, which must hold exactly one document whose top level is a mapping (a config file).
     *
     * @param display     the file as the user named it, for messages
     * @param expectation what the file should hold, for the message about an empty file, e.g.
     *                    {@code "a mapping with at least 'environments'"}
     * @throws InvalidInputException for a syntax error, an empty document, more than one document, or one
     *                               whose top level is not a mapping
     */
    public static YamlDocument parse(String text, String display, String expectation) {
        return read(text, display, reader -> reader.single(expectation));
    }

    /**
     * Parses every document of a multi-document file ({@code ---} between documents); empty documents are
     * skipped, so a file may be empty or end with {@code ---}.
     *
     * @throws InvalidInputException for a syntax error or a document whose top level is not a mapping
     */
    public static List<YamlDocument> parseAll(String text, String display) {
        return read(text, display, Reader::all);
    }

    private interface Step<T> {
        T run(Reader reader) throws IOException;
    }

    private static <T> T read(String text, String display, Step<T> step) {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            return step.run(new Reader(parser, display));
        } catch (JsonProcessingException e) {
            throw SyntaxErrors.of(display, e);
        } catch (IOException e) {
            throw new InvalidInputException(display + ": cannot parse: " + YamlSource.oneLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static final class Reader {
        private final YAMLParser parser;
        private final String display;
        private SourceMap marks = new SourceMap();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private int values;

        Reader(YAMLParser parser, String display) {
            this.parser = parser;
            this.display = display;
        }

        YamlDocument single(String expectation) throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                throw YamlSource.at(display, Mark.START, FieldPath.ROOT, "the file is empty; expected " + expectation);
            }
            YamlDocument document = mapping();
            if (parser.nextToken() != null) {
                throw YamlSource.at(display, here(), FieldPath.ROOT, "only one YAML document is allowed in a config file");
            }
            return document;
        }

        List<YamlDocument> all() throws IOException {
            List<YamlDocument> documents = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NULL) {
                    continue;
                }
                documents.add(mapping());
                marks = new SourceMap();
                anchors.clear();
            }
            return documents;
        }

        /** The document at the current token, which must be a mapping. */
        private YamlDocument mapping() throws IOException {
            Mark start = here();
            JsonNode root = value(FieldPath.ROOT);
            if (!root.isObject()) {
                throw YamlSource.at(display, start, FieldPath.ROOT,
                        "the top level must be a mapping (found " + Kinds.of(root) + ")");
            }
            return new YamlDocument((ObjectNode) root, marks, start);
        }

        /** Reads the value at the current token, recording where it and everything in it was written. */
        private JsonNode value(FieldPath path) throws IOException {
            Mark mark = here();
            String anchor = parser.getCurrentAnchor();
            if (path.isRoot() || path.elements().get(path.elements().size() - 1) instanceof Integer) {
                marks.putKey(path, mark);
            }
            JsonNode node;
            if (parser.isCurrentAlias()) {
                node = alias(path, mark);
            } else {
                count(1, path, mark);
                node = switch (parser.currentToken()) {
                    case START_OBJECT -> mapping(path);
                    case START_ARRAY -> list(path);
                    default -> scalar(path);
                };
            }
            if (!node.isContainerNode()) {
                marks.putValue(path, mark);
            }
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private JsonNode alias(FieldPath path, Mark mark) throws IOException {
            JsonNode target = anchors.get(parser.getText());
            if (target == null) {
                throw YamlSource.at(display, mark, path, "unknown YAML alias '*" + parser.getText() + "'");
            }
            count(size(target), path, mark);
            return target.deepCopy();
        }

        private void count(int more, FieldPath path, Mark mark) {
            values += more;
            if (values > MAX_VALUES) {
                throw YamlSource.at(display, mark, path,
                        "too many values (more than " + MAX_VALUES + ", counting what YAML aliases repeat)");
            }
        }

        private static int size(JsonNode node) {
            int size = 1;
            for (JsonNode child : node) {
                size += size(child);
            }
            return size;
        }

        private ObjectNode mapping(FieldPath path) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                FieldPath child = path.key(key);
                Mark keyMark = here();
                if ("<<".equals(key)) {
                    throw YamlSource.at(display, keyMark, path, "YAML merge keys (<<) are not supported; write the fields out");
                }
                if (node.has(key)) {
                    throw YamlSource.at(display, keyMark, child, "duplicate key");
                }
                marks.putKey(child, keyMark);
                parser.nextToken();
                node.set(key, value(child));
            }
            return node;
        }

        private ArrayNode list(FieldPath path) throws IOException {
            ArrayNode node = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(path.index(node.size())));
            }
            return node;
        }

        private JsonNode scalar(FieldPath path) throws IOException {
            return switch (parser.currentToken()) {
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw YamlSource.at(display, here(), path, "unsupported YAML value (" + parser.currentToken() + ")");
            };
        }

        private Mark here() {
            JsonLocation location = parser.currentTokenLocation();
            return new Mark(Math.max(1, location.getLineNr()), Math.max(0, location.getColumnNr()));
        }
    }
}

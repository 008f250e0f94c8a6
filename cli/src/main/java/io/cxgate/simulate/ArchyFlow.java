package io.cxgate.simulate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * An Archy flow file (the YAML a {@code genesyscloud_flow} publishes) reduced to what the live-org
 * check needs: the flow's type and name and the org objects it refers to by name.
 *
 * <p>What counts as a by-name reference (anything else, such as an expression computed at run
 * time, is not a reference and is never guessed at):
 * <ul>
 *   <li>{@code lit: {name: X}} under a key that says what it is: {@code targetQueue}, {@code queue},
 *       {@code scheduleGroup}, {@code selectedSchedule}, {@code holdMusic}, {@code prompt},
 *       {@code processingPrompt}, {@code wrapupCode}, {@code languageSkill}, {@code skill}, …; also
 *       under {@code value} of an {@code updateData} statement and {@code initialValue} of a typed
 *       variable ({@code queueVariable}, …);</li>
 *   <li>{@code {name: X}} (with or without {@code lit}) under {@code targetFlow},
 *       {@code overrideInQueueFlow}, {@code inQueueFlow};</li>
 *   <li>names written as YAML keys: data actions ({@code category: {CAT: {dataAction: {NAME: …}}}}),
 *       bot flows and common modules ({@code botFlow: {NAME: {ver_latestPublished: …}}}), screen-pop
 *       scripts ({@code screenPopScript: {NAME: …}});</li>
 *   <li>{@code findQueue}, {@code findScheduleGroup}, {@code findSchedule}, {@code findUserPrompt},
 *       {@code findSkill}, {@code findLanguageSkill} whose {@code findName} is a literal;</li>
 *   <li>user prompts named in expressions as {@code Prompt.NAME};</li>
 *   <li>the flow's division, emergency groups, contact lists, ACD skills, groups, users, preferred
 *       agents, data tables and literal names in expressions: see {@link ArchyTargets}.</li>
 * </ul>
 * System prompts ({@code PromptSystem.*}) are built in and never references.
 *
 * @param kind       the top-level key, e.g. {@code inboundCall}
 * @param name       the flow's name, or null when the file does not say
 * @param references every distinct reference, in file order (first occurrence)
 */
public record ArchyFlow(String kind, String name, List<FlowReference> references) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    private static final Pattern USER_PROMPT = Pattern.compile("(?<![A-Za-z0-9_.])Prompt\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final String SYSTEM_PROMPT_PREFIX = "PromptSystem.";

    private static final Map<String, FlowTarget> LIT_NAME_KEYS = Map.ofEntries(
            Map.entry("targetQueue", FlowTarget.QUEUE),
            Map.entry("queue", FlowTarget.QUEUE),
            Map.entry("scheduleGroup", FlowTarget.SCHEDULE_GROUP),
            Map.entry("selectedSchedule", FlowTarget.SCHEDULE),
            Map.entry("schedule", FlowTarget.SCHEDULE),
            Map.entry("holdMusic", FlowTarget.PROMPT),
            Map.entry("prompt", FlowTarget.PROMPT),
            Map.entry("processingPrompt", FlowTarget.PROMPT),
            Map.entry("wrapupCode", FlowTarget.WRAPUP_CODE),
            Map.entry("languageSkill", FlowTarget.LANGUAGE),
            Map.entry("defaultLanguageSkill", FlowTarget.LANGUAGE),
            Map.entry("skill", FlowTarget.SKILL),
            Map.entry("targetFlow", FlowTarget.FLOW),
            Map.entry("overrideInQueueFlow", FlowTarget.FLOW),
            Map.entry("inQueueFlow", FlowTarget.FLOW));
    /** Keys whose value may be {@code {name: X}} without {@code lit}. */
    private static final Set<String> PLAIN_NAME_KEYS = Set.of("targetFlow", "overrideInQueueFlow", "inQueueFlow");
    private static final Map<String, FlowTarget> FIND_ACTIONS = Map.of(
            "findQueue", FlowTarget.QUEUE,
            "findScheduleGroup", FlowTarget.SCHEDULE_GROUP,
            "findSchedule", FlowTarget.SCHEDULE,
            "findUserPrompt", FlowTarget.PROMPT,
            "findSkill", FlowTarget.SKILL,
            "findLanguageSkill", FlowTarget.LANGUAGE);
    private static final Map<String, String> FLOW_NAME_KEYS = Map.of(
            "botFlow", "bot flow",
            "digitalBotFlow", "digital bot flow",
            "commonModule", "common module");

    public ArchyFlow {
        Objects.requireNonNull(kind, "kind");
        references = List.copyOf(references);
    }

    /**
     * The flow type as Architect names it, e.g. {@code INBOUNDCALL}, {@code INQUEUECALL},
     * {@code BOT} for a {@code botFlow} file.
     */
    public String flowType() {
        String upper = kind.toUpperCase(Locale.ROOT);
        if (upper.equals("BOTFLOW")) {
            return "BOT";
        }
        if (upper.equals("DIGITALBOTFLOW")) {
            return "DIGITALBOT";
        }
        return upper;
    }

    /** The dependency-tracking object type of the flow, e.g. {@code INBOUNDCALLFLOW}, {@code WORKFLOW}. */
    public String objectType() {
        String type = flowType();
        return type.endsWith("FLOW") ? type : type + "FLOW";
    }

    /**
     * The {@code {{placeholders}}} still in a YAML text outside comments, in order of first
     * appearance (a comment may mention placeholders; publishing ignores it).
     */
    public static List<String> placeholders(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : text.split("\r?\n", -1)) {
            Matcher m = PLACEHOLDER.matcher(withoutComment(line));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return List.copyOf(out);
    }

    /** A line up to its YAML comment: a {@code #} at the start or after a space, outside quotes. */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && (i == 0 || " \t:[{,-".indexOf(line.charAt(i - 1)) >= 0)) {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /**
     * Replaces each {@code {{key}}} by its value, textually and before any parsing, as the provider
     * and Archy do (so placeholders used as mapping keys or unquoted values work).
     */
    public static String substitute(String text, Map<String, String> substitutions) {
        String out = text;
        for (String key : new TreeSet<>(substitutions.keySet())) {
            out = out.replace("{{" + key + "}}", substitutions.get(key));
        }
        return out;
    }

    /**
     * Parses flow YAML in which every placeholder has been filled.
     *
     * @throws IllegalArgumentException with a line number when the text is not YAML, or not an
     *         Archy flow (one top-level key holding a mapping)
     */
    public static ArchyFlow parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(true);
        Node root;
        try {
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new IllegalArgumentException("line " + line + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (!(root instanceof MappingNode mapping) || mapping.getValue().isEmpty()
                || !(mapping.getValue().get(0).getKeyNode() instanceof ScalarNode kindNode)) {
            throw new IllegalArgumentException("line 1: not an Archy flow (expected one top-level key such as"
                    + " inboundCall holding the flow)");
        }
        String kind = kindNode.getValue();
        Node body = mapping.getValue().get(0).getValueNode();
        String name = body instanceof MappingNode m ? scalar(child(m, "name")) : null;
        Walker walker = new Walker();
        walker.walk(body, new ArrayDeque<>(List.of(kind)));
        return new ArchyFlow(kind, name, new ArrayList<>(walker.found.values()));
    }

    /** Walks the node tree with the stack of mapping keys above each node. */
    private static final class Walker {
        private final Map<String, FlowReference> found = new LinkedHashMap<>();

        void walk(Node node, Deque<String> keys) {
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                    Node value = tuple.getValueNode();
                    if (key == null) {
                        walk(value, keys);
                        continue;
                    }
                    inspect(key, value, keys);
                    keys.addLast(key);
                    walk(value, keys);
                    keys.removeLast();
                }
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    walk(item, keys);
                }
            } else if (node instanceof ScalarNode scalar && "exp".equals(keys.peekLast())) {
                Matcher m = USER_PROMPT.matcher(scalar.getValue());
                while (m.find()) {
                    add(FlowTarget.PROMPT, m.group(1), null, "exp", scalar);
                }
                ArchyTargets.expression(scalar, this::add);
            }
        }

        private void inspect(String key, Node value, Deque<String> keys) {
            ArchyTargets.inspect(key, value, keys, this::add);
            FlowTarget target = LIT_NAME_KEYS.get(key);
            if (target == null && ("value".equals(key) || "initialValue".equals(key))) {
                target = typedParent(keys.peekLast());
            }
            if (target != null) {
                litName(target, key, value, PLAIN_NAME_KEYS.contains(key));
            }
            FlowTarget find = FIND_ACTIONS.get(key);
            if (find != null && value instanceof MappingNode action
                    && child(action, "findName") instanceof MappingNode findName) {
                Node lit = child(findName, "lit");
                if (lit instanceof ScalarNode s && !s.getValue().isBlank()) {
                    add(find, s.getValue(), null, key, s);
                }
            }
            if ("dataAction".equals(key) && value instanceof MappingNode actions) {
                String category = categoryOf(keys);
                for (NodeTuple action : actions.getValue()) {
                    if (action.getKeyNode() instanceof ScalarNode s) {
                        add(FlowTarget.DATA_ACTION, s.getValue(), category == null ? null
                                : "category \"" + category + "\"", key, s);
                    }
                }
            }
            String flowKind = FLOW_NAME_KEYS.get(key);
            if (flowKind != null && value instanceof MappingNode flows) {
                for (NodeTuple flow : flows.getValue()) {
                    if (flow.getKeyNode() instanceof ScalarNode s && flow.getValueNode() instanceof MappingNode versions
                            && versions.getValue().stream().anyMatch(v -> v.getKeyNode() instanceof ScalarNode vk
                                    && vk.getValue().startsWith("ver_"))) {
                        add(FlowTarget.FLOW, s.getValue(), flowKind, key, s);
                    }
                }
            }
            if ("screenPopScript".equals(key) && value instanceof MappingNode scripts) {
                for (NodeTuple script : scripts.getValue()) {
                    if (script.getKeyNode() instanceof ScalarNode s) {
                        add(FlowTarget.SCRIPT, s.getValue(), null, key, s);
                    }
                }
            }
        }

        /** {@code lit: {name: X}} (or {@code name: X} directly when {@code plain}). */
        private void litName(FlowTarget target, String key, Node value, boolean plain) {
            if (!(value instanceof MappingNode mapping)) {
                return;
            }
            Node holder = child(mapping, "lit");
            if (holder == null && plain) {
                holder = mapping;
            }
            if (holder instanceof MappingNode lit && child(lit, "name") instanceof ScalarNode s
                    && !s.getValue().isBlank()) {
                add(target, s.getValue(), null, key, s);
            }
        }

        /** {@code queue} of an updateData statement, {@code queueVariable} of a variable. */
        private static FlowTarget typedParent(String parent) {
            if (parent == null) {
                return null;
            }
            String kind = parent.endsWith("Variable") ? parent.substring(0, parent.length() - "Variable".length())
                    : parent;
            return switch (kind) {
                case "queue" -> FlowTarget.QUEUE;
                case "scheduleGroup" -> FlowTarget.SCHEDULE_GROUP;
                case "schedule" -> FlowTarget.SCHEDULE;
                case "skill" -> FlowTarget.SKILL;
                case "languageSkill" -> FlowTarget.LANGUAGE;
                case "prompt" -> FlowTarget.PROMPT;
                default -> null;
            };
        }

        /** In {@code category: {CAT: {dataAction: …}}}, CAT is the key just above {@code dataAction}. */
        private static String categoryOf(Deque<String> keys) {
            Iterator<String> it = keys.descendingIterator();
            String category = it.hasNext() ? it.next() : null;
            String above = it.hasNext() ? it.next() : null;
            return "category".equals(above) ? category : null;
        }

        private void add(FlowTarget target, String rawName, String detail, String key, Node at) {
            String name = rawName.strip();
            if (target == FlowTarget.PROMPT) {
                if (name.startsWith(SYSTEM_PROMPT_PREFIX)) {
                    return;
                }
                if (name.startsWith("Prompt.")) {
                    name = name.substring("Prompt.".length());
                }
            }
            if (name.isEmpty()) {
                return;
            }
            int line = at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
            found.putIfAbsent(target + "\u0000" + name + "\u0000" + detail,
                    new FlowReference(target, name, detail, key, line));
        }
    }

    private static Node child(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s && !s.getValue().isBlank() ? s.getValue() : null;
    }
}

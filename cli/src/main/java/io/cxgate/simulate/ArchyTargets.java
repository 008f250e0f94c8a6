package io.cxgate.simulate;

import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The by-name references of an Archy flow beyond queues, schedules, prompts, data actions and flows
 * (issue 15 item 10), as the real flows of {@code shared/fixtures/archy-flows} and Archy's
 * documented forms write them:
 * <ul>
 *   <li>the flow's top-level {@code division: NAME} (publishing fails when the org has no such
 *       division);</li>
 *   <li>{@code lit: {name: X}} under {@code emergencyGroup} (evaluateScheduleGroup),
 *       {@code contactList} ({@code settingsOutboundCall}), {@code acdSkill} (items of a transfer's
 *       {@code acdSkills} list), {@code targetGroup} and {@code targetUser} (transfers to a group
 *       or user, their voicemail); a user may be named by {@code email} instead of {@code name};</li>
 *   <li>user literals ({@code lit} mappings with {@code name} or {@code email}) anywhere under a
 *       transfer's {@code preferredAgents};</li>
 *   <li>the data table of a {@code dataTableLookup}: the key under {@code dataTable};</li>
 *   <li>literal names inside expressions: {@code FindQueue("X")}, {@code FindSkill("X")},
 *       {@code FindLanguageSkill("X")}, {@code FindScheduleGroup("X")}, {@code FindSchedule("X")},
 *       {@code FindUserPrompt("X")} whose only argument is a string literal.</li>
 * </ul>
 * A {@code noValue} or an expression computed at run time is no reference.
 */
final class ArchyTargets {
    private static final Map<String, FlowTarget> LIT_NAME_KEYS = Map.of(
            "emergencyGroup", FlowTarget.EMERGENCY_GROUP,
            "contactList", FlowTarget.CONTACT_LIST,
            "acdSkill", FlowTarget.SKILL,
            "targetGroup", FlowTarget.GROUP,
            "targetUser", FlowTarget.USER);
    private static final Map<String, FlowTarget> FIND_FUNCTIONS = Map.of(
            "FindQueue", FlowTarget.QUEUE,
            "FindSkill", FlowTarget.SKILL,
            "FindLanguageSkill", FlowTarget.LANGUAGE,
            "FindScheduleGroup", FlowTarget.SCHEDULE_GROUP,
            "FindSchedule", FlowTarget.SCHEDULE,
            "FindUserPrompt", FlowTarget.PROMPT);
    private static final Pattern FIND_CALL = Pattern.compile(
            "(?<![A-Za-z0-9_.])(FindQueue|FindSkill|FindLanguageSkill|FindScheduleGroup|FindSchedule|FindUserPrompt)"
                    + "\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** Where a reference is reported: {@link ArchyFlow}'s collector. */
    @FunctionalInterface
    interface Sink {
        void add(FlowTarget target, String name, String detail, String key, Node at);
    }

    private ArchyTargets() {
    }

    /**
     * Looks at one mapping entry.
     *
     * @param keys the mapping keys above it; the first is the flow kind ({@code inboundCall})
     */
    static void inspect(String key, Node value, Deque<String> keys, Sink sink) {
        if ("division".equals(key) && keys.size() == 1 && value instanceof ScalarNode s && !s.getValue().isBlank()) {
            sink.add(FlowTarget.DIVISION, s.getValue(), null, key, s);
        }
        FlowTarget target = LIT_NAME_KEYS.get(key);
        if (target != null && value instanceof MappingNode mapping && child(mapping, "lit") instanceof MappingNode lit) {
            if (target == FlowTarget.USER) {
                user(lit, key, sink);
            } else if (child(lit, "name") instanceof ScalarNode s && !s.getValue().isBlank()) {
                sink.add(target, s.getValue(), null, key, s);
            }
        }
        if ("preferredAgents".equals(key)) {
            preferredAgents(value, false, key, sink);
        }
        if ("dataTable".equals(key) && "dataTableLookup".equals(keys.peekLast()) && value instanceof MappingNode tables) {
            for (NodeTuple table : tables.getValue()) {
                if (table.getKeyNode() instanceof ScalarNode s && !s.getValue().isBlank()) {
                    sink.add(FlowTarget.DATA_TABLE, s.getValue(), null, key, s);
                }
            }
        }
    }

    /** Literal names in an expression's text. */
    static void expression(ScalarNode exp, Sink sink) {
        Matcher m = FIND_CALL.matcher(exp.getValue());
        while (m.find()) {
            if (!m.group(2).isBlank()) {
                sink.add(FIND_FUNCTIONS.get(m.group(1)), m.group(2), null, m.group(1), exp);
            }
        }
    }

    /** Every user literal under {@code preferredAgents}: mappings held by a {@code lit} (or its list). */
    private static void preferredAgents(Node node, boolean underLit, String key, Sink sink) {
        if (node instanceof MappingNode mapping) {
            if (underLit) {
                user(mapping, key, sink);
            }
            for (NodeTuple tuple : mapping.getValue()) {
                boolean lit = tuple.getKeyNode() instanceof ScalarNode k && "lit".equals(k.getValue());
                preferredAgents(tuple.getValueNode(), lit, key, sink);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                preferredAgents(item, underLit, key, sink);
            }
        }
    }

    private static void user(MappingNode lit, String key, Sink sink) {
        if (child(lit, "email") instanceof ScalarNode email && !email.getValue().isBlank()) {
            sink.add(FlowTarget.USER_BY_EMAIL, email.getValue(), null, key, email);
        } else if (child(lit, "name") instanceof ScalarNode name && !name.getValue().isBlank()) {
            sink.add(FlowTarget.USER, name.getValue(), null, key, name);
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
}

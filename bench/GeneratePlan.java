import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a synthetic but realistic {@code terraform show -json} plan of a large Genesys Cloud CX as Code
 * workspace, for benchmarks.
 *
 * <pre>java bench/GeneratePlan.java N OUT.json [seed]</pre>
 *
 * Shape: Terraform 1.9 saved-plan JSON (format_version 1.2), compact like real output. Top-level keys come in
 * Terraform's order. resource_changes are sorted by address, and planned_values, prior_state and configuration
 * agree with them. Resources live in six for_each modules (flows, queues, schedules, skills, users, wrap-up codes).
 * Actions are about 80% no-op, 17% update, 2% create, 0.5% delete and 0.5% replace, and a few queues and users
 * have resource_drift. The output is streamed: each section regenerates resource i from (seed, type, i), so memory
 * use does not grow with N. The same arguments always give the same bytes. The counts of what was generated go
 * to OUT.json.counts ({@code key=value} lines).
 *
 * No dependencies; Java 17.
 */
public final class GeneratePlan {

    static final String PROVIDER = "registry.terraform.io/mypurecloud/genesyscloud";
    static final String TF_VERSION = "1.9.8";
    static final Object UNK = new Object() {
        @Override public String toString() { return "(known after apply)"; }
    };

    enum Type {
        // module order = address order (resource_changes are sorted by address)
        FLOW("flows", "genesyscloud_flow", "flow", "f", 0.05, 0),
        QUEUE("queues", "genesyscloud_routing_queue", "queue", "q", 0.03, 2),
        SCHEDULE("schedules", "genesyscloud_architect_schedules", "schedule", "sch", 0.20, 0),
        SKILL("skills", "genesyscloud_routing_skill", "skill", "sk", 0.25, 0),
        USER("users", "genesyscloud_user", "agent", "u", 0.15, 0),
        WRAPUP("wrapup_codes", "genesyscloud_routing_wrapupcode", "code", "wc", 0.32, 0);

        final String module, tfType, name, keyPrefix;
        final double weight;
        final int schemaVersion;

        Type(String module, String tfType, String name, String keyPrefix, double weight, int schemaVersion) {
            this.module = "module." + module;
            this.tfType = tfType;
            this.name = name;
            this.keyPrefix = keyPrefix;
            this.weight = weight;
            this.schemaVersion = schemaVersion;
        }
    }

    enum Action {
        NOOP("[\"no-op\"]", "noop"), UPDATE("[\"update\"]", "update"), CREATE("[\"create\"]", "create"),
        DELETE("[\"delete\"]", "delete"), REPLACE("[\"delete\",\"create\"]", "replace");

        final String json, key;

        Action(String json, String key) {
            this.json = json;
            this.key = key;
        }
    }

    static final double P_CREATE = 0.02, P_DELETE = 0.005, P_REPLACE = 0.005, P_UPDATE = 0.17, P_DRIFT = 0.03;

    final long seed;
    final int n;
    final int[] count = new int[Type.values().length];
    final int keyWidth;
    final String divisionId;
    final String extensionPoolId;
    final double pUpdate;

    final Writer out;

    GeneratePlan(int n, long seed, Writer out) {
        this.out = out;
        this.n = n;
        this.seed = seed;
        int assigned = 0;
        for (Type t : Type.values()) {
            count[t.ordinal()] = (int) Math.floor(n * t.weight);
            assigned += count[t.ordinal()];
        }
        count[Type.USER.ordinal()] += n - assigned;
        keyWidth = Math.max(7, Integer.toString(n).length());
        divisionId = guid(99, 1);
        extensionPoolId = guid(99, 2);
        // skills cannot be updated in place (name forces replacement): the other types make up the update share
        double nonSkill = 1.0 - (double) count[Type.SKILL.ordinal()] / Math.max(1, n);
        pUpdate = Math.min(0.9, P_UPDATE / Math.max(0.05, nonSkill));
    }

    // ---------------------------------------------------------------- randomness and ids

    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long mix(int tag, int i, int salt) {
        return mix(mix(mix(seed ^ 0x6A09E667F3BCC909L) + tag) * 31 + i) + salt;
    }

    /** Deterministic v4-shaped lowercase GUID for object i of a tag. */
    String guid(int tag, int i) {
        long hi = mix(mix(tag, i, 7)), lo = mix(mix(tag, i, 11));
        hi = (hi & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        char[] h = new char[32];
        hex(h, 0, hi);
        hex(h, 16, lo);
        char[] g = new char[36];
        System.arraycopy(h, 0, g, 0, 8);
        g[8] = '-';
        System.arraycopy(h, 8, g, 9, 4);
        g[13] = '-';
        System.arraycopy(h, 12, g, 14, 4);
        g[18] = '-';
        System.arraycopy(h, 16, g, 19, 4);
        g[23] = '-';
        System.arraycopy(h, 20, g, 24, 12);
        return new String(g);
    }

    static final char[] HEX = "0123456789abcdef".toCharArray();

    static void hex(char[] buf, int at, long v) {
        for (int k = 15; k >= 0; k--) {
            buf[at + k] = HEX[(int) (v & 0xF)];
            v >>>= 4;
        }
    }

    static String hex64(SplittableRandom r) {
        char[] buf = new char[64];
        for (int k = 0; k < 4; k++) hex(buf, k * 16, r.nextLong());
        return new String(buf);
    }

    /** Zero-padded decimal (String.format is far too slow for the hot path). */
    static String pad(long v, int width) {
        String s = Long.toString(v);
        if (s.length() >= width) return s;
        StringBuilder b = new StringBuilder(width);
        for (int k = s.length(); k < width; k++) b.append('0');
        return b.append(s).toString();
    }

    String key(Type t, int i) {
        return t.keyPrefix + pad(i, keyWidth);
    }

    // ---------------------------------------------------------------- per-resource model

    /** Cheap per-resource decisions, drawn before any values. */
    record Meta(Type type, int i, Action action, boolean drift) {}

    Meta meta(Type t, int i) {
        SplittableRandom r = new SplittableRandom(mix(t.ordinal(), i, 1));
        double u = r.nextDouble();
        Action a;
        if (u < P_CREATE) a = Action.CREATE;
        else if (u < P_CREATE + P_DELETE) a = Action.DELETE;
        else if (u < P_CREATE + P_DELETE + P_REPLACE) a = Action.REPLACE;
        else if (t != Type.SKILL && u < P_CREATE + P_DELETE + P_REPLACE + pUpdate) a = Action.UPDATE;
        else a = Action.NOOP;
        boolean drift = a == Action.UPDATE && (t == Type.QUEUE || t == Type.USER) && r.nextDouble() < P_DRIFT;
        return new Meta(t, i, a, drift);
    }

    static final class Res {
        Meta meta;
        String address;
        String key;
        Map<String, Object> before, after, previous; // previous: state of the last run, when drifted
        String actionReason;
        String replacePaths;
        Set<String> sensitive = Set.of();
        List<String> dependsOn = List.of();
    }

    Res build(Meta m) {
        Type t = m.type();
        Res res = new Res();
        res.meta = m;
        res.key = key(t, m.i());
        res.address = t.module + "." + t.tfType + "." + t.name + "[\"" + res.key + "\"]";
        SplittableRandom r = new SplittableRandom(mix(t.ordinal(), m.i(), 2));
        String id = guid(t.ordinal(), m.i());
        Map<String, Object> state = switch (t) {
            case FLOW -> flow(r, m.i(), id);
            case QUEUE -> queue(r, m.i(), id);
            case SCHEDULE -> schedule(r, m.i(), id);
            case SKILL -> skill(r, m.i(), id);
            case USER -> user(r, m.i(), id);
            case WRAPUP -> wrapup(r, m.i(), id);
        };
        switch (t) {
            case USER -> {
                res.sensitive = Set.of("password");
                res.dependsOn = List.of("module.skills.genesyscloud_routing_skill.skill");
            }
            case QUEUE -> res.dependsOn = List.of("module.users.genesyscloud_user.agent",
                    "module.wrapup_codes.genesyscloud_routing_wrapupcode.code");
            default -> { }
        }
        switch (m.action()) {
            case NOOP -> {
                res.before = state;
                res.after = state;
            }
            case CREATE -> {
                state.put("id", UNK);
                res.after = state;
            }
            case DELETE -> {
                res.before = state;
                res.actionReason = "delete_because_each_key";
            }
            case REPLACE -> {
                res.before = state;
                res.after = copy(state);
                res.after.put("id", UNK);
                if (t == Type.SKILL) {
                    res.after.put("name", state.get("name") + " - Native");
                    res.actionReason = "replace_because_cannot_update";
                    res.replacePaths = "[[\"name\"]]";
                } else {
                    res.actionReason = "replace_because_tainted";
                }
            }
            case UPDATE -> {
                res.before = state;
                res.after = copy(state);
                update(t, r, m.i(), res.after);
                if (m.drift()) {
                    // last run left `state`; someone then edited one field in the UI, so the refreshed state
                    // (before, and prior_state) differs from it, and the update also puts the field back
                    String field = t == Type.QUEUE ? "description" : "title";
                    res.previous = copy(state);
                    res.before.put(field, state.get(field) + " (edited in UI)");
                }
            }
        }
        return res;
    }

    // ---------------------------------------------------------------- attribute sets (provider v1.84.x)

    static final String[] REGIONS = {"EMEA", "NA", "APAC", "LATAM", "UK", "DACH", "Nordics", "ANZ"};
    static final String[] LOB = {"Sales", "Billing", "Technical Support", "Retention", "Collections", "Claims",
            "Onboarding", "Loyalty", "Returns", "Fraud", "Priority", "Care"};
    static final String[] FIRST = {"Ana", "Ben", "Chidi", "Divya", "Ewa", "Fiona", "Grace", "Hugo", "Ines", "Jonas",
            "Kemal", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor",
            "Wen", "Yara", "Zoltan"};
    static final String[] LAST = {"Moreno", "Chen", "Okafor", "Patel", "Kowalski", "Nguyen", "Smith", "Lopez",
            "Garcia", "Muller", "Rossi", "Dubois", "Jensen", "Tanaka", "Silva", "Novak", "Haddad", "Kim", "Olsen",
            "Adeyemi"};
    static final String[] TITLES = {"Customer Service Advisor", "Senior Customer Service Advisor",
            "Technical Support Specialist", "Team Lead", "VIP Care Specialist", "Collections Agent", "Sales Agent"};
    static final String[] SKILL_WORDS = {"Spanish", "French", "German", "Billing", "Technical Support", "VIP Handling",
            "Chargebacks", "Mortgages", "Insurance Claims", "Returns", "Escalations", "Outbound Sales", "Retention",
            "Accessibility", "Portuguese", "Italian", "Polish", "Japanese"};
    static final String[] WRAP_WORDS = {"Resolved", "Callback Requested", "Escalated", "Transferred", "No Answer",
            "Wrong Number", "Payment Taken", "Complaint Logged", "Order Placed", "Refund Issued", "Follow-up Needed",
            "Information Given"};
    static final String[] FLOW_TYPES = {"INBOUNDCALL", "INQUEUECALL", "INBOUNDCHAT", "INBOUNDEMAIL",
            "INBOUNDSHORTMESSAGE", "COMMONMODULE", "WORKFLOW"};
    static final String[] MEDIA_TYPES_CALLBACK = {"call"};
    static final String[] TIMEZONES = {"Europe/London", "America/New_York", "America/Chicago", "Asia/Tokyo",
            "Australia/Sydney", "Europe/Berlin"};
    static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    static <T> T pick(SplittableRandom r, T[] a) {
        return a[r.nextInt(a.length)];
    }

    static Map<String, Object> obj() {
        return new TreeMap<>();
    }

    static List<Object> list(Object... xs) {
        return new ArrayList<>(Arrays.asList(xs));
    }

    static Map<String, Object> media(long alert, double slPct, long slMs) {
        Map<String, Object> m = obj();
        m.put("alerting_timeout_sec", alert);
        m.put("enable_auto_answer", false);
        m.put("service_level_duration_ms", slMs);
        m.put("service_level_percentage", slPct);
        m.put("sub_type_settings", list());
        return m;
    }

    String queueName(int i) {
        SplittableRandom r = new SplittableRandom(mix(Type.QUEUE.ordinal(), i, 3));
        return pick(r, REGIONS) + " " + pick(r, LOB) + " " + pad(i, 5);
    }

    Map<String, Object> queue(SplittableRandom r, int i, String id) {
        Map<String, Object> q = obj();
        String name = queueName(i);
        q.put("acw_timeout_ms", (long) (15 + r.nextInt(10) * 15) * 1000);
        q.put("acw_wrapup_prompt", "MANDATORY_TIMEOUT");
        q.put("agent_owned_routing", list());
        q.put("auto_answer_only", true);
        List<Object> rings = list();
        int nr = 1 + r.nextInt(3);
        int nSkill = count[Type.SKILL.ordinal()];
        for (int k = 0; k < nr; k++) {
            Map<String, Object> ring = obj();
            ring.put("expansion_timeout_seconds", k == 0 ? 15.5 : (long) (30 * k));
            ring.put("member_groups", list());
            List<Object> str = list();
            if (k == 0 && nSkill > 0 && r.nextInt(3) == 0) str.add(guid(Type.SKILL.ordinal(), r.nextInt(nSkill)));
            ring.put("skills_to_remove", str);
            rings.add(ring);
        }
        q.put("bullseye_rings", rings);
        q.put("calling_party_name", "Northwind " + name.split(" ")[0]);
        q.put("calling_party_number", "+1317555" + pad(r.nextInt(10000), 4));
        q.put("canned_response_libraries", list());
        q.put("conditional_group_activation", list());
        q.put("conditional_group_routing_rules", list());
        Map<String, Object> scripts = obj();
        if (r.nextBoolean()) scripts.put("CALL", guid(90, r.nextInt(200)));
        q.put("default_script_ids", scripts);
        q.put("description", name + " line, managed by cx-as-code");
        q.put("direct_routing", list());
        q.put("division_id", divisionId);
        q.put("email_in_queue_flow_id", null);
        q.put("enable_audio_monitoring", false);
        q.put("enable_manual_assignment", false);
        q.put("enable_transcription", r.nextBoolean());
        q.put("groups", list());
        q.put("id", id);
        q.put("ignore_members", false);
        q.put("last_agent_routing_mode", "Disabled");
        q.put("media_settings_call", list(media(8 + r.nextInt(8), 0.8, 20000)));
        Map<String, Object> cb = media(30, 0.8, 20000);
        cb.put("answering_machine_flow_id", null);
        cb.put("auto_dial_delay_seconds", 300L);
        cb.put("auto_end_delay_seconds", 300L);
        cb.put("enable_auto_dial_and_end", false);
        cb.put("live_voice_flow_id", null);
        cb.put("mode", "AgentFirst");
        q.put("media_settings_callback", list(cb));
        q.put("media_settings_chat", list(media(30, 0.8, 20000)));
        q.put("media_settings_email", list(media(300, 0.8, 86400000)));
        q.put("media_settings_message", list(media(30, 0.8, 3600000)));
        int nUsers = count[Type.USER.ordinal()];
        int nm = nUsers == 0 ? 0 : Math.min(nUsers, 5 + r.nextInt(26));
        TreeMap<String, Long> members = new TreeMap<>();
        while (members.size() < nm) members.put(guid(Type.USER.ordinal(), r.nextInt(nUsers)), (long) (1 + r.nextInt(3)));
        List<Object> ml = list();
        members.forEach((u, ring) -> {
            Map<String, Object> m = obj();
            m.put("ring_num", ring);
            m.put("user_id", u);
            ml.add(m);
        });
        q.put("members", ml);
        q.put("message_in_queue_flow_id", null);
        q.put("name", name);
        q.put("on_hold_prompt_id", null);
        q.put("outbound_email_address", list());
        q.put("outbound_messaging_open_messaging_recipient_id", null);
        q.put("outbound_messaging_sms_address_id", null);
        q.put("outbound_messaging_whatsapp_recipient_id", null);
        q.put("peer_id", null);
        int nFlow = count[Type.FLOW.ordinal()];
        q.put("queue_flow_id", nFlow > 0 && r.nextBoolean() ? guid(Type.FLOW.ordinal(), r.nextInt(nFlow)) : null);
        Map<String, Object> rule = obj();
        rule.put("operator", "MEETS_THRESHOLD");
        rule.put("threshold", 9L);
        rule.put("wait_seconds", 5L);
        q.put("routing_rules", list(rule));
        q.put("scoring_method", "TimestampAndPriority");
        q.put("skill_evaluation_method", r.nextInt(4) == 0 ? "ALL" : "BEST");
        q.put("skill_groups", list());
        q.put("source_queue_id", null);
        q.put("suppress_in_queue_call_recording", true);
        q.put("teams", list());
        q.put("whisper_prompt_id", null);
        int nWrap = count[Type.WRAPUP.ordinal()];
        TreeMap<String, Boolean> codes = new TreeMap<>();
        int nc = nWrap == 0 ? 0 : Math.min(nWrap, 2 + r.nextInt(6));
        while (codes.size() < nc) codes.put(guid(Type.WRAPUP.ordinal(), r.nextInt(nWrap)), true);
        q.put("wrapup_codes", new ArrayList<Object>(codes.keySet()));
        return q;
    }

    Map<String, Object> user(SplittableRandom r, int i, String id) {
        Map<String, Object> u = obj();
        String first = pick(r, FIRST), last = pick(r, LAST);
        String name = first + " " + last;
        u.put("acd_auto_answer", false);
        Map<String, Object> phone = obj();
        phone.put("extension", String.valueOf(100000 + i));
        phone.put("extension_pool_id", extensionPoolId);
        phone.put("media_type", "PHONE");
        phone.put("number", null);
        phone.put("type", "WORK");
        Map<String, Object> addr = obj();
        addr.put("other_emails", list());
        addr.put("phone_numbers", list(phone));
        u.put("addresses", list(addr));
        u.put("certifications", list());
        u.put("department", pick(r, LOB));
        u.put("division_id", divisionId);
        u.put("email", (first + "." + last).toLowerCase() + "." + i + "@northwind-retail.example");
        Map<String, Object> emp = obj();
        emp.put("date_hire", "20" + pad(15 + r.nextInt(11), 2) + "-" + pad(1 + r.nextInt(12), 2) + "-" + pad(1 + r.nextInt(28), 2));
        emp.put("employee_id", "E" + (100000 + i));
        emp.put("employee_type", r.nextInt(5) == 0 ? "Part-time" : "Full-time");
        emp.put("official_name", name);
        u.put("employer_info", list(emp));
        u.put("id", id);
        u.put("locations", list());
        int nUsers = count[Type.USER.ordinal()];
        u.put("manager", i % 12 == 0 || nUsers == 0 ? null : guid(Type.USER.ordinal(), i - i % 12));
        u.put("name", name);
        u.put("password", null);
        u.put("profile_skills", list());
        Map<String, Object> en = obj();
        en.put("language_id", guid(91, 0));
        en.put("proficiency", 5L);
        List<Object> langs = list(en);
        if (r.nextInt(4) == 0) {
            Map<String, Object> l2 = obj();
            l2.put("language_id", guid(91, 1 + r.nextInt(6)));
            l2.put("proficiency", (long) (2 + r.nextInt(4)));
            langs.add(l2);
        }
        u.put("routing_languages", langs);
        int nSkill = count[Type.SKILL.ordinal()];
        TreeMap<String, Double> skills = new TreeMap<>();
        int ns = nSkill == 0 ? 0 : Math.min(nSkill, 1 + r.nextInt(6));
        while (skills.size() < ns) skills.put(guid(Type.SKILL.ordinal(), r.nextInt(nSkill)), (double) (1 + r.nextInt(5)));
        List<Object> sl = list();
        skills.forEach((s, p) -> {
            Map<String, Object> m = obj();
            m.put("proficiency", p.longValue());
            m.put("skill_id", s);
            sl.add(m);
        });
        u.put("routing_skills", sl);
        if (r.nextInt(3) == 0) {
            Map<String, Object> util = obj();
            util.put("call", list(utilization(1, true)));
            util.put("callback", list(utilization(1, false, "call")));
            util.put("chat", list(utilization(3, false, "call")));
            util.put("email", list(utilization(2, false, "call", "chat")));
            util.put("label_utilizations", list());
            util.put("message", list(utilization(4, false, "call")));
            u.put("routing_utilization", list(util));
        } else {
            u.put("routing_utilization", list());
        }
        u.put("state", "active");
        u.put("title", pick(r, TITLES));
        Map<String, Object> vm = obj();
        vm.put("alert_timeout_seconds", 30L);
        vm.put("send_email_notifications", true);
        u.put("voicemail_userpolicies", list(vm));
        return u;
    }

    static Map<String, Object> utilization(long max, boolean nonAcd, String... interruptible) {
        Map<String, Object> m = obj();
        m.put("include_non_acd", nonAcd);
        m.put("interruptible_media_types", list((Object[]) interruptible));
        m.put("maximum_capacity", max);
        return m;
    }

    Map<String, Object> flow(SplittableRandom r, int i, String id) {
        Map<String, Object> f = obj();
        String type = pick(r, FLOW_TYPES);
        String slug = type.toLowerCase() + "_" + pad(i, 5);
        String name = pick(r, REGIONS) + " " + pick(r, LOB) + " " + (type.startsWith("INQUEUE") ? "In-Queue " : "") + i;
        f.put("file_content_hash", hex64(r));
        f.put("filepath", "flows/" + slug + ".yaml");
        f.put("force_unlock", false);
        f.put("id", id);
        f.put("name", name);
        Map<String, Object> subs = obj();
        subs.put("flow_name", name);
        subs.put("division", "Customer Care");
        int nQueues = count[Type.QUEUE.ordinal()];
        if (nQueues > 0) {
            subs.put("target_queue", queueName(r.nextInt(nQueues)));
            subs.put("overflow_queue", queueName(r.nextInt(nQueues)));
        }
        subs.put("schedule_group", pick(r, REGIONS) + " Opening Hours");
        subs.put("greeting_prompt", "Greeting_" + pick(r, REGIONS));
        f.put("substitutions", subs);
        f.put("type", type);
        f.put("update_trigger_hash", hex64(r));
        return f;
    }

    Map<String, Object> schedule(SplittableRandom r, int i, String id) {
        Map<String, Object> s = obj();
        boolean holiday = r.nextInt(3) == 0;
        int month = 1 + r.nextInt(12), day = 1 + r.nextInt(28);
        String region = pick(r, REGIONS);
        if (holiday) {
            s.put("description", "Closed all day");
            s.put("end", "2026-" + pad(month, 2) + "-" + pad(day, 2) + "T23:59:59.000000");
            s.put("name", region + " Holiday 2026-" + pad(month, 2) + "-" + pad(day, 2) + " #" + i);
            s.put("rrule", null);
            s.put("start", "2026-" + pad(month, 2) + "-" + pad(day, 2) + "T00:00:00.000000");
        } else {
            int open = 6 + r.nextInt(4), close = open + 8 + r.nextInt(6);
            int d0 = r.nextInt(3), d1 = 4 + r.nextInt(3);
            StringBuilder by = new StringBuilder();
            for (int d = d0; d <= d1; d++) by.append(d > d0 ? "," : "").append(DAYS[d]);
            s.put("description", DAYS[d0] + "-" + DAYS[d1] + " " + pad(open, 2) + ":00-" + pad(close, 2) + ":00");
            s.put("end", "2026-01-05T" + pad(close, 2) + ":00:00.000000");
            s.put("name", region + " Open " + DAYS[d0] + "-" + DAYS[d1] + " #" + i);
            s.put("rrule", "FREQ=WEEKLY;INTERVAL=1;BYDAY=" + by);
            s.put("start", "2026-01-05T" + pad(open, 2) + ":00:00.000000");
        }
        s.put("division_id", divisionId);
        s.put("id", id);
        return s;
    }

    Map<String, Object> skill(SplittableRandom r, int i, String id) {
        Map<String, Object> s = obj();
        s.put("id", id);
        s.put("name", pick(r, SKILL_WORDS) + " " + pad(i, 5));
        return s;
    }

    Map<String, Object> wrapup(SplittableRandom r, int i, String id) {
        Map<String, Object> w = obj();
        String n = pick(r, WRAP_WORDS);
        w.put("description", n + " (" + pick(r, LOB) + ")");
        w.put("division_id", divisionId);
        w.put("id", id);
        w.put("name", n + " " + pad(i, 5));
        return w;
    }

    @SuppressWarnings("unchecked")
    void update(Type t, SplittableRandom r, int i, Map<String, Object> a) {
        switch (t) {
            case QUEUE -> {
                int what = r.nextInt(4);
                if (what == 0 || what == 3) a.put("acw_timeout_ms", (Long) a.get("acw_timeout_ms") + 15000L);
                if (what == 1 || what == 3) {
                    Map<String, Object> call = copy((Map<String, Object>) ((List<Object>) a.get("media_settings_call")).get(0));
                    call.put("alerting_timeout_sec", (Long) call.get("alerting_timeout_sec") + 4);
                    a.put("media_settings_call", list(call));
                }
                if (what == 2 || what == 3) {
                    List<Object> ml = new ArrayList<>((List<Object>) a.get("members"));
                    if (ml.size() > 1) ml.remove(r.nextInt(ml.size()));
                    int nUsers = count[Type.USER.ordinal()];
                    if (nUsers > 0) {
                        Map<String, Object> m = obj();
                        m.put("ring_num", 1L);
                        m.put("user_id", guid(Type.USER.ordinal(), r.nextInt(nUsers)));
                        boolean dup = ml.stream().anyMatch(o -> ((Map<String, Object>) o).get("user_id").equals(m.get("user_id")));
                        if (!dup) ml.add(m);
                    }
                    ml.sort((x, y) -> ((String) ((Map<String, Object>) x).get("user_id"))
                            .compareTo((String) ((Map<String, Object>) y).get("user_id")));
                    a.put("members", ml);
                }
                if (what == 3) a.put("description", a.get("description") + " (extended hours)");
            }
            case USER -> {
                int what = r.nextInt(3);
                if (what == 0) a.put("title", "Senior " + a.get("title"));
                List<Object> sl = new ArrayList<>((List<Object>) a.get("routing_skills"));
                if (what == 1 && !sl.isEmpty()) {
                    int k = r.nextInt(sl.size());
                    Map<String, Object> s = copy((Map<String, Object>) sl.get(k));
                    s.put("proficiency", Math.min(5L, (Long) s.get("proficiency") + 1));
                    sl.set(k, s);
                    a.put("routing_skills", sl);
                }
                if (what == 2) a.put("department", a.get("department") + " Tier 2");
            }
            case FLOW -> {
                a.put("update_trigger_hash", hex64(r));
                a.put("file_content_hash", UNK);
            }
            case SCHEDULE -> {
                if (a.get("rrule") != null) a.put("rrule", a.get("rrule") + ",SA");
                else a.put("description", "Closed all day (bank holiday)");
            }
            case WRAPUP -> a.put("description", a.get("description") + " - see KB-" + (1000 + r.nextInt(9000)));
            case SKILL -> throw new IllegalStateException("skills are replaced, never updated");
        }
    }

    @SuppressWarnings("unchecked")
    static <V> V copy(V v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> c = obj();
            m.forEach((k, e) -> c.put((String) k, copy(e)));
            return (V) c;
        }
        if (v instanceof List<?> l) {
            List<Object> c = new ArrayList<>(l.size());
            for (Object e : l) c.add(copy(e));
            return (V) c;
        }
        return v;
    }

    // ---------------------------------------------------------------- Terraform's JSON views of a value

    static boolean whollyKnown(Object v) {
        if (v == UNK) return false;
        if (v instanceof Map<?, ?> m) {
            for (Object e : m.values()) if (!whollyKnown(e)) return false;
        } else if (v instanceof List<?> l) {
            for (Object e : l) if (!whollyKnown(e)) return false;
        }
        return true;
    }

    static boolean isCollection(Object v) {
        return v instanceof Map<?, ?> || v instanceof List<?>;
    }

    /**
     * jsonplan unknownAsBool, written straight out: true at unknown leaves, false for known leaves, and known
     * leaves left out of objects.
     */
    void unknownMirror(Object v) throws IOException {
        if (v == UNK) raw("true");
        else if (v instanceof Map<?, ?> m) {
            raw("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object x = e.getValue();
                if (x != UNK && !isCollection(x)) continue;
                if (!first) raw(",");
                first = false;
                str((String) e.getKey());
                raw(":");
                unknownMirror(x);
            }
            raw("}");
        } else if (v instanceof List<?> l) {
            raw("[");
            for (int k = 0; k < l.size(); k++) {
                if (k > 0) raw(",");
                unknownMirror(l.get(k));
            }
            raw("]");
        } else raw("false");
    }

    /** jsonstate SensitiveAsBool, written straight out, with schema-sensitive top-level attributes marked. */
    void sensitiveMirror(Object v, Set<String> marked) throws IOException {
        if (v instanceof Map<?, ?> m) {
            raw("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                boolean mark = marked.contains(e.getKey());
                if (!mark && !isCollection(e.getValue())) continue;
                if (!first) raw(",");
                first = false;
                str((String) e.getKey());
                raw(":");
                if (mark) raw("true");
                else sensitiveMirror(e.getValue(), Set.of());
            }
            raw("}");
        } else if (v instanceof List<?> l) {
            raw("[");
            for (int k = 0; k < l.size(); k++) {
                if (k > 0) raw(",");
                sensitiveMirror(l.get(k), Set.of());
            }
            raw("]");
        } else raw("false");
    }

    // ---------------------------------------------------------------- JSON output

    void raw(String s) throws IOException {
        out.write(s);
    }

    void str(String s) throws IOException {
        out.write('"');
        int start = 0, len = s.length();
        for (int k = 0; k < len; k++) {
            char c = s.charAt(k);
            String esc = null;
            if (c == '"') esc = "\\\"";
            else if (c == '\\') esc = "\\\\";
            else if (c == '\n') esc = "\\n";
            else if (c == '\r') esc = "\\r";
            else if (c == '\t') esc = "\\t";
            else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029')
                esc = String.format("\\u%04x", (int) c); // Go's encoding/json escapes <, > and & like this
            if (esc != null) {
                out.write(s, start, k - start);
                out.write(esc);
                start = k + 1;
            }
        }
        out.write(s, start, len - start);
        out.write('"');
    }

    /** Writes a value as cty JSON: unknowns dropped from objects and null inside lists. */
    void value(Object v) throws IOException {
        if (v == null || v == UNK) raw("null");
        else if (v instanceof String s) str(s);
        else if (v instanceof Boolean b) raw(b ? "true" : "false");
        else if (v instanceof Long || v instanceof Integer) raw(v.toString());
        else if (v instanceof Double d) raw(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
        else if (v instanceof Map<?, ?> m) {
            raw("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() == UNK) continue;
                if (!first) raw(",");
                first = false;
                str((String) e.getKey());
                raw(":");
                value(e.getValue());
            }
            raw("}");
        } else if (v instanceof List<?> l) {
            raw("[");
            for (int k = 0; k < l.size(); k++) {
                if (k > 0) raw(",");
                value(l.get(k));
            }
            raw("]");
        } else throw new IllegalArgumentException(String.valueOf(v));
    }

    void resourceHead(Res res) throws IOException {
        Type t = res.meta.type();
        raw("{\"address\":");
        str(res.address);
        raw(",\"mode\":\"managed\",\"type\":\"" + t.tfType + "\",\"name\":\"" + t.name + "\",\"index\":");
        str(res.key);
        raw(",\"provider_name\":\"" + PROVIDER + "\",\"schema_version\":" + t.schemaVersion + ",\"values\":");
    }

    void stateResource(Res res, Map<String, Object> values, boolean withDeps) throws IOException {
        resourceHead(res);
        value(values);
        raw(",\"sensitive_values\":");
        sensitiveMirror(values, res.sensitive);
        if (withDeps && !res.dependsOn.isEmpty()) {
            raw(",\"depends_on\":[");
            for (int k = 0; k < res.dependsOn.size(); k++) {
                if (k > 0) raw(",");
                str(res.dependsOn.get(k));
            }
            raw("]");
        }
        if (withDeps && "replace_because_tainted".equals(res.actionReason)) raw(",\"tainted\":true");
        raw("}");
    }

    void change(Res res, Action action, Map<String, Object> before, Map<String, Object> after) throws IOException {
        Type t = res.meta.type();
        raw("{\"address\":");
        str(res.address);
        raw(",\"module_address\":\"" + t.module + "\",\"mode\":\"managed\",\"type\":\"" + t.tfType + "\",\"name\":\""
                + t.name + "\",\"index\":");
        str(res.key);
        raw(",\"provider_name\":\"" + PROVIDER + "\",\"change\":{\"actions\":" + action.json + ",\"before\":");
        value(before);
        raw(",\"after\":");
        value(after);
        raw(",\"after_unknown\":");
        if (after == null || whollyKnown(after)) raw("{}");
        else unknownMirror(after);
        raw(",\"before_sensitive\":");
        if (before == null) raw("false");
        else sensitiveMirror(before, res.sensitive);
        raw(",\"after_sensitive\":");
        if (after == null) raw("false");
        else sensitiveMirror(after, res.sensitive);
        if (action == Action.REPLACE && res.replacePaths != null) raw(",\"replace_paths\":" + res.replacePaths);
        raw("}");
        if (action == res.meta.action() && res.actionReason != null) {
            raw(",\"action_reason\":");
            str(res.actionReason);
        }
        raw("}");
    }

    interface Section {
        boolean include(Meta m);

        void write(Res res) throws IOException;
    }

    /** root_module.child_modules for planned_values / prior_state; modules with no resources are left out. */
    void moduleTree(Section s) throws IOException {
        raw("{\"root_module\":{\"child_modules\":[");
        boolean anyModule = false;
        for (Type t : Type.values()) {
            boolean open = false;
            for (int i = 0; i < count[t.ordinal()]; i++) {
                Meta m = meta(t, i);
                if (!s.include(m)) continue;
                if (!open) {
                    raw(anyModule ? ",{\"resources\":[" : "{\"resources\":[");
                    anyModule = true;
                    open = true;
                } else {
                    raw(",");
                }
                s.write(build(m));
            }
            if (open) raw("],\"address\":\"" + t.module + "\"}");
        }
        raw("]}}");
    }

    final long[][] actionCounts = new long[Type.values().length][Action.values().length];
    long driftCount;

    void write() throws IOException {
        raw("{\"format_version\":\"1.2\",\"terraform_version\":\"" + TF_VERSION + "\",\"variables\":{");
        raw("\"division_id\":{\"value\":");
        str(divisionId);
        raw("},\"environment\":{\"value\":\"bench\"},\"extension_pool_id\":{\"value\":");
        str(extensionPoolId);
        raw("},\"genesys_region\":{\"value\":\"us-east-1\"}},");

        // planned_values: everything but deletes
        raw("\"planned_values\":");
        moduleTree(new Section() {
            public boolean include(Meta m) { return m.action() != Action.DELETE; }

            public void write(Res res) throws IOException { stateResource(res, res.after, false); }
        });

        // resource_drift
        boolean anyDrift = false;
        for (Type t : Type.values()) {
            for (int i = 0; i < count[t.ordinal()]; i++) {
                Meta m = meta(t, i);
                if (!m.drift()) continue;
                raw(anyDrift ? "," : ",\"resource_drift\":[");
                anyDrift = true;
                Res res = build(m);
                change(res, Action.UPDATE, res.previous, res.before);
                driftCount++;
            }
        }
        if (anyDrift) raw("]");

        // resource_changes, sorted by address = module order, then key order
        raw(",\"resource_changes\":[");
        boolean first = true;
        for (Type t : Type.values()) {
            for (int i = 0; i < count[t.ordinal()]; i++) {
                Res res = build(meta(t, i));
                if (!first) raw(",");
                first = false;
                change(res, res.meta.action(), res.before, res.after);
                actionCounts[t.ordinal()][res.meta.action().ordinal()]++;
            }
        }
        raw("]");

        // prior_state: everything but creates
        raw(",\"prior_state\":{\"format_version\":\"1.0\",\"terraform_version\":\"" + TF_VERSION + "\",\"values\":");
        moduleTree(new Section() {
            public boolean include(Meta m) { return m.action() != Action.CREATE; }

            public void write(Res res) throws IOException { stateResource(res, res.before, true); }
        });
        raw("}");

        raw(",\"configuration\":");
        raw(configuration());

        boolean changes = false;
        for (long[] row : actionCounts)
            for (int a = 1; a < row.length; a++) changes |= row[a] > 0;
        raw(",\"timestamp\":\"2026-11-26T09:00:00Z\",\"applyable\":" + changes + ",\"complete\":true,\"errored\":false}");
        raw("\n");
    }

    // ---------------------------------------------------------------- configuration (one for_each block per module)

    static String refs(String... r) {
        StringBuilder b = new StringBuilder("{\"references\":[");
        for (int k = 0; k < r.length; k++) b.append(k > 0 ? "," : "").append('"').append(r[k].replace("\"", "\\\"")).append('"');
        return b.append("]}").toString();
    }

    static String constant(String json) {
        return "{\"constant_value\":" + json + "}";
    }

    static String each(String attr) {
        return refs("each.value." + attr, "each.value");
    }

    String configuration() {
        Map<Type, String> exprs = new LinkedHashMap<>();
        exprs.put(Type.FLOW, "{\"filepath\":" + refs("each.value.filepath", "each.value")
                + ",\"substitutions\":" + refs("each.value.substitutions", "each.value")
                + ",\"update_trigger_hash\":" + refs("each.value.filepath", "each.value") + "}");
        exprs.put(Type.QUEUE, "{\"acw_timeout_ms\":" + each("acw_timeout_ms")
                + ",\"acw_wrapup_prompt\":" + constant("\"MANDATORY_TIMEOUT\"")
                + ",\"bullseye_rings\":[{\"expansion_timeout_seconds\":" + constant("15.5") + "}]"
                + ",\"calling_party_name\":" + each("calling_party_name")
                + ",\"calling_party_number\":" + each("calling_party_number")
                + ",\"default_script_ids\":" + each("default_script_ids")
                + ",\"description\":" + each("description")
                + ",\"division_id\":" + refs("var.division_id")
                + ",\"enable_transcription\":" + each("enable_transcription")
                + ",\"media_settings_call\":[{\"alerting_timeout_sec\":" + each("alerting_timeout_sec")
                + ",\"service_level_duration_ms\":" + constant("20000") + ",\"service_level_percentage\":" + constant("0.8") + "}]"
                + ",\"media_settings_chat\":[{\"alerting_timeout_sec\":" + constant("30")
                + ",\"service_level_duration_ms\":" + constant("20000") + ",\"service_level_percentage\":" + constant("0.8") + "}]"
                + ",\"media_settings_email\":[{\"alerting_timeout_sec\":" + constant("300")
                + ",\"service_level_duration_ms\":" + constant("86400000") + ",\"service_level_percentage\":" + constant("0.8") + "}]"
                + ",\"media_settings_message\":[{\"alerting_timeout_sec\":" + constant("30")
                + ",\"service_level_duration_ms\":" + constant("3600000") + ",\"service_level_percentage\":" + constant("0.8") + "}]"
                + ",\"name\":" + each("name")
                + ",\"queue_flow_id\":" + refs("each.value.queue_flow", "each.value", "var.flow_ids")
                + ",\"skill_evaluation_method\":" + each("skill_evaluation_method")
                + ",\"wrapup_codes\":" + refs("each.value.wrapup_codes", "each.value", "var.wrapup_code_ids") + "}");
        exprs.put(Type.SCHEDULE, "{\"description\":" + each("description") + ",\"division_id\":" + refs("var.division_id")
                + ",\"end\":" + each("end") + ",\"name\":" + each("name") + ",\"rrule\":" + each("rrule")
                + ",\"start\":" + each("start") + "}");
        exprs.put(Type.SKILL, "{\"name\":" + refs("each.value") + "}");
        exprs.put(Type.USER, "{\"addresses\":[{\"phone_numbers\":[{\"extension\":" + each("extension")
                + ",\"extension_pool_id\":" + refs("var.extension_pool_id") + ",\"media_type\":" + constant("\"PHONE\"")
                + ",\"type\":" + constant("\"WORK\"") + "}]}]"
                + ",\"department\":" + each("department") + ",\"division_id\":" + refs("var.division_id")
                + ",\"email\":" + each("email")
                + ",\"employer_info\":[{\"date_hire\":" + each("date_hire") + ",\"employee_id\":" + each("employee_id")
                + ",\"employee_type\":" + each("employee_type") + ",\"official_name\":" + each("name") + "}]"
                + ",\"manager\":" + refs("each.value.manager", "each.value", "var.manager_ids")
                + ",\"name\":" + each("name") + ",\"title\":" + each("title")
                + ",\"voicemail_userpolicies\":[{\"alert_timeout_seconds\":" + constant("30")
                + ",\"send_email_notifications\":" + constant("true") + "}]}");
        exprs.put(Type.WRAPUP, "{\"description\":" + each("description") + ",\"division_id\":" + refs("var.division_id")
                + ",\"name\":" + each("name") + "}");

        Map<Type, String[]> moduleVars = Map.of(
                Type.FLOW, new String[] {"flows"},
                Type.QUEUE, new String[] {"division_id", "flow_ids", "queues", "wrapup_code_ids"},
                Type.SCHEDULE, new String[] {"division_id", "schedules"},
                Type.SKILL, new String[] {"skills"},
                Type.USER, new String[] {"division_id", "extension_pool_id", "manager_ids", "users"},
                Type.WRAPUP, new String[] {"division_id", "wrapup_codes"});
        Map<Type, String> forEachVar = Map.of(Type.FLOW, "var.flows", Type.QUEUE, "var.queues",
                Type.SCHEDULE, "var.schedules", Type.SKILL, "var.skills", Type.USER, "var.users",
                Type.WRAPUP, "var.wrapup_codes");

        StringBuilder b = new StringBuilder();
        b.append("{\"provider_config\":{\"genesyscloud\":{\"name\":\"genesyscloud\",\"full_name\":\"").append(PROVIDER)
                .append("\",\"version_constraint\":\"~> 1.84\",\"expressions\":{\"aws_region\":")
                .append(refs("var.genesys_region")).append("}}");
        for (Type t : Type.values())
            b.append(",\"").append(t.module).append(":genesyscloud\":{\"name\":\"genesyscloud\",\"full_name\":\"")
                    .append(PROVIDER).append("\",\"version_constraint\":\"~> 1.84\",\"module_address\":\"")
                    .append(t.module).append("\"}");
        b.append("},\"root_module\":{\"module_calls\":{");
        boolean firstCall = true;
        for (Type t : Type.values()) {
            String call = t.module.substring("module.".length());
            if (!firstCall) b.append(',');
            firstCall = false;
            b.append('"').append(call).append("\":{\"source\":\"./modules/").append(call).append("\",\"expressions\":{");
            String[] vars = moduleVars.get(t);
            for (int k = 0; k < vars.length; k++) {
                if (k > 0) b.append(',');
                String v = vars[k];
                String e = switch (v) {
                    case "division_id" -> refs("var.division_id");
                    case "extension_pool_id" -> refs("var.extension_pool_id");
                    case "flow_ids" -> refs("module.flows.flow_ids", "module.flows");
                    case "wrapup_code_ids" -> refs("module.wrapup_codes.ids", "module.wrapup_codes");
                    case "manager_ids" -> refs("local.managers");
                    default -> refs("local." + v);
                };
                b.append('"').append(v).append("\":").append(e);
            }
            b.append("},\"module\":{\"outputs\":{\"ids\":{\"expression\":").append(refs(t.tfType + "." + t.name))
                    .append(",\"description\":\"IDs by key\"}},\"resources\":[{\"address\":\"").append(t.tfType).append('.')
                    .append(t.name).append("\",\"mode\":\"managed\",\"type\":\"").append(t.tfType).append("\",\"name\":\"")
                    .append(t.name).append("\",\"provider_config_key\":\"").append(t.module).append(":genesyscloud\",\"expressions\":")
                    .append(exprs.get(t)).append(",\"schema_version\":").append(t.schemaVersion)
                    .append(",\"for_each_expression\":").append(refs(forEachVar.get(t))).append("}],\"variables\":{");
            for (int k = 0; k < vars.length; k++) {
                if (k > 0) b.append(',');
                b.append('"').append(vars[k]).append("\":{\"description\":\"").append(vars[k].replace('_', ' ')).append("\"}");
            }
            b.append("}}}");
        }
        b.append("},\"variables\":{\"division_id\":{\"description\":\"Division that owns the objects\"},")
                .append("\"environment\":{\"description\":\"Target environment\"},")
                .append("\"extension_pool_id\":{\"description\":\"Extension pool for agent extensions\"},")
                .append("\"genesys_region\":{\"default\":\"us-east-1\",\"description\":\"Genesys Cloud region\"}}}}");
        return b.toString();
    }

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GeneratePlan.java N OUT.json [seed]");
            System.exit(2);
        }
        int n;
        long seed;
        try {
            n = Integer.parseInt(args[0]);
            seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        } catch (NumberFormatException e) {
            System.err.println("N and seed must be integers: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (n < 1) {
            System.err.println("N must be at least 1");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        long t0 = System.nanoTime();
        GeneratePlan g;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
            g = new GeneratePlan(n, seed, w);
            g.write();
        }
        long bytes = Files.size(out);
        StringBuilder c = new StringBuilder();
        long[] byAction = new long[Action.values().length];
        for (Type t : Type.values())
            for (Action a : Action.values()) byAction[a.ordinal()] += g.actionCounts[t.ordinal()][a.ordinal()];
        c.append("total=").append(n).append('\n');
        for (Action a : Action.values()) c.append(a.key).append('=').append(byAction[a.ordinal()]).append('\n');
        c.append("drift=").append(g.driftCount).append('\n');
        for (Type t : Type.values()) {
            c.append("type.").append(t.tfType).append('=').append(g.count[t.ordinal()]).append('\n');
            for (Action a : Action.values())
                c.append("type.").append(t.tfType).append('.').append(a.key).append('=')
                        .append(g.actionCounts[t.ordinal()][a.ordinal()]).append('\n');
        }
        c.append("seed=").append(seed).append('\n');
        c.append("bytes=").append(bytes).append('\n');
        Files.writeString(Path.of(args[1] + ".counts"), c.toString());
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf("wrote %s: %d resource changes, %d bytes (%.0f bytes/change) in %.2fs%n",
                out, n, bytes, (double) bytes / n, secs);
    }
}

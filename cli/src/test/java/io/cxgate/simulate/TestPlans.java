package io.cxgate.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.Plan;
import io.cxgate.plan.PlanReader;
import io.cxgate.redact.Redactor;

/**
 * Builds small {@code terraform show -json} plans in Terraform's shape (resource_changes with
 * before/after/after_unknown, prior_state for what exists, resource_drift) for simulation tests.
 */
final class TestPlans {
    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode changes;
    private final ArrayNode drift;
    private final ArrayNode prior;

    private TestPlans() {
        root.put("format_version", "1.2");
        root.put("terraform_version", "1.9.8");
        drift = root.putArray("resource_drift");
        changes = root.putArray("resource_changes");
        prior = root.putObject("prior_state").put("format_version", "1.0").put("terraform_version", "1.9.8")
                .putObject("values").putObject("root_module").putArray("resources");
        root.put("applyable", true);
        root.put("complete", true);
        root.put("errored", false);
    }

    static TestPlans plan() {
        return new TestPlans();
    }

    /** An object literal from alternating keys and values ({@code null} values kept as JSON null). */
    static ObjectNode values(Object... keysAndValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node;
    }

    TestPlans create(String address, ObjectNode after) {
        return change(address, "create", null, after, null);
    }

    /** A create whose {@code unknown} attributes are known only after apply (left out of after). */
    TestPlans create(String address, ObjectNode after, String... unknown) {
        ObjectNode afterUnknown = JSON.createObjectNode();
        for (String u : unknown) {
            afterUnknown.put(u, true);
        }
        return change(address, "create", null, after, afterUnknown);
    }

    TestPlans update(String address, ObjectNode before, ObjectNode after) {
        exists(address, before);
        return change(address, "update", before, after, null);
    }

    TestPlans delete(String address, ObjectNode before) {
        exists(address, before);
        return change(address, "delete", before, null, null);
    }

    /** A replace whose new ID is unknown, as Terraform plans it. */
    TestPlans replace(String address, ObjectNode before, ObjectNode after) {
        exists(address, before);
        ObjectNode a = after.deepCopy();
        a.remove("id");
        return change(address, "delete,create", before, a, values("id", true));
    }

    /** Something Terraform manages and this plan does not change. */
    TestPlans unchanged(String address, ObjectNode values) {
        exists(address, values);
        return change(address, "no-op", values, values, null);
    }

    /**
     * A resource block in the plan's {@code configuration} ({@code root_module}, or the module of a
     * {@code module.NAME.} address), as {@code show -json} writes it: {@code expressions} whose
     * values carry {@code references}, and {@code depends_on}.
     *
     * @param references addresses the block's expressions reference (one expression holds them all)
     */
    TestPlans configured(String address, List<String> references, List<String> dependsOn) {
        String module = moduleOf(address);
        ObjectNode r = moduleConfig(module).withArray("resources").addObject();
        r.put("address", address.substring(module == null ? 0 : module.length() + 1));
        r.put("mode", "managed");
        r.put("type", type(address));
        r.put("name", name(address));
        r.put("provider_config_key", "genesyscloud");
        ObjectNode expressions = r.putObject("expressions");
        expressions.putObject("description").put("constant_value", "configured");
        if (!references.isEmpty()) {
            ArrayNode refs = expressions.putObject("substitutions").putArray("references");
            references.forEach(refs::add);
        }
        r.put("schema_version", 0);
        if (!dependsOn.isEmpty()) {
            ArrayNode d = r.putArray("depends_on");
            dependsOn.forEach(d::add);
        }
        return this;
    }

    /** A module call {@code module.NAME} of the root module, with what its arguments reference and its depends_on. */
    TestPlans moduleCall(String name, List<String> references, List<String> dependsOn) {
        ObjectNode call = moduleConfig(null).with("module_calls").with(name);
        call.put("source", "./modules/" + name);
        ObjectNode expressions = call.putObject("expressions");
        if (!references.isEmpty()) {
            ArrayNode refs = expressions.putObject("input").putArray("references");
            references.forEach(refs::add);
        }
        if (!dependsOn.isEmpty()) {
            ArrayNode d = call.putArray("depends_on");
            dependsOn.forEach(d::add);
        }
        call.with("module");
        return this;
    }

    private ObjectNode moduleConfig(String module) {
        ObjectNode config = root.with("configuration");
        if (!config.has("provider_config")) {
            config.putObject("provider_config").putObject("genesyscloud").put("name", "genesyscloud")
                    .put("full_name", "registry.terraform.io/mypurecloud/genesyscloud");
        }
        ObjectNode rootModule = config.with("root_module");
        if (module == null) {
            return rootModule;
        }
        String call = module.substring("module.".length());
        ObjectNode callNode = rootModule.with("module_calls").with(call);
        callNode.put("source", "./modules/" + call);
        return callNode.with("module");
    }

    /** A {@code resource_drift} entry: the refreshed object differs from the state. */
    TestPlans drifted(String address, ObjectNode inState, ObjectNode refreshed) {
        drift.add(entry(address, "update", inState, refreshed, null));
        return this;
    }

    private void exists(String address, ObjectNode values) {
        ObjectNode r = prior.addObject();
        r.put("address", address);
        r.put("mode", "managed");
        r.put("type", type(address));
        r.put("name", name(address));
        r.put("provider_name", "registry.terraform.io/mypurecloud/genesyscloud");
        r.put("schema_version", 0);
        r.set("values", values);
        r.putObject("sensitive_values");
    }

    private TestPlans change(String address, String actions, ObjectNode before, ObjectNode after,
            ObjectNode afterUnknown) {
        changes.add(entry(address, actions, before, after, afterUnknown));
        return this;
    }

    private ObjectNode entry(String address, String actions, ObjectNode before, ObjectNode after,
            ObjectNode afterUnknown) {
        ObjectNode e = JSON.createObjectNode();
        e.put("address", address);
        String module = moduleOf(address);
        if (module != null) {
            e.put("module_address", module);
        }
        e.put("mode", "managed");
        e.put("type", type(address));
        e.put("name", name(address));
        e.put("provider_name", "registry.terraform.io/mypurecloud/genesyscloud");
        ObjectNode change = e.putObject("change");
        ArrayNode a = change.putArray("actions");
        for (String action : actions.split(",")) {
            a.add(action);
        }
        change.set("before", before == null ? JSON.nullNode() : before);
        change.set("after", after == null ? JSON.nullNode() : after);
        change.set("after_unknown", afterUnknown == null ? JSON.createObjectNode() : afterUnknown);
        change.set("before_sensitive", before == null ? JSON.valueToTree(false) : JSON.createObjectNode());
        change.set("after_sensitive", after == null ? JSON.valueToTree(false) : JSON.createObjectNode());
        if (actions.equals("delete,create")) {
            e.put("action_reason", "replace_because_cannot_update");
            change.putArray("replace_paths").addArray().add("name");
        }
        return e;
    }

    /** {@code module.a.module.b.genesyscloud_x.y["k"]} → {@code genesyscloud_x}. */
    static String type(String address) {
        String rest = stripModules(address);
        return rest.substring(0, rest.indexOf('.'));
    }

    static String name(String address) {
        String rest = stripModules(address);
        String name = rest.substring(rest.indexOf('.') + 1);
        int bracket = name.indexOf('[');
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    private static String moduleOf(String address) {
        String rest = stripModules(address);
        return rest.length() == address.length() ? null : address.substring(0, address.length() - rest.length() - 1);
    }

    private static String stripModules(String address) {
        String rest = address;
        while (rest.startsWith("module.")) {
            int first = rest.indexOf('.', "module.".length());
            rest = rest.substring(first + 1);
        }
        return rest;
    }

    JsonNode json() {
        return root;
    }

    /** Writes the plan into {@code dir} and reads it as cxgate does. */
    Plan read(Path dir) {
        try {
            Path file = Files.createTempFile(dir, "plan-", ".json");
            Files.writeString(file, JSON.writeValueAsString(root));
            return new PlanReader(ResourceCatalog.bundled(), Redactor.none()).read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the plan to {@code file}. */
    Path write(Path file) {
        try {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

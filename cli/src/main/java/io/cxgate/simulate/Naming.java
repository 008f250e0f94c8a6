package io.cxgate.simulate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.ResourceType;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.internal.ValuePaths;

/**
 * How the checks name things: the catalog's labels and naming attributes, the environment's
 * name mappings, and live objects as findings carry them. Immutable.
 */
final class Naming {
    static final String FLOW = "genesyscloud_flow";
    static final String USER = "genesyscloud_user";
    static final String SKILL = "genesyscloud_routing_skill";
    static final String EMAIL_ROUTE = "genesyscloud_routing_email_route";
    static final String DID_POOL = "genesyscloud_telephony_providers_edges_did_pool";
    /** Names shown in one finding before "and N more". */
    static final int NAMES_SHOWN = 3;

    private final ResourceCatalog catalog;
    private final Map<String, String> mappings;

    Naming(ResourceCatalog catalog, Map<String, String> mappings) {
        this.catalog = catalog;
        this.mappings = Map.copyOf(mappings);
    }

    ResourceCatalog catalog() {
        return catalog;
    }

    String label(String type) {
        return catalog.label(type);
    }

    /** The catalog label as a noun inside a sentence: {@code Email route} → {@code email route}. */
    String noun(String type) {
        String label = catalog.label(type);
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    String apiType(String type) {
        return catalog.type(type).flatMap(ResourceType::apiType).orElse(null);
    }

    /** The resource type of a dependency-tracking type; every {@code …FLOW} is a flow. */
    String resourceTypeOf(String dependencyType) {
        if (dependencyType.endsWith("FLOW")) {
            return FLOW;
        }
        return catalog.byApiType(dependencyType).map(ResourceType::name).orElse(null);
    }

    /** A name and, when the environment maps it, the name it has in this org. */
    List<String> candidates(String name) {
        String mapped = mappings.get(name);
        return mapped == null || mapped.equals(name) ? List.of(name) : List.of(name, mapped);
    }

    LiveObject live(OrgObject o) {
        return new LiveObject(o.apiType(), o.resourceType(), o.id(), o.name());
    }

    /** The name an object has by the plan's values: the catalog's naming attribute, per type. */
    String planName(ResourceChange change, JsonNode values) {
        if (values == null || values.isNull()) {
            return null;
        }
        String type = change.type();
        if (DID_POOL.equals(type)) {
            return null;
        }
        if (EMAIL_ROUTE.equals(type)) {
            String pattern = ValuePaths.text(values, "pattern");
            String domain = ValuePaths.text(values, "domain_id");
            return pattern == null || domain == null ? null : pattern + "@" + domain;
        }
        Optional<ResourceType> resourceType = catalog.type(type);
        if (resourceType.isEmpty() || resourceType.get().singleton()) {
            return null;
        }
        String attribute = resourceType.get().nameAttribute().orElse(null);
        return attribute == null ? null : ValuePaths.text(values, attribute);
    }

    /** An Architect flow type ({@code inboundcall}) as a dependency-tracking type ({@code INBOUNDCALLFLOW}). */
    static String flowObjectType(String flowType) {
        if (flowType == null || flowType.isBlank()) {
            return null;
        }
        String upper = flowType.toUpperCase(Locale.ROOT);
        return upper.endsWith("FLOW") ? upper : upper + "FLOW";
    }

    /** Up to {@link #NAMES_SHOWN} names, then "and N more". */
    static String names(List<OrgObject> objects) {
        List<String> shown = objects.stream().limit(NAMES_SHOWN).map(OrgObject::name).toList();
        String more = objects.size() > NAMES_SHOWN ? " and " + (objects.size() - NAMES_SHOWN) + " more" : "";
        return String.join(", ", shown) + more;
    }
}

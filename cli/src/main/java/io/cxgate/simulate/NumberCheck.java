package io.cxgate.simulate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.internal.ValuePaths;

/**
 * Numbers still routed (issue 15 item 6), from the org's DID pools, IVRs and its DID listing
 * ({@code GET /api/v2/telephony/providers/edges/dids}: every number with its pool and owner):
 * <ul>
 *   <li>{@code DID_STILL_ASSIGNED}: a DID pool deleted, replaced or shrunk while numbers it gives up are
 *       assigned to IVRs, users, phones or groups that this plan does not change (or to an IVR this plan
 *       keeps them on);</li>
 *   <li>{@code DID_IN_USE}: an IVR given a number another IVR, user, phone or group already holds;</li>
 *   <li>{@code DID_NOT_IN_POOL}: an IVR given a number no DID pool covers after the plan (the API refuses
 *       it: "Field 'didPoolId' is required").</li>
 * </ul>
 */
final class NumberCheck implements Check {
    static final String IVR = "genesyscloud_architect_ivr";
    static final String DID = "genesyscloud_telephony_providers_edges_did";

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        if (!poolLosses(change).isEmpty()) {
            wants.type(IVR, "which IVRs route numbers of " + change.address() + " is");
            wants.type(DID, "which users, phones and groups hold numbers of " + change.address() + " is");
        }
        if (!newNumbers(change).isEmpty()) {
            wants.type(IVR, "whether another IVR holds the new numbers of " + change.address() + " is");
            wants.type(Naming.DID_POOL, "whether a DID pool covers the new numbers of " + change.address() + " is");
            wants.type(DID, "whether a user or phone holds the new numbers of " + change.address() + " is");
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        List<Finding> out = new ArrayList<>();
        List<Range> lost = poolLosses(change);
        if (!lost.isEmpty()) {
            out.addAll(stillAssigned(change, lost, context));
        }
        for (String number : newNumbers(change)) {
            out.addAll(claimed(change, number, context));
        }
        return out;
    }

    // ---------------------------------------------------------------- pools giving up numbers

    /** The ranges a pool change gives up: all of it for a delete or replace, what falls outside for an update. */
    private static List<Range> poolLosses(ResourceChange change) {
        if (!Naming.DID_POOL.equals(change.type())) {
            return List.of();
        }
        Range before = Range.of(change.values().before());
        if (before == null) {
            return List.of();
        }
        return switch (change.action()) {
            case DELETE, REPLACE -> List.of(before);
            case UPDATE -> {
                Range after = Range.of(change.values().after());
                yield after == null ? List.of() : before.minus(after);
            }
            default -> List.of();
        };
    }

    private static List<Finding> stillAssigned(ResourceChange change, List<Range> lost, Context context) {
        JsonNode before = change.values().before();
        String pool = "DID pool " + ValuePaths.text(before, "start_phone_number") + "–"
                + ValuePaths.text(before, "end_phone_number");
        String what = switch (change.action()) {
            case DELETE -> pool + " is deleted";
            case REPLACE -> pool + " is replaced (deleted, then created again)";
            default -> pool + " shrinks to " + ValuePaths.text(change.values().after(), "start_phone_number") + "–"
                    + ValuePaths.text(change.values().after(), "end_phone_number");
        };
        List<Finding> out = new ArrayList<>();
        for (Holder holder : holders(context, null)) {
            if (lost.stream().anyMatch(r -> r.contains(holder.number()))) {
                out.add(new Finding(Finding.Code.DID_STILL_ASSIGNED, Finding.Severity.ERROR, change.address(),
                        holder.object(), what + ", but " + holder.number() + ", which it gives up, is still assigned to "
                        + holder.display() + ": calls to that number stop reaching it (or the API refuses the change)"));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- IVRs taking numbers

    /** Numbers an IVR has after the change and did not have before. */
    private static List<String> newNumbers(ResourceChange change) {
        if (!IVR.equals(change.type()) || !PlanFacts.publishes(change)) {
            return List.of();
        }
        Set<String> before = numbers(change.values().before());
        return numbers(change.values().after()).stream().filter(n -> !before.contains(n)).sorted().toList();
    }

    private static List<Finding> claimed(ResourceChange change, String number, Context context) {
        String ivrId = context.plan().of(change).beforeId();
        String name = ValuePaths.text(change.values().after(), "name");
        String label = "IVR \"" + (name == null ? change.label() : name) + "\"";
        List<Finding> out = new ArrayList<>();
        for (Holder holder : holders(context, change)) {
            if (holder.number().equals(number) && !(ivrId != null && ivrId.equals(holder.object().id()))) {
                out.add(new Finding(Finding.Code.DID_IN_USE, Finding.Severity.ERROR, change.address(), holder.object(),
                        label + " is given " + number + ", but " + holder.display() + ", already holds it: a number"
                        + " routes to one owner, so the apply fails or takes the number away from it"));
            }
        }
        if (!covered(number, context)) {
            out.add(new Finding(Finding.Code.DID_NOT_IN_POOL, Finding.Severity.ERROR, change.address(), null,
                    label + " is given " + number + ", which no DID pool of the org covers (nor one this plan"
                    + " creates or changes): the API refuses an IVR number outside every pool"));
        }
        return out;
    }

    /** Whether a DID pool covers the number after the plan: one the plan does not change, or one it plans. */
    private static boolean covered(String number, Context context) {
        for (OrgObject pool : context.org().all(Naming.DID_POOL)) {
            Range range = Range.of(pool.text("startPhoneNumber"), pool.text("endPhoneNumber"));
            if (context.plan().counts(pool.id()) && range != null && range.contains(number)) {
                return true;
            }
        }
        for (ResourceChange c : context.plan().changes()) {
            Range range = Naming.DID_POOL.equals(c.type()) && PlanFacts.publishes(c) ? Range.of(c.values().after()) : null;
            if (range != null && range.contains(number)) {
                return true;
            }
        }
        return !context.org().listed(Naming.DID_POOL); // not listed: not checked (Wants said so)
    }

    // ---------------------------------------------------------------- who holds numbers

    /**
     * Every number held after the plan, with its holder: org IVRs and DID owners this plan does not
     * change, and the IVRs this plan creates or changes (their planned numbers), except {@code skip}.
     */
    private static List<Holder> holders(Context context, ResourceChange skip) {
        List<Holder> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (OrgObject ivr : context.org().all(IVR)) {
            if (context.plan().counts(ivr.id())) {
                for (String number : ivr.texts("dnis")) {
                    add(out, seen, number, context.naming().live(ivr), "IVR \"" + ivr.name() + "\", "
                            + owner(ivr.id(), context));
                }
            }
        }
        for (ResourceChange c : context.plan().changes()) {
            if (IVR.equals(c.type()) && PlanFacts.publishes(c) && c != skip) {
                String id = context.plan().of(c).beforeId();
                String name = ValuePaths.text(c.values().after(), "name");
                for (String number : numbers(c.values().after())) {
                    add(out, seen, number, new LiveObject("IVRCONFIGURATION", IVR, id, name),
                            "IVR \"" + name + "\" (" + c.address() + ", in this plan)");
                }
            }
        }
        for (OrgObject did : context.org().all(DID)) {
            String ownerId = did.text("ownerId");
            String kind = did.text("ownerType");
            if (ownerId == null || "IVR_CONFIG".equals(kind) || !context.plan().counts(ownerId)) {
                continue; // IVRs come from their own listing (their dnis), planned ones from the plan
            }
            OwnerKind k = OwnerKind.of(kind);
            String ownerName = did.text("ownerName") == null ? ownerId : did.text("ownerName");
            add(out, seen, did.text("phoneNumber"), new LiveObject(k.apiType, k.resourceType, ownerId, ownerName),
                    k.noun + " \"" + ownerName + "\", " + owner(ownerId, context));
        }
        out.sort(java.util.Comparator.comparing(Holder::number));
        return out;
    }

    private static void add(List<Holder> out, Set<String> seen, String number, LiveObject object, String display) {
        String normal = Range.normal(number);
        if (normal != null && seen.add(normal + "/" + object.id())) {
            out.add(new Holder(normal, object, display));
        }
    }

    private static String owner(String id, Context context) {
        return context.plan().isManaged(id) ? "which Terraform manages but this plan does not change"
                : "which Terraform does not manage";
    }

    private static Set<String> numbers(JsonNode values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            values.path("dnis").forEach(n -> {
                String normal = n.isTextual() ? Range.normal(n.asText()) : null;
                if (normal != null) {
                    out.add(normal);
                }
            });
        }
        return out;
    }

    /** A number and who holds it. */
    private record Holder(String number, LiveObject object, String display) {
    }

    private enum OwnerKind {
        USER("USER", Naming.USER, "user"),
        PHONE("PHONE", "genesyscloud_telephony_providers_edges_phone", "phone"),
        GROUP("GROUP", "genesyscloud_group", "group");

        final String apiType;
        final String resourceType;
        final String noun;

        OwnerKind(String apiType, String resourceType, String noun) {
            this.apiType = apiType;
            this.resourceType = resourceType;
            this.noun = noun;
        }

        static OwnerKind of(String ownerType) {
            for (OwnerKind k : values()) {
                if (k.name().equalsIgnoreCase(ownerType)) {
                    return k;
                }
            }
            return USER; // the API documents USER, PHONE, IVR_CONFIG and GROUP; anything else is a person
        }
    }

    /** An inclusive range of E.164 numbers, compared as integers of their digits. */
    record Range(BigInteger start, BigInteger end) {
        static Range of(JsonNode values) {
            return values == null || values.isNull() ? null
                    : of(ValuePaths.text(values, "start_phone_number"), ValuePaths.text(values, "end_phone_number"));
        }

        static Range of(String start, String end) {
            BigInteger s = value(start);
            BigInteger e = value(end);
            return s == null || e == null ? null : new Range(s.min(e), s.max(e));
        }

        /** {@code +1 (317) 555-0100} → {@code +13175550100}; null when it holds no digits. */
        static String normal(String number) {
            if (number == null) {
                return null;
            }
            String digits = number.replaceAll("[^0-9]", "");
            return digits.isEmpty() ? null : "+" + digits;
        }

        private static BigInteger value(String number) {
            String normal = normal(number);
            return normal == null ? null : new BigInteger(normal.substring(1));
        }

        boolean contains(String number) {
            BigInteger n = value(number);
            return n != null && n.compareTo(start) >= 0 && n.compareTo(end) <= 0;
        }

        /** The parts of this range outside {@code other}. */
        List<Range> minus(Range other) {
            List<Range> out = new ArrayList<>();
            if (other.start.compareTo(start) > 0) {
                out.add(new Range(start, other.start.subtract(BigInteger.ONE).min(end)));
            }
            if (other.end.compareTo(end) < 0) {
                out.add(new Range(other.end.add(BigInteger.ONE).max(start), end));
            }
            return out;
        }
    }
}

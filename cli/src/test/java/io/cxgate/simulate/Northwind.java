package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.List;

import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.testing.Fixtures;

/**
 * The example production org ({@code examples/orgs/prod-snapshot.json}) that matches the example
 * plans: what Terraform manages there plus unmanaged flows, users, an email route and a queue.
 */
final class Northwind {
    static final String CUSTOMER_CARE_DIVISION = "b91f0f1b-726c-4062-bb5d-c30eceb03091";

    private Northwind() {
    }

    static OrgSnapshot org() {
        return OrgSnapshot.read(Fixtures.repo("examples/orgs/prod-snapshot.json"));
    }

    /** The ID of the one object of this type and name. */
    static String id(String resourceType, String name) {
        return object(resourceType, name).id();
    }

    static OrgObject object(String resourceType, String name) {
        List<OrgObject> hits = org().objects().stream()
                .filter(o -> o.resourceType().equals(resourceType) && o.name().equals(name)).toList();
        if (hits.size() != 1) {
            throw new IllegalArgumentException(hits.size() + " " + resourceType + " named " + name);
        }
        return hits.get(0);
    }

    /** The org with more objects and dependency edges. */
    static OrgSnapshot with(List<OrgObject> objects, List<Dependency> dependencies) {
        OrgSnapshot base = org();
        List<OrgObject> all = new ArrayList<>(base.objects());
        all.addAll(objects);
        List<Dependency> deps = new ArrayList<>(base.dependencies());
        deps.addAll(dependencies);
        return new OrgSnapshot(base.formatVersion(), base.exportedAt(), base.region(), base.types(), all, deps);
    }

    /** The org as exported with only some types (no dependency edges unless flows are among them). */
    static OrgSnapshot only(List<String> types) {
        OrgSnapshot base = org();
        return new OrgSnapshot(base.formatVersion(), base.exportedAt(), base.region(), types,
                base.objects().stream().filter(o -> types.contains(o.resourceType())).toList(),
                types.contains("genesyscloud_flow") ? base.dependencies() : List.of());
    }
}

package io.cxgate.genesys.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;

/** Orgs for tests: the hand-made sample under {@code orgs/} and generated large ones. */
public final class TestOrgs {
    public static final Instant EXPORTED_AT = Instant.parse("2025-05-01T12:00:00Z");

    private TestOrgs() {
    }

    /** {@code orgs/sample-org.json}: a few objects of every type the live source lists, and flow dependencies. */
    public static OrgSnapshot sample() {
        return OrgSnapshot.parse(resource("/orgs/sample-org.json"), "orgs/sample-org.json");
    }

    public static String resource(String name) {
        try (InputStream in = TestOrgs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An org of {@code count} objects of one resource type, named "<prefix> 0001"…. */
    public static List<OrgObject> many(String resourceType, String apiType, String prefix, int count,
            Map<String, Object> attributes) {
        List<OrgObject> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("%08d-0000-4000-8000-%012d", i, Math.abs(resourceType.hashCode()) % 1_000_000L);
            out.add(new OrgObject(id, String.format("%s %04d", prefix, i), resourceType, apiType, null, attributes,
                    null, null));
        }
        return out;
    }

    public static OrgSnapshot of(List<OrgObject> objects, List<Dependency> dependencies) {
        return new OrgSnapshot(OrgSnapshot.FORMAT_VERSION, EXPORTED_AT, "us-east-1", List.of(), objects, dependencies);
    }

    public static OrgSnapshot queues(int count) {
        return of(many("genesyscloud_routing_queue", "QUEUE", "Queue", count, Map.of()), List.of());
    }
}

package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.Holder;
import io.cxgate.record.LockResult;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;
import io.cxgate.testing.TestStores;

/** Each refusal of approve and apply, with its exit code and its one line, on both stores. */
class GateRefusalsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void unapprovedSelfApprovedAndOutsiderApprovedAreRefused(TestStores kind) {
        GateFixture gate = new GateFixture(tmp, kind);
        Path prod = gate.plan("prod");

        CliRun unapproved = gate.apply(prod);
        assertEquals(3, unapproved.exitCode(), unapproved.err());
        assertTrue(unapproved.lastErrLine().startsWith("cxgate: approvals required: missing cc-operations 0 of 1 for"
                + " bundle sha256:"), unapproved.err());
        assertTrue(unapproved.lastErrLine().endsWith("an approver runs cxgate approve --bundle prod-1"), unapproved.err());

        CliRun self = gate.approve(prod, "Dana");
        assertEquals(2, self.exitCode(), self.err());
        assertEquals("cxgate: Dana made this bundle (createdBy dana): someone else in the group must approve it",
                self.lastErrLine());
        CliRun outsider = gate.approve(prod, "mallory");
        assertEquals(2, outsider.exitCode(), outsider.err());
        assertEquals("cxgate: mallory (from --by) is not in cc-operations (approvers in cxgate.yaml): only its members"
                + " can approve", outsider.lastErrLine());
        CliRun otherGroup = gate.approve(prod, "carol", "--group", "cx-leads");
        assertEquals(2, otherGroup.exitCode(), otherGroup.err());
        assertEquals("cxgate: --group cx-leads is not a group this bundle needs; it needs cc-operations",
                otherGroup.lastErrLine());
        assertEquals(3, gate.apply(prod).exitCode());

        assertEquals(0, gate.approve(prod, "alice").exitCode());
        CliRun again = gate.approve(prod, "ALICE");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.lastErrLine().contains("one vote per identity and group, nothing appended"), again.err());
        try (RecordStore store = gate.store()) {
            assertEquals(1, store.entries(EntryQuery.all().kind(EntryKind.APPROVAL)).size());
        }
        assertEquals(0, gate.terraform().applies());
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void alteredBundlesAreRefusedWhateverWasAltered(TestStores kind) throws IOException {
        GateFixture gate = new GateFixture(tmp, kind);
        Path edited = gate.plan("dev");
        Files.writeString(edited.resolve("report.json"), Files.readString(edited.resolve("report.json"))
                .replace("\"outcome\" : \"allow\"", "\"outcome\" : \"allow\" "));
        CliRun report = gate.apply(edited);
        assertEquals(7, report.exitCode(), report.err());
        assertTrue(report.lastErrLine().matches("cxgate: bundle altered: dev-1: report.json does not match its digest"
                + " in bundle.json \\(sha256:[0-9a-f]{12} instead of sha256:[0-9a-f]{12}\\); make a new bundle with"
                + " cxgate plan --env dev"), report.err());
        assertEquals(7, gate.approve(edited, "alice").exitCode());

        Path otherPlan = gate.plan("dev");
        gate.terraform().showing(Fixtures.repo("examples/plans/skill-rename.json")).install();
        CliRun planfile = gate.apply(otherPlan);
        assertEquals(7, planfile.exitCode(), planfile.err());
        assertTrue(planfile.lastErrLine().contains("plan.tfplan holds another plan than plan.json describes"),
                planfile.err());
        gate.terraform().showing(Fixtures.repo("examples/plans/release.json")).install();

        Path flowEdited = gate.plan("dev");
        gate.workspace().write("flows/inbound_main.yaml", "inboundCall:\n  name: edited after the plan\n");
        CliRun flow = gate.apply(flowEdited);
        assertEquals(7, flow.exitCode(), flow.err());
        assertTrue(flow.lastErrLine().matches("cxgate: bundle altered: dev-3: the configuration terraform would apply"
                + " \\(artifact sha256:[0-9a-f]{12}\\) is not the one bundle.json names \\(sha256:[0-9a-f]{12}\\);.*"),
                flow.err());
        assertEquals(0, gate.terraform().applies());
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void staleAndLockedAppliesAreRefusedAndAStaleLockIsTakenOver(TestStores kind) {
        GateFixture gate = new GateFixture(tmp, kind);
        Path dev = gate.plan("dev");
        gate.writeState("dev", "{\"version\": 4, \"serial\": 50, \"lineage\": \"3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90\"}");
        CliRun stale = gate.apply(dev);
        assertEquals(7, stale.exitCode(), stale.err());
        assertEquals("cxgate: stale plan: the state moved from serial 42 to 50 since the plan; run cxgate plan --env"
                + " dev again", stale.lastErrLine());

        Path fresh = gate.plan("dev");
        try (RecordStore store = gate.store()) {
            assertTrue(store.lock("dev").isEmpty(), "a refused apply releases the lock");
            Holder elsewhere = new Holder("erin", "build-7", "pid:[1]", 4242);
            assertTrue(store.tryLock("dev", elsewhere, "sha256:" + "0".repeat(64)) instanceof LockResult.Acquired);
            CliRun locked = gate.apply(fresh);
            assertEquals(7, locked.exitCode(), locked.err());
            assertTrue(locked.lastErrLine().startsWith("cxgate: environment dev is locked: erin (pid 4242 on build-7)"
                    + " since "), locked.err());
            store.unlock("dev", new io.cxgate.identity.Identity("ops", "--by"), "test");

            Holder gone = new Holder("erin", Holder.current("x").host(), Holder.current("x").pidNamespace(),
                    Integer.MAX_VALUE - 1L);
            assertTrue(store.tryLock("dev", gone, "sha256:" + "0".repeat(64)) instanceof LockResult.Acquired);
        }
        CliRun takeover = gate.apply(fresh);
        assertEquals(0, takeover.exitCode(), takeover.err());
        assertTrue(takeover.err().contains("cxgate: taking over the stale lock of erin (pid " + (Integer.MAX_VALUE - 1L)),
                takeover.err());
        assertEquals(1, gate.terraform().applies());
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void approveAndApplyOutsideTheDeploymentWindowAreDeniedByTheRealClock(TestStores kind) {
        GateFixture gate = new GateFixture(tmp, kind);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String start = hhmm.format(LocalTime.ofInstant(now.plusSeconds(7200), ZoneOffset.UTC));
        String end = hhmm.format(LocalTime.ofInstant(now.plusSeconds(10800), ZoneOffset.UTC));
        gate.writeConfig("deploymentWindows: [\"Mon-Sun " + start + "-" + end + "\"]");
        Path prod = gate.plan("prod", "--now", now.plusSeconds(9000).toString());
        CliRun approve = gate.approve(prod, "bob");
        assertEquals(4, approve.exitCode(), "approve evaluates the decision as apply does: " + approve.err());

        CliRun outside = gate.apply(prod);
        assertEquals(4, outside.exitCode(), outside.err());
        assertEquals("cxgate: denied: outside-window: outside the production deployment window (change the configuration and plan"
                + " again)", outside.lastErrLine());
        assertEquals(0, gate.terraform().applies());
    }
}

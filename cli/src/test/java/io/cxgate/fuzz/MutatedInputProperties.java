package io.cxgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import io.cxgate.testing.CliRun;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated real inputs through the real command line: whatever the bytes, the command ends with a documented exit
 * code, never an internal failure; and a refusal of the input (exit 2) is one stderr line naming the file.
 * Mutations: truncation, a byte replaced, a span deleted, a span duplicated, JSON/YAML punctuation inserted.
 * Tries are bounded so each property takes a few seconds.
 */
class MutatedInputProperties {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path PLAN = ROOT.resolve("examples/plans/skill-rename.json");
    private static final Path CONFIG = ROOT.resolve("examples/cxgate.yaml");
    private static final Path ORG = ROOT.resolve("examples/orgs/prod-snapshot.json");
    private static final Path POLICY = ROOT.resolve("policies/release-hygiene.yaml");
    /** Outcomes a check may end with on any input: a decision or a refusal of the input. */
    private static final Set<Integer> CHECK_OUTCOMES = Set.of(0, 2, 3, 4);

    @Property(tries = 60)
    void mutatedPlanIsADecisionOrOneLineRefusal(@ForAll("planMutations") Mutation m) {
        Path plan = m.writeTo("plan.json", read(PLAN));
        assertOutcome(CliRun.of("check", "--plan", plan.toString(), "--env", "dev", "--format", "json"), plan);
    }

    @Property(tries = 60)
    void mutatedConfigIsADecisionOrOneLineRefusal(@ForAll("configMutations") Mutation m) {
        String config = new String(read(CONFIG), StandardCharsets.UTF_8)
                .replace("policies: ../policies", "policies: " + ROOT.resolve("policies"));
        Path file = m.writeTo("cxgate.yaml", config.getBytes(StandardCharsets.UTF_8));
        assertOutcome(CliRun.of("check", "--plan", PLAN.toString(), "--env", "prod", "--config", file.toString(),
                "--format", "json"), file);
    }

    @Property(tries = 40)
    void mutatedOrgSnapshotIsADecisionOrOneLineRefusal(@ForAll("orgMutations") Mutation m) {
        Path org = m.writeTo("org.json", read(ORG));
        assertOutcome(CliRun.of("check", "--plan", PLAN.toString(), "--env", "dev", "--org", org.toString(),
                "--format", "json"), org);
    }

    @Property(tries = 40)
    void mutatedPolicyIsADecisionOrOneLineRefusal(@ForAll("policyMutations") Mutation m) {
        Path policy = m.writeTo("policies/release-hygiene.yaml", read(POLICY));
        assertOutcome(CliRun.of("check", "--plan", PLAN.toString(), "--env", "dev",
                "--policies", policy.getParent().toString(), "--format", "json"), policy);
    }

    private static void assertOutcome(CliRun run, Path input) {
        String context = "exit " + run.exitCode() + ", stderr: " + run.err();
        assertTrue(CHECK_OUTCOMES.contains(run.exitCode()), context);
        if (run.exitCode() == 2) {
            assertEquals(1, run.errLines().length, context);
            assertTrue(run.err().contains(input.getFileName().toString()), "names the file: " + context);
        }
    }

    @Provide Arbitrary<Mutation> planMutations() { return mutations(read(PLAN).length, "{}[]\":,0-ntfe\\"); }
    @Provide Arbitrary<Mutation> configMutations() { return mutations(read(CONFIG).length, ":- \n\t'\"{}[]&*!|>#"); }
    @Provide Arbitrary<Mutation> orgMutations() { return mutations(read(ORG).length, "{}[]\":,0-ntfe\\"); }
    @Provide Arbitrary<Mutation> policyMutations() { return mutations(read(POLICY).length, ":- \n'\"{}[]&*|>#()!=."); }

    private static Arbitrary<Mutation> mutations(int length, String punctuation) {
        return Combinators.combine(
                Arbitraries.of(Mutation.Kind.values()),
                Arbitraries.integers().between(0, length - 1),
                Arbitraries.integers().between(1, 64),
                Arbitraries.strings().withChars(punctuation).ofMinLength(1).ofMaxLength(4)
                        )
                .as(Mutation::new);
    }

    /** One edit of an input file. */
    record Mutation(Kind kind, int at, int span, String text) {
        enum Kind { TRUNCATE, REPLACE_BYTE, DELETE_SPAN, DUPLICATE_SPAN, INSERT }

        byte[] apply(byte[] in) {
            int end = Math.min(in.length, at + span);
            byte[] insert = text.getBytes(StandardCharsets.UTF_8);
            return switch (kind) {
                case TRUNCATE -> java.util.Arrays.copyOf(in, at);
                case REPLACE_BYTE -> { byte[] out = in.clone(); out[at] = insert[0]; yield out; }
                case DELETE_SPAN -> concat(slice(in, 0, at), slice(in, end, in.length));
                case DUPLICATE_SPAN -> concat(slice(in, 0, end), slice(in, at, in.length));
                case INSERT -> concat(concat(slice(in, 0, at), insert), slice(in, at, in.length));
            };
        }

        Path writeTo(String name, byte[] original) {
            try {
                Path file = Files.createTempDirectory("cxgate-fuzz").resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, apply(original));
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] slice(byte[] in, int from, int to) {
            return java.util.Arrays.copyOfRange(in, from, Math.max(from, to));
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cxgate.testing.Fixtures;

/**
 * {@link Main} builds only the subcommand its arguments name ({@link Cxgate#commandLine(PrintWriter, PrintWriter, Map,
 * String[])}): for every kind of invocation it behaves exactly as the command line with every command.
 */
class SingleCommandLineTest {
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(boolean single, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin");
        picocli.CommandLine cli = single
                ? Cxgate.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env, args)
                : Cxgate.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env);
        int code = cli.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void everyInvocationBehavesAsWithTheWholeCommandLine() {
        String plan = Fixtures.repo("examples/plans/skill-rename.json").toString();
        String snapshot = Fixtures.repo("examples/orgs/prod-snapshot.json").toString();
        List<String[]> invocations = List.of(
                new String[] {"check", "--help"},
                new String[] {"check", "--plan", plan, "--env", "prod", "--org", snapshot, "--format", "json",
                        "--now", "2026-11-26T21:00:00Z"},
                new String[] {"check", "--plan", plan, "--env", "prod", "--format", "TEXT"},
                new String[] {"check", "--plan", plan, "--env", "prod", "--format", "xml"},
                new String[] {"check", "--plan", plan},
                new String[] {"check", "--bogus"},
                new String[] {"drift", "--env", "prod", "--format", "nope"},
                new String[] {"drift", "--help"},
                new String[] {"org", "diff", snapshot, snapshot, "--format", "markdown"},
                new String[] {"org"},
                new String[] {"policy", "test", "--help"},
                new String[] {"history", "--limit", "0"},
                new String[] {"records", "--help"},
                new String[] {"help", "check"},
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"chek"},
                new String[] {});
        for (String[] args : invocations) {
            Outcome whole = run(false, args);
            Outcome single = run(true, args);
            assertEquals(whole, single, String.join(" ", args));
        }
        assertTrue(run(true, "check", "--help").out().startsWith("Usage: cxgate check "));
    }

    @Test
    void onlyTheNamedCommandIsBuilt() {
        picocli.CommandLine cli = Cxgate.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), new String[] {"check", "--plan", "p.json"});
        assertEquals(List.of("check"), List.copyOf(cli.getSubcommands().keySet()));
        picocli.CommandLine help = Cxgate.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), new String[] {"--help"});
        assertTrue(help.getSubcommands().size() > 10, "help lists every command");
    }
}

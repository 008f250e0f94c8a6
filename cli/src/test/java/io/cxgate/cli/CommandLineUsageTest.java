package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.report.Format;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

/** The command line's first contact: one-line usage errors, {@code --now} forms, and each command's formats. */
class CommandLineUsageTest {
    @TempDir
    Path dir;

    private static String release() {
        return Fixtures.repo("examples/plans/release.json").toString();
    }

    private static void assertOneLine(CliRun run, String expected) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of(expected), List.of(run.errLines()), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownOptionIsNamedWithPicocliSuggestionBeforeTheOptionItLeftMissing() {
        assertOneLine(CliRun.of("check", "--plan", release(), "--enviroment", "prod"),
                "cxgate check: unknown option '--enviroment' (did you mean --env?); missing required option:"
                        + " '--env=ENV'; see 'cxgate check --help'");
    }

    @Test
    void anUnknownCommandOrAMissingSubcommandIsOneLine() {
        assertOneLine(CliRun.of("chek"), "cxgate: unknown command 'chek' (did you mean check?); see 'cxgate --help'");
        assertOneLine(CliRun.of("policy"), "cxgate policy: missing subcommand (test); see 'cxgate policy --help'");
        assertOneLine(CliRun.of("check", "--env", "dev"),
                "cxgate check: missing required option: '--plan=PLAN.json'; see 'cxgate check --help'");
    }

    @Test
    void aNowThatIsNoTimeSaysWhichFormsItTakes() {
        CliRun run = CliRun.of("check", "--plan", release(), "--env", "dev", "--now", "2026-11-31");
        assertOneLine(run, "cxgate check: invalid value for option '--now': '2026-11-31' is not a date (2026-11-26),"
                + " a local date-time in the config's time zone (2026-11-26T21:00) or an instant (2026-11-26T21:00:00Z);"
                + " see 'cxgate check --help'");
        assertFalse(run.err().contains("java.time"), run.err());
    }

    /** In America/New_York, 2026-11-26 (midnight) and 2026-11-26T00:00 are 05:00 UTC. */
    @ParameterizedTest
    @CsvSource({"2026-11-26, 4", "2026-11-26T00:00, 4", "2026-11-26T05:00:00Z, 4", "2026-11-26T00:00-05:00, 4",
            "2026-11-26T00:00:00Z, 0", "2026-11-26T05:00, 0"})
    void nowTakesADateALocalDateTimeInTheConfigsZoneOrAnInstant(String now, int exit) throws IOException {
        Path policies = Files.createDirectories(dir.resolve("policies"));
        Files.writeString(policies.resolve("clock.yaml"), "apiVersion: cxgate/v1\nkind: Policy\nname: clock\nrules:\n"
                + "  - {name: at-five, scope: plan, condition: \"now == timestamp('2026-11-26T05:00:00Z')\","
                + " effect: deny, message: pinned}\n");
        Path config = Files.writeString(dir.resolve("cxgate.yaml"), "policies: policies\ntimeZone: America/New_York\n"
                + "environments:\n  dev: {}\n");
        CliRun run = CliRun.of("check", "--plan", release(), "--env", "dev", "--config", config.toString(), "--now", now);
        assertEquals(exit, run.exitCode(), run.out() + run.err());
    }

    private static String formatsInHelp(String... command) {
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        String help = CliRun.of(args).out().replaceAll("\\s+", " ");
        Matcher m = Pattern.compile("--format=FORMAT (?:Report format|Format printed to stdout): ([a-z, ]+) \\(default")
                .matcher(help);
        assertTrue(m.find(), help);
        return m.group(1);
    }

    @Test
    void helpListsExactlyTheFormatsEachCommandWrites() {
        assertEquals("text, markdown, json, junit, sarif", formatsInHelp("check"));
        assertEquals("text, markdown, json, junit, sarif", formatsInHelp("plan"));
        assertEquals("text, junit", formatsInHelp("policy", "test"));
        assertEquals("text, markdown, json", formatsInHelp("org", "diff"));
        for (CommandFormats formats : CommandFormats.values()) {
            assertEquals(String.join(", ", formats.ids()), formatsInHelp(formats.command().split(" ")));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void checkWritesEveryFormatItsHelpListsAndRefusesTheRest(Format format) {
        CliRun run = CliRun.of("check", "--plan", release(), "--env", "dev", "--format", format.id());
        if (CommandFormats.CHECK.accepted().contains(format)) {
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(run.out().isEmpty());
        } else {
            assertOneLine(run, "cxgate check: invalid value for option '--format': '" + format.id()
                    + "': check does not write it yet (use text, markdown, json); see 'cxgate check --help'");
        }
    }

    @Test
    void policyTestWritesBothItsFormatsAndRefusesTheRest() {
        String bundle = Fixtures.repo("policies").toString();
        for (String format : List.of("text", "junit")) {
            assertEquals(0, CliRun.of("policy", "test", bundle, "--format", format).exitCode(), format);
        }
        assertOneLine(CliRun.of("policy", "test", bundle, "--format", "markdown"), "cxgate policy test: invalid value for"
                + " option '--format': 'markdown': policy test does not write it (use text, junit);"
                + " see 'cxgate policy test --help'");
        assertOneLine(CliRun.of("policy", "test", bundle, "--format", "yaml"), "cxgate policy test: invalid value for"
                + " option '--format': 'yaml' is not a format (policy test writes text, junit);"
                + " see 'cxgate policy test --help'");
    }

    /** history and show refuse a format through CommandFormats as every other command does: one line, exit 2. */
    @Test
    void historyAndShowRefuseAFormatTheyDoNotWriteInOneLine() {
        assertOneLine(CliRun.of("history", "--format", "sarif"), "cxgate history: invalid value for option"
                + " '--format': 'sarif': history does not write it (use text, markdown, json);"
                + " see 'cxgate history --help'");
        assertOneLine(CliRun.of("show", "dev-0001", "--format", "junit"), "cxgate show: invalid value for option"
                + " '--format': 'junit': show does not write it (use text, markdown, json);"
                + " see 'cxgate show --help'");
        assertOneLine(CliRun.of("history", "--drift", "--format", "html"), "cxgate history: invalid value for option"
                + " '--format': 'html' is not a format (history writes text, markdown, json);"
                + " see 'cxgate history --help'");
        assertEquals("text, markdown, json", formatsInHelp("history"));
        assertEquals("text, markdown, json", formatsInHelp("show"));
    }
}

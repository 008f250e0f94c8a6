package io.cxgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.InvalidInputException;

/** Every problem is one line naming the file as given, the line (and column) and the field. */
class ConfigLoaderErrorsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                // schema: unknown, missing, wrong type, out of range, not matching
                Arguments.of("unknown-field", "line 7, column 5: environments.prod.protectd: unknown field"),
                Arguments.of("unknown-top-level", "line 3, column 1: enviroments: unknown field"),
                Arguments.of("bad-enum", "line 9, column 17: environments.uat.simulation: must be one of none, live"),
                Arguments.of("wrong-type", "line 3, column 15: environments.dev.varFiles: must be a list (found a string)"),
                Arguments.of("wrong-type-block", "line 3, column 5: environments.dev.region: must be a string (found a mapping)"),
                Arguments.of("boolean-as-word", "line 3, column 16: environments.prod.protected: must be true or false (found a string)"),
                Arguments.of("mapping-not-string",
                        "line 4, column 7: environments.dev.mappings[\"Sales (UAT)\"]: must be a string (found a list)"),
                Arguments.of("missing-client-secret",
                        "line 3, column 5: environments.dev.credentials.clientSecretEnv: required field is missing"),
                Arguments.of("secret-in-credentials", "line 5, column 24: environments.dev.credentials.clientSecretEnv: must be"
                        + " the name of an environment variable (letters, digits, '_'), never the secret itself"),
                Arguments.of("bad-environment-name", "line 3, column 3: environments[\"prod west\"]: not a valid name: must start"
                        + " with a letter or digit and use only letters, digits, '_', '.' and '-'"),
                Arguments.of("no-environments", "line 1, column 1: environments: required field is missing"),
                Arguments.of("empty-environments", "line 2, column 1: environments: must name at least one environment"),
                Arguments.of("blank-binary", "line 2, column 11: terraform.binary: must not be blank"),
                Arguments.of("huge-timeout", "line 2, column 19: terraform.timeoutMinutes: must be at most 1440"),
                Arguments.of("bad-lock-timeout", "line 2, column 16: terraform.lockTimeout: must be a duration like 30s, 5m or 1h"),
                Arguments.of("zero-timeout", "line 2, column 19: terraform.timeoutMinutes: must be at least 1"),
                Arguments.of("bad-records-url", "line 2, column 8: records.url: must be a jdbc:sqlite: or jdbc:postgresql: URL"),
                Arguments.of("bad-api-base-url", "line 3, column 17: environments.dev.apiBaseUrl: must be an http:// or https:// URL"),
                Arguments.of("empty-approver-group", "line 4, column 3: approvers.cc-operations: must list at least 1 entry"),
                Arguments.of("bad-window-grammar", "line 6, column 9: environments.prod.deploymentWindows[1]: must be a deployment"
                        + " window like 'Mon-Thu 20:00-23:00' (Day[-Day][,...] HH:MM-HH:MM, days Mon to Sun)"),
                // YAML itself
                Arguments.of("syntax-error", "line 6, column 4: not valid YAML: expected <block end>, but found"
                        + " '<block mapping start>' (while parsing a block mapping that starts at line 2, column 3)"),
                Arguments.of("empty", "line 1, column 1: the file is empty; expected a mapping with at least 'environments'"),
                Arguments.of("top-level-list", "line 1, column 1: the top level must be a mapping (found a list)"),
                Arguments.of("duplicate-key", "line 5, column 5: environments.dev.region: duplicate key"),
                Arguments.of("two-documents", "line 4, column 1: only one YAML document is allowed in a config file"),
                Arguments.of("merge-key", "line 5, column 5: environments.dev: YAML merge keys (<<) are not supported; write the fields out"),
                Arguments.of("unknown-alias", "line 3, column 24: environments.dev.deploymentWindows: unknown YAML alias '*windows'"),
                Arguments.of("alias-bomb", "line 8, column 42: environments.f.deploymentWindows[3]: too many values"
                        + " (more than 100000, counting what YAML aliases repeat)"),
                // checks beyond the schema
                Arguments.of("bad-mask-pattern",
                        "line 3, column 5: maskPatterns[1]: not a valid Java regular expression: Unclosed group near index 10"),
                Arguments.of("unknown-time-zone", "line 1, column 11: timeZone: unknown time zone 'Europe/Londn'"
                        + " (use a region ID like Europe/London, or UTC)"),
                Arguments.of("bad-window-empty", "line 3, column 25: environments.prod.deploymentWindows[0]: deployment window"
                        + " 'Sat 09:00-09:00': start and end are the same time; a whole day is 00:00-24:00"),
                Arguments.of("unknown-promoted-from", "line 4, column 24: environments.prod.promotedFrom: unknown environment"
                        + " 'staging' (known: dev, uat, prod)"),
                Arguments.of("promotion-cycle", "line 4, column 19: environments.dev.promotedFrom: promotion cycle: dev <- prod <- uat <- dev"),
                Arguments.of("self-promotion", "line 3, column 19: environments.dev.promotedFrom: promotion cycle: dev <- dev"),
                Arguments.of("password-in-records-url",
                        "line 2, column 8: records.url: must not contain a password: cxgate.yaml holds no secrets"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void anInvalidFileIsOneLineNamingFileLineAndField(String fixture, String expected) {
        Path given = Path.of("invalid", fixture + ".yaml");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConfigLoader.load(Optional.of(given), Fixtures.dir()));

        assertEquals(given + ": " + expected, e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void everyFixtureUnderInvalidHasACase() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.dir("invalid"))) {
            assertEquals(invalidFiles().count(), files.count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownFieldsAtEveryLevel")
    void aMisspeltKeyIsCaughtAtEveryLevel(String yaml, String field) throws IOException {
        Path file = Files.writeString(tmp.resolve("cxgate.yaml"), yaml);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(file));

        assertEquals(file + ": line 1, column " + (yaml.indexOf(field.substring(field.lastIndexOf('.') + 1)) + 1) + ": "
                + field + ": unknown field", e.getMessage());
    }

    static Stream<Arguments> unknownFieldsAtEveryLevel() {
        return Stream.of(
                Arguments.of("{terraform: {binray: tofu}, environments: {dev: {}}}", "terraform.binray"),
                Arguments.of("{records: {uri: x}, environments: {dev: {}}}", "records.uri"),
                Arguments.of("{environments: {dev: {regoin: x}}}", "environments.dev.regoin"),
                Arguments.of("{environments: {dev: {credentials: {clientIdEnv: A, clientSecretEnv: B, token: C}}}}",
                        "environments.dev.credentials.token"));
    }

    @Test
    void aMissingFileIsNamedAsGiven() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConfigLoader.load(Optional.of(Path.of("conf", "nope.yaml")), tmp));
        assertEquals(Path.of("conf", "nope.yaml") + ": file not found", e.getMessage());
    }

    @Test
    void aDirectoryIsNotAConfigFile() throws IOException {
        Files.createDirectory(tmp.resolve("cxgate.yaml"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(Optional.empty(), tmp));
        assertEquals("cxgate.yaml: is a directory, not a config file", e.getMessage());
    }

    @Test
    void anUnreadableFileSaysSo() throws IOException {
        Path file = Files.writeString(tmp.resolve("cxgate.yaml"), "environments: {dev: {}}\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(Optional.empty(), tmp));
        assertEquals("cxgate.yaml: cannot read the file: permission denied", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws IOException {
        Files.write(tmp.resolve("cxgate.yaml"), new byte[] {'e', 'n', 'v', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(Optional.empty(), tmp));
        assertEquals("cxgate.yaml: not UTF-8 text", e.getMessage());
    }

    @Test
    void aFileOfOnlyADocumentMarkerIsEmpty() throws IOException {
        Files.writeString(tmp.resolve("cxgate.yaml"), "---\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(Optional.empty(), tmp));
        assertEquals("cxgate.yaml: line 1, column 1: the file is empty; expected a mapping with at least 'environments'",
                e.getMessage());
    }

    @Test
    void aTabIndentIsASyntaxErrorOnOneLine() throws IOException {
        Files.writeString(tmp.resolve("cxgate.yaml"), "environments:\n\tdev: {}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(Optional.empty(), tmp));
        assertEquals("cxgate.yaml: line 2, column 1: not valid YAML: found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation)",
                e.getMessage());
    }

    @Test
    void unknownFieldsAreReportedBeforeOtherProblems() throws IOException {
        Files.writeString(tmp.resolve("cxgate.yaml"), """
                terraform: {timeoutMinutes: 0}
                environments:
                  dev: {simulaton: live}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(Optional.empty(), tmp));
        assertEquals("cxgate.yaml: line 3, column 9: environments.dev.simulaton: unknown field", e.getMessage());
    }

    @Test
    void otherProblemsAreReportedInFileOrder() throws IOException {
        Files.writeString(tmp.resolve("cxgate.yaml"), """
                environments:
                  dev: {simulation: livee}
                terraform: {timeoutMinutes: 0}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(Optional.empty(), tmp));
        assertEquals("cxgate.yaml: line 2, column 21: environments.dev.simulation: must be one of none, live", e.getMessage());
    }
}

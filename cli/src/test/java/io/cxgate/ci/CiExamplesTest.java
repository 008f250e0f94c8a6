package io.cxgate.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.cxgate.cli.Cxgate;
import io.cxgate.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The pipelines in ci-examples/: valid YAML, only commands that exist, never a secret-bearing bundle file. */
class CiExamplesTest {

    private static final Path DIR = Fixtures.repo("ci-examples");

    private static final List<String> EXAMPLES = List.of(
            "github-actions/cxgate.yml",
            "gitlab-ci/.gitlab-ci.yml",
            "azure-devops/azure-pipelines.yml",
            "jenkins/Jenkinsfile");

    /** Release workflows: approve (started by the approver) and apply of the same bundle artifact, per platform. */
    private static final List<String> RELEASES = List.of("github-actions/cxgate-release.yml",
            "gitlab-ci/.gitlab-ci.yml", "azure-devops/azure-pipelines.yml", "jenkins/Jenkinsfile.release");

    /** The records store's login and keys: only jobs that approve or apply may have them. */
    private static final List<String> STORE_SECRETS = List.of("CXGATE_RECORDS_USER", "CXGATE_RECORDS_PASSWORD",
            "CXGATE_SIGNING_KEY", "CXGATE_ENCRYPTION_KEY");

    /** The bundle files that hold secrets in clear (ARCHITECTURE.md, "Sensitive values"). */
    private static final List<String> SECRET_FILES = List.of("plan.tfplan", "plan.json", "terraform.log");

    /**
     * {@code cxgate} in command position: at the start of a line (after a YAML list dash), after a YAML
     * {@code run:}/{@code script:}/{@code bash:} key, a Groovy {@code sh '…'}, a shell separator, or as the
     * last segment of a path ({@code .cxgate-tool/cxgate}); then its first argument.
     */
    private static final Pattern INVOCATION = Pattern.compile(
            "(?:^\\s*(?:-\\s+)?|(?:run|script|bash|sh|pwsh):\\s*|\\bsh\\s*\\(?\\s*(?:'''|\"\"\"|'|\")"
                    + "|(?:;|&&|\\|\\||\\||\\(|\\$\\()\\s*|/)cxgate(?=\\s)\\s+(\\S+)(?:\\s+(\\S+))?");

    static Stream<String> examples() {
        return EXAMPLES.stream();
    }

    static Stream<String> yamlExamples() {
        return EXAMPLES.stream().filter(name -> name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    @Test
    void everyExampleAndTheReadmeExist() {
        for (String name : Stream.concat(EXAMPLES.stream(), RELEASES.stream()).toList()) {
            assertTrue(Files.isRegularFile(DIR.resolve(name)), "missing ci-examples/" + name);
        }
        assertTrue(Files.isRegularFile(DIR.resolve("README.md")), "missing ci-examples/README.md");
    }

    @ParameterizedTest
    @MethodSource("yamlExamples")
    void yamlParses(String name) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(DIR.resolve(name).toFile());
        assertNotNull(root, name + " is empty");
        assertTrue(root.isObject(), name + " is not a YAML mapping");
    }

    static Stream<String> releases() {
        return RELEASES.stream();
    }

    static Stream<String> githubReleases() {
        return RELEASES.stream().filter(name -> name.startsWith("github-actions/"));
    }

    @ParameterizedTest
    @MethodSource("releases")
    void releaseWorkflowsRunOnlyCommandsAndFlagsThatExist(String name) throws IOException {
        everyInvocationUsesACommandThatExists(name);
        everyFlagOfAnInvocationIsAnOptionOfThatCommand(name);
        secretBearingBundleFilesAreNeverPublished(name);
    }

    /**
     * Every platform has real release jobs (no placeholder left anywhere in ci-examples): an uncommented
     * {@code cxgate approve --bundle} that the approver starts in a way that makes the identity rule name them, and
     * an uncommented {@code cxgate apply --bundle} of the same bundle; dev is applied before uat and prod are
     * planned, and uat and prod bundles are approved and applied.
     */
    @ParameterizedTest
    @MethodSource("releases")
    void everyPlatformHasApproverStartedApproveAndApplyJobs(String name) throws IOException {
        String text = String.join("\n", uncommented(name).stream().map(Line::text).toList());
        assertTrue(text.contains("cxgate approve --bundle"), name + " has no approve");
        assertTrue(text.contains("cxgate apply --bundle"), name + " has no apply");
        assertTrue(text.contains("cxgate apply --bundle bundles/dev"), name + " does not apply dev on merge");
        assertTrue(text.indexOf("cxgate apply --bundle bundles/dev") < text.indexOf("cxgate approve --bundle"),
                name + ": dev is applied before anything is approved");
        assertTrue(text.contains("uat") && text.contains("prod"), name + " releases uat and prod");
        Map<String, String> platform = Map.of(
                "github-actions/", "workflow_dispatch",            // GITHUB_ACTOR is whoever started the run
                "gitlab-ci/", "when: manual",                      // GITLAB_USER_LOGIN: who played the manual job
                "azure-devops/", "eq(variables['Build.Reason'], 'Manual')", // BUILD_REQUESTEDFOREMAIL: who queued it
                "jenkins/", "submitterParameter 'APPROVER'");      // the input step's submitter, passed with --by
        String marker = platform.entrySet().stream().filter(e -> name.startsWith(e.getKey())).findFirst()
                .orElseThrow().getValue();
        assertTrue(text.contains(marker), name + ": the approver starts the approve job (" + marker + ")");
        if (name.startsWith("jenkins/")) {
            assertTrue(text.contains("cxgate approve --bundle \"bundles/$TARGET\" --by \"$APPROVER\""), name);
        } else {
            assertFalse(text.matches("(?s).*cxgate approve [^\\n]*--by.*"),
                    name + ": the platform's actor variable names the approver; --by would be refused");
        }
    }

    @Test
    void noPlaceholderIsLeftInTheExamples() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains("PLACEHOLDER"), DIR.relativize(file) + " has a placeholder");
            }
        }
    }

    /** Azure DevOps maps secret variables per step: the store's reach exactly the steps that approve or apply. */
    @Test
    void azureDevOpsMapsTheStoreSecretsOnlyIntoApproveAndApplySteps() throws IOException {
        String name = "azure-devops/azure-pipelines.yml";
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(DIR.resolve(name).toFile());
        int writers = 0;
        for (JsonNode step : root.findValues("steps").stream().flatMap(s -> java.util.stream.StreamSupport
                .stream(s.spliterator(), false)).toList()) {
            String script = step.path("bash").asText("");
            boolean writes = script.contains("cxgate approve --bundle") || script.contains("cxgate apply --bundle");
            boolean hasStore = STORE_SECRETS.stream().anyMatch(v -> step.path("env").has(v));
            writers += writes ? 1 : 0;
            assertEquals(writes, hasStore, name + ": step " + step.path("displayName").asText(script));
        }
        assertEquals(3, writers, name + ": dev's apply, approve, apply");
    }

    /**
     * GitLab exports every variable to every job unless it is scoped to an environment: the jobs that approve or
     * apply name one (so the store's environment-scoped login reaches them) and no other job does.
     */
    @Test
    void gitlabGivesEnvironmentsOnlyToJobsThatApproveOrApply() throws IOException {
        String name = "gitlab-ci/.gitlab-ci.yml";
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(DIR.resolve(name).toFile());
        int writers = 0;
        for (Map.Entry<String, JsonNode> job : root.properties()) {
            if (job.getKey().startsWith(".") || !job.getValue().isObject() || !job.getValue().has("stage")
                    && !job.getValue().has("extends")) {
                continue;
            }
            JsonNode resolved = resolved(root, job.getValue());
            String script = resolved.path("script").toString();
            boolean writes = script.contains("cxgate approve --bundle") || script.contains("cxgate apply --bundle");
            writers += writes ? 1 : 0;
            assertEquals(writes, resolved.has("environment"), name + ": job " + job.getKey());
        }
        assertEquals(5, writers, name + ": release-dev, approve-uat/-prod, apply-uat/-prod");
    }

    /** A GitLab job with the keys of the jobs it {@code extends} beneath its own. */
    private static JsonNode resolved(JsonNode root, JsonNode job) {
        com.fasterxml.jackson.databind.node.ObjectNode out = job.deepCopy();
        JsonNode parent = job.get("extends");
        while (parent != null && parent.isTextual()) {
            JsonNode base = root.path(parent.asText());
            base.properties().forEach(e -> {
                if (!out.has(e.getKey())) {
                    out.set(e.getKey(), e.getValue());
                }
            });
            parent = base.get("extends");
        }
        return out;
    }

    /**
     * The store's login and keys reach exactly the jobs that run approve or apply; the approve job is started by
     * the approver (workflow_dispatch, so GITHUB_ACTOR names them); the bundle travels between jobs as an artifact
     * of the run kept one day, never as a pull-request artifact.
     */
    @ParameterizedTest
    @MethodSource("githubReleases")
    void releaseWorkflowsGiveTheStoreSecretsOnlyToApproveAndApplyJobs(String name) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(DIR.resolve(name).toFile());
        assertTrue(root.path("on").has("workflow_dispatch"), name + ": the approver starts the approve job");
        int approving = 0;
        int applying = 0;
        for (Map.Entry<String, JsonNode> job : root.path("jobs").properties()) {
            String text = job.getValue().toString();
            boolean approves = text.contains("cxgate approve --bundle");
            boolean applies = text.contains("cxgate apply --bundle");
            approving += approves ? 1 : 0;
            applying += applies ? 1 : 0;
            for (JsonNode step : job.getValue().path("steps")) {
                String stepText = step.toString();
                boolean hasStoreSecret = STORE_SECRETS.stream().anyMatch(stepText::contains);
                boolean writesRecords = stepText.contains("cxgate approve --bundle") || stepText.contains("cxgate apply --bundle");
                assertEquals(writesRecords, hasStoreSecret,
                        name + ": job " + job.getKey() + " step " + step.path("name").asText(step.path("run").asText())
                                + (hasStoreSecret ? " has the store's secrets without approving or applying"
                                        : " approves or applies without the store"));
                if (step.path("uses").asText().startsWith("actions/upload-artifact")) {
                    assertEquals(1, step.path("with").path("retention-days").asInt(-1),
                            name + ": a bundle artifact lives one day: " + stepText);
                }
            }
        }
        assertTrue(approving > 0 && applying > 0, name + " has no approve or no apply job");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyInvocationUsesACommandThatExists(String name) throws IOException {
        CommandLine cli = Cxgate.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Map<String, CommandLine> commands = cli.getSubcommands();
        List<String> problems = new ArrayList<>();
        int invocations = 0;
        for (Line line : uncommented(name)) {
            Matcher m = INVOCATION.matcher(line.text());
            while (m.find()) {
                String sub = m.group(1);
                if (sub.startsWith("-")) {
                    continue; // cxgate --version, --help
                }
                invocations++;
                CommandLine command = commands.get(sub);
                if (command == null) {
                    problems.add(line + ": no command `cxgate " + sub + "` (have " + commands.keySet() + ")");
                    continue;
                }
                Set<String> nested = command.getSubcommands().keySet();
                if (!nested.isEmpty()) {
                    String second = m.group(2);
                    if (second == null || !nested.contains(second)) {
                        problems.add(line + ": `cxgate " + sub + " " + second + "` is not one of " + nested);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, name);
        assertTrue(invocations > 0, name + " runs no cxgate command");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void secretBearingBundleFilesAreNeverPublished(String name) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Line line : uncommented(name)) {
            String lower = line.text().toLowerCase();
            for (String secret : SECRET_FILES) {
                if (lower.contains(secret)) {
                    problems.add(line + ": names " + secret);
                }
            }
            // Publishing the bundle directory or a glob over it would carry the secret-bearing files along.
            boolean publishes = lower.matches(".*(upload|artifact|publish|archive|stash|path:|paths:|targetpath).*");
            if (publishes && (lower.contains("*") || lower.matches(".*\\.cxgate/bundles/?[\"']?\\s*$"))) {
                problems.add(line + ": publishes a glob or the whole bundle directory");
            }
        }
        assertEquals(List.of(), problems, name);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyFlagOfAnInvocationIsAnOptionOfThatCommand(String name) throws IOException {
        CommandLine cli = Cxgate.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> problems = new ArrayList<>();
        int flags = 0;
        for (Line line : joinedContinuations(uncommented(name))) {
            Matcher m = INVOCATION.matcher(line.text());
            while (m.find()) {
                CommandLine command = cli.getSubcommands().get(m.group(1));
                if (command == null) {
                    continue; // reported by everyInvocationUsesACommandThatExists
                }
                String rest = line.text().substring(m.end(1));
                if (!command.getSubcommands().isEmpty() && m.group(2) != null) {
                    command = command.getSubcommands().getOrDefault(m.group(2), command);
                    rest = line.text().substring(m.end(2));
                }
                for (String token : rest.strip().split("\\s+")) {
                    if (END_OF_COMMAND.matcher(token).matches()) {
                        break;
                    }
                    if (token.startsWith("--")) {
                        String option = token.replaceFirst("=.*$", "").replaceAll("[\"'\\\\)]+$", "");
                        flags++;
                        if (command.getCommandSpec().findOption(option) == null) {
                            problems.add(line + ": `cxgate " + command.getCommandName() + "` has no option " + option);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems, name);
        assertTrue(flags > 0, name + " passes no flags");
    }

    /** A token that ends a shell command: a separator, a redirection, or the quote closing a Groovy sh string. */
    private static final Pattern END_OF_COMMAND = Pattern.compile("(;|&&|\\|\\||\\||\\)|[0-9]?>.*|'''.*|\"\"\".*|'\\).*)");

    @ParameterizedTest
    @MethodSource("examples")
    void everyEnvironmentIsPlannedAfterThePolicyTestsAndCommentedWithCxgate(String name) throws IOException {
        String text = String.join("\n", uncommented(name).stream().map(Line::text).toList());
        int tests = text.indexOf("cxgate policy test policies/");
        int plan = text.indexOf("cxgate plan --env ");
        assertTrue(tests >= 0, name + " does not run the policy tests");
        assertTrue(plan > tests, name + " does not plan after the policy tests");
        assertTrue(text.substring(plan, text.indexOf('\n', plan)).contains("--format junit"), name);
        assertTrue(text.contains("uat") && text.contains("prod"), name + " plans uat and prod");
        String platform = name.startsWith("gitlab") ? "--gitlab" : name.startsWith("azure") ? "--azure-devops" : "--github";
        assertTrue(Pattern.compile("cxgate comment --report \\S*report\\.json\"? " + platform + "\\b").matcher(text).find(),
                name + " comments with cxgate comment " + platform);
        // GitLab exports CI/CD variables under their own names, so there the names may appear in comments only.
        String whole = Files.readString(DIR.resolve(name));
        assertTrue(whole.contains("GC_UAT_CLIENT_ID") && whole.contains("GC_UAT_CLIENT_SECRET"), name + " credentials");
    }

    /** Lines ending in a shell continuation (a backslash) joined to the next, so an invocation is one line. */
    private static List<Line> joinedContinuations(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        Line open = null;
        for (Line line : lines) {
            Line current = open == null ? line : new Line(open.file(), open.number(), open.text() + " " + line.text().strip());
            String t = current.text().stripTrailing();
            if (t.endsWith("\\")) {
                open = new Line(current.file(), current.number(), t.substring(0, t.length() - 1));
            } else {
                out.add(current);
                open = null;
            }
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    private record Line(String file, int number, String text) {
        @Override
        public String toString() {
            return file + ":" + number;
        }
    }

    /**
     * The lines of an example that are not comments: YAML and shell {@code #}, Groovy {@code //} and
     * {@code /* … *}{@code /}; a trailing comment (whitespace, then {@code #} or {@code //}) is cut off.
     */
    private static List<Line> uncommented(String name) throws IOException {
        boolean groovy = name.contains("Jenkinsfile");
        List<String> lines = Files.readAllLines(DIR.resolve(name));
        List<Line> out = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            String trimmed = text.strip();
            if (groovy && inBlock) {
                if (trimmed.contains("*/")) {
                    inBlock = false;
                }
                continue;
            }
            if (groovy && trimmed.startsWith("/*")) {
                inBlock = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#") || (groovy && trimmed.startsWith("//"))) {
                continue;
            }
            String code = text.replaceFirst("\\s#\\s.*$", "");
            if (groovy) {
                code = code.replaceFirst("\\s//\\s.*$", "");
            }
            out.add(new Line("ci-examples/" + name, i + 1, code));
        }
        return out;
    }
}

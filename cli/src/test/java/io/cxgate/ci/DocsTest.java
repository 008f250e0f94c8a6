package io.cxgate.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.cli.Cxgate;
import io.cxgate.testing.Fixtures;
import picocli.CommandLine;

/**
 * The docs name only what exists: every {@code cxgate} command they show working is a command of this build, every
 * README section they cite is a heading of the README, no file cites a design document the repository lacks, and
 * the cxgate ref the pipelines build exists.
 */
class DocsTest {
    private static final List<String> DOCS = List.of("README.md", "terraform-templates/README.md",
            "ci-examples/README.md", "policies/README.md", "ci-examples/github-actions/cxgate.yml",
            "ci-examples/gitlab-ci/.gitlab-ci.yml", "ci-examples/azure-devops/azure-pipelines.yml",
            "ci-examples/jenkins/Jenkinsfile");

    /** {@code cxgate word} at the start of a code line or an inline code span. */
    private static final Pattern COMMAND = Pattern.compile("(?:^\\s*|`)(?:\\./|\\S*/)?cxgate\\s+([a-z][a-z-]*)");
    /** {@code README, "Section"}, {@code README ("Section")}, {@code README: the section}. */
    private static final Pattern CITATION = Pattern.compile(
            "README(?:\\s*[,:(]\\s*\\(?\"([^\"]+)\"|: (the commands that exist today))", Pattern.CASE_INSENSITIVE);

    static Stream<String> docs() {
        return DOCS.stream();
    }

    private static Set<String> commands() {
        CommandLine cli = Cxgate.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return cli.getSubcommands().keySet();
    }

    private static List<String> headings() throws IOException {
        List<String> headings = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.repo("README.md"))) {
            if (line.startsWith("#")) {
                headings.add(line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT));
            }
        }
        return headings;
    }

    /** Lines shown as working: inside fenced code, not comments, not marked as planned. */
    @ParameterizedTest
    @MethodSource("docs")
    void everyCommandShownWorkingExists(String doc) throws IOException {
        boolean markdown = doc.endsWith(".md");
        boolean inFence = false;
        Set<String> unknown = new TreeSet<>();
        for (String line : Files.readAllLines(Fixtures.repo(doc))) {
            String stripped = line.strip();
            if (markdown && stripped.startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            boolean comment = stripped.startsWith("#") || stripped.startsWith("//");
            if (comment || line.toLowerCase(Locale.ROOT).contains("planned") || line.contains("not in this version")
                    || line.contains("not built yet")) {
                continue;
            }
            String code = markdown && !inFence ? String.join(" ", inlineCode(line)) : line;
            Matcher m = COMMAND.matcher(code);
            while (m.find()) {
                if (!commands().contains(m.group(1))) {
                    unknown.add(m.group(1) + " (" + stripped + ")");
                }
            }
        }
        assertEquals(Set.of(), unknown, doc + " shows commands this build does not have");
    }

    private static List<String> inlineCode(String line) {
        List<String> spans = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(line);
        while (m.find()) {
            spans.add("`" + m.group(1));
        }
        return spans;
    }

    @ParameterizedTest
    @MethodSource("docs")
    void everyReadmeSectionCitedExistsAndNoAbsentDesignDocumentIsCited(String doc) throws IOException {
        String text = Files.readString(Fixtures.repo(doc)).replaceAll("\\s*\\n\\s*(?:#|//)?\\s*", " ");
        List<String> headings = headings();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            String section = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
            assertTrue(headings.contains(section), doc + " cites README section \"" + section + "\"; headings: " + headings);
        }
        assertFalse(text.contains("ARCHITECTURE.md") && !Files.exists(Fixtures.repo("ARCHITECTURE.md")),
                doc + " cites ARCHITECTURE.md, which is not in the repository");
    }

    @Test
    void thePipelinesBuildACxgateRefThatExists() throws Exception {
        Pattern ref = Pattern.compile("CXGATE_REF(?::|\\s*=)\\s*'?([^\\s'#/]+)|name: CXGATE_REF\\s+value:\\s*(\\S+)");
        Set<String> refs = new TreeSet<>();
        for (String doc : DOCS.subList(4, DOCS.size())) {
            Matcher m = ref.matcher(Files.readString(Fixtures.repo(doc)));
            while (m.find()) {
                String value = m.group(1) != null ? m.group(1) : m.group(2);
                if (!value.startsWith("$")) {
                    refs.add(value);
                }
            }
        }
        assertFalse(refs.isEmpty(), "the pipelines name the ref they build");
        Process git = new ProcessBuilder("git", "-C", Fixtures.repoRoot().toString(), "tag", "-l").start();
        Set<String> tags = new TreeSet<>(List.of(new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .split("\\s+")));
        for (String value : refs) {
            assertTrue(value.equals("main") || tags.contains(value), "CXGATE_REF " + value + " is neither main nor a tag");
        }
    }
    @Test
    void theExitCodeTablesListInterruption() throws IOException {
        assertTrue(Files.readString(Fixtures.repo("README.md")).contains("| 130 | interrupted (Ctrl-C / SIGINT)"));
        StringWriter out = new StringWriter();
        Cxgate.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("--help");
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("130 interrupted (Ctrl-C)"), out.toString());
    }
}

package io.cxgate.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The commit a bundle was planned from. */
public final class GitCommit {
    /** CI variables holding the commit, in order: GitHub Actions, GitLab CI, Azure DevOps, Jenkins (git plugin). */
    public static final List<String> VARIABLES = List.of("GITHUB_SHA", "CI_COMMIT_SHA", "BUILD_SOURCEVERSION", "GIT_COMMIT");

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final long TIMEOUT_SECONDS = 10;

    private GitCommit() {
    }

    /**
     * {@code git rev-parse HEAD} in {@code dir} (with {@code env} as git's environment); when git is missing or
     * {@code dir} is not in a work tree, the first of {@link #VARIABLES} that holds a commit id; else empty.
     */
    public static Optional<String> resolve(Path dir, Map<String, String> env) {
        return fromGit(dir, env).or(() -> fromVariables(env));
    }

    static Optional<String> fromVariables(Map<String, String> env) {
        for (String name : VARIABLES) {
            String value = env.get(name);
            if (value != null && SHA.matcher(value.strip().toLowerCase(Locale.ROOT)).matches()) {
                return Optional.of(value.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    static Optional<String> fromGit(Path dir, Map<String, String> env) {
        return git(dir, env, "rev-parse", "--verify", "-q", "HEAD").filter(out -> SHA.matcher(out).matches());
    }

    /**
     * The name and e-mail of the author of {@code commit}, when {@code dir} is in a work tree that has it (git
     * present, commit fetched); empty otherwise.
     */
    public static Optional<Author> author(Path dir, String commit, Map<String, String> env) {
        if (!SHA.matcher(commit).matches()) {
            return Optional.empty();
        }
        return git(dir, env, "show", "-s", "--format=%an%n%ae", commit).map(out -> out.split("\n", -1))
                .filter(lines -> lines.length == 2)
                .map(lines -> new Author(lines[0].strip(), lines[1].strip()));
    }

    /** A commit's author as git records it. */
    public record Author(String name, String email) {
    }

    /** The stripped stdout of a git command that succeeded, else empty (no git, not a work tree, timeout). */
    private static Optional<String> git(Path dir, Map<String, String> env, String... args) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process git = builder.start();
            String out;
            try (InputStream in = git.getInputStream()) {
                out = new String(in.readNBytes(2000), StandardCharsets.UTF_8).strip();
            }
            if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

package io.cxgate.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {
    private static final String SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";

    @TempDir
    Path tmp;

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", System.getProperty("java.io.tmpdir"));
        return env;
    }

    @Test
    void outsideAWorkTreeTheCiVariablesAreReadInOrder() {
        Map<String, String> env = env();
        env.put("GIT_COMMIT", "1111111111111111111111111111111111111111");
        env.put("CI_COMMIT_SHA", SHA.toUpperCase());

        assertEquals(Optional.of(SHA), GitCommit.resolve(tmp, env));
    }

    @Test
    void withoutGitOrAVariableThereIsNoCommit() {
        Map<String, String> env = env();
        env.put("GITHUB_SHA", "not-a-sha");

        assertEquals(Optional.empty(), GitCommit.resolve(tmp, env));
    }

    @Test
    void inAWorkTreeGitRevParseHeadWins() throws Exception {
        assumeTrue(run(tmp, "git", "--version") == 0, "git is not installed");
        Path repo = Files.createDirectories(tmp.resolve("repo/infra"));
        Files.writeString(repo.resolve("main.tf"), "# x\n");
        Path top = repo.getParent();
        assertEquals(0, run(top, "git", "init", "-q"));
        assertEquals(0, run(top, "git", "add", "."));
        assertEquals(0, run(top, "git", "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "x"));
        String head = new String(new ProcessBuilder("git", "rev-parse", "HEAD").directory(top.toFile()).start()
                .getInputStream().readAllBytes()).strip();
        Map<String, String> env = env();
        env.put("GITHUB_SHA", SHA);

        assertEquals(Optional.of(head), GitCommit.resolve(repo, env));
    }

    private static int run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }
}

package io.cxgate.bundle;

import io.cxgate.files.Digests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inputsDigest and policiesDigest. */
class InputManifestsTest {
    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void inputsListTheVarFilesInOrderThenTheBackendConfig() throws IOException {
        Path common = write("envs/common.tfvars", "a = 1\n");
        Path dev = write("envs/dev.tfvars", "b = 2\n");
        Path backend = write("envs/dev.backend.hcl", "key = \"dev\"\n");

        Manifest manifest = InputManifests.inputs(tmp, List.of(common, dev), Optional.of(backend));

        assertEquals(Digests.hex("a = 1\n".getBytes()) + "  var-file envs/common.tfvars\n"
                + Digests.hex("b = 2\n".getBytes()) + "  var-file envs/dev.tfvars\n"
                + Digests.hex("key = \"dev\"\n".getBytes()) + "  backend-config envs/dev.backend.hcl\n", manifest.text());
    }

    @Test
    void varFileOrderMattersBecauseTheLastOneWins() throws IOException {
        Path a = write("a.tfvars", "x = 1\n");
        Path b = write("b.tfvars", "x = 2\n");

        assertNotEquals(InputManifests.inputs(tmp, List.of(a, b), Optional.empty()).digest(),
                InputManifests.inputs(tmp, List.of(b, a), Optional.empty()).digest());
    }

    @Test
    void aChangedValueOrBackendChangesTheInputsDigestButACrlfCheckoutDoesNot() throws IOException {
        Path vars = write("dev.tfvars", "x = 1\ny = 2\n");
        Path backend = write("dev.backend.hcl", "key = \"dev\"\n");
        String before = InputManifests.inputs(tmp, List.of(vars), Optional.of(backend)).digest();

        Files.writeString(vars, "x = 1\r\ny = 2\r\n");
        assertEquals(before, InputManifests.inputs(tmp, List.of(vars), Optional.of(backend)).digest());
        Files.writeString(vars, "x = 1\ny = 3\n");
        String value = InputManifests.inputs(tmp, List.of(vars), Optional.of(backend)).digest();
        Files.writeString(vars, "x = 1\ny = 2\n");
        Files.writeString(backend, "key = \"dev2\"\n");
        String backendChanged = InputManifests.inputs(tmp, List.of(vars), Optional.of(backend)).digest();

        assertNotEquals(before, value);
        assertNotEquals(before, backendChanged);
    }

    @Test
    void aMissingVarFileIsMarkedMissing() {
        Manifest manifest = InputManifests.inputs(tmp, List.of(tmp.resolve("gone.tfvars")), Optional.empty());

        assertEquals("missing  var-file gone.tfvars\n", manifest.text());
    }

    @Test
    void noPoliciesConfiguredMeansNoPoliciesDigest() {
        assertEquals(Optional.empty(), InputManifests.policies(Optional.empty()));
    }

    @Test
    void policiesCoverTheYamlFilesTheLoaderReadsInAnyOrder() throws IOException {
        write("policies/prod.yaml", "kind: Policy\n");
        write("policies/waivers/2026.yml", "kind: Waivers\n");
        String before = InputManifests.policies(Optional.of(tmp.resolve("policies"))).orElseThrow().digest();

        write("policies/README.md", "not a policy\n");
        write("policies/.git/config", "hidden\n");
        write("policies/.drafts/next.yaml", "kind: Policy\n");
        write("policies/tests/plans/queue-delete.json", "{}\n");
        assertEquals(before, InputManifests.policies(Optional.of(tmp.resolve("policies"))).orElseThrow().digest());

        write("policies/waivers/2026.yml", "kind: Waivers\nwaivers: []\n");
        assertNotEquals(before, InputManifests.policies(Optional.of(tmp.resolve("policies"))).orElseThrow().digest());
    }

    @Test
    void policiesListedByRelativePath() throws IOException {
        write("policies/b.yaml", "b\n");
        write("policies/a/z.yaml", "z\n");

        Manifest manifest = InputManifests.policies(Optional.of(tmp.resolve("policies"))).orElseThrow();

        assertEquals(List.of("a/z.yaml", "b.yaml"), manifest.entries().stream().map(Manifest.Entry::name).toList());
    }
}

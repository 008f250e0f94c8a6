package io.cxgate.bundle;

import io.cxgate.files.Digests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.testing.Fixtures;
import io.cxgate.testing.TerraformWorkspace;

/** What artifactDigest covers, and that it is stable where it should be. */
class ArtifactManifestTest {
    private static final Path RELEASE = Fixtures.repo("examples/plans/release.json");

    @TempDir
    Path tmp;

    private TerraformWorkspace ws;

    @BeforeEach
    void setUp() {
        ws = TerraformWorkspace.create(tmp.resolve("a"));
    }

    private ArtifactManifest manifest() {
        return manifest(ws.dir(), RELEASE);
    }

    private static ArtifactManifest manifest(Path root, Path plan) {
        return ArtifactManifest.of(root, plan, List.of());
    }

    private String digest() {
        return manifest().digest();
    }

    private List<String> names(ArtifactManifest manifest) {
        return manifest.manifest().entries().stream().map(Manifest.Entry::name).toList();
    }

    /** A minimal plan JSON: {@code configuration} and {@code resource_changes} as given (JSON fragments). */
    private Path plan(String configuration, String resourceChanges) throws IOException {
        return Files.writeString(tmp.resolve("plan-" + System.nanoTime() + ".json"), "{\"format_version\":\"1.2\","
                + "\"resource_changes\":[" + resourceChanges + "],\"configuration\":" + configuration + "}");
    }

    private static String flow(String address, String after, String afterUnknown) {
        return "{\"address\":\"" + address + "\",\"mode\":\"managed\",\"type\":\"genesyscloud_flow\",\"name\":\"f\","
                + "\"change\":{\"actions\":[\"update\"],\"before\":{},\"after\":" + after + ",\"after_unknown\":"
                + afterUnknown + "}}";
    }

    // ---- what is covered ---------------------------------------------------------------------------------

    @Test
    void coversRootAndCalledModuleConfigurationTheLockFileAndTheReferencedFlows() throws IOException {
        ArtifactManifest manifest = manifest();

        assertEquals(List.of(".terraform.lock.hcl", "flows/inbound_main.yaml", "flows/inqueue_sales.yaml", "main.tf",
                "modules/architect/main.tf", "modules/flows/main.tf", "modules/integrations/main.tf",
                "modules/queues/main.tf", "modules/skills/main.tf", "variables.tf"), names(manifest));
        assertEquals(List.of(), manifest.warnings());
        Manifest.Entry mainTf = manifest.manifest().entries().get(3);
        assertEquals(Digests.hex(Files.readAllBytes(ws.path("main.tf"))), mainTf.content());
    }

    @Test
    void theManifestIsSha256sumOutputSortedByPathAndTheDigestIsItsSha256() throws IOException {
        Manifest manifest = manifest().manifest();

        StringBuilder expected = new StringBuilder();
        for (String name : names(manifest())) {
            expected.append(Digests.hex(Files.readAllBytes(ws.path(name)))).append("  ").append(name).append('\n');
        }
        assertEquals(expected.toString(), manifest.text());
        assertEquals("sha256:" + Digests.hex(expected.toString().getBytes(StandardCharsets.UTF_8)), manifest.digest());
    }

    @Test
    void theSameFilesGiveTheSameDigest() {
        assertEquals(digest(), digest());
    }

    // ---- what does not change it -----------------------------------------------------------------------

    @Test
    void filesThatDoNotAffectThePlanDoNotChangeIt() {
        String before = digest();

        ws.write("README.md", "# changed\n");
        ws.write("envs/dev.tfvars", "crm_password = \"rotated\"\n");
        ws.write("envs/prod.tfvars", "new = true\n");
        ws.write("docs/example.tf", "# a .tf file in a directory no module call names\n");
        ws.write("modules/flows/examples/usage.tf", "# below a module, not a module itself\n");
        ws.write("modules/unused/main.tf", "# a module nobody calls\n");
        ws.write(".hidden.tf", "# terraform ignores hidden files\n");
        ws.write("main.tf~", "# an editor backup\n");
        ws.write("#main.tf#", "# an emacs autosave\n");
        ws.write(".terraform/modules/vpc/main.tf", "# downloaded module\n");
        ws.write(".terraform/terraform.tfstate", "{}\n");
        ws.write(".cxgate/terraform/dev/terraform.tfstate", "{}\n");
        ws.write(".cxgate/bundles/dev-1/plan.json", "{}\n");
        ws.write("flows/unreferenced.yaml", "inboundCall: {}\n");

        assertEquals(before, digest());
    }

    @Test
    void aCheckoutElsewhereWithFilesCreatedInAnotherOrderHasTheSameDigest() throws IOException {
        Path other = tmp.resolve("b/deeper/checkout");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ws.dir())) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort(Comparator.reverseOrder());
        for (Path file : files) {
            Path copy = other.resolve(ws.dir().relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }

        assertEquals(digest(), manifest(other, RELEASE).digest());
    }

    @Test
    void aCrlfCheckoutOfTheTerraformFilesHasTheSameDigest() throws IOException {
        String before = digest();

        for (String name : List.of("main.tf", "variables.tf", ".terraform.lock.hcl", "modules/flows/main.tf")) {
            String text = Files.readString(ws.path(name));
            ws.write(name, text.replace("\n", "\r\n"));
        }

        assertEquals(before, digest());
    }

    @Test
    void anExcludedDataDirectoryIsNeverRead() throws IOException {
        Path dataDir = ws.path("state-cache");
        String before = ArtifactManifest.of(ws.dir(), RELEASE, List.of(dataDir)).digest();
        ws.write("state-cache/main.tf", "# excluded explicitly\n");

        assertEquals(before, ArtifactManifest.of(ws.dir(), RELEASE, List.of(dataDir)).digest());
        assertEquals(before, digest(), "state-cache/ is not a module directory either");
    }

    // ---- what changes it ------------------------------------------------------------------------------

    @Test
    void aChangedTfFileChangesIt() {
        String before = digest();

        ws.write("main.tf", text(ws.path("main.tf")) + "# one more line\n");

        assertNotEquals(before, digest());
    }

    @Test
    void aChangedOrAddedFileInACalledModuleChangesIt() {
        String before = digest();
        ws.write("modules/queues/main.tf", "# module queues, edited\n");
        String edited = digest();
        ws.write("modules/queues/outputs.tf.json", "{}\n");
        String added = digest();

        assertNotEquals(before, edited);
        assertNotEquals(edited, added);
    }

    @Test
    void aChangedLockFileChangesIt() {
        String before = digest();

        ws.write(".terraform.lock.hcl", "provider \"registry.terraform.io/mypurecloud/genesyscloud\" {\n"
                + "  version = \"1.85.0\"\n}\n");

        assertNotEquals(before, digest());
    }

    @Test
    void aChangedReferencedFlowChangesIt() {
        String before = digest();

        ws.write("flows/inbound_main.yaml", text(ws.path("flows/inbound_main.yaml")) + "# edited\n");

        assertNotEquals(before, digest());
    }

    @Test
    void anAutoLoadedVariableFileInTheRootChangesIt() {
        String before = digest();

        ws.write("terraform.tfvars", "division = \"Home\"\n");
        String withTfvars = digest();
        ws.write("common.auto.tfvars", "division = \"CX\"\n");

        assertNotEquals(before, withTfvars);
        assertNotEquals(withTfvars, digest());
    }

    // ---- references ----------------------------------------------------------------------------------

    @Test
    void nestedLocalModulesAreFollowedFromTheRealPlansConfiguration() {
        Path nested = Fixtures.shared("terraform-real/hashicorp-terraform-mpl/show-json/nested-modules.json");
        ws.write("modules/main.tf", "# my_module\n");
        ws.write("modules/more-modules/main.tf", "# more\n");

        ArtifactManifest manifest = manifest(ws.dir(), nested);

        assertTrue(names(manifest).containsAll(List.of("modules/main.tf", "modules/more-modules/main.tf")),
                names(manifest).toString());
        String before = manifest.digest();
        ws.write("modules/more-modules/main.tf", "# more, edited\n");
        assertNotEquals(before, manifest(ws.dir(), nested).digest());
    }

    @Test
    void registryModulesAndWhatTheyCallAreNotFollowedButModulesOutsideTheRootAreNamedRelatively() throws IOException {
        Path plan = plan("""
                {"root_module":{"module_calls":{
                  "vpc":{"source":"terraform-aws-modules/vpc/aws","module":{"module_calls":{
                     "inner":{"source":"./modules/inner","module":{}}}}},
                  "shared":{"source":"../shared/queues","module":{}}}}}
                """, "");
        ws.write("modules/inner/main.tf", "# would only exist inside the downloaded module\n");
        Files.createDirectories(tmp.resolve("a/shared/queues"));
        Files.writeString(tmp.resolve("a/shared/queues/main.tf"), "# a sibling checkout\n");

        List<String> names = names(manifest(ws.dir(), plan));

        assertTrue(names.contains("../shared/queues/main.tf"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("inner")), names.toString());
    }

    @Test
    void aRemoteFileIsRecordedByNameNotHashedAndWarned() throws IOException {
        Path plan = plan("{\"root_module\":{}}", flow("genesyscloud_flow.ivr",
                "{\"filepath\":\"s3://cx-flows/ivr.yaml\"}", "{}"));

        ArtifactManifest manifest = manifest(ws.dir(), plan);

        assertTrue(manifest.manifest().entries().contains(new Manifest.Entry(Manifest.REMOTE, "s3://cx-flows/ivr.yaml")),
                manifest.manifest().text());
        assertEquals(List.of("artifactDigest: genesyscloud_flow.ivr filepath is a remote file (s3://cx-flows/ivr.yaml):"
                + " recorded by name, its content is not hashed"), manifest.warnings());
    }

    @Test
    void aFunctionZipInANestedFilePathAttributeIsHashed() throws IOException {
        ws.write("functions/lookup.zip", "PK\u0003\u0004 not really a zip");
        Path plan = plan("{\"root_module\":{}}", "{\"address\":\"genesyscloud_integration_action.lookup\","
                + "\"change\":{\"actions\":[\"create\"],\"before\":null,\"after\":{\"function_config\":[{"
                + "\"file_path\":\"./functions/lookup.zip\",\"handler\":\"index.handler\"}]},\"after_unknown\":{}}}");

        ArtifactManifest manifest = manifest(ws.dir(), plan);

        assertTrue(manifest.manifest().entries().contains(new Manifest.Entry(
                Digests.hex(Files.readAllBytes(ws.path("functions/lookup.zip"))), "functions/lookup.zip")),
                manifest.manifest().text());
    }

    @Test
    void aFileNamedOnlyAfterApplyAndAMissingFileAreWarned() throws IOException {
        Path plan = plan("{\"root_module\":{}}", flow("genesyscloud_flow.a", "{}", "{\"filepath\":true}") + ","
                + flow("genesyscloud_flow.b", "{\"filepath\":\"flows/gone.yaml\"}", "{}"));

        ArtifactManifest manifest = manifest(ws.dir(), plan);

        assertTrue(manifest.manifest().entries().contains(new Manifest.Entry(Manifest.MISSING, "flows/gone.yaml")));
        assertEquals(List.of(
                "artifactDigest: genesyscloud_flow.b filepath names flows/gone.yaml, which is not a file here",
                "artifactDigest: genesyscloud_flow.a filepath is known only after apply, so the file it will name is not covered"),
                manifest.warnings());
    }

    @Test
    void aDeletedResourcesFileDoesNotCount() throws IOException {
        Path plan = plan("{\"root_module\":{}}", "{\"address\":\"genesyscloud_flow.old\",\"change\":{\"actions\":[\"delete\"],"
                + "\"before\":{\"filepath\":\"flows/old.yaml\"},\"after\":null,\"after_unknown\":{}}}");

        assertTrue(names(manifest(ws.dir(), plan)).stream().noneMatch(n -> n.contains("old.yaml")));
    }

    @Test
    void withoutALockFileTheArtifactWarnsThatProviderVersionsAreNotCovered() throws IOException {
        Files.delete(ws.path(".terraform.lock.hcl"));

        List<String> warnings = manifest().warnings();

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("artifactDigest: no .terraform.lock.hcl"), warnings.get(0));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

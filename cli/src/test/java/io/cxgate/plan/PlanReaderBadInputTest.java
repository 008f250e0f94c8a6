package io.cxgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.InvalidInputException;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.redact.Redactor;
import io.cxgate.testing.Fixtures;

class PlanReaderBadInputTest {
    @TempDir
    Path dir;

    private final PlanReader reader = new PlanReader(ResourceCatalog.bundled(), Redactor.none());

    private String failure(Path file) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void missingFileIsNamed() {
        assertTrue(failure(dir.resolve("nope.json")).endsWith("no such file"));
    }

    @Test
    void directoryIsRefused() {
        assertTrue(failure(dir).contains("is a directory"));
    }

    @Test
    void danglingSymlinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("plan.json"), dir.resolve("gone.json"));
        assertTrue(failure(link).contains("dangling symbolic link"));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertTrue(failure(write("empty.json", "")).contains("file is empty"));
    }

    @Test
    void truncatedJsonNamesLineAndColumn() throws IOException {
        String message = failure(write("cut.json", "{\n  \"format_version\": \"1.2\",\n  \"resource_changes\": [\n    {\"address\": \"a\""));
        assertTrue(message.matches(".*: line 4, column \\d+: unexpected end of file: the JSON is truncated"), message);
    }

    @Test
    void invalidJsonNamesLineAndColumn() throws IOException {
        String message = failure(write("bad.json", "{\n  \"format_version\": \"1.2\",\n  oops\n}"));
        assertTrue(message.contains("line 3, column"), message);
        assertTrue(message.contains("not valid JSON"), message);
    }

    @Test
    void stateGivenAsPlanIsRefused() throws IOException {
        String message = failure(write("state.json", "{\"format_version\":\"1.0\",\"terraform_version\":\"1.9.8\",\"values\":{\"root_module\":{}}}"));
        assertTrue(message.contains("this is a Terraform state, not a plan"), message);
    }

    @Test
    void rawStateGivenAsPlanIsRefused() throws IOException {
        String message = failure(write("terraform.tfstate", "{\"version\":4,\"terraform_version\":\"1.9.8\",\"serial\":3,\"lineage\":\"abc\",\"outputs\":{},\"resources\":[]}"));
        assertTrue(message.contains("Terraform state, not a plan"), message);
    }

    @Test
    void unrelatedJsonIsRefused() throws IOException {
        assertTrue(failure(write("package.json", "{\"name\":\"x\",\"version\":\"1.0.0\"}")).contains("not a Terraform plan"));
        assertTrue(failure(write("array.json", "[1,2]")).contains("top-level JSON value is an array"));
    }

    @Test
    void unsupportedFormatVersionIsRefused() throws IOException {
        String message = failure(write("future.json", "{\"format_version\":\"2.0\",\"resource_changes\":[]}"));
        assertTrue(message.contains("unsupported format_version '2.0'"), message);
    }

    @Test
    void binaryPlanfileSaysToRunTerraformShow() throws IOException {
        Path planfile = dir.resolve("plan.tfplan");
        Files.write(planfile, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 0, 0});
        assertTrue(failure(planfile).contains("terraform show -json"));
    }

    @Test
    void formatVersionZeroIsRead() {
        Plan plan = reader.read(Fixtures.shared("terraform-real/hashicorp-terraform-json/013_module_depends_on.plan.json"));
        assertTrue(plan.formatVersion().startsWith("0."));
    }
}

package io.cxgate.bundle;

import io.cxgate.files.Digests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.InvalidInputException;

class BundleTest {
    private static final String A = "sha256:" + "a".repeat(64);
    private static final String B = "sha256:" + "b".repeat(64);

    @TempDir
    Path tmp;

    static Bundle sample() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : Bundle.DIGESTED_FILES) {
            files.put(name, A);
        }
        return new Bundle(1, "0.1.0", "uat", A, B, A, Optional.of(B), files,
                Optional.of("9fceb02d0ae598e95dc970b74767f19372d61af8"), "1.9.8",
                Optional.of("3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90"), Optional.of(42L),
                Instant.parse("2026-11-26T09:00:00.123Z"), new CreatedBy("dana", "GITHUB_ACTOR"));
    }

    @Test
    void bundleJsonIsWrittenInTheDocumentedShapeAndOrder() {
        String json = sample().toJson();

        String expectedFiles = "\"files\" : {\n    \"plan.tfplan\" : \"" + A + "\",\n    \"plan.json\" : \"" + A
                + "\",\n    \"terraform.log\" : \"" + A + "\",\n    \"report.json\" : \"" + A
                + "\",\n    \"report.md\" : \"" + A + "\"\n  }";
        assertEquals("{\n  \"schemaVersion\" : 1,\n  \"cxgateVersion\" : \"0.1.0\",\n  \"environment\" : \"uat\",\n"
                + "  \"artifactDigest\" : \"" + A + "\",\n  \"inputsDigest\" : \"" + B + "\",\n"
                + "  \"planDigest\" : \"" + A + "\",\n  \"policiesDigest\" : \"" + B + "\",\n  " + expectedFiles + ",\n"
                + "  \"gitCommit\" : \"9fceb02d0ae598e95dc970b74767f19372d61af8\",\n  \"terraformVersion\" : \"1.9.8\",\n"
                + "  \"stateLineage\" : \"3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90\",\n  \"stateSerial\" : 42,\n"
                + "  \"createdAt\" : \"2026-11-26T09:00:00Z\",\n"
                + "  \"createdBy\" : {\n    \"identity\" : \"dana\",\n    \"source\" : \"GITHUB_ACTOR\"\n  }\n}\n", json);
    }

    @Test
    void theDigestIsTheSha256OfTheCanonicalFormNotOfTheIndentedFile() {
        Bundle bundle = sample();
        String canonical = CanonicalJson.canonicalString(bundle.toJson());

        assertTrue(canonical.startsWith("{\"artifactDigest\":\"" + A + "\",\"createdAt\":\"2026-11-26T09:00:00Z\","
                + "\"createdBy\":{\"identity\":\"dana\",\"source\":\"GITHUB_ACTOR\"},\"cxgateVersion\":\"0.1.0\""), canonical);
        assertEquals(Digests.of(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)), bundle.digest());
    }

    @Test
    void anyChangedFieldChangesTheDigest() {
        Bundle bundle = sample();
        Map<String, String> files = new LinkedHashMap<>(bundle.files());
        files.put(Bundle.REPORT_MD, B);

        Bundle other = new Bundle(1, "0.1.0", "uat", A, B, A, Optional.of(B), files, bundle.gitCommit(), "1.9.8",
                bundle.stateLineage(), bundle.stateSerial(), bundle.createdAt(), bundle.createdBy());

        assertNotEquals(bundle.digest(), other.digest());
    }

    @Test
    void readingWhatWasWrittenGivesTheSameBundleAndDigest() throws Exception {
        Path file = Files.writeString(tmp.resolve("bundle.json"), sample().toJson());

        Bundle read = Bundle.read(file);

        assertEquals(sample(), read);
        assertEquals(sample().digest(), read.digest());
    }

    @Test
    void nullsAreWrittenAsJsonNullsAndReadBack() {
        Bundle bundle = sample();
        Bundle bare = new Bundle(1, "0.1.0", "dev", A, B, A, Optional.empty(), bundle.files(), Optional.empty(), "1.9.8",
                Optional.empty(), Optional.empty(), bundle.createdAt(), bundle.createdBy());

        String json = bare.toJson();

        assertTrue(json.contains("\"policiesDigest\" : null"), json);
        assertTrue(json.contains("\"gitCommit\" : null"), json);
        assertTrue(json.contains("\"stateLineage\" : null"), json);
        assertTrue(json.contains("\"stateSerial\" : null"), json);
        assertEquals(bare, Bundle.fromJson(json));
    }

    @Test
    void aMalformedBundleJsonIsInvalidInputNamingTheFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("bundle.json"), sample().toJson().replace(A, "sha256:nothex"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Bundle.read(file));

        assertTrue(e.getMessage().startsWith(file + ": artifactDigest is not a sha256:<hex> digest"), e.getMessage());
    }

    @Test
    void filesMustListExactlyTheDigestedFiles() {
        Bundle bundle = sample();
        Map<String, String> files = new LinkedHashMap<>(bundle.files());
        files.remove(Bundle.TERRAFORM_LOG);

        assertThrows(IllegalArgumentException.class, () -> new Bundle(1, "0.1.0", "uat", A, B, A, Optional.empty(), files,
                Optional.empty(), "1.9.8", Optional.empty(), Optional.empty(), bundle.createdAt(), bundle.createdBy()));
    }

    @Test
    void aSerialCanonicalJsonCannotCarryExactlyIsRefused() {
        Bundle bundle = sample();

        assertThrows(IllegalArgumentException.class, () -> new Bundle(1, "0.1.0", "uat", A, B, A, Optional.empty(),
                bundle.files(), Optional.empty(), "1.9.8", Optional.of("l"), Optional.of(1L << 53), bundle.createdAt(),
                bundle.createdBy()));
    }

    @Test
    void aRollbackBundleNamesWhatItRollsBackAndRestoresAfterCreatedBy() {
        Bundle rollback = sample().withRollback(new Bundle.Rollback("uat-0007", "uat-0005"));
        String json = rollback.toJson();

        assertTrue(json.endsWith("  \"createdBy\" : {\n    \"identity\" : \"dana\",\n    \"source\" : \"GITHUB_ACTOR\"\n"
                + "  },\n  \"rollbackOf\" : \"uat-0007\",\n  \"restoresDeployment\" : \"uat-0005\"\n}\n"), json);
        assertEquals(rollback, Bundle.fromJson(json));
        assertEquals(rollback.digest(), Bundle.fromJson(json).digest());
        assertNotEquals(sample().digest(), rollback.digest(), "rollbackOf is covered by the bundle digest");
        assertEquals(Optional.empty(), Bundle.fromJson(sample().toJson()).rollback());
        assertTrue(!sample().toJson().contains("rollbackOf"), "an ordinary bundle.json keeps its shape");

        String half = json.replace(",\n  \"restoresDeployment\" : \"uat-0005\"", "");
        assertEquals("rollbackOf and restoresDeployment come together (a rollback bundle)",
                assertThrows(IllegalArgumentException.class, () -> Bundle.fromJson(half)).getMessage());
    }
}

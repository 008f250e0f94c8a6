package io.cxgate.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ManifestTest {
    @Test
    void sortedManifestsAreOrderedByUtf8BytesWhateverOrderTheyWereGivenIn() {
        List<Manifest.Entry> entries = List.of(new Manifest.Entry("1", "b.tf"), new Manifest.Entry("2", "B.tf"),
                new Manifest.Entry("3", "a/z.tf"), new Manifest.Entry("4", "ä.tf"), new Manifest.Entry("5", "a.tf"));

        Manifest manifest = Manifest.sorted(entries);

        assertEquals("2  B.tf\n5  a.tf\n3  a/z.tf\n1  b.tf\n4  ä.tf\n", manifest.text());
        List<Manifest.Entry> reversed = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(reversed);
        assertEquals(manifest.digest(), Manifest.sorted(reversed).digest());
    }

    @Test
    void orderedManifestsKeepTheirOrder() {
        Manifest manifest = Manifest.ordered(List.of(new Manifest.Entry("1", "z"), new Manifest.Entry("2", "a")));

        assertEquals("1  z\n2  a\n", manifest.text());
    }

    @Test
    void aNameListedTwiceIsKeptOnceButNeverWithTwoContents() {
        assertEquals("1  a\n", Manifest.sorted(List.of(new Manifest.Entry("1", "a"), new Manifest.Entry("1", "a"))).text());
        assertThrows(IllegalArgumentException.class,
                () -> Manifest.sorted(List.of(new Manifest.Entry("1", "a"), new Manifest.Entry("2", "a"))));
    }

    @Test
    void anEntrySpanningLinesIsRefusedSoNoNameCanForgeAnotherLine() {
        assertThrows(IllegalArgumentException.class, () -> new Manifest.Entry("1", "a\nffff  b"));
        assertThrows(IllegalArgumentException.class, () -> new Manifest.Entry("", "a"));
    }

    @Test
    void theEmptyManifestHasTheDigestOfNothing() {
        assertEquals("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Manifest.ordered(List.of()).digest());
    }
}

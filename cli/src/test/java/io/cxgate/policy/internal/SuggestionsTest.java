package io.cxgate.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceIsLevenshtein() {
        assertEquals(0, Suggestions.distance("deny", "deny"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(3, Suggestions.distance("abc", ""));
        assertEquals(1, Suggestions.distance("deny", "deney"));   // one insertion
        assertEquals(1, Suggestions.distance("deney", "deny"));   // one deletion
        assertEquals(1, Suggestions.distance("warn", "worn"));    // one substitution
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(2, Suggestions.distance("ab", "ba"));
        assertEquals(9, Suggestions.distance("require_approval", "require"));
    }

    @Test
    void theClosestCandidateWithinAThirdOfTheLengthIsSuggested() {
        List<String> effects = List.of("deny", "require_approval", "warn");
        assertEquals(Optional.of("require_approval"), Suggestions.closest("require_aproval", effects));
        assertEquals(Optional.of("deny"), Suggestions.closest("dený", effects));
        assertEquals(Optional.of("warn"), Suggestions.closest("warm", effects));
        assertEquals(Optional.empty(), Suggestions.closest("block", effects));
        assertEquals(Optional.empty(), Suggestions.closest("x", List.of()));
    }

    @Test
    void theAllowedDistanceIsAThirdOfTheLengthAndAtLeastOne() {
        // 9 characters: 3 edits allowed, 4 not
        assertEquals(Optional.of("abcdefghi"), Suggestions.closest("abcdefxyz", List.of("abcdefghi")));
        assertEquals(Optional.empty(), Suggestions.closest("abcdewxyz", List.of("abcdefghi")));
        // 2 characters: a third is 0, but one edit is always allowed, two are not
        assertEquals(Optional.of("ab"), Suggestions.closest("ax", List.of("ab")));
        assertEquals(Optional.empty(), Suggestions.closest("xy", List.of("ab")));
    }

    @Test
    void aTieGoesToTheAlphabeticallyFirstWhateverTheOrder() {
        assertEquals(Optional.of("cat"), Suggestions.closest("bat", List.of("hat", "cat")));
        assertEquals(Optional.of("cat"), Suggestions.closest("bat", List.of("cat", "hat")));
        assertEquals(Optional.of("bar"), Suggestions.closest("baz", List.of("bax", "bar", "bay")));
        // a nearer candidate after a farther one still wins
        assertEquals(Optional.of("bat"), Suggestions.closest("bat", List.of("cat", "bat")));
    }
}

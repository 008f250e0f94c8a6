package io.cxgate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cxgate.InvalidInputException;
import io.cxgate.identity.IdentityRule.Need;

class IdentityRuleTest {
    private static final String OS_USER = System.getProperty("user.name");

    @Test
    void byWinsOutsideCi() {
        assertEquals(new Identity("carol", "--by"),
                IdentityRule.resolve(Optional.of("carol"), Map.of("GITHUB_ACTOR", "dana"), Need.ANY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GITHUB_ACTOR,dana", "GITLAB_USER_LOGIN,dana.gl", "BUILD_REQUESTEDFOREMAIL,dana@example.com",
            "BUILD_USER_ID,dsmith"})
    void theCiActorVariableNamesWhoRunsAndIsTheSource(String variable, String actor) {
        assertEquals(new Identity(actor, variable), IdentityRule.resolve(Optional.empty(), Map.of(variable, actor), Need.ANY));
    }

    @Test
    void withNothingSetTheOsUserIsUsed() {
        assertEquals(new Identity(OS_USER, "user.name"), IdentityRule.resolve(Optional.empty(), Map.of(), Need.ANY));
    }

    @Test
    void insideCiAByThatDiffersFromTheActorIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IdentityRule.resolve(Optional.of("carol"),
                Map.of("GITLAB_CI", "true", "GITLAB_USER_LOGIN", "dana"), Need.ANY));
        assertEquals("--by carol differs from GITLAB_USER_LOGIN=dana: inside CI the platform's actor is who runs this; "
                + "drop --by or run the job as carol", e.getMessage());
    }

    @Test
    void insideCiAByEqualToTheActorIgnoringCaseIsAccepted() {
        assertEquals(new Identity("Dana", "--by"), IdentityRule.resolve(Optional.of("Dana"),
                Map.of("CI", "true", "GITHUB_ACTOR", "dana"), Need.BY_IN_CI_WITHOUT_ACTOR));
    }

    @Test
    void approveInsideCiWithoutAnActorNeedsBy() {
        Map<String, String> jenkins = Map.of("JENKINS_URL", "https://ci.example/");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> IdentityRule.resolve(Optional.empty(), jenkins, Need.BY_IN_CI_WITHOUT_ACTOR));
        assertTrue(e.getMessage().endsWith("pass the approver's login with --by"), e.getMessage());
        assertEquals(new Identity("carol", "--by"), IdentityRule.resolve(Optional.of("carol"), jenkins, Need.BY_IN_CI_WITHOUT_ACTOR));
        assertEquals("user.name", IdentityRule.resolve(Optional.empty(), jenkins, Need.ANY).source(), "apply may fall back");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"CI,true,true", "CI,1,true", "CI,false,false", "GITHUB_ACTIONS,true,true", "GITLAB_CI,true,true",
            "TF_BUILD,True,true", "JENKINS_URL,http://j/,true", "BUILD_ID,7,false"})
    void ciIsRecognisedByThePlatformsOwnVariables(String variable, String value, boolean inCi) {
        assertEquals(inCi, IdentityRule.inCi(Map.of(variable, value)));
    }

    @Test
    void aBlankByIsRefused() {
        assertThrows(InvalidInputException.class, () -> IdentityRule.resolve(Optional.of("  "), Map.of(), Need.ANY));
    }

    @Test
    void identitiesCompareCaseInsensitively() {
        Identity dana = new Identity("Dana@Example.com", "BUILD_REQUESTEDFOREMAIL");
        assertTrue(dana.sameAs("dana@example.COM"));
        assertFalse(dana.sameAs("dana"));
        assertFalse(dana.sameAs(null));
    }
}

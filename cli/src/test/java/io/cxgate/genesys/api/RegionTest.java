package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.InvalidInputException;

class RegionTest {
    static Stream<Arguments> providerRegionMap() {
        return Stream.of(
                Arguments.of("us-east-1", "mypurecloud.com"),
                Arguments.of("us-east-2", "use2.us-gov-pure.cloud"),
                Arguments.of("us-west-2", "usw2.pure.cloud"),
                Arguments.of("eu-west-1", "mypurecloud.ie"),
                Arguments.of("eu-west-2", "euw2.pure.cloud"),
                Arguments.of("ap-southeast-2", "mypurecloud.com.au"),
                Arguments.of("ap-northeast-1", "mypurecloud.jp"),
                Arguments.of("eu-central-1", "mypurecloud.de"),
                Arguments.of("ca-central-1", "cac1.pure.cloud"),
                Arguments.of("ap-northeast-2", "apne2.pure.cloud"),
                Arguments.of("ap-south-1", "aps1.pure.cloud"),
                Arguments.of("sa-east-1", "sae1.pure.cloud"),
                Arguments.of("ap-northeast-3", "apne3.pure.cloud"),
                Arguments.of("eu-central-2", "euc2.pure.cloud"),
                Arguments.of("me-central-1", "mec1.pure.cloud"),
                Arguments.of("mx-central-1", "mxc1.pure.cloud"),
                Arguments.of("ap-southeast-1", "apse1.pure.cloud"),
                Arguments.of("eusc-de-east-1", "edee1.eusc-pure.cloud"),
                Arguments.of("dca", "inindca.com"),
                Arguments.of("tca", "inintca.com"));
    }

    @ParameterizedTest
    @MethodSource("providerRegionMap")
    void everyProviderRegionMapsToItsLoginAndApiHosts(String awsRegion, String domain) {
        Region region = Region.of(awsRegion);
        assertEquals(domain, region.domain());
        assertEquals("https://login." + domain + "/oauth/token", region.tokenUrl());
        assertEquals("https://api." + domain, region.apiBaseUrl());
    }

    @Test
    void theTableHasEveryRegionOfTheReferenceAndNoOther() {
        assertEquals(providerRegionMap().count(), Region.values().length);
    }

    @Test
    void regionNamesIgnoreCaseAndSurroundingBlanks() {
        assertEquals(Region.EU_WEST_2, Region.of(" EU-West-2 "));
    }

    @Test
    void anUnknownRegionIsInvalidInputListingTheValidOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Region.of("us-east-9"));
        assertTrue(e.getMessage().startsWith("unknown Genesys Cloud region \"us-east-9\"; valid regions: us-east-1, "),
                e.getMessage());
        assertTrue(e.getMessage().contains("eusc-de-east-1"), e.getMessage());
    }
}

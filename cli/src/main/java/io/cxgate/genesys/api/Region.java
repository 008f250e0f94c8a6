package io.cxgate.genesys.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.cxgate.InvalidInputException;

/**
 * Genesys Cloud regions: the provider's {@code aws_region} names and the domain each one is served
 * from ({@code terraform-provider-genesyscloud} {@code getRegionMap()}). The token endpoint is
 * {@code https://login.<domain>/oauth/token}, the API {@code https://api.<domain>/api/v2/…}.
 */
public enum Region {
    US_EAST_1("us-east-1", "mypurecloud.com"),
    US_EAST_2("us-east-2", "use2.us-gov-pure.cloud"),
    US_WEST_2("us-west-2", "usw2.pure.cloud"),
    EU_WEST_1("eu-west-1", "mypurecloud.ie"),
    EU_WEST_2("eu-west-2", "euw2.pure.cloud"),
    AP_SOUTHEAST_2("ap-southeast-2", "mypurecloud.com.au"),
    AP_NORTHEAST_1("ap-northeast-1", "mypurecloud.jp"),
    EU_CENTRAL_1("eu-central-1", "mypurecloud.de"),
    CA_CENTRAL_1("ca-central-1", "cac1.pure.cloud"),
    AP_NORTHEAST_2("ap-northeast-2", "apne2.pure.cloud"),
    AP_SOUTH_1("ap-south-1", "aps1.pure.cloud"),
    SA_EAST_1("sa-east-1", "sae1.pure.cloud"),
    AP_NORTHEAST_3("ap-northeast-3", "apne3.pure.cloud"),
    EU_CENTRAL_2("eu-central-2", "euc2.pure.cloud"),
    ME_CENTRAL_1("me-central-1", "mec1.pure.cloud"),
    MX_CENTRAL_1("mx-central-1", "mxc1.pure.cloud"),
    AP_SOUTHEAST_1("ap-southeast-1", "apse1.pure.cloud"),
    EUSC_DE_EAST_1("eusc-de-east-1", "edee1.eusc-pure.cloud"),
    /** Genesys-internal test environment, kept because the provider accepts it. */
    DCA("dca", "inindca.com"),
    /** Genesys-internal test environment, kept because the provider accepts it. */
    TCA("tca", "inintca.com");

    private final String awsRegion;
    private final String domain;

    Region(String awsRegion, String domain) {
        this.awsRegion = awsRegion;
        this.domain = domain;
    }

    /** The provider's region name, e.g. {@code us-east-1}. */
    public String awsRegion() {
        return awsRegion;
    }

    /** The domain, e.g. {@code mypurecloud.com}. */
    public String domain() {
        return domain;
    }

    /** {@code login.<domain>}, the host of the token endpoint. */
    public String loginHost() {
        return "login." + domain;
    }

    /** {@code api.<domain>}, the host of the Platform API. */
    public String apiHost() {
        return "api." + domain;
    }

    /** {@code https://login.<domain>/oauth/token}. */
    public String tokenUrl() {
        return "https://" + loginHost() + "/oauth/token";
    }

    /** {@code https://api.<domain>}; API paths start with {@code /api/v2/}. */
    public String apiBaseUrl() {
        return "https://" + apiHost();
    }

    /**
     * The region for a provider region name (case-insensitive, surrounding blanks ignored).
     *
     * @throws InvalidInputException naming the value and listing the valid ones
     */
    public static Region of(String awsRegion) {
        String wanted = awsRegion == null ? "" : awsRegion.strip().toLowerCase(Locale.ROOT);
        for (Region region : values()) {
            if (region.awsRegion.equals(wanted)) {
                return region;
            }
        }
        throw new InvalidInputException("unknown Genesys Cloud region \"" + (awsRegion == null ? "" : awsRegion)
                + "\"; valid regions: " + names());
    }

    /** Every region name, comma separated, in table order. */
    public static String names() {
        return Arrays.stream(values()).map(Region::awsRegion).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return awsRegion;
    }
}

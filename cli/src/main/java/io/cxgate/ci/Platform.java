package io.cxgate.ci;

import java.util.Map;
import java.util.function.Consumer;

import io.cxgate.genesys.api.Sleeper;

/** The merge-request platforms {@code cxgate comment} posts to, with their comment size limits (characters). */
public enum Platform {
    GITHUB("GitHub", 65_536), GITLAB("GitLab", 1_000_000), AZURE_DEVOPS("Azure DevOps", 150_000);

    private final String displayName;
    private final int limit;

    Platform(String displayName, int limit) {
        this.displayName = displayName;
        this.limit = limit;
    }

    public String displayName() {
        return displayName;
    }

    /** The most characters one comment may hold. */
    public int limit() {
        return limit;
    }

    /**
     * The merge request the CI job runs for, from the platform's standard CI variables, or why there is none.
     *
     * @throws io.cxgate.InvalidInputException in a merge request but without a token or repository variable
     */
    public MergeRequest locate(Map<String, String> environment, Sleeper sleeper, Consumer<String> log) {
        switch (this) {
            case GITHUB: return GitHubPlatform.locate(environment, sleeper, log);
            case GITLAB: return GitLabPlatform.locate(environment, sleeper, log);
            case AZURE_DEVOPS: return AzureDevOpsPlatform.locate(environment, sleeper, log);
            default: throw new IllegalStateException("unhandled platform " + this);
        }
    }

    /** Where {@link #locate} found the job: in a merge request, or not (with a one-line notice). */
    public sealed interface MergeRequest {
        record Found(CommentPlatform platform) implements MergeRequest {
        }

        record Absent(String notice) implements MergeRequest {
        }
    }
}

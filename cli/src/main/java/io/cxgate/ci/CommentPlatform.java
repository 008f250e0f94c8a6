package io.cxgate.ci;

import java.util.List;
import java.util.Optional;

/**
 * The comments of one merge request on one platform, as the identity cxgate posts as sees them. Every method makes
 * HTTP calls with the Platform API client's retries; a platform still failing after them is a
 * {@link io.cxgate.CxgateException} whose message names the call and never the token.
 */
public sealed interface CommentPlatform extends AutoCloseable
        permits GitHubPlatform, GitLabPlatform, AzureDevOpsPlatform {

    Platform kind();

    /** The merge request in words, e.g. {@code GitHub pull request #7 of octo/cx}. */
    String where();

    /** The CI job's page, for the "see the report artifact" link when no {@code CXGATE_REPORT_URL} is set. */
    Optional<String> jobUrl();

    /** The login or ID cxgate posts as; only comments this identity wrote count as cxgate's. */
    String identity();

    /** Every comment of the merge request, every page, oldest first. */
    List<Comment> comments();

    /** Posts a new comment and returns it. */
    Comment create(String body);

    /** Replaces the body of a comment cxgate wrote. */
    void update(Comment comment, String body);

    @Override
    void close();

    /**
     * One comment: {@code id} locates it for an update (Azure DevOps: {@code thread/comment}), {@code author} is
     * the login or ID of who wrote it.
     */
    record Comment(String id, String author, String body) {
    }
}

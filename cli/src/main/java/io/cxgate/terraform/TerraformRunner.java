package io.cxgate.terraform;

/**
 * Runs one terraform command (a "phase": init, workspace, plan, state-pull, show, version, apply…).
 *
 * <p>Like atlantis's step runners, every phase goes through this one method; the plan and apply
 * services compose phases. Production uses {@link CommonsExecTerraformRunner}; tests may use a
 * stand-in.
 *
 * <p>What a runner promises:
 * <ul>
 *   <li>the child gets exactly {@link TerraformInvocation#environment()}, nothing inherited;</li>
 *   <li>nothing secret goes on the command line, and every line shown to the user is masked with the
 *       invocation's {@link io.cxgate.redact.Redactor};</li>
 *   <li>a non-zero exit or a timeout is a {@link TerraformResult}, not an exception: callers decide
 *       with {@link TerraformResult#requireSuccess()};</li>
 *   <li>a binary that cannot be found is an {@link io.cxgate.InvalidInputException}, any other failure
 *       to run the process a {@link io.cxgate.CxgateException}.</li>
 * </ul>
 */
public interface TerraformRunner {

    TerraformResult run(TerraformInvocation invocation);
}

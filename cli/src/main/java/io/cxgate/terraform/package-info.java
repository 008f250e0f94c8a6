/**
 * The terraform stage, low level: running one terraform command at a time.
 *
 * <ul>
 *   <li>{@link io.cxgate.terraform.TerraformRunner} runs a {@link io.cxgate.terraform.TerraformInvocation}
 *       and returns a {@link io.cxgate.terraform.TerraformResult}; {@link io.cxgate.terraform.CommonsExecTerraformRunner}
 *       is the production runner.</li>
 *   <li>{@link io.cxgate.terraform.TerraformCommands} builds the argument lists,
 *       {@link io.cxgate.terraform.TerraformEnvironment} the scrubbed environment, which hands the provider its
 *       credentials ({@link io.cxgate.config.GenesysCredentials}) through the environment only.</li>
 * </ul>
 *
 * <p>Secret-bearing output (the full log, captured plan JSON and state) is written owner-only and never
 * shown; what is shown on stderr is masked and has the plan's diff body withheld. Helpers in
 * {@code io.cxgate.terraform.internal} are not for use outside this stage.
 */
package io.cxgate.terraform;

package io.cxgate.apply;

import java.util.Objects;
import java.util.Optional;

import io.cxgate.gate.Refusal;

/** How {@code cxgate apply} ended: applied (0), refused by the gate (3, 4 or 7), or terraform failed (1). */
public sealed interface ApplyResult permits ApplyResult.Applied, ApplyResult.Refused, ApplyResult.Failed {

    enum Kind { APPLIED, REFUSED, FAILED }

    Kind kind();

    /**
     * @param deploymentId the id of the apply-started / apply-finished pair ({@code prod-0007})
     * @param head         the chain head after apply-finished ({@code sha256:…})
     * @param newSerial    the state's serial after the apply, when there is a state
     */
    record Applied(String deploymentId, String head, Optional<Long> newSerial) implements ApplyResult {
        public Applied {
            Objects.requireNonNull(deploymentId, "deploymentId");
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(newSerial, "newSerial");
        }

        @Override
        public Kind kind() {
            return Kind.APPLIED;
        }
    }

    record Refused(Refusal refusal) implements ApplyResult {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }

        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }
    }

    /** Terraform apply failed; {@code error} is its last error line, masked. Recorded as apply-finished failed. */
    record Failed(String deploymentId, String head, String error) implements ApplyResult {
        public Failed {
            Objects.requireNonNull(deploymentId, "deploymentId");
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(error, "error");
        }

        @Override
        public Kind kind() {
            return Kind.FAILED;
        }
    }
}

package io.cxgate.policy.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.protobuf.Timestamp;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

import io.cxgate.config.DeploymentWindow;
import io.cxgate.policy.Rule;

/**
 * The CEL environment of policy conditions and message templates: the declared variables of each scope, the
 * standard macros ({@code has}, {@code exists}, {@code all}, {@code filter}, {@code map}) and
 * {@code inWindow(now, env.windows)}.
 */
final class CelSetup {
    static final String IN_WINDOW_OVERLOAD = "inWindow_timestamp_list_string";
    /** Ints and doubles compare as numbers ({@code change.after.timeout > 2.5}); JSON integers are CEL ints. */
    static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .build();
    private static final CelFunctionDecl IN_WINDOW = CelFunctionDecl.newFunctionDeclaration("inWindow",
            CelOverloadDecl.newGlobalOverload(IN_WINDOW_OVERLOAD,
                    "whether the timestamp falls in any of the deployment windows, read in the config's time zone",
                    SimpleType.BOOL, SimpleType.TIMESTAMP, CelTypes.STRINGS));

    private static final Map<String, CelCompiler> COMPILERS = new ConcurrentHashMap<>();
    private static final Map<String, DeploymentWindow> WINDOWS = new ConcurrentHashMap<>();

    private CelSetup() {
    }

    /** For a condition (result bool) or a template expression (any result), in a rule's scope. */
    static CelCompiler compiler(Rule.Scope scope, boolean condition) {
        return COMPILERS.computeIfAbsent(scope.id() + "/" + condition, key -> build(scope, condition));
    }

    private static CelCompiler build(Rule.Scope scope, boolean condition) {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setTypeProvider(CelTypes.PROVIDER)
                .addVar("plan", CelTypes.PLAN)
                .addVar("findings", CelTypes.FINDINGS)
                .addVar("simulation", CelTypes.SIMULATION)
                .addVar("env", CelTypes.ENV)
                .addVar("now", SimpleType.TIMESTAMP)
                .addFunctionDeclarations(IN_WINDOW);
        if (scope == Rule.Scope.CHANGE) {
            builder.addVar("change", CelTypes.CHANGE);
        }
        if (condition) {
            builder.setResultType(SimpleType.BOOL);
        }
        return builder.build();
    }

    /** A runtime whose {@code inWindow} reads windows in {@code zone}. */
    static CelRuntime runtime(ZoneId zone) {
        return CelRuntimeFactory.standardCelRuntimeBuilder()
                .setOptions(OPTIONS)
                .addFunctionBindings(CelFunctionBinding.from(IN_WINDOW_OVERLOAD, Timestamp.class, List.class,
                        (now, windows) -> inWindow(now, windows, zone)))
                .build();
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private static boolean inWindow(Timestamp now, List<?> windows, ZoneId zone) throws CelEvaluationException {
        Instant instant = Instant.ofEpochSecond(now.getSeconds(), now.getNanos());
        for (Object window : windows) {
            DeploymentWindow parsed;
            try {
                parsed = WINDOWS.computeIfAbsent(String.valueOf(window), DeploymentWindow::parse);
            } catch (IllegalArgumentException e) {
                throw new CelEvaluationException("inWindow: " + e.getMessage(), e);
            }
            if (DeploymentWindow.anyContains(List.of(parsed), instant, zone)) {
                return true;
            }
        }
        return false;
    }
}

package io.cxgate.policytest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cxgate.InvalidInputException;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.Plan;
import io.cxgate.plan.PlanReader;
import io.cxgate.policy.Evaluation;
import io.cxgate.policy.EvaluationInput;
import io.cxgate.policy.PolicyEngine;
import io.cxgate.policy.PolicyLoader;
import io.cxgate.policy.PolicySet;
import io.cxgate.policy.PolicyTestCase;
import io.cxgate.policy.PolicyTestSuite;
import io.cxgate.policy.Rule;
import io.cxgate.redact.Redactor;

/**
 * Runs the {@code kind: PolicyTest} cases of a policies directory against its own rules and waivers: each case's
 * plan (read like {@code check} reads one), environment, clock and findings, compared with the expected outcome
 * and the exact set of rules fired.
 */
public final class PolicyTestService {
    /** The directory used when neither DIR nor the config names one. */
    static final String DEFAULT_DIR = "policies";

    private final ResourceCatalog catalog;
    private final Clock clock;

    public PolicyTestService() {
        this(ResourceCatalog.bundled(), Clock.systemUTC());
    }

    public PolicyTestService(ResourceCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public PolicyTestReport run(PolicyTestRequest request) {
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), request.workingDir());
        Path dir;
        String display;
        if (request.dir().isPresent()) {
            dir = request.workingDir().resolve(request.dir().get());
            display = request.dir().get().toString();
        } else if (config.flatMap(CxgateConfig::policies).isPresent()) {
            dir = config.get().policies().get();
            display = dir.toString();
        } else if (Files.isDirectory(request.workingDir().resolve(DEFAULT_DIR))) {
            dir = request.workingDir().resolve(DEFAULT_DIR);
            display = DEFAULT_DIR;
        } else {
            throw new InvalidInputException("no policies directory: pass DIR, or set policies: in cxgate.yaml");
        }
        PolicySet set = PolicyLoader.load(dir, display);
        PolicyEngine engine = PolicyEngine.compile(set, config.map(CxgateConfig::timeZone).orElse(ZoneOffset.UTC));
        PlanReader reader = new PlanReader(catalog, config
                .map(c -> Redactor.ofPatterns(c.maskPatterns(), c.file().toString())).orElse(Redactor.none()));
        Instant defaultNow = request.now()
                .map(n -> n.at(config.map(CxgateConfig::timeZone).orElse(ZoneOffset.UTC))).orElseGet(clock::instant);

        Map<Path, Plan> plans = new HashMap<>();
        List<CaseResult> results = new ArrayList<>();
        Set<String> exercised = new LinkedHashSet<>();
        for (PolicyTestSuite suite : set.tests()) {
            for (PolicyTestCase c : suite.cases()) {
                Plan plan = plans.computeIfAbsent(c.plan(), p -> reader.read(p, c.planDisplay()));
                long start = System.nanoTime();
                Evaluation evaluation = engine.evaluate(new EvaluationInput(plan, c.environment(),
                        c.now().orElse(defaultNow), c.findings(), c.simulation(), Optional.empty(),
                        c.rollback()));
                long millis = (System.nanoTime() - start) / 1_000_000;
                exercised.addAll(evaluation.firedRules());
                List<String> errors = evaluation.policies().stream().filter(p -> p.error() != null)
                        .map(p -> p.rule() + " on " + String.join(", ", p.addresses()) + ": " + p.error()).toList();
                results.add(new CaseResult(suite.name(), suite.file(), c.name(), suite.file() + ": " + c.at(),
                        c.expectedOutcome(), c.expectedFired(), evaluation.decision().outcome(),
                        evaluation.firedRules(), evaluation.decision().reasons(), errors, millis));
            }
        }
        List<String> untested = set.rules().stream().map(Rule::name).filter(r -> !exercised.contains(r)).toList();
        return new PolicyTestReport(display, results, untested);
    }
}

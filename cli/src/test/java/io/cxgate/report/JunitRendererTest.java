package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.cxgate.policy.Decision;
import io.cxgate.testing.Fixtures;

class JunitRendererTest {
    private static final Report FULL = SampleReports.full();
    private static final Report APPROVAL = SampleReports.approvalRequired();

    @Test
    void fullReportMatchesTheGolden() throws Exception {
        SampleReports.assertGolden(SampleReports.render(new JunitRenderer(), FULL), "ci-sample.junit.xml");
    }

    @Test
    void approvalReportMatchesTheGolden() throws Exception {
        SampleReports.assertGolden(SampleReports.render(new JunitRenderer(), APPROVAL), "ci-sample-approval.junit.xml");
    }

    @Test
    void bothReportsAreValidAgainstTheCommonJunitSchema() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Fixtures.repo("cli/src/test/resources/schemas/junit.xsd").toFile());
        for (Report report : List.of(FULL, APPROVAL)) {
            schema.newValidator().validate(new StreamSource(new StringReader(SampleReports.render(new JunitRenderer(),
                    report))));
        }
    }

    @Test
    void oneCasePerFiringWaiverAndFindingPlusTheDecision() throws Exception {
        Document xml = parse(FULL);
        assertEquals(1 + FULL.policies().size() + FULL.waivers().size() + FULL.findings().size(),
                xml.getElementsByTagName("testcase").getLength());
        // known answers for this plan: 6 firings (2 deny, 4 require_approval), 2 waivers, 7 findings (6 error, 1 warning)
        assertEquals(6, FULL.policies().size());
        assertEquals(7, FULL.findings().size());
        Element root = xml.getDocumentElement();
        assertEquals("16", root.getAttribute("tests"));
        assertEquals("13", root.getAttribute("failures"), "decision + 6 blocking firings + 6 error findings");
        assertEquals("2", root.getAttribute("skipped"), "the two waivers");
    }

    @Test
    void blockingFiringsFailWithTheirMessageAndEffect() throws Exception {
        Element firing = caseNamed(parse(FULL), "queue-delete: module.queues.genesyscloud_routing_queue.spanish_legacy");
        Element failure = (Element) firing.getElementsByTagName("failure").item(0);
        assertEquals("require_approval", failure.getAttribute("type"));
        assertEquals("Deleting Queue \"Spanish Line (legacy)\" (delete) needs Operations approval",
                failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("approvers: cc-operations × 1"), failure.getTextContent());
        assertEquals("cxgate.prod.policy.routing-objects", firing.getAttribute("classname"));
    }

    @Test
    void aWarningFindingPassesAndAnErrorFindingFails() throws Exception {
        Document xml = parse(FULL);
        Element warning = caseNamed(xml, "OUT_OF_BAND_CHANGE: module.queues.genesyscloud_routing_queue.support");
        assertEquals(0, warning.getElementsByTagName("failure").getLength());
        assertTrue(warning.getElementsByTagName("system-out").item(0).getTextContent().contains("jane.doe"));
        Element error = caseNamed(xml, "DELETE_IN_USE: module.queues.genesyscloud_routing_queue.spanish_legacy");
        assertEquals("DELETE_IN_USE", ((Element) error.getElementsByTagName("failure").item(0)).getAttribute("type"));
    }

    @Test
    void waiversAreSkippedCasesNamingOwnerExpiryAndReason() throws Exception {
        Element waiver = caseNamed(parse(FULL), "flow-publish-needs-review: module.flows.genesyscloud_flow.inbound_main");
        assertEquals("applied waiver by carol until 2026-12-31: hotfix agreed with CX leads <INC-4711>",
                ((Element) waiver.getElementsByTagName("skipped").item(0)).getAttribute("message"));
    }

    @Test
    void theDecisionCaseFailsUnlessAllowedAndNamesTheApprovals() throws Exception {
        assertEquals(Decision.Outcome.APPROVAL_REQUIRED, APPROVAL.decision().outcome());
        Element decision = caseNamed(parse(APPROVAL), "decision");
        Element failure = (Element) decision.getElementsByTagName("failure").item(0);
        assertEquals("approval_required", failure.getAttribute("type"));
        assertEquals("approval required: cc-operations × 1", failure.getAttribute("message"));
    }

    private static Document parse(Report report) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                SampleReports.render(new JunitRenderer(), report))));
    }

    private static Element caseNamed(Document xml, String name) {
        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(name)) {
                return c;
            }
            names.add(c.getAttribute("name"));
        }
        throw new AssertionError("no test case " + name + " in " + names);
    }
}

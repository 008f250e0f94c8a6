package io.cxgate.policytest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitTestRendererTest {
    private static Document render() throws Exception {
        StringWriter out = new StringWriter();
        new JunitTestRenderer().render(TextTestRendererTest.REPORT, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void casesAreTestcasesOfOneSuitePerPolicyTest() throws Exception {
        Document xml = render();
        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("3", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
        assertEquals("queues", suite.getAttribute("name"));
        assertEquals("2", suite.getAttribute("tests"));
        Element failed = (Element) suite.getElementsByTagName("testcase").item(1);
        assertEquals("dev is <free> & easy", failed.getAttribute("name"));
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertEquals("expected allow [], got deny [blast-radius, queue-delete]", failure.getAttribute("message"));
        assertEquals("at policies/tests/q.yaml: line 9, column 5\n- blast-radius: 30 deletes\n", failure.getTextContent());
    }

    @Test
    void untestedRulesAreSkippedTestcases() throws Exception {
        Element suite = (Element) render().getElementsByTagName("testsuite").item(1);
        assertEquals(JunitTestRenderer.UNTESTED_SUITE, suite.getAttribute("name"));
        Element rule = (Element) suite.getElementsByTagName("testcase").item(0);
        assertEquals("flow-delete", rule.getAttribute("name"));
        assertEquals(1, rule.getElementsByTagName("skipped").getLength());
    }

    @Test
    void textThatXmlCannotHoldIsReplaced() throws IOException {
        assertEquals("a&amp;b&lt;c&gt;&quot;&apos;\uFFFD", JunitTestRenderer.xml("a&b<c>\"'\u0001"));
    }
}

package io.cxgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.internal.ChangeParser;
import io.cxgate.plan.internal.Json;
import io.cxgate.redact.Redactor;

class ChangeParserTest {
    private final ChangeParser parser = new ChangeParser(ResourceCatalog.bundled(), Redactor.none());

    private ResourceChange parse(String json) throws Exception {
        return parser.parse(Json.MAPPER.readTree(json.replace('\'', '"')), true);
    }

    private static Map<String, AttributeChange> byPath(ResourceChange c) {
        return c.attributes().stream().collect(Collectors.toMap(AttributeChange::path, Function.identity()));
    }

    @Test
    void updateReportsOnlyChangedLeavesInThePathGrammar() throws Exception {
        ResourceChange c = parse("{'address':'module.queues.genesyscloud_routing_queue.sales','module_address':'module.queues',"
                + "'type':'genesyscloud_routing_queue','name':'sales','change':{'actions':['update'],"
                + "'before':{'name':'Sales','acw_timeout_ms':30000,'media_settings_call':[{'alerting_timeout_sec':8,'service_level_percentage':0.8}],"
                + "'default_script_ids':{'CALL':'s1'}},"
                + "'after':{'name':'Sales','acw_timeout_ms':60000,'media_settings_call':[{'alerting_timeout_sec':15,'service_level_percentage':0.8}],"
                + "'default_script_ids':{'CALL':'s2'}},"
                + "'after_unknown':{},'before_sensitive':{},'after_sensitive':{}}}");
        assertEquals(Action.UPDATE, c.action());
        assertEquals("Queue \"Sales\"", c.label());
        assertEquals(List.of("acw_timeout_ms", "media_settings_call[0].alerting_timeout_sec", "default_script_ids[\"CALL\"]"),
                c.changedPaths());
        AttributeChange acw = byPath(c).get("acw_timeout_ms");
        assertEquals(30000L, acw.before().longValue());
        assertEquals(60000L, acw.after().longValue());
        assertFalse(acw.forcesReplacement());
    }

    @Test
    void setTypedAttributesAreReportedAsElementsAddedAndRemoved() throws Exception {
        ResourceChange c = parse("{'address':'genesyscloud_routing_queue.sales','type':'genesyscloud_routing_queue','name':'sales',"
                + "'change':{'actions':['update'],"
                + "'before':{'name':'Sales','members':[{'user_id':'u1','ring_num':1},{'user_id':'u2','ring_num':1}],'wrapup_codes':['w1']},"
                + "'after':{'name':'Sales','members':[{'user_id':'u2','ring_num':1},{'user_id':'u3','ring_num':2}],'wrapup_codes':['w1']},"
                + "'after_unknown':{},'before_sensitive':{},'after_sensitive':{}}}");
        assertEquals(List.of("members"), c.changedPaths());
        AttributeChange members = c.attributes().get(0);
        assertTrue(members.set());
        assertEquals("[{\"user_id\":\"u1\",\"ring_num\":1}]", members.before().toString());
        assertEquals("[{\"user_id\":\"u3\",\"ring_num\":2}]", members.after().toString());
    }

    @Test
    void replaceMarksTheAttributesThatForceIt() throws Exception {
        ResourceChange c = parse("{'address':'genesyscloud_routing_skill.spanish','type':'genesyscloud_routing_skill','name':'spanish',"
                + "'action_reason':'replace_because_cannot_update',"
                + "'change':{'actions':['delete','create'],'before':{'id':'a1','name':'Spanish'},'after':{'name':'Spanish - Native'},"
                + "'after_unknown':{'id':true},'before_sensitive':{},'after_sensitive':{},'replace_paths':[['name']]}}");
        assertEquals(Action.REPLACE, c.action());
        assertEquals(List.of("name"), c.replacePaths());
        Map<String, AttributeChange> attrs = byPath(c);
        assertTrue(attrs.get("name").forcesReplacement());
        assertTrue(attrs.get("id").afterUnknown());
        assertTrue(attrs.get("id").after().isNull());
        assertEquals("replace_because_cannot_update", c.actionReason());
    }

    @Test
    void catalogForceNewMarksReplacementWhenReplacePathsAreAbsent() throws Exception {
        ResourceChange c = parse("{'address':'genesyscloud_routing_skill.s','type':'genesyscloud_routing_skill','name':'s',"
                + "'change':{'actions':['delete','create'],'before':{'id':'a1','name':'A'},'after':{'name':'B'},"
                + "'after_unknown':{'id':true}}}");
        assertTrue(byPath(c).get("name").forcesReplacement());
    }

    @Test
    void sensitiveMarksAtAnyDepthAndCatalogSensitiveAttributesAreMasked() throws Exception {
        ResourceChange c = parse("{'address':'genesyscloud_integration_action.lookup','type':'genesyscloud_integration_action','name':'lookup',"
                + "'change':{'actions':['update'],"
                + "'before':{'name':'Lookup','config_request':[{'request_type':'GET','headers':{'Authorization':'Bearer OLD-SECRET'},'request_template':'x'}]},"
                + "'after':{'name':'Lookup','config_request':[{'request_type':'GET','headers':{'Authorization':'Bearer NEW-SECRET'},'request_template':'y'}]},"
                + "'after_unknown':{},'before_sensitive':{'config_request':[{'request_template':true}]},'after_sensitive':{'config_request':[{'request_template':true}]}}}");
        Map<String, AttributeChange> attrs = byPath(c);
        AttributeChange header = attrs.get("config_request[0].headers");
        assertTrue(header.sensitive(), attrs.keySet().toString());
        assertEquals("(sensitive)", header.before().asText());
        assertEquals("(sensitive)", header.after().asText());
        assertTrue(attrs.get("config_request[0].request_template").sensitive());
        String all = c.attributes().toString() + c.values().before() + c.values().after();
        assertFalse(all.contains("SECRET"), all);
        assertFalse(all.contains("\"x\""), all);
    }

    @Test
    void unknownAfterApplyIsFlaggedWithANullAfter() throws Exception {
        ResourceChange c = parse("{'address':'genesyscloud_flow.main','type':'genesyscloud_flow','name':'main',"
                + "'change':{'actions':['update'],'before':{'filepath':'flows/main.yaml','file_content_hash':'abc'},"
                + "'after':{'filepath':'flows/main.yaml'},'after_unknown':{'file_content_hash':true},"
                + "'before_sensitive':{},'after_sensitive':{}}}");
        AttributeChange hash = byPath(c).get("file_content_hash");
        assertTrue(hash.afterUnknown());
        assertEquals("abc", hash.before().asText());
        assertTrue(hash.after().isNull());
    }

    @Test
    void integrationLabelUsesTheConfigName() throws Exception {
        ResourceChange c = parse("{'address':'genesyscloud_integration.crm','type':'genesyscloud_integration','name':'crm',"
                + "'change':{'actions':['create'],'before':null,'after':{'integration_type':'purecloud-data-actions','config':[{'name':'CRM Web Services'}]},"
                + "'after_unknown':{'id':true},'before_sensitive':false,'after_sensitive':{}}}");
        assertEquals("Integration \"CRM Web Services\"", c.label());
    }

    @Test
    void aNameUnderASensitiveBlockStaysOutOfTheLabel() throws Exception {
        ResourceChange c = parse("{'address':'genesyscloud_integration.crm','type':'genesyscloud_integration','name':'crm',"
                + "'change':{'actions':['create'],'before':null,'after':{'integration_type':'x','config':[{'name':'SECRET-NAME'}]},"
                + "'after_unknown':{'id':true},'before_sensitive':false,'after_sensitive':{'config':true}}}");
        assertEquals("Integration crm", c.label());
    }

    @Test
    void unknownTypesRenderWithTheirRawTypeName() throws Exception {
        ResourceChange c = parse("{'address':'null_resource.x','type':'null_resource','name':'x',"
                + "'change':{'actions':['create'],'before':null,'after':{'triggers':null},'after_unknown':{'id':true}}}");
        assertEquals("null_resource x", c.label());
    }

    @Test
    void redactorPatternsMaskMatchingText() throws Exception {
        ChangeParser masking = new ChangeParser(ResourceCatalog.bundled(),
                Redactor.ofPatterns(List.of("(?i)bearer\\s+\\S+"), "cxgate.yaml"));
        JsonNode entry = Json.MAPPER.readTree(("{'address':'null_resource.x','type':'null_resource','name':'x',"
                + "'change':{'actions':['update'],'before':{'note':'token Bearer abc123'},'after':{'note':'token Bearer def456'}}}")
                .replace('\'', '"'));
        ResourceChange c = masking.parse(entry, true);
        assertEquals("\"token (sensitive)\"", c.attributes().get(0).before().toString());
    }
}

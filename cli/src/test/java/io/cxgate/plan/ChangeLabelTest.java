package io.cxgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.internal.ChangeParser;
import io.cxgate.plan.internal.Json;
import io.cxgate.redact.Redactor;

/** Change labels name objects as an admin knows them (issue 10 item 2). */
class ChangeLabelTest {
    private final ChangeParser parser = new ChangeParser(ResourceCatalog.bundled(), Redactor.none());

    private String label(String type, String action, String before, String after) throws Exception {
        String json = "{'address':'" + type + ".x','type':'" + type + "','name':'x','change':{'actions':['" + action
                + "'],'before':" + before + ",'after':" + after + ",'after_unknown':{},'before_sensitive':{},"
                + "'after_sensitive':{}}}";
        return parser.parse(Json.MAPPER.readTree(json.replace('\'', '"')), true).label();
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
            "genesyscloud_routing_queue|update|{'name':'Sales'}|{'name':'Sales'}|Queue \"Sales\"",
            "genesyscloud_outbound_contact_list|create|null|{'name':'Spring campaign'}|Contact list \"Spring campaign\"",
            "genesyscloud_telephony_providers_edges_site|update|{'name':'Indianapolis'}|{'name':'Indianapolis'}|Site \"Indianapolis\"",
            "genesyscloud_outbound_dnclist|delete|{'name':'Internal DNC'}|null|DNC list \"Internal DNC\"",
            "genesyscloud_architect_emergencygroup|update|{'name':'Snow day'}|{'name':'Snow day'}|Emergency group \"Snow day\"",
            "genesyscloud_telephony_providers_edges_did_pool|update|{'start_phone_number':'+13175550100','end_phone_number':'+13175550199'}"
                    + "|{'start_phone_number':'+13175550100','end_phone_number':'+13175550199','description':'x'}"
                    + "|DID pool +1 317-555-0100…0199",
            "genesyscloud_telephony_providers_edges_did_pool|create|null"
                    + "|{'start_phone_number':'+13175550100','end_phone_number':'+13175560099'}"
                    + "|DID pool +1 317-555-0100…+1 317-556-0099",
            "genesyscloud_telephony_providers_edges_did_pool|delete"
                    + "|{'start_phone_number':'+442071234500','end_phone_number':'+442071234699'}|null"
                    + "|DID pool +442071234500…+442071234699",
            "genesyscloud_telephony_providers_edges_extension_pool|create|null|{'start_number':'1000','end_number':'1999'}"
                    + "|Extension pool 1000…1999",
            "genesyscloud_flow|update|{'filepath':'flows/inbound_main.yaml','name':null}"
                    + "|{'filepath':'flows/inbound_main.yaml','name':null}|Flow inbound_main.yaml",
            "genesyscloud_flow|update|{'filepath':'flows/inbound_main.yaml','name':'Main Inbound'}"
                    + "|{'filepath':'flows/inbound_main.yaml','name':'Main Inbound'}|Flow \"Main Inbound\"",
            "genesyscloud_user_roles|update|{'user_id':'u1'}|{'user_id':'u1'}|User roles x",
            "genesyscloud_made_up|update|{'name':'Thing'}|{'name':'Thing'}|genesyscloud_made_up \"Thing\""})
    void labelNamesTheObjectAnAdminKnows(String type, String action, String before, String after, String expected)
            throws Exception {
        assertEquals(expected, label(type, action, before, after));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a sensitive name never labels|{'name':'Hidden'}|{'name':true}|Queue x",
            "a sensitive range end leaves the start|{'start_phone_number':'+13175550100','end_phone_number':'+13175550199'}"
                    + "|{'end_phone_number':true}|DID pool +1 317-555-0100"})
    void sensitiveValuesNeverReachTheLabel(String name, String after, String afterSensitive, String expected)
            throws Exception {
        String type = expected.startsWith("Queue") ? "genesyscloud_routing_queue"
                : "genesyscloud_telephony_providers_edges_did_pool";
        String json = "{'address':'" + type + ".x','type':'" + type + "','name':'x','change':{'actions':['create'],"
                + "'before':null,'after':" + after + ",'after_unknown':{},'before_sensitive':false,'after_sensitive':"
                + afterSensitive + "}}";
        assertEquals(expected, parser.parse(Json.MAPPER.readTree(json.replace('\'', '"')), true).label());
    }
}

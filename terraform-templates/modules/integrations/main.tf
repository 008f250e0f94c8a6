# A Web Services Data Actions integration and one data action that looks a caller up in the CRM by
# phone number. The inbound call flow calls it by category and name.
resource "genesyscloud_integration" "crm" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"

  config {
    name       = var.integration_name
    notes      = "CRM customer lookups for the IVR. Managed by Terraform."
    properties = jsonencode({})
    advanced   = jsonencode({})
  }
}

resource "genesyscloud_integration_action" "lookup_customer" {
  name                   = "Lookup Customer By Phone"
  category               = var.integration_name
  integration_id         = genesyscloud_integration.crm.id
  secure                 = false
  config_timeout_seconds = 10

  # contract_input, contract_output, integration_id and secure are ForceNew: changing one replaces the
  # action, and the flow that calls it must be republished (cxgate reports the replace).
  contract_input = jsonencode({
    type     = "object"
    required = ["phoneNumber"]
    properties = {
      phoneNumber = { type = "string", description = "The caller's number, E.164 or tel: URI" }
    }
  })
  contract_output = jsonencode({
    type = "object"
    properties = {
      customerId = { type = "string" }
      isVip      = { type = "boolean" }
    }
  })

  config_request {
    request_type         = "GET"
    request_url_template = "${var.crm_base_url}/customers?phone=$esc.url($${input.phoneNumber})"
    request_template     = "$${input.rawRequest}"
    # The key comes from a sensitive variable, so plans mark it sensitive; the provider does not, so it
    # is stored in clear in the Terraform state and in the data action (see the README: secrets).
    headers = {
      "X-API-Key"    = var.crm_api_key
      "Content-Type" = "application/json"
    }
  }

  config_response {
    translation_map = {
      customerId = "$.id"
      isVip      = "$.vip"
    }
    translation_map_defaults = {
      customerId = "\"\""
      isVip      = "false"
    }
    success_template = "{ \"customerId\": $${customerId}, \"isVip\": $${isVip} }"
  }
}

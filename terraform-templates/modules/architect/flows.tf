# Flow YAML refers to queues, data actions and its division by name, so Terraform sees no reference;
# the substitutions below come from the resources' attributes, which makes Terraform create those
# first and lets cxgate check the names against the target org (FLOW_TARGET_MISSING).
# Renaming a flow (flow_name) creates a new flow and leaves the old one in the org.
resource "genesyscloud_flow" "inbound_call" {
  filepath = "${path.module}/flows/inbound-call.yaml"
  substitutions = {
    flow_name            = "Contact Center Inbound"
    division_name        = var.division_name
    sales_queue          = var.queue_names["sales"]
    support_queue        = var.queue_names["support"]
    billing_queue        = var.queue_names["billing"]
    data_action_category = var.data_action_category
    data_action_name     = var.data_action_name
  }
}

resource "genesyscloud_flow" "closed" {
  filepath = "${path.module}/flows/closed.yaml"
  substitutions = {
    flow_name     = "Contact Center Closed"
    division_name = var.division_name
  }
}

# A small contact center: one division, three voice queues with wrap-up codes and members, skills and
# languages, opening hours with holidays, an IVR in front of an inbound call flow that looks the caller
# up in a CRM through a data action and transfers to the queues by name.

resource "genesyscloud_auth_division" "contact_center" {
  name        = var.division_name
  description = "Customer contact center (${var.environment}), managed by Terraform"
}

locals {
  # Object names are the same in every org: flows find queues and data actions by name, and cxgate
  # compares orgs by name. Keys are stable addresses: renaming a queue is an update, not a replacement.
  queues = {
    sales = {
      name         = "Sales"
      description  = "New customers and upgrades"
      wrapup_codes = ["sale_made", "no_sale", "callback_requested"]
    }
    support = {
      name         = "Support"
      description  = "Existing customers: faults and how-to questions"
      wrapup_codes = ["issue_resolved", "escalated", "callback_requested"]
    }
    billing = {
      name         = "Billing"
      description  = "Invoices, payments and refunds"
      wrapup_codes = ["issue_resolved", "refund_issued", "escalated"]
    }
  }
}

module "routing" {
  source = "./modules/routing"

  division_id   = genesyscloud_auth_division.contact_center.id
  queues        = local.queues
  queue_members = var.queue_members
}

module "integrations" {
  source = "./modules/integrations"

  crm_base_url = var.crm_base_url
  crm_api_key  = var.crm_api_key
}

module "architect" {
  source = "./modules/architect"

  division_id   = genesyscloud_auth_division.contact_center.id
  division_name = genesyscloud_auth_division.contact_center.name
  time_zone     = var.time_zone
  ivr_dnis      = var.ivr_dnis
  did_pool      = var.did_pool

  # Flows refer to these by name; passing them from the resources also orders the deployment
  # (queues and the data action exist before the flow that names them is published).
  queue_names          = module.routing.queue_names
  data_action_category = module.integrations.data_action_category
  data_action_name     = module.integrations.data_action_name
}

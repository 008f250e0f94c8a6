# Only for BYOC numbers: Genesys Cloud Voice numbers come with their own pool.
resource "genesyscloud_telephony_providers_edges_did_pool" "ivr" {
  count = var.did_pool == null ? 0 : 1

  start_phone_number = var.did_pool.start_phone_number
  end_phone_number   = var.did_pool.end_phone_number
  description        = "Contact center IVR numbers"
  pool_provider      = "PURE_CLOUD"
}

# name is ForceNew: renaming the IVR recreates it.
resource "genesyscloud_architect_ivr" "main" {
  name                  = "Contact Center IVR"
  description           = "Routes the contact center numbers by opening hours"
  division_id           = var.division_id
  dnis                  = var.ivr_dnis
  schedule_group_id     = genesyscloud_architect_schedulegroups.contact_center.id
  open_hours_flow_id    = genesyscloud_flow.inbound_call.id
  closed_hours_flow_id  = genesyscloud_flow.closed.id
  holiday_hours_flow_id = genesyscloud_flow.closed.id

  depends_on = [genesyscloud_telephony_providers_edges_did_pool.ivr]
}

output "inbound_flow_id" {
  value = genesyscloud_flow.inbound_call.id
}

output "closed_flow_id" {
  value = genesyscloud_flow.closed.id
}

output "schedule_group_id" {
  value = genesyscloud_architect_schedulegroups.contact_center.id
}

output "ivr_id" {
  value = genesyscloud_architect_ivr.main.id
}

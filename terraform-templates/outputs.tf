output "division_id" {
  value = genesyscloud_auth_division.contact_center.id
}

output "queue_ids" {
  description = "Queue IDs by key (sales, support, billing)."
  value       = module.routing.queue_ids
}

output "inbound_flow_id" {
  value = module.architect.inbound_flow_id
}

output "ivr_id" {
  value = module.architect.ivr_id
}

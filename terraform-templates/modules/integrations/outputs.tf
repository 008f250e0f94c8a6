output "integration_id" {
  value = genesyscloud_integration.crm.id
}

output "data_action_id" {
  value = genesyscloud_integration_action.lookup_customer.id
}

output "data_action_category" {
  description = "Category under which flows find the data action (callData category key)."
  value       = genesyscloud_integration_action.lookup_customer.category
}

output "data_action_name" {
  value = genesyscloud_integration_action.lookup_customer.name
}

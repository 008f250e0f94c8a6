output "queue_ids" {
  value = { for key, queue in genesyscloud_routing_queue.queue : key => queue.id }
}

output "queue_names" {
  description = "Queue names by key, for flows that refer to queues by name."
  value       = { for key, queue in genesyscloud_routing_queue.queue : key => queue.name }
}

output "skill_ids" {
  value = { for key, skill in genesyscloud_routing_skill.skill : key => skill.id }
}

output "language_ids" {
  value = { for key, language in genesyscloud_routing_language.language : key => language.id }
}

output "wrapup_code_ids" {
  value = { for key, code in genesyscloud_routing_wrapupcode.code : key => code.id }
}

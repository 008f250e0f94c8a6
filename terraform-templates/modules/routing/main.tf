# Skills and languages are ForceNew on their name: renaming one deletes it and creates a new one with a
# new ID, which breaks flows and users that hold the old ID. Keys stay stable; rename with care.
locals {
  skills = {
    sales     = "Sales"
    billing   = "Billing"
    technical = "Technical Support"
  }
  languages = {
    english = "English"
    spanish = "Spanish"
  }
  wrapup_codes = {
    sale_made          = { name = "Sale Made", description = "The caller bought or upgraded" }
    no_sale            = { name = "No Sale", description = "Sales call without an order" }
    issue_resolved     = { name = "Issue Resolved", description = "Solved on the call" }
    escalated          = { name = "Escalated", description = "Handed to second line or a supervisor" }
    refund_issued      = { name = "Refund Issued", description = "A refund or credit was raised" }
    callback_requested = { name = "Callback Requested", description = "The caller asked to be called back" }
  }
}

resource "genesyscloud_routing_skill" "skill" {
  for_each = local.skills
  name     = each.value
}

resource "genesyscloud_routing_language" "language" {
  for_each = local.languages
  name     = each.value
}

resource "genesyscloud_routing_wrapupcode" "code" {
  for_each    = local.wrapup_codes
  name        = each.value.name
  description = each.value.description
  division_id = var.division_id
}

# Agents are looked up by e-mail: they exist already (SCIM or the admin UI) and differ per org.
data "genesyscloud_user" "agent" {
  for_each = toset(flatten(values(var.queue_members)))
  email    = each.value
}

resource "genesyscloud_routing_queue" "queue" {
  for_each = var.queues

  name                             = each.value.name
  description                      = each.value.description
  division_id                      = var.division_id
  acw_wrapup_prompt                = "MANDATORY_TIMEOUT"
  acw_timeout_ms                   = 60000
  skill_evaluation_method          = "BEST"
  enable_transcription             = true
  enable_manual_assignment         = false
  suppress_in_queue_call_recording = true

  media_settings_call {
    alerting_timeout_sec      = var.alerting_timeout_sec
    service_level_percentage  = 0.8
    service_level_duration_ms = 20000
  }

  # A set: cxgate reports members added and removed, not positions.
  dynamic "members" {
    for_each = toset(lookup(var.queue_members, each.key, []))
    content {
      user_id  = data.genesyscloud_user.agent[members.value].id
      ring_num = 1
    }
  }

  wrapup_codes = [for code in each.value.wrapup_codes : genesyscloud_routing_wrapupcode.code[code].id]
}

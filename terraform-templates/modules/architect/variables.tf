variable "division_id" {
  description = "Division that owns the schedules, the schedule group, the flows and the IVR."
  type        = string
}

variable "division_name" {
  description = "Name of that division: flows name their division in the YAML."
  type        = string
}

variable "time_zone" {
  description = "IANA time zone of the opening hours."
  type        = string
}

variable "ivr_dnis" {
  description = "Phone numbers (E.164) that reach the IVR."
  type        = list(string)

  validation {
    condition     = alltrue([for n in var.ivr_dnis : can(regex("^\\+[1-9][0-9]{6,14}$", n))])
    error_message = "Every ivr_dnis entry must be an E.164 number such as +442071234567."
  }
}

variable "did_pool" {
  description = "A DID range to create, or null."
  type = object({
    start_phone_number = string
    end_phone_number   = string
  })
  default = null
}

variable "queue_names" {
  description = "Queue names by key (sales, support, billing), substituted into the flow."
  type        = map(string)
}

variable "data_action_category" {
  description = "Category of the CRM lookup data action."
  type        = string
}

variable "data_action_name" {
  description = "Name of the CRM lookup data action."
  type        = string
}

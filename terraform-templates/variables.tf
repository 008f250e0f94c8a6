variable "environment" {
  description = "Short name of the target environment (dev, uat, prod); used in descriptions only, never in object names, so that names match across orgs."
  type        = string

  validation {
    condition     = contains(["dev", "uat", "prod"], var.environment)
    error_message = "environment must be dev, uat or prod."
  }
}

variable "division_name" {
  description = "Name of the division that owns every object of this contact center in the target org."
  type        = string
}

variable "time_zone" {
  description = "IANA time zone the opening hours are read in."
  type        = string
  default     = "Europe/London"
}

variable "queue_members" {
  description = "Agents of each queue, by queue key (sales, support, billing), as the e-mail addresses of users that already exist in the org (users are provisioned by SCIM, not here)."
  type        = map(list(string))

  validation {
    condition     = alltrue([for key in keys(var.queue_members) : contains(["sales", "support", "billing"], key)])
    error_message = "queue_members keys must be among sales, support and billing."
  }
}

variable "ivr_dnis" {
  description = "Phone numbers (E.164) that reach the IVR in this org."
  type        = list(string)
}

variable "did_pool" {
  description = "A DID range to create for BYOC numbers, or null when the numbers are Genesys Cloud Voice numbers or the pool already exists."
  type = object({
    start_phone_number = string
    end_phone_number   = string
  })
  default = null
}

variable "crm_base_url" {
  description = "Base URL of the CRM's customer API that the data action calls, without a trailing slash."
  type        = string
}

variable "crm_api_key" {
  description = "API key sent to the CRM in the X-API-Key header. Never put it in a file: set TF_VAR_crm_api_key from the CI secret store of each environment."
  type        = string
  sensitive   = true
}

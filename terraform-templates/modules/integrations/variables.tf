variable "integration_name" {
  description = "Name of the Web Services Data Actions integration; Architect shows its actions under this category."
  type        = string
  default     = "CRM"
}

variable "crm_base_url" {
  description = "Base URL of the CRM's customer API, without a trailing slash."
  type        = string

  validation {
    condition     = can(regex("^https://", var.crm_base_url))
    error_message = "crm_base_url must be an https:// URL."
  }
}

variable "crm_api_key" {
  description = "API key for the CRM, sent in the X-API-Key header."
  type        = string
  sensitive   = true
}

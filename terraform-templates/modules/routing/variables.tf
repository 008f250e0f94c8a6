variable "division_id" {
  description = "Division that owns the queues and wrap-up codes."
  type        = string
}

variable "queues" {
  description = "Queues by stable key: display name, description and the keys of their wrap-up codes."
  type = map(object({
    name         = string
    description  = string
    wrapup_codes = list(string)
  }))
}

variable "queue_members" {
  description = "E-mail addresses of the agents of each queue, by queue key."
  type        = map(list(string))
  default     = {}
}

variable "alerting_timeout_sec" {
  description = "Seconds an offered call rings an agent before it goes to the next one."
  type        = number
  default     = 8
}

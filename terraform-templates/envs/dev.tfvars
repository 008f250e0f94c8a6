# Development org. No secrets here: crm_api_key comes from TF_VAR_crm_api_key, the OAuth client from
# GC_DEV_CLIENT_ID / GC_DEV_CLIENT_SECRET (see cxgate.yaml).
environment   = "dev"
division_name = "Contact Center"
time_zone     = "Europe/London"

queue_members = {
  sales   = ["dev.agent1@example.com", "dev.agent2@example.com"]
  support = ["dev.agent2@example.com", "dev.agent3@example.com"]
  billing = ["dev.agent3@example.com"]
}

# Test numbers of the development org's BYOC trunk (Ofcom drama numbers, 020 7946 0xxx).
ivr_dnis = ["+442079460100"]
did_pool = {
  start_phone_number = "+442079460100"
  end_phone_number   = "+442079460109"
}

crm_base_url = "https://crm-sandbox.example.com/api/v1"

# User-acceptance org. No secrets here: crm_api_key comes from TF_VAR_crm_api_key, the OAuth client from
# GC_UAT_CLIENT_ID / GC_UAT_CLIENT_SECRET (see cxgate.yaml).
environment   = "uat"
division_name = "Contact Center"
time_zone     = "Europe/London"

queue_members = {
  sales   = ["uat.sales1@example.com", "uat.sales2@example.com"]
  support = ["uat.support1@example.com", "uat.support2@example.com"]
  billing = ["uat.billing1@example.com"]
}

ivr_dnis = ["+442079460200"]
did_pool = {
  start_phone_number = "+442079460200"
  end_phone_number   = "+442079460209"
}

crm_base_url = "https://crm-uat.example.com/api/v1"

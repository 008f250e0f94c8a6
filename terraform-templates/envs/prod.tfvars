# Production org. No secrets here: crm_api_key comes from TF_VAR_crm_api_key, the OAuth client from
# GC_PROD_CLIENT_ID / GC_PROD_CLIENT_SECRET (see cxgate.yaml).
environment   = "prod"
division_name = "Contact Center"
time_zone     = "Europe/London"

queue_members = {
  sales   = ["amira.khan@example.com", "ben.ortiz@example.com", "chloe.martin@example.com"]
  support = ["dmitri.petrov@example.com", "ella.nguyen@example.com", "femi.adeyemi@example.com"]
  billing = ["grace.obrien@example.com", "hugo.silva@example.com"]
}

# Genesys Cloud Voice numbers: the pool is Genesys's own, so none is created here.
ivr_dnis = ["+442079460000", "+442079460001"]
did_pool = null

crm_base_url = "https://crm.example.com/api/v1"

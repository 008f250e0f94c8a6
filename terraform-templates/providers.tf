# No credentials here, ever. The provider reads GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET
# and GENESYSCLOUD_REGION from the environment. cxgate sets them for each run from the variables that
# cxgate.yaml names for the environment (GC_DEV_CLIENT_ID, ...) and from its region; when you run terraform
# by hand, export them yourself.
provider "genesyscloud" {}

# terraform init -backend-config=envs/dev.backend.hcl (cxgate passes it from cxgate.yaml).
# One state per org; the bucket holds secrets in clear (the data action's header, for one): keep it
# private, versioned and encrypted. AWS credentials come from the runner, never from this file.
bucket       = "example-cx-terraform-state-dev"
key          = "genesys/contact-center/dev.tfstate"
region       = "eu-west-2"
encrypt      = true
use_lockfile = true

terraform {
  # 1.11: the S3 backend's native state locking (use_lockfile) without a DynamoDB table.
  required_version = ">= 1.11.0"

  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = "~> 1.84"
    }
  }

  # Partial configuration: each environment's bucket, key and region are in envs/<env>.backend.hcl
  # (terraform init -backend-config=envs/dev.backend.hcl; cxgate passes it from cxgate.yaml).
  backend "s3" {}
}

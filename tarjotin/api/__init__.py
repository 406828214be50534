"""The open API: REST v1, the Open Referral HSDS 3.0 endpoints, CORS and throttling."""

"""Professional pages: search for guidance, the referral basket, client pages, statistics."""

"""Open Referral HSDS 3.0: the catalogue in the international vocabulary, with a Finnish profile."""

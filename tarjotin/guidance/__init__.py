"""Client and service guidance: wellbeing referrals, OAB61–OAB64 guidance events and their statistics."""

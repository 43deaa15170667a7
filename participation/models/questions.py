"""Citizens' questions (R10, R30-R33) and information requests (R17)."""

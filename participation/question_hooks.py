"""Admin, set-up and demo hooks of citizens' questions and information requests."""

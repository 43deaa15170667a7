"""Admin, set-up and demo hooks of consultations and surveys."""

"""Models of the organisation (units, officials) and of the leaders' schedules, one module per subject."""

from .organisation import Official, OfficialQuerySet, Unit, UnitKind, UnitQuerySet  # noqa: F401
from .schedules import *  # noqa: F401,F403
from .pages import ContactPage, LeadersPage, OrganisationPage, SpokespersonPage  # noqa: F401

"""The two scales of an online public service, and which one the portal shows.

- Nghị định 43/2011/NĐ-CP, Điều 3 (and QĐ 04/2013/QĐ-UBND Bình Dương, Điều 3.4): levels 1 to 4.
  1: the procedure's information; 2: forms to download; 3: the dossier sent online, fee paid and
  result received at the office; 4: fee paid online too, result sent online or by post.
- Nghị định 42/2022/NĐ-CP, Điều 11: an online public service is *toàn trình* (every step online)
  or *một phần* (some steps at the office); a procedure not offered online is only described.

Every procedure carries both (agencies' registers still use the four levels); the portal shows the
one its settings choose. Labels are interface strings (English msgid, Vietnamese catalogue), so the
English channel shows them in English.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GovernmentLevel(models.TextChoices):
    PROVINCE = "province", _("Province level")
    DISTRICT = "district", _("District level")
    COMMUNE = "commune", _("Commune level")


class OnlineLevel(models.IntegerChoices):
    """Nghị định 43/2011, Điều 3."""

    LEVEL_1 = 1, _("Level 1")
    LEVEL_2 = 2, _("Level 2")
    LEVEL_3 = 3, _("Level 3")
    LEVEL_4 = 4, _("Level 4")


class OnlineMode(models.TextChoices):
    """Nghị định 42/2022, Điều 11."""

    FULL = "full", _("Fully online")
    PARTIAL = "partial", _("Partly online")
    NONE = "none", _("Not online (information only)")


class Scale(models.TextChoices):
    """Which scale the public pages show (``ServiceSettings.scale``)."""

    AUTO = "", "Theo chế độ pháp lý trong “Thông tin cơ quan”"
    DECREE_43 = "nd43", "Mức độ 1–4 (Nghị định 43/2011/NĐ-CP)"
    DECREE_42 = "nd42", "Toàn trình / một phần (Nghị định 42/2022/NĐ-CP)"


# The online modes a level allows: level 4 is the only one that can be fully online (fee paid and
# result returned online), level 3 is at least partly online, levels 1 and 2 are not online.
MODES_FOR_LEVEL = {
    1: {OnlineMode.NONE},
    2: {OnlineMode.NONE},
    3: {OnlineMode.PARTIAL},
    4: {OnlineMode.FULL, OnlineMode.PARTIAL},
}
# When a register gives only one of the two, the other is derived from it.
DEFAULT_MODE = {1: OnlineMode.NONE, 2: OnlineMode.NONE, 3: OnlineMode.PARTIAL, 4: OnlineMode.FULL}
DEFAULT_LEVEL = {OnlineMode.NONE: 2, OnlineMode.PARTIAL: 3, OnlineMode.FULL: 4}


def is_online(level, mode):
    """Level 3 or more, or online under Decree 42: a usage guide and usage counts are required
    (QĐ 04/2013/QĐ-UBND Bình Dương, Điều 15.3)."""
    return (level or 0) >= 3 or mode in (OnlineMode.FULL, OnlineMode.PARTIAL)


def consistent(level, mode):
    return not level or not mode or mode in MODES_FOR_LEVEL.get(level, ())


def scale_for(service_settings, agency_settings):
    """The scale shown: the services setting, or else the agency's legal regime."""
    if service_settings is not None and service_settings.scale:
        return service_settings.scale
    regime = getattr(agency_settings, "legal_regime", "")
    return Scale.DECREE_43 if regime == "43/2011" else Scale.DECREE_42

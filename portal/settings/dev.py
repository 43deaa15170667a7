"""Local development: DEBUG on, e-mail to the console, SQLite unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = "dev-only-not-secret-5d1c0e0b7f4a4c1e9a3b"  # noqa: S105 - never used in production
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")

# Serve static files straight from the source folders (no collectstatic needed here).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

"""Settings shared by every environment. Environment-specific modules import * from here."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "home",
    "compliance",
    "news",
    "documents",
    "directory",
    "services",
    "participation",
    "science",
    "stats",
    "projects",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "modelcluster",
    "taggit",
    "django_filters",
    "captcha",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # Django's own widget templates, for FORM_RENDERER below
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Picks the language from the URL: no prefix = Vietnamese, /en/ = English.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# SQLite is the embedded default so that a fresh clone runs with one command;
# production and CI choose PostgreSQL with DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The portal's queries are short: PostgreSQL's JIT compiles expressions for 20-100 ms before
    # running a query that then takes 10 ms (docs/setup-and-operations.md, "PostgreSQL").
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"]["options"] = (
        DATABASES["default"]["OPTIONS"].get("options", "") + " -c jit=off"
    ).strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first: the source language, the admin default and the unprefixed URLs.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The portal's own interface strings first, then its Vietnamese catalogue of the Wagtail
# admin and of the Django messages missing upstream (scripts/update_upstream_catalogue.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "upstream"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The page editor of a long StreamField can exceed Django's default of 1000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "portal",
    }
}

# Background work (e-mail, reminders) goes through the django-tasks backport Wagtail
# already depends on: run immediately here, a database-backed worker in production.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cong-thong-tin@localhost")

# Wagtail
WAGTAIL_SITE_NAME = "Cổng thông tin điện tử"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "wagtail.search.backends.database")
WAGTAILSEARCH_BACKENDS = {
    # Kept in settings so a network of portals can switch to OpenSearch without code changes
    # (SEARCH_BACKEND=wagtail.search.backends.opensearch2 SEARCH_URLS=https://...): docs/search.md.
    "default": {"BACKEND": SEARCH_BACKEND}
}
if SEARCH_BACKEND.endswith(".database"):
    # PostgreSQL full text: the "simple" configuration lowercases and nothing else. PostgreSQL's
    # default (english) drops English stop words that are folded Vietnamese words ("an" of
    # "an ninh", "do", "no", "in", "a") and stems others ("ties" → "tie"). Ignored by SQLite.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = os.environ.get("SEARCH_CONFIG", "simple")
elif os.environ.get("SEARCH_URLS"):
    WAGTAILSEARCH_BACKENDS["default"]["URLS"] = env_list("SEARCH_URLS")
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILDOCS_DOCUMENT_MODEL = "documents.PortalDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "zip", "csv"]  # csv: statistics tables (R13)
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No avatars from gravatar.com: the admin makes no request to third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Read-only API (portal/api.py, R63): rich text with real links, not Wagtail's internal markup;
# up to 100 items a request (?limit=).
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
# The "Duyệt" approval publishes; board members themselves cannot publish (R50).
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.workflow_actions.publish_after_final_approval"

# Public forms (R34, home/public_forms.py). The captcha works offline (django-simple-captcha, a
# sum to work out); CAPTCHA_TEST_MODE=1 in the environment makes it accept "PASSED" so that automated
# acceptance runs can submit. Never set it in production.
CAPTCHA_TEST_MODE = env_bool("CAPTCHA_TEST_MODE")
# Widgets render through the project's template settings, so templates/captcha/widgets/captcha.html
# (a described picture, a valid hidden key) replaces the library's own.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
CAPTCHA_CHALLENGE_FUNCT = "captcha.helpers.math_challenge"
CAPTCHA_MATH_CHALLENGE_OPERATOR = "+"
CAPTCHA_TIMEOUT = 30  # minutes: a citizen may take a while to write a question
CAPTCHA_LETTER_ROTATION = (-10, 10)
CAPTCHA_FONT_SIZE = 26
# How many submissions one address may make to one form in a window (seconds). The counters live in
# the shared cache (Redis in production), so they hold across every app server.
PUBLIC_FORM_RATE_LIMITS = {"default": (10, 3600)}
# How many reverse proxies in front of the app add X-Forwarded-For (0: trust only REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Working hours: a submission received after the end counts from the next working day (docs/working-days.md).
PORTAL_WORKING_HOURS = ("07:30", "17:00")
# Answer deadlines in working days. Questions: 5 own competence, inter-agency 7 (Bắc Ninh; Vĩnh Phúc: 10),
# at most 10 with an appointment (QĐ 96/QĐ-UBND Bắc Ninh, Điều 13.1.c). Information requests: 15
# (Luật Tiếp cận thông tin 2016, Điều 29), extendable by 15 for complex requests.
PORTAL_TRACKED_DEADLINES = {
    "question": {"own": 5, "inter_agency": 7, "appointment": 10},
    "information_request": {"own": 15, "inter_agency": 15, "appointment": 30},
}
